/**
 * npm run bench:lighthouse [-- --site DIR] [--runs N] [--page NAME]... [--format text|markdown|json] [--check]
 *
 * Lighthouse (mobile: its default Moto G Power profile, simulated slow 4G and 4x
 * CPU slowdown) on the pages a citizen opens most, served from a built site on
 * 127.0.0.1 exactly as a static host serves it: the home page, an office, its
 * current charter, the search page with a query, and the compliance dashboard.
 * Each page runs N times (default 3) and the median run is reported (Lighthouse's
 * own advice for noisy machines), with performance, accessibility, CLS, LCP and
 * TBT. Targets (issue 23): performance >= 95, accessibility 100, CLS < 0.1;
 * `--check` exits 1 when a median misses one.
 *
 * A benchmark, not a test: scores move with the machine's load (print `uptime`
 * beside them). Chromium is the system's (/usr/bin/chromium, or CHROME_PATH), started
 * by Playwright with a debugging port that Lighthouse drives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { parseArgs, runCli, UsageError } from '../scripts/lib/args.ts';
import { serveStatic } from '../tests/support/static-server.ts';

export const TARGETS = { performance: 95, accessibility: 100, cls: 0.1 };

export const PAGES: { name: string; route: string }[] = [
  { name: 'home', route: '/' },
  { name: 'office', route: '/offices/doict-bheramara/' },
  { name: 'charter', route: '/offices/doict-bheramara/charter/' },
  { name: 'search', route: `/search/?q=${encodeURIComponent('জন্ম নিবন্ধন')}` },
  { name: 'compliance', route: '/compliance/' },
];

export interface Run {
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Accessibility audits that failed, by id. */
  failedA11y: string[];
}

export interface PageResult {
  name: string;
  route: string;
  runs: Run[];
  median: Run;
}

interface LhResult {
  categories: Record<string, { score: number | null; auditRefs?: { id: string }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
}

const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.performance - b.performance || b.cls - a.cls)[Math.floor((runs.length - 1) / 2)]!;

export async function runLighthouse(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const lhr = result?.lhr as unknown as LhResult | undefined;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const a11yIds = new Set((lhr.categories['accessibility']?.auditRefs ?? []).map((ref) => ref.id));
  const a11yAudits = Object.entries(lhr.audits).filter(([id, a]) => a11yIds.has(id) && a.scoreDisplayMode === 'binary' && a.score === 0);
  return {
    performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    failedA11y: a11yAudits.map(([id]) => id),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The route to measure on this site: the current charter's stable address, or on a site
 * built before it existed (to measure the "before" figures), the newest dated version.
 */
export function routeOn(site: string, route: string): string {
  const m = /^\/offices\/([^/]+)\/charter\/$/.exec(route);
  if (!m || fs.existsSync(path.join(site, route, 'index.html'))) return route;
  const dated = path.join(site, 'offices', m[1]!, 'charters');
  const newest = fs.existsSync(dated) ? fs.readdirSync(dated).sort().at(-1) : undefined;
  return newest ? `/offices/${m[1]}/charters/${newest}/` : route;
}

export async function measureSite(site: string, pages: typeof PAGES, runs: number, log: (line: string) => void = () => {}): Promise<PageResult[]> {
  const server = await serveStatic(site);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-lighthouse-'));
  // Lighthouse drives Chromium over its debugging port; Playwright only starts and stops it.
  const port = await freePort();
  const chrome = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: [
      `--remote-debugging-port=${port}`,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const results: PageResult[] = [];
    for (const wanted of pages) {
      const page = { ...wanted, route: routeOn(site, wanted.route) };
      const list: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await runLighthouse(`${server.url}${page.route}`, port);
        log(`${page.name} run ${i + 1}/${runs}: performance ${run.performance}, accessibility ${run.accessibility}, CLS ${run.cls}`);
        list.push(run);
      }
      results.push({ ...page, runs: list, median: median(list) });
    }
    return results;
  } finally {
    await chrome.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

export function misses(result: PageResult): string[] {
  const m = result.median;
  return [
    ...(m.performance < TARGETS.performance ? [`performance ${m.performance} < ${TARGETS.performance}`] : []),
    ...(m.accessibility < TARGETS.accessibility ? [`accessibility ${m.accessibility} < ${TARGETS.accessibility} (${m.failedA11y.join(', ')})`] : []),
    ...(m.cls >= TARGETS.cls ? [`CLS ${m.cls} >= ${TARGETS.cls}`] : []),
  ];
}

export function formatMarkdown(results: PageResult[], note: string): string {
  const lines = [
    `Lighthouse (mobile), median of ${results[0]?.runs.length ?? 0} runs; ${note}`,
    '',
    '| page | performance | accessibility | CLS | LCP | TBT | runs (performance) |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const m = r.median;
    lines.push(
      `| ${r.name} (\`${decodeURIComponent(r.route)}\`) | ${m.performance} | ${m.accessibility} | ${m.cls} | ${(m.lcpMs / 1000).toFixed(1)} s | ${m.tbtMs} ms | ${r.runs.map((x) => x.performance).join(', ')} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.main) {
  await runCli(async () => {
    const { flags } = parseArgs(process.argv.slice(2), {
      site: { value: true },
      runs: { value: true },
      page: { value: true, repeat: true },
      format: { value: true },
      check: {},
    });
    const site = path.resolve((flags['site'] as string | undefined) ?? 'dist');
    if (!fs.existsSync(path.join(site, 'index.html'))) throw new UsageError(`${site} has no built site: run npm run build first`);
    const runs = Number((flags['runs'] as string | undefined) ?? '3');
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs must be a whole number of at least 1');
    const wanted = (flags['page'] as string[] | undefined) ?? [];
    const unknown = wanted.filter((w) => !PAGES.some((p) => p.name === w));
    if (unknown.length) throw new UsageError(`no page "${unknown.join('", "')}"; pages: ${PAGES.map((p) => p.name).join(', ')}`);
    const pages = wanted.length ? PAGES.filter((p) => wanted.includes(p.name)) : PAGES;
    const format = (flags['format'] as string | undefined) ?? 'text';
    const load = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ');
    const results = await measureSite(site, pages, runs, (line) => process.stderr.write(`${line}\n`));
    const note = `load average before: ${load}; after: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`;
    if (format === 'json') process.stdout.write(`${JSON.stringify({ targets: TARGETS, note, results }, null, 2)}\n`);
    else process.stdout.write(`${formatMarkdown(results, note)}\n`);
    const missed = results.flatMap((r) => misses(r).map((m) => `${r.name}: ${m}`));
    if (missed.length && format !== 'json') process.stdout.write(`\nmisses the targets:\n${missed.map((m) => `  ${m}`).join('\n')}\n`);
    return flags['check'] && missed.length ? 1 : 0;
  });
}
