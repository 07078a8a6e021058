/**
 * npm run bench:standards [-- --offices 50000] [--others 100] [--work DIR] [--out bench/RESULTS.md] [--keep]
 *
 * One standard service's fee changed on a generated country (issue #24):
 * 1. content size per office and for the country: as generated (standard rows by
 *    reference) and as it would be with every standard row written out in full (the
 *    same charters, hand-copied; measured on every 20th office with standard rows);
 * 2. who uses নামজারি (min-land/namjari): the dependency `build:office --changed` asks
 *    (src/content-model/dependents.ts), and how long answering takes;
 * 3. those offices and `--others` offices that do not use it built, and the national layer
 *    (every office's record written as its build would: bench/lib/office-records.ts);
 * 4. the fee changed (1,170 → 1,200 taka in the version in force), then
 *    `build:office --changed <the standard's file>` + `build:national`: wall time, the
 *    offices rebuilt against the offices whose pages show it, and files changed outside
 *    them (national pages aside);
 * 5. the catalogue's size, and the catalogue files the first query "নামজারি ফি" reads at
 *    country scope (gzip), with what it answers.
 * Appends a section to bench/RESULTS.md. The country is generated under
 * /work/countries/standards-<n>/ (or --work) and removed afterwards unless --keep.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { UsageError, parseArgs, runCli } from '../scripts/lib/args.ts';
import { listFiles, sha256 } from '../src/pipeline/publish.ts';
import { ownerOf } from '../src/pipeline/site-layout.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { usersOf } from '../src/content-model/dependents.ts';
import { diskLookup } from '../src/content-model/standards.ts';
import { documentFile } from '../src/content-model/write.ts';
import { parseSourceFile } from '../src/content-model/source-file.ts';
import { resolveCharter } from '../src/domain/standard-services.ts';
import { charterSchema } from '../src/schemas/index.ts';
import { CATALOGUE_DIR, searchCatalogue } from '../src/search/catalogue.ts';
import { writeOfficeRecords } from './lib/office-records.ts';
import { gib, machine, run, type Measured } from './lib/measure.ts';

const node = process.execPath;
const REF = 'min-land/namjari';
const AS_OF = '2024-05-01';

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    offices: { value: true },
    others: { value: true },
    work: { value: true },
    out: { value: true },
    keep: {},
  });
  const n = Number(flags['offices'] ?? 50_000);
  const others = Number(flags['others'] ?? 100);
  if (!Number.isInteger(n) || n < 100 || !Number.isInteger(others) || others < 0)
    throw new UsageError('--offices (at least 100) and --others must be whole numbers');
  const work = path.resolve((flags['work'] as string | undefined) ?? path.join('/work/countries', `standards-${n}`));
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  const env = { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), FRESHNESS_AS_OF: AS_OF };
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const check = (what: string, m: Measured, allowed: number[] = [0]) => {
    if (!allowed.includes(m.code)) throw new Error(`${what} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
    return m;
  };
  const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';

  // 0. The country, generated once per size (deterministic).
  if (!fs.existsSync(path.join(content, 'offices'))) {
    const gen = check('generate', await run(node, ['scripts/generate.ts', '--offices', String(n), '--stale', '5', '--out', content, '--quiet'], { env }));
    say(`- generated ${n} offices in ${gen.seconds.toFixed(0)} s (load ${load()})`);
  }
  const standardFile = path.join(content, 'offices', 'min-land', 'services', 'namjari.yaml');
  const original = fs.readFileSync(standardFile, 'utf8');
  try {
    // 1. Content size: as generated, and with every standard row written out in full.
    const officesDir = path.join(content, 'offices');
    const ids = fs.readdirSync(officesDir).sort();
    let total = 0;
    let charterBytes = 0;
    let charters = 0;
    let sampled = { now: 0, full: 0, charters: 0 };
    const lookup = diskLookup(content);
    ids.forEach((id, i) => {
      for (const file of listFiles(path.join(officesDir, id))) {
        const full = path.join(officesDir, id, file);
        const size = fs.statSync(full).size;
        total += size;
        if (!file.startsWith('charters/')) continue;
        charterBytes += size;
        charters++;
        if (i % 20 !== 0) continue;
        const text = fs.readFileSync(full, 'utf8');
        if (!text.includes('standard:')) continue;
        const source = parseSourceFile(full, text, false);
        const parsed = charterSchema.safeParse(source.data);
        if (!parsed.success) continue;
        // The same charter with its standard rows copied by hand: what every office wrote before.
        const { charter } = resolveCharter(parsed.data, lookup, parsed.data.effectiveDate);
        const { standardChanges: _changes, ...data } = charter;
        for (const section of Object.values(data.services)) for (const row of section.services) delete (row as { standard?: unknown }).standard;
        sampled = {
          now: sampled.now + size,
          full: sampled.full + Buffer.byteLength(documentFile('charter', data, source.body)),
          charters: sampled.charters + 1,
        };
      }
    });
    const ratio = sampled.now ? sampled.full / sampled.now : 1;
    const charterFull = charterBytes * ratio;
    say(
      `- content: ${(total / 1024 ** 3).toFixed(2)} GiB for ${ids.length} offices (${(total / ids.length / 1024).toFixed(1)} KB per office); charters ${(charterBytes / 1024 ** 3).toFixed(2)} GiB (${(charterBytes / charters / 1024).toFixed(1)} KB per charter, ${charters} charters)`,
    );
    say(
      `- written out in full (before standards; ${sampled.charters} charters with standard rows sampled, ×${ratio.toFixed(3)}): charters ${(charterFull / 1024 ** 3).toFixed(2)} GiB, ${((charterBytes * (ratio - 1)) / 1024 ** 2).toFixed(0)} MiB more; the country ${((total + charterBytes * (ratio - 1)) / 1024 ** 3).toFixed(2)} GiB (${((total + charterBytes * (ratio - 1)) / ids.length / 1024).toFixed(1)} KB per office)`,
    );

    // 2. Who uses নামজারি: the dependency --changed asks.
    const directory = readOfficeDirectory(content);
    const askedAt = performance.now();
    const users = usersOf(REF, { root: content, directory });
    say(
      `- ${users.length} offices use ${REF} (their charters name it); found in ${((performance.now() - askedAt) / 1000).toFixed(1)} s from the ${directory.size} office.yaml files and those offices' charters (load ${load()})`,
    );

    // 3. Those offices and some others built; every office's record; the national layer.
    fs.rmSync(site, { recursive: true, force: true });
    const recordsAt = performance.now();
    writeOfficeRecords(content, site);
    say(`- records of ${directory.size} offices written in ${((performance.now() - recordsAt) / 1000).toFixed(0)} s`);
    const userSet = new Set(users);
    const bystanders = [...directory.values()]
      .filter((o) => !userSet.has(o.id) && (o.category === 'upazila-land' || o.category === 'uno' || o.category === 'union-parishad'))
      .map((o) => o.id)
      .filter((_, i) => i % 7 === 0)
      .slice(0, others);
    const built = check(
      'build:office (first)',
      await run(node, ['scripts/build-office.ts', ...[...users, ...bystanders].flatMap((id) => ['--office', id]), '--out', site], { env }),
      [0, 1],
    );
    check('build:national (first)', await run(node, ['scripts/build-national.ts', '--out', site], { env }));
    say(
      `- first build of those ${users.length} offices and ${bystanders.length} others: ${built.seconds.toFixed(0)} s, peak ${gib(built.peakRssBytes)} (load ${load()})`,
    );

    // 4. The fee changed; --changed and the national layer.
    const before = hashes(site);
    fs.writeFileSync(standardFile, original.replace('amount: 1170', 'amount: 1200').replace('text: ১,১৭০ টাকা (', 'text: ১,২০০ টাকা ('));
    if (fs.readFileSync(standardFile, 'utf8') === original) throw new Error(`${standardFile}: the fee to change was not found`);
    const changed = check('build:office --changed', await run(node, ['scripts/build-office.ts', '--changed', standardFile, '--out', site], { env }), [0, 1]);
    const nationalAgain = check('build:national', await run(node, ['scripts/build-national.ts', '--out', site], { env }));
    const after = hashes(site);
    const differ = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
    const rebuilt = new Set(differ.map(ownerOf).flatMap((o) => (o.kind === 'office' ? [o.id] : [])));
    const outside = differ.filter((f) => {
      const owner = ownerOf(f);
      return owner.kind === 'office' && !userSet.has(owner.id);
    });
    const summary = /^offices: \d+ built.*$/m.exec(changed.output)?.[0] ?? '';
    // A stale or invalid office fails its own build and keeps its last pages: it shows the change once it publishes again.
    const held = new Set([...changed.output.matchAll(/^ {2}(\S+): (?:stale|invalid|failed):/gm)].map((m) => m[1] ?? ''));
    const expected = users.filter((id) => !held.has(id));
    const same = rebuilt.size === expected.length && expected.every((id) => rebuilt.has(id));
    say(
      `- **fee changed, build:office --changed + build:national: ${(changed.seconds + nationalAgain.seconds).toFixed(0)} s (${changed.seconds.toFixed(0)} + ${nationalAgain.seconds.toFixed(0)} s), peak ${gib(Math.max(changed.peakRssBytes, nationalAgain.peakRssBytes))}; "${summary}"; offices whose files changed ${rebuilt.size}, offices using the standard ${userSet.size} (${held.size} of them stale, keeping their last pages): ${same ? 'the same offices' : 'NOT the same'}; files changed outside them ${outside.length} (national files changed: ${differ.filter((f) => ownerOf(f).kind !== 'office').length})** (load ${load()}; goal: under 10 minutes for a standard used by 500 offices)`,
    );

    // 5. The catalogue, and the first query "নামজারি ফি" at country scope.
    const catalogueDir = path.join(site, CATALOGUE_DIR);
    const catalogueFiles = listFiles(catalogueDir);
    const catalogueBytes = catalogueFiles.reduce((sum, f) => sum + fs.statSync(path.join(catalogueDir, f)).size, 0);
    const answer = await searchCatalogue('নামজারি ফি', {}, async (file) => JSON.parse(fs.readFileSync(path.join(catalogueDir, file), 'utf8')) as unknown);
    const queryBytes = answer.files.reduce((sum, f) => {
      const file = path.join(catalogueDir, f);
      return fs.existsSync(file) ? sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : sum;
    }, 0);
    const first = answer.services[0];
    say(
      `- catalogue: ${catalogueFiles.length} files, ${(catalogueBytes / 1024 ** 2).toFixed(1)} MiB; "নামজারি ফি" at country scope reads ${answer.files.length} catalogue files, ${(queryBytes / 1024).toFixed(1)} KB gzip, and answers «${first?.name}»: ${first?.count} offices, fee ${first?.standard?.fee}, ${first?.standard?.basis.length ?? 0} legal bases, ${first?.standard?.deviating ?? 0} deviating`,
    );

    const report = [`## Standard services at ${n} offices (${new Date().toISOString().slice(0, 10)}, ${machine()})`, '', ...lines, ''].join('\n');
    fs.appendFileSync(path.resolve((flags['out'] as string | undefined) ?? 'bench/RESULTS.md'), `\n${report}`);
    return same && outside.length === 0 ? 0 : 1;
  } finally {
    fs.writeFileSync(standardFile, original);
    if (!flags['keep']) fs.rmSync(work, { recursive: true, force: true });
  }
});

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, sha256(fs.readFileSync(path.join(dir, f)))]));
}
