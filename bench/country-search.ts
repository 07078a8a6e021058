/**
 * npm run bench:country-search [-- --offices 1000,10000,50000] [--site DIR] [--out bench/RESULTS.md] [--screenshots DIR] [--repeat 3] [--keep]
 *
 * Search at country size, per scope (issue: search and offline that stay light at any size).
 * For each size, a generated country's national search files (catalogue and scopes,
 * computed from the offices' records by the functions build:national runs) are put
 * beside the built sample site's real search page, engine and office bundles
 * (tests/support/country-search-site.ts), and Chromium with 4× CPU throttling measures:
 * - the first query per scope on a cold cache: gzip bytes of everything after the
 *   page's HTML (fonts excluded) — office, upazila, district, division, country;
 * - last key to results, typed on a freshly opened page (the focus warms the scope), the
 *   median and the slowest of --repeat runs (the machine is shared: single runs vary 3×);
 * - the catalogue on disk (files, bytes, largest files gzip) and its build time, and one
 *   office's edit: the catalogue pass again and how many files change;
 * - one office's own Pagefind bundle re-indexed, and its offline pack's size.
 * With --screenshots, each scope's results on a 360 px wide phone screen, at the first size.
 * Appends a section to the results file and prints a JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs, runCli, UsageError } from '../scripts/lib/args.ts';
import { catalogueFiles, CATALOGUE_DIR, type CatalogueOffice } from '../src/search/catalogue.ts';
import { indexOffice, closeSearchIndexer } from '../src/pipeline/office-search.ts';
import type { OfficeInfo } from '../src/search/index-html.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { firstQueryBytes, throttleCpu, typedSearch, writeCountrySearchSite } from '../tests/support/country-search-site.ts';
import { syntheticCatalogueOffices } from '../tests/support/synthetic-catalogue.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { nodeBin, repoRoot } from '../tests/support/paths.ts';
import { readResults, searchUrl } from '../tests/search/browser-search.ts';
import { machine, run } from './lib/measure.ts';

const KB = (bytes: number) => (bytes / 1024).toFixed(1);
const OFFICE = 'doict-bheramara';

interface ScopeCase {
  scope: string;
  q: string;
  office?: string;
}

function scopeCases(offices: readonly CatalogueOffice[]): ScopeCase[] {
  const ids = offices.map((o) => o.id);
  const middle = (prefix: string) => {
    const list = ids.filter((id) => id.startsWith(prefix));
    return list[Math.floor(list.length / 2)] ?? '';
  };
  return [
    { scope: 'office (its own Pagefind bundle)', q: 'সেবার মূল্য', office: OFFICE },
    { scope: 'upazila', q: 'নামজারি', office: middle('uno-') },
    { scope: 'district', q: 'নামজারি', office: middle('dc-') },
    { scope: 'division', q: 'জন্ম নিবন্ধন', office: middle('divcom-') },
    { scope: 'country: a service', q: 'নামজারি' },
    { scope: 'country: a service and a place', q: 'নামজারি ভেড়ামারা' },
    // The words citizens type (issue 23): a fee word (seven queries on the bundle), ড় typed as র
    // (near spellings read more term shards), a misspelled service that finds nothing (the nearest services).
    { scope: 'office: a fee word', q: 'ফি', office: OFFICE },
    { scope: 'country: a place typed with র for ড়', q: 'নামজারি ভেরামারা' },
    { scope: 'country: nothing found, nearest services', q: 'নামযারী' },
  ];
}

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    offices: { value: true },
    site: { value: true },
    out: { value: true },
    screenshots: { value: true },
    repeat: { value: true },
    keep: {},
  });
  const sizes = String(flags['offices'] ?? '1000,10000,50000')
    .split(',')
    .filter(Boolean)
    .map((s) => {
      if (!/^\d+$/.test(s) || Number(s) < 10) throw new UsageError(`--offices takes office counts separated by commas, e.g. 1000,10000; got "${s}"`);
      return Number(s);
    });
  const repeat = Number(flags['repeat'] ?? 3);
  if (!Number.isInteger(repeat) || repeat < 1) throw new UsageError(`--repeat takes a whole number of runs, got "${String(flags['repeat'])}"`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-bench-country-search-'));
  let sample = typeof flags['site'] === 'string' ? path.resolve(flags['site']) : '';
  if (sample && !fs.existsSync(path.join(sample, 'search', 'index.html'))) throw new UsageError(`${sample} is not a built site: build it with npm run build`);
  if (!sample) {
    sample = path.join(work, 'sample');
    process.stdout.write('building the sample site…\n');
    const built = await run(nodeBin, ['scripts/build.ts'], { env: { PORTAL_OUT_DIR: sample, PORTAL_CACHE_DIR: `${sample}.astro-cache` } });
    if (built.code !== 0) throw new Error(`building the sample site failed:\n${built.output.slice(-3000)}`);
  }
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  const results: unknown[] = [];

  // The office scope and offline do not depend on the country: one real office.
  const pack = JSON.parse(fs.readFileSync(path.join(sample, 'offline-packs', `${OFFICE}.json`), 'utf8')) as {
    bytes: number;
    files: unknown[];
    search: boolean;
  };
  const bundleDir = path.join(sample, 'offices', OFFICE, 'pagefind');
  const bundleBytes = fs
    .readdirSync(bundleDir, { recursive: true, withFileTypes: true })
    .reduce((n, e) => n + (e.isFile() ? fs.statSync(path.join(e.parentPath, e.name)).size : 0), 0);
  const reindexSite = path.join(work, 'reindex');
  fs.cpSync(sample, reindexSite, { recursive: true });
  const infos = new Map<string, OfficeInfo>([[OFFICE, { id: OFFICE, nameBn: OFFICE, nameEn: '', parent: undefined }]]);
  const t0 = performance.now();
  await indexOffice(reindexSite, OFFICE, infos);
  const reindexSeconds = (performance.now() - t0) / 1000;
  await closeSearchIndexer();

  const browser = await launchChromium();
  try {
    for (const n of sizes) {
      const g0 = performance.now();
      const offices = syntheticCatalogueOffices(n);
      const generated = (performance.now() - g0) / 1000;
      const site = writeCountrySearchSite(sample, path.join(work, `country-${n}`), n, offices);
      const dir = path.join(site.dir, CATALOGUE_DIR);
      const gz = (rel: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, rel)), { level: 9 }).length;
      const largest = (sub: string) =>
        fs
          .readdirSync(path.join(dir, sub))
          .map((f) => ({ f: `${sub}/${f}`, gz: gz(`${sub}/${f}`) }))
          .sort((a, b) => b.gz - a.gz)[0];
      const counts = Object.fromEntries(['parts', 'terms', 'services'].map((sub) => [sub, fs.readdirSync(path.join(dir, sub)).length]));
      // One office edited: its record changes (a service added), the catalogue pass runs again.
      const edited = offices.find((o) => o.id.startsWith('uno-') && o.services) ?? offices[0];
      const after = offices.map((o) =>
        o === edited && o.services ? { ...o, services: { ...o.services, services: [...o.services.services, 'বেঞ্চমার্কের নতুন সেবা'] } } : o,
      );
      const before = catalogueFiles(offices);
      const e0 = performance.now();
      const again = catalogueFiles(after);
      const editSeconds = (performance.now() - e0) / 1000;
      const changed = [...new Set([...before.keys(), ...again.keys()])].filter((f) => before.get(f) !== again.get(f));

      const server = await serveStatic(site.dir);
      const scopes: Array<ScopeCase & { kb: number; ms: number; maxMs: number; files: number; results: number }> = [];
      try {
        for (const c of scopeCases(offices)) {
          const cold = await browser.newContext({ serviceWorkers: 'block' });
          const page = await cold.newPage();
          await throttleCpu(cold, page);
          const from = server.requests.length;
          await page.goto(searchUrl(server.url, { q: c.q, office: c.office }));
          const shown = await readResults(page);
          const bytes = firstQueryBytes(site.dir, server.requests.slice(from));
          await cold.close();
          const times: number[] = [];
          for (let r = 0; r < repeat; r++) {
            const warm = await browser.newContext({ serviceWorkers: 'block' });
            const typing = await warm.newPage();
            await throttleCpu(warm, typing);
            times.push(await typedSearch(typing, searchUrl(server.url, { q: '', office: c.office }), c.q));
            await warm.close();
          }
          times.sort((a, b) => a - b);
          const ms = times[Math.floor((times.length - 1) / 2)] ?? 0;
          scopes.push({
            ...c,
            kb: Number(KB(bytes.bytes)),
            ms: Math.round(ms),
            maxMs: Math.round(times.at(-1) ?? 0),
            files: bytes.files.length,
            results: shown.results.length,
          });
        }
        if (typeof flags['screenshots'] === 'string' && n === sizes[0]) {
          const out = path.resolve(flags['screenshots']);
          fs.mkdirSync(out, { recursive: true });
          const phone = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'bn-BD' });
          const page = await phone.newPage();
          const shots: Array<[string, ScopeCase]> = scopeCases(offices)
            .filter((c) => !c.scope.startsWith('division'))
            .map((c, i) => [`search-scope-${['office', 'upazila', 'district', 'country-service', 'country-service-place'][i] ?? i}.png`, c]);
          for (const [file, c] of shots) {
            await page.goto(searchUrl(server.url, { q: c.q, office: c.office }));
            await readResults(page);
            await page.screenshot({ path: path.join(out, file), fullPage: true });
            say(`Screenshot: ${path.relative(repoRoot, path.join(out, file))} (${c.scope}, "${c.q}").`);
          }
          await phone.close();
        }
      } finally {
        await server.close();
      }
      const biggest = { part: largest('parts'), term: largest('terms'), service: largest('services') };
      say(
        `#### ${n.toLocaleString('en')} offices (generated in ${generated.toFixed(1)} s; catalogue of ${site.catalogue.files.toLocaleString('en')} files, ${(site.catalogue.bytes / 2 ** 20).toFixed(1)} MiB, built in ${site.catalogue.seconds.toFixed(1)} s)`,
      );
      say();
      say(
        `| scope | query | first query, gzip (goal ≤ 150 KB) | requests after the HTML | last key to results, 4× CPU throttling: median of ${repeat} (slowest) (goal ≤ 300 ms) | results |`,
      );
      say('|---|---|---:|---:|---:|---:|');
      for (const s of scopes)
        say(`| ${s.scope}${s.office ? ` (\`${s.office}\`)` : ''} | ${s.q} | ${s.kb} KB | ${s.files} | ${s.ms} ms (${s.maxMs}) | ${s.results} |`);
      say();
      say(
        `Catalogue: ${counts['parts']} parts (largest ${biggest.part?.f} ${KB(biggest.part?.gz ?? 0)} KB gzip), ${counts['terms']} term shards (largest ${KB(biggest.term?.gz ?? 0)} KB), ${counts['services']} services (largest ${KB(biggest.service?.gz ?? 0)} KB), areas.json ${KB(gz('areas.json'))} KB. One office edited (\`${edited?.id}\`, a service added): catalogue pass ${editSeconds.toFixed(1)} s, ${changed.length} files differ (${changed.join(', ')}).`,
      );
      say();
      results.push({ offices: n, catalogue: site.catalogue, counts, biggest, edit: { seconds: editSeconds, changed: changed.length }, scopes });
      if (!flags['keep']) fs.rmSync(site.dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  say(
    `Office \`${OFFICE}\` (any country size): its own Pagefind bundle ${KB(bundleBytes)} KB on disk, re-indexed in ${reindexSeconds.toFixed(1)} s; its offline pack ${KB(pack.bytes)} KB in ${pack.files.length} files (search included: ${pack.search}).`,
  );
  const section = [
    `## Search by scope at country size (${new Date().toISOString().slice(0, 10)}, \`npm run bench:country-search -- --offices ${sizes.join(',')}\`)`,
    '',
    `Machine: ${machine()}`,
    '',
    ...lines,
    '',
  ].join('\n');
  fs.appendFileSync(path.resolve(repoRoot, typeof flags['out'] === 'string' ? flags['out'] : 'bench/RESULTS.md'), `\n${section}`);
  process.stdout.write(`${JSON.stringify({ bench: 'country-search', results, office: { bundleBytes, reindexSeconds, packBytes: pack.bytes } })}\n`);
  if (!flags['keep']) fs.rmSync(work, { recursive: true, force: true });
  return 0;
});
