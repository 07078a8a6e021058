/**
 * npm run bench:search [-- --site DIR] [--sizes 1000,10000] [--screenshots DIR] [--seed S] [--keep]
 *
 * Search quality, size and speed, in Chromium against real Pagefind indexes:
 * - relevance: precision@5 and recall of tests/search/relevance.yaml on the
 *   sample site, next to Pagefind's defaults (raw query, diacritics folded) as a baseline;
 * - first query on a cold cache: gzip KB of index and code transferred;
 * - latency: last key to results rendered, typed into the search page;
 * - the same size and latency for synthetic sites of 1,000 and 10,000 pages.
 *
 * Synthetic sites: `npm run generate` writes the content; each document becomes
 * one page shaped like the portal's (the same data attributes, the text of its
 * fields and body) beside the sample site's own search page and scripts, and is
 * indexed by the real build step (src/search/index-html.ts). This skips
 * rendering 10,000 pages with Astro, which does not change what Pagefind indexes
 * for size or speed. Prints one line per measurement and a JSON line for `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { parseArgs, runCli, UsageError } from '../scripts/lib/args.ts';
import { indexSite } from '../src/search/index-html.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { nodeBin, repoRoot } from '../tests/support/paths.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { gzipBytes, isSearchPayload, readResults, searchOnOpenPage, searchViaUrl, type SearchParams } from '../tests/search/browser-search.ts';
import { judge, loadRelevanceSet, summarise, type Judgement } from '../tests/search/relevance.ts';

const SIZE_QUERIES = ['সেবার মূল্য', '২০২৩', 'কারাগার', 'জেলা প্রশাসক', 'GRS'];
const LATENCY_QUERIES = ['সেবার মূল্য', 'পরিবীক্ষণ কমিটি', '2023', 'কর্মকর্তাদের', 'প্রশিক্ষণ', 'উদ্ভাবনী ধারণা', 'ই-নথি'];
const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(nodeBin, args, { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${(r.stdout ?? '').slice(-2000)}\n${(r.stderr ?? '').slice(-2000)}`);
}

/** The portal's search, typed the way a citizen does; ms from the last key to the results in the page. */
async function typedLatency(page: Page, query: string): Promise<number> {
  await page.locator('#search-q').fill('');
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    const input = document.querySelector<HTMLInputElement>('#search-q');
    if (!root || !input) throw new Error('not on the search page');
    const w = window as unknown as { __lastKey: number; __done: number };
    w.__lastKey = 0;
    w.__done = 0;
    root.dataset['searchState'] = 'pending';
    input.addEventListener('input', () => (w.__lastKey = performance.now()));
    new MutationObserver(() => {
      if (root.dataset['searchState'] === 'done') w.__done = performance.now();
    }).observe(root, { attributes: true, attributeFilter: ['data-search-state'] });
  });
  await page.locator('#search-q').pressSequentially(query, { delay: 20 });
  await page.waitForFunction(() => {
    const w = window as unknown as { __lastKey: number; __done: number };
    return w.__done > w.__lastKey && w.__lastKey > 0;
  });
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __done: number };
    return w.__done - w.__lastKey;
  });
}

interface SiteNumbers {
  pages: number;
  indexKB: number;
  indexSeconds?: number;
  firstQueryKB: { median: number; max: number };
  latencyMs: { median: number; max: number };
}

async function measureSite(browser: Browser, siteDir: string, pages: number): Promise<SiteNumbers> {
  const server = await serveStatic(siteDir);
  try {
    const sizes: number[] = [];
    for (const q of SIZE_QUERIES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const before = server.requests.length;
      await searchViaUrl(page, server.url, { q });
      sizes.push(gzipBytes(siteDir, server.requests.slice(before).filter(isSearchPayload)));
      await context.close();
    }
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    await searchOnOpenPage(page, { q: 'সেবা' }); // warm: the engine is loaded once per visit
    const latencies: number[] = [];
    for (const q of LATENCY_QUERIES) latencies.push(await typedLatency(page, q));
    await context.close();
    const indexBytes = dirSize(path.join(siteDir, 'pagefind'));
    return {
      pages,
      indexKB: KB(indexBytes),
      firstQueryKB: { median: KB(median(sizes)), max: KB(Math.max(...sizes)) },
      latencyMs: { median: Math.round(median(latencies)), max: Math.round(Math.max(...latencies)) },
    };
  } finally {
    await server.close();
  }
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += fs.statSync(path.join(e.parentPath, e.name)).size;
  return total;
}

