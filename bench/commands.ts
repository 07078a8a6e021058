/**
 * npm run bench:commands [-- --offices 50000 | --content DIR] [--office ID] [--out FILE] [--keep] [--no-whole]
 *
 * The maintainers' commands at country size (issue: every command at 50,000 offices), each
 * run as a maintainer runs it, timed with the peak memory of its process tree and the load
 * average beside every figure (the machine is shared; compare within one run):
 * 1. validate and freshness for one office (goal < 5 s), with no false "parent does not exist";
 * 2. freshness over the whole country (goal < 3 min) and validate over the whole country
 *    (goal < 15 min and < 4 GiB), with the rate per office;
 * 3. codeowners, written and checked (goal < 30 s), and the file's size (GitHub's limit: 3 MB);
 * 4. the reminders a quarter's start raises (a dry run as of 2024-07-05): how many notices,
 *    and what GitHub's rate limits make of them (docs/maintainers.md).
 * The country is generated once per size (`--seed country --stale 5 --as-of 2024-05-01`) into
 * bench/out/commands-N/ and deleted afterwards unless --keep; --content uses one already made.
 * Appends a section to bench/RESULTS.md (or --out).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { listOfficeIds } from '../src/content-model/load.ts';
import { gib, machine, mib, run, type Measured } from './lib/measure.ts';

const repo = process.cwd();
const node = process.execPath;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    offices: { value: true },
    content: { value: true },
    office: { value: true },
    out: { value: true },
    keep: {},
    'no-whole': {},
  });
  const n = Number(flags['offices'] ?? 50_000);
  if (!Number.isInteger(n) || n < 10) throw new UsageError('--offices must be a whole number of at least 10');
  const given = typeof flags['content'] === 'string' ? path.resolve(flags['content']) : undefined;
  const work = path.join(repo, 'bench/out', `commands-${n}`);
  const content = given ?? path.join(work, 'content');
  const resultsFile = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : 'bench/RESULTS.md');
  const appendToResults = typeof flags['out'] !== 'string';
  fs.mkdirSync(work, { recursive: true });
  const env = { PORTAL_CONTENT_DIR: content, FRESHNESS_AS_OF: '2024-05-01' };
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const measure = async (
    what: string,
    args: string[],
    allowed: number[] = [0],
    stdoutTo?: string,
  ): Promise<Measured & { load: string; bytes: number; cpu: number }> => {
    const before = load();
    // Output to a file through the shell, as a maintainer redirects it (the bench does not hold a country's report);
    // the CPU time (user + system, every thread) from GNU time beside the wall time, which a loaded machine stretches.
    const times = path.join(work, 'cpu-time');
    const out = stdoutTo ? ` > ${JSON.stringify(stdoutTo)}` : '';
    const m = await run('sh', ['-c', `exec /usr/bin/time -f '%U %S' -o ${JSON.stringify(times)} "$0" "$@"${out}`, node, ...args], { env });
    if (!allowed.includes(m.code)) throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
    const [user = 0, system = 0] = (fs.readFileSync(times, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    return { ...m, load: `${before} → ${load()}`, bytes: stdoutTo ? fs.statSync(stdoutTo).size : 0, cpu: user + system };
  };
  const secs = (s: number) => (s < 100 ? `${s.toFixed(1)} s` : `${(s / 60).toFixed(1)} min (${s.toFixed(0)} s)`);

  if (!fs.existsSync(path.join(content, 'offices'))) {
    if (given) throw new UsageError(`--content ${given} has no offices/ folder`);
    say(`generating ${n} offices...`);
    await measure('generate', [
      'scripts/generate.ts',
      '--offices',
      String(n),
      '--seed',
      'country',
      '--stale',
      '5',
      '--as-of',
      '2024-05-01',
      '--out',
      content,
      '--quiet',
    ]);
    lines.length = 0;
  }
  const ids = listOfficeIds(content);
  // An upazila office: its parent (the UNO) is outside the offices a one-office command reads.
  const office = (flags['office'] as string | undefined) ?? ids.find((id) => /^[a-z]+-\d\d-land$/.test(id)) ?? (ids[0] as string);

  const made = `\`npm run generate -- --offices ${n} --seed country --stale 5 --as-of 2024-05-01\``;
  say(`## Maintainers' commands at ${ids.length.toLocaleString('en')} offices (${new Date().toISOString().slice(0, 16)}Z)`);
  say();
  say(
    `Machine: ${machine()}. Content: ${given ? `${given} (${ids.length.toLocaleString('en')} offices; the bench makes its own with ${made})` : made}. Each figure: wall time, CPU time (user + system, every thread), peak memory of the process tree, load average before → after (2 cores shared with other work: wall times inflate with the load, CPU time much less).`,
  );
  say();
  say('| command | wall | CPU (user + system) | peak memory | load before → after | goal | notes |');
  say('|---|---:|---:|---:|---|---|---|');
  const row = (command: string, m: Measured & { load: string; cpu: number }, goal: string, notes: string) =>
    say(`| \`${command}\` | ${secs(m.seconds)} | ${secs(m.cpu)} | ${gib(m.peakRssBytes)} | ${m.load} | ${goal} | ${notes} |`);

  const oneValidate = await measure(
    'validate --office',
    ['scripts/validate.ts', '--office', office, '--format', 'json'],
    [0, 1],
    path.join(work, 'validate-one.json'),
  );
  const parentErrors = (JSON.parse(fs.readFileSync(path.join(work, 'validate-one.json'), 'utf8')) as { code: string; field: string }[]).filter(
    (d) => d.code === 'reference' && d.field === 'parent',
  ).length;
  row(`validate --office ${office}`, oneValidate, '< 5 s', `exit ${oneValidate.code}; ${parentErrors} "parent does not exist" errors (before: 1, false)`);
  const oneFresh = await measure(
    'freshness --office',
    ['scripts/freshness.ts', '--office', office, '--format', 'json'],
    [0, 1],
    path.join(work, 'freshness-one.json'),
  );
  row(`freshness --office ${office}`, oneFresh, '< 5 s', `exit ${oneFresh.code} (before: out of memory after 90 s)`);

  if (!flags['no-whole']) {
    const fresh = await measure('freshness', ['scripts/freshness.ts', '--format', 'json'], [0, 1], path.join(work, 'freshness.json'));
    const report = JSON.parse(fs.readFileSync(path.join(work, 'freshness.json'), 'utf8')) as { summary: { stale: number; dueSoon: number } };
    row(
      'freshness --format json',
      fresh,
      '< 3 min',
      `exit ${fresh.code}; ${report.summary.stale.toLocaleString('en')} stale, ${report.summary.dueSoon} due soon; ${((fresh.seconds * 1000) / ids.length).toFixed(2)} ms an office; JSON ${mib(fresh.bytes)}`,
    );
    const validate = await measure('validate', ['scripts/validate.ts', '--format', 'json'], [0, 1], path.join(work, 'validate.json'));
    const diagnostics = JSON.parse(fs.readFileSync(path.join(work, 'validate.json'), 'utf8')) as { severity: string }[];
    row(
      'validate --format json',
      validate,
      '< 15 min, < 4 GiB',
      `exit ${validate.code}; ${((validate.seconds * 1000) / ids.length).toFixed(1)} ms an office; ${diagnostics.length.toLocaleString('en')} diagnostics (${diagnostics.filter((d) => d.severity === 'error').length} errors) (before: out of memory at 4.3 GB after 100 s)`,
    );
  }

  const codeownersFile = path.join(work, 'CODEOWNERS');
  const write = await measure('codeowners', ['scripts/codeowners.ts', '--out', codeownersFile]);
  const size = fs.statSync(codeownersFile).size;
  const rules = fs
    .readFileSync(codeownersFile, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')).length;
  row(
    'codeowners',
    write,
    '< 30 s, file < 3 MB',
    `${(size / 2 ** 20).toFixed(2)} MB, ${rules.toLocaleString('en')} lines for ${ids.length.toLocaleString('en')} offices (before: out of memory; one line per office > 3 MB)`,
  );
  const checked = await measure('codeowners --check', ['scripts/codeowners.ts', '--check', '--out', codeownersFile]);
  row('codeowners --check', checked, '< 30 s', `exit ${checked.code}`);

  if (!flags['no-whole']) {
    const wave = await measure(
      'reminders --dry-run',
      ['scripts/reminders.ts', '--dry-run', '--as-of', '2024-07-05', '--format', 'json'],
      [0],
      path.join(work, 'reminders.json'),
    );
    const outcome = JSON.parse(fs.readFileSync(path.join(work, 'reminders.json'), 'utf8')) as { notices: number; stale: number; dueSoon: number };
    row(
      'reminders --dry-run --as-of 2024-07-05',
      wave,
      '—',
      `a quarter's start: ${outcome.notices.toLocaleString('en')} offices need a notice (${outcome.stale.toLocaleString('en')} stale, ${outcome.dueSoon.toLocaleString('en')} due soon); at GitHub's 500 new issues an hour that is ${(outcome.notices / 500).toFixed(0)} hours of writing`,
    );
  }
  say();

  if (!flags['keep'] && !given) fs.rmSync(work, { recursive: true, force: true });
  else
    for (const f of ['validate-one.json', 'freshness-one.json', 'freshness.json', 'validate.json', 'reminders.json'])
      fs.rmSync(path.join(work, f), { force: true });
  if (appendToResults) {
    const header = '# Benchmark results\n\nWritten by `npm run bench` (bench/run.ts); newest run first. How to read them: docs/scale.md.\n\n';
    const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').replace(/^# Benchmark results\n\n[^\n]*\n\n/, '') : '';
    fs.writeFileSync(resultsFile, `${header}${lines.join('\n')}\n\n${previous}`);
  } else {
    fs.writeFileSync(resultsFile, `${lines.join('\n')}\n`);
  }
  process.stdout.write(`\nresults written to ${path.relative(repo, resultsFile)}\n`);
  return 0;
});
