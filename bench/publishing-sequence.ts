/**
 * npm run bench:publishing [-- --offices 12] [--steps 10] [--edits 4] [--seed S]... [--out bench/RESULTS.md] [--keep]
 *
 * Incremental publishing against a clean build over longer seeded random sequences
 * than the test's (tests/support/publishing-sequence.ts): after every step the published
 * folder (`build:office --all` + `build:national` over it) is compared, file by file and
 * byte for byte, with a clean build of the same content into an empty folder, and the
 * remote (a folder, deployed to after every step) with the published folder. Prints
 * each step and every difference; times the incremental and the clean builds; appends
 * a section to bench/RESULTS.md. Exit 1 when any difference was found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { formatDifferences, runSequence, type SequenceReport } from '../tests/support/publishing-sequence.ts';
import { machine } from './lib/measure.ts';

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    offices: { value: true },
    steps: { value: true },
    edits: { value: true },
    seed: { value: true, repeat: true },
    out: { value: true },
    keep: {},
  });
  const number = (name: string, fallback: number, min: number) => {
    const value = flags[name] === undefined ? fallback : Number(flags[name]);
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
    return value;
  };
  const offices = number('offices', 12, 5);
  const steps = number('steps', 10, 1);
  const edits = number('edits', 4, 1);
  const seeds = (flags['seed'] as string[] | undefined) ?? ['bench-1'];
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  let failed = false;
  const rows: string[] = [];
  for (const seed of seeds) {
    const work = path.resolve('bench/out', `publishing-${seed}`);
    say(`seed ${seed}: ${offices} offices, ${steps} steps of ${edits} edits`);
    const started = performance.now();
    const report: SequenceReport = await runSequence({ seed, offices, steps, editsPerStep: edits, work, compareEvery: true, log: (line) => say(`  ${line}`) });
    const seconds = (performance.now() - started) / 1000;
    const compared = report.steps.filter((s) => s.differences !== undefined);
    const differing = compared.filter((s) => (s.differences?.length ?? 0) > 0 || s.remoteDifferences.length > 0);
    for (const step of differing) {
      failed = true;
      say(`  step ${step.step} differs from the clean build:\n${formatDifferences(step.differences ?? [])}`);
      if (step.remoteDifferences.length)
        say(`  step ${step.step}: the remote differs from the published folder:\n${formatDifferences(step.remoteDifferences)}`);
    }
    const sum = (pick: (s: SequenceReport['steps'][number]) => number) => compared.reduce((total, s) => total + pick(s), 0);
    const incremental = sum((s) => s.seconds.offices + s.seconds.national);
    const clean = sum((s) => s.seconds.clean ?? 0);
    rows.push(
      `| ${seed} | ${offices} | ${compared.length} × ${edits} | ${Object.entries(report.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(
          ', ',
        )} | ${differing.length === 0 ? 'equal at every step' : `${differing.length} steps differ`} | ${(incremental / compared.length).toFixed(1)} s / ${(clean / compared.length).toFixed(1)} s | ${seconds.toFixed(0)} s |`,
    );
    if (!flags['keep'] && differing.length === 0) fs.rmSync(work, { recursive: true, force: true });
  }
  const section = [
    `## Incremental publishing against a clean build (${new Date().toISOString().slice(0, 10)}, \`npm run bench:publishing -- --offices ${offices} --steps ${steps} --edits ${edits}${seeds.map((s) => ` --seed ${s}`).join('')}\`)`,
    '',
    `Machine: ${machine()}`,
    '',
    '| seed | offices | steps × edits | edits made | result | a step: incremental (build:office + build:national) / clean build | whole run |',
    '|---|---:|---:|---|---|---:|---:|',
    ...rows,
    '',
  ].join('\n');
  fs.appendFileSync(path.resolve(typeof flags['out'] === 'string' ? flags['out'] : 'bench/RESULTS.md'), `\n${section}`);
  return failed ? 1 : 0;
});