async function relevance(browser: Browser, siteDir: string) {
  const server = await serveStatic(siteDir);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/search/`);
    const ours: Judgement[] = [];
    const baseline: Judgement[] = [];
    for (const c of loadRelevanceSet()) {
      const { results } = await searchOnOpenPage(page, c.params);
      ours.push(
        judge(
          c,
          results.map((r) => r.url),
        ),
      );
      baseline.push(judge(c, await pagefindDefaults(page, c.params)));
    }
    return { ours, baseline };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Pagefind as shipped: the query as typed, diacritics folded, no stems, no digit or spelling variants,
 * over the same offices' bundles the scope's search opens (one engine instance per scope).
 */
async function pagefindDefaults(page: Page, params: SearchParams): Promise<string[]> {
  return page.evaluate(async (p) => {
    type Pf = {
      options(o: object): Promise<void>;
      mergeIndex(path: string, o: object): Promise<void>;
      search(q: string, o: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    };
    const scope = p.office ?? '_country';
    const w = window as unknown as { __defaults?: Record<string, Promise<Pf>> };
    w.__defaults ??= {};
    w.__defaults[scope] ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js?defaults-${scope}`)) as Pf;
      const file = (await (await fetch(`/search/scopes/${scope}.json`)).json()) as { offices: string[] };
      const [first, ...rest] = file.offices;
      await pf.options({ exactDiacritics: false, basePath: `/offices/${first}/pagefind/`, baseUrl: '/' });
      for (const id of rest) await pf.mergeIndex(`/offices/${id}/pagefind/`, { baseUrl: '/' });
      return pf;
    })();
    const pf = await w.__defaults[scope];
    const filters: Record<string, string> = {};
    for (const k of ['office', 'kind', 'fy'] as const) if (p[k]) filters[k] = p[k] as string;
    const found = await pf.search(p.q, { filters });
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname);
  }, params);
}

/** Pages indexed in a built site: each office's bundle has one fragment per page. */
function indexedPages(site: string): number {
  const offices = path.join(site, 'offices');
  return fs
    .readdirSync(offices)
    .map((id) => path.join(offices, id, 'pagefind', 'fragment'))
    .filter((dir) => fs.existsSync(dir))
    .reduce((n, dir) => n + fs.readdirSync(dir).length, 0);
}

/** A page shaped like the portal's for one generated content file. */
function syntheticPage(kind: string, officeId: string, title: string, date: string | undefined, text: string, officeName: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const dateAttr = date ? ` data-document-date="${date}"` : '';
  return `<!doctype html><html lang="bn"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body data-page-kind="${kind}" data-office="${officeId}"><header data-pagefind-ignore="all">প্রতিশ্রুতি</header><main><article data-pagefind-body${dateAttr}><p class="doc-office">${esc(officeName)}</p><h1>${esc(title)}</h1><p>${esc(text)}</p></article></main></body></html>`;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

async function syntheticSite(sampleSite: string, pages: number, seed: string, work: string): Promise<{ dir: string; pages: number; indexSeconds: number }> {
  const content = path.join(work, `content-${pages}`);
  const site = path.join(work, `site-${pages}`);
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(site, { recursive: true, force: true });
  run(['scripts/generate.ts', '--pages', String(pages), '--seed', seed, '--stale', '0', '--out', content, '--quiet']);
  fs.cpSync(sampleSite, site, {
    recursive: true,
    filter: (src) => !/^(offices|pagefind)([/\\]|$)/.test(path.relative(sampleSite, src)),
  });
  let written = 0;
  const officesDir = path.join(content, 'offices');
  const folderKind: Record<string, string> = { charters: 'charter', minutes: 'minutes', orders: 'order' };
  for (const id of fs.readdirSync(officesDir)) {
    const office = parseYaml(fs.readFileSync(path.join(officesDir, id, 'office.yaml'), 'utf8')) as { name?: { bn?: string; en?: string } };
    const name = office.name?.bn ?? id;
    const officeDir = path.join(site, 'offices', id);
    fs.mkdirSync(officeDir, { recursive: true });
    fs.writeFileSync(path.join(officeDir, 'index.html'), syntheticPage('office', id, name, undefined, stringsOf(office).join(' '), name));
    written++;
    for (const [folder, kind] of Object.entries(folderKind)) {
      const dir = path.join(officesDir, id, folder);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const raw = fs.readFileSync(path.join(dir, file), 'utf8');
        const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
        const front = (m ? parseYaml(m[1] ?? '') : {}) as Record<string, unknown>;
        const body = (m?.[2] ?? raw).replace(/[#*|>_`[\]()-]+/g, ' ');
        const date = [front['effectiveDate'], front['date'], front['meetingDate']].find((d): d is string => typeof d === 'string');
        const title = String(front['title'] ?? front['subject'] ?? file);
        const out = path.join(officeDir, folder, file.replace(/\.mdx$/, ''));
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'index.html'), syntheticPage(kind, id, title, date, `${stringsOf(front).join(' ')} ${body}`, name));
        written++;
      }
    }
  }
  const t0 = performance.now();
  await indexSite(site, content);
  return { dir: site, pages: written, indexSeconds: Math.round((performance.now() - t0) / 100) / 10 };
}

