/**
 * npm run bench:country [-- --offices 50000] [--full-offices 5000] [--out bench/RESULTS.md] [--keep]
 *
 * The office as the unit, measured on a generated country (issue: a whole country):
 * 1. the national layer over N offices (5% stale) — time, peak memory of the process
 *    tree, exit code — from each office's published record (written for every office
 *    by the same functions an office build uses: bench/lib/office-records.ts);
 * 2. one office edited: `build:office` for it plus `build:national`, wall time
 *    together, and which files differ (that office's, and the national pages);
 * 3. a full build of M offices end to end (`build:office` of the first M offices in
 *    batches), time and peak memory, extrapolated to N with the CI matrix it needs;
 * 4. the biggest national page (gzip), the site's size and file count, and how each
 *    grows with the number of offices.
 * Appends a section to bench/RESULTS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { listFiles, sha256 } from '../src/pipeline/publish.ts';
import { ownerOf } from '../src/pipeline/site-layout.ts';
import { writeOfficeRecords } from './lib/office-records.ts';
import { cpuUse, gib, machine, mib, run, type Measured } from './lib/measure.ts';

const repo = process.cwd();
const node = process.execPath;
/** Minutes of building in a CI job that should finish in 15 minutes wall (the rest: setup and deploy). */
const CI_BUILD_MINUTES = 10;

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { offices: { value: true }, 'full-offices': { value: true }, out: { value: true }, keep: {} });
  const n = Number(flags['offices'] ?? 50_000);
  const full = Number(flags['full-offices'] ?? 5_000);
  if (!Number.isInteger(n) || n < 10 || !Number.isInteger(full) || full < 1) throw new UsageError('--offices and --full-offices must be whole numbers');
  const work = path.join(repo, 'bench/out', `country-${n}`);
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  const fullSite = path.join(work, 'full-site');
  const env = { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), FRESHNESS_AS_OF: '2024-05-01' };
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const check = (what: string, m: Measured, allowed: number[] = [0]) => {
    if (!allowed.includes(m.code)) throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
    return m;
  };

  // 0. The country, generated once per size (deterministic), and its offices' records.
  if (!fs.existsSync(path.join(content, 'offices'))) {
    const gen = check('generate', await run(node, ['scripts/generate.ts', '--offices', String(n), '--stale', '5', '--out', content, '--quiet'], { env }));
    say(`- generated ${n} offices in ${gen.seconds.toFixed(0)} s`);
  }
  fs.rmSync(site, { recursive: true, force: true });
  const started = performance.now();
  writeOfficeRecords(content, site);
  say(`- records of ${n} offices written (what their builds publish for the national layer) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // 1. The national layer.
  const national = check('build:national', await run(node, ['scripts/build-national.ts', '--out', site], { env }));
  say(
    `- **build:national, ${n} offices (5% stale): ${national.seconds.toFixed(1)} s, peak ${gib(national.peakRssBytes)}, exit ${national.code}** (goal: under 3 minutes and 4 GiB, exit 0)`,
  );

  // 2. One office edited: its build plus the national layer.
  const before = hashes(site);
  const office =
    fs
      .readdirSync(path.join(content, 'offices'))
      .filter((id) => fs.existsSync(path.join(content, 'offices', id, 'charters')))
      .sort()[Math.floor(n / 2)] ?? '';
  const charters = path.join(content, 'offices', office, 'charters');
  const charter = path.join(charters, fs.readdirSync(charters).sort().at(-1) ?? '');
  fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace(/\n---\n/, '\n---\n\nবেঞ্চমার্কের জন্য একটি বাক্য যোগ হয়েছে।\n'));
  const one = check('build:office', await run(node, ['scripts/build-office.ts', '--office', office, '--out', site], { env }), [0, 1]);
  const again = check('build:national', await run(node, ['scripts/build-national.ts', '--out', site], { env }));
  const after = hashes(site);
  const differ = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
  const ownFiles = differ.filter((f) => ownerOf(f).kind === 'office');
  const otherOffices = new Set(ownFiles.map((f) => (ownerOf(f) as { id: string }).id).filter((id) => id !== office));
  const nationalFiles = differ.filter((f) => ownerOf(f).kind !== 'office');
  say(
    `- **one office edited (${office}): build:office ${one.seconds.toFixed(1)} s + build:national ${again.seconds.toFixed(1)} s = ${(one.seconds + again.seconds).toFixed(1)} s** (goal: under 3 minutes); files that differ: ${ownFiles.length} of that office, ${otherOffices.size} other offices', ${nationalFiles.length} national (${nationalFiles.filter((f) => f.endsWith('.html')).length} pages)`,
  );

  // 3. A full build of `full` offices, end to end, in batches.
  fs.rmSync(fullSite, { recursive: true, force: true });
  const ids = fs.readdirSync(path.join(content, 'offices')).sort().slice(0, full);
  const args = ['scripts/build-office.ts', '--out', fullSite, ...ids.flatMap((id) => ['--office', id])];
  const fullBuild = check('full build', await run(node, args, { env }), [0, 1]);
  const batches = [...fullBuild.output.matchAll(/batch of (\d+) built in ([\d.]+) s/g)].map((m) => ({ offices: Number(m[1]), seconds: Number(m[2]) }));
  const builtOffices = Number(/offices: (\d+) built/.exec(fullBuild.output)?.[1] ?? 0);
  const perOffice = fullBuild.seconds / Math.max(1, builtOffices);
  // CI: each job has about 15 minutes, of which setup (checkout, npm install, reading the published manifests) and deploy take about 5.
  const jobs = Math.ceil((n * perOffice) / (CI_BUILD_MINUTES * 60));
  say(
    `- **full build of ${ids.length} offices (${builtOffices} built, the rest stale): ${fullBuild.seconds.toFixed(0)} s, ${fullBuild.cpuSeconds.toFixed(0)} s CPU (CPU use ${cpuUse(fullBuild).toFixed(2)} of 2 cores), peak ${gib(fullBuild.peakRssBytes)} for the process tree**, ${batches.length} batches (${batches.map((b) => `${b.offices} in ${b.seconds.toFixed(0)} s`).join(', ')}); **${perOffice.toFixed(2)} s per office** (goal ≤ 0.2 s: ${perOffice <= 0.2 ? 'met' : 'not met'}), ${(fullBuild.cpuSeconds / Math.max(1, builtOffices)).toFixed(2)} CPU s per office`,
  );
  say(
    `- extrapolated: ${n} offices = ${((n * perOffice) / 3600).toFixed(1)} h on one such machine (goal under 3 h); a matrix of ${jobs} jobs of this size brings a full rebuild under 15 minutes wall (${CI_BUILD_MINUTES} minutes of building per job, the rest setup and deploy)`,
  );

  // 4. Sizes.
  const fullFiles = listFiles(fullSite);
  const officeBytes = fullFiles.filter((f) => ownerOf(f).kind === 'office').reduce((s, f) => s + fs.statSync(path.join(fullSite, f)).size, 0);
  const officeCount = fullFiles.filter((f) => ownerOf(f).kind === 'office').length;
  const nationalList = listFiles(site).filter((f) => ownerOf(f).kind !== 'office');
  const nationalBytes = nationalList.reduce((s, f) => s + fs.statSync(path.join(site, f)).size, 0);
  const pages = nationalList
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, gz: zlib.gzipSync(fs.readFileSync(path.join(site, f))).length }))
    .sort((a, b) => b.gz - a.gz);
  const biggest = pages[0];
  const scale = n / Math.max(1, builtOffices);
  say(
    `- biggest national page: ${biggest?.f} ${((biggest?.gz ?? 0) / 1024).toFixed(1)} KB gzip (budget 60 KB); national layer: ${nationalList.length} files, ${mib(nationalBytes)} (grows with the number of offices: directory, roll-ups, JSON/CSV; each page bounded by 200 entries)`,
  );
  say(
    `- office files: ${officeCount} files, ${mib(officeBytes)} for ${builtOffices} offices → at ${n} offices about ${Math.round(officeCount * scale).toLocaleString('en')} files, ${gib(officeBytes * scale)} (linear: each office's files depend only on itself)`,
  );
  const section = [
    `## Country: office by office (${new Date().toISOString().slice(0, 10)}, \`npm run bench:country -- --offices ${n} --full-offices ${full}\`)`,
    '',
    `Machine: ${machine()}`,
    '',
    ...lines,
    '',
  ].join('\n');
  fs.appendFileSync(path.resolve(typeof flags['out'] === 'string' ? flags['out'] : 'bench/RESULTS.md'), `\n${section}`);
  if (!flags['keep']) fs.rmSync(path.join(work, 'astro-cache'), { recursive: true, force: true });
  return 0;
});

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, sha256(fs.readFileSync(path.join(dir, f)))]));
}