async function screenshots(browser: Browser, siteDir: string, out: string): Promise<string[]> {
  fs.mkdirSync(out, { recursive: true });
  const server = await serveStatic(siteDir);
  const shots: [string, string][] = [
    ['search-sebar-mullo.png', 'সেবার মূল্য'],
    ['search-precomposed-nukta.png', 'সম\u09DFসীমা'],
    ['search-latin-digits.png', '2023'],
  ];
  const files: string[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 800, height: 1000 }, locale: 'bn-BD' });
    const page = await context.newPage();
    for (const [file, q] of shots) {
      await searchViaUrl(page, server.url, { q });
      await readResults(page);
      const target = path.join(out, file);
      await page.screenshot({ path: target, fullPage: true });
      files.push(target);
    }
    await context.close();
  } finally {
    await server.close();
  }
  return files;
}

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    site: { value: true },
    sizes: { value: true },
    screenshots: { value: true },
    seed: { value: true },
    keep: {},
  });
  const sizes = String(flags['sizes'] ?? '1000,10000')
    .split(',')
    .filter(Boolean)
    .map((s) => {
      if (!/^\d+$/.test(s) || Number(s) < 1) throw new UsageError(`--sizes takes page counts separated by commas, e.g. 1000,10000; got "${s}"`);
      return Number(s);
    });
  const seed = String(flags['seed'] ?? '1');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-bench-search-'));
  let sampleSite = typeof flags['site'] === 'string' ? path.resolve(flags['site']) : '';
  if (sampleSite && !fs.existsSync(path.join(sampleSite, 'pagefind', 'pagefind.js')))
    throw new UsageError(`${sampleSite} has no Pagefind index: build it with npm run build`);
  if (!sampleSite) {
    sampleSite = path.join(work, 'sample');
    process.stdout.write('building the sample site…\n');
    run(['scripts/build.ts'], { PORTAL_OUT_DIR: sampleSite });
    // Builds running at the same time in this checkout share Astro's content cache; make sure this one indexed our content.
    const expected = (fs.readdirSync(path.join(repoRoot, 'content/offices'), { recursive: true }) as string[]).filter((f) =>
      /(^|[/\\])office\.yaml$|\.mdx?$/.test(f),
    ).length;
    const indexed = indexedPages(sampleSite);
    if (indexed !== expected)
      throw new Error(
        `the sample site indexed ${indexed} pages but content/ has ${expected} offices and documents: another build probably ran at the same time; run the bench again`,
      );
  }

  const browser = await launchChromium();
  try {
    const { ours, baseline } = await relevance(browser, sampleSite);
    const s = summarise(ours);
    const b = summarise(baseline);
    process.stdout.write(`relevance: ${s.queries} queries, ${s.passed} pass; precision@5 ${s.precisionAt5.toFixed(3)}, recall ${s.recall.toFixed(3)}\n`);
    process.stdout.write(`  baseline (Pagefind defaults): ${b.passed} pass; precision@5 ${b.precisionAt5.toFixed(3)}, recall ${b.recall.toFixed(3)}\n`);
    for (const j of ours.filter((x) => x.problems.length > 0)) process.stdout.write(`  FAIL ${j.label}: ${j.problems.join('; ')}\n`);
    for (const j of ours.filter((x) => x.precisionAt5 < 1))
      process.stdout.write(`  precision@5 ${j.precisionAt5.toFixed(2)}: ${j.label} (${j.results.slice(0, 5).join(', ')})\n`);

    const sites: SiteNumbers[] = [];
    const sample = await measureSite(browser, sampleSite, 0);
    sample.pages = indexedPages(sampleSite);
    sites.push(sample);
    for (const n of sizes) {
      process.stdout.write(`generating and indexing ${n} synthetic pages…\n`);
      const synthetic = await syntheticSite(sampleSite, n, seed, work);
      const numbers = await measureSite(browser, synthetic.dir, synthetic.pages);
      numbers.indexSeconds = synthetic.indexSeconds;
      sites.push(numbers);
      if (!flags['keep']) fs.rmSync(synthetic.dir, { recursive: true, force: true });
    }
    for (const site of sites) {
      process.stdout.write(
        `site of ${site.pages} pages: index ${site.indexKB} KB on disk${site.indexSeconds !== undefined ? ` (indexed in ${site.indexSeconds} s)` : ''}; first query on a cold cache ${site.firstQueryKB.median} KB gzip (max ${site.firstQueryKB.max}, goal ≤ 150 for the sample); last key to results ${site.latencyMs.median} ms median (max ${site.latencyMs.max}, goal < 300 for 1,000 pages)\n`,
      );
    }
    if (typeof flags['screenshots'] === 'string') {
      for (const file of await screenshots(browser, sampleSite, path.resolve(flags['screenshots']))) process.stdout.write(`screenshot: ${file}\n`);
    }
    process.stdout.write(
      `${JSON.stringify({ bench: 'search', queries: s.queries, passed: s.passed, precisionAt5: Number(s.precisionAt5.toFixed(3)), recall: Number(s.recall.toFixed(3)), baseline: { precisionAt5: Number(b.precisionAt5.toFixed(3)), recall: Number(b.recall.toFixed(3)) }, sites, goals: { firstQueryKB: 150, latencyMs: 300 } })}\n`,
    );
    // A relevance failure is a regression the bench should not hide.
    return s.passed === s.queries ? 0 : 1;
  } finally {
    await browser.close();
    if (flags['keep']) process.stdout.write(`kept the sites in ${work}\n`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
});
