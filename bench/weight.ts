/**
 * npm run bench:weight [-- --site DIR] [--format text|markdown|json]
 *
 * What a citizen's phone downloads for each page type of a built site, measured
 * in Chromium on a cold cache (the service worker blocked, so this is the first
 * visit): every response is sized as gzip (level 6, what static hosts serve) of
 * the file on disk, grouped as HTML (with its inline CSS), CSS, JS, fonts and
 * other. Budgets (issue 7): a charter page's HTML + CSS + JS at most 60 KB gzip,
 * its fonts at most 120 KB. Also: each page type read with JavaScript off (it
 * must still show its heading and text), and what the service worker downloads
 * in the background after the first visit. Exit 1 when a budget is exceeded.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { parseArgs, runCli, UsageError } from '../scripts/lib/args.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { pageTypes } from '../tests/browser/page-types.ts';

export const BUDGET = { charterHtmlCssJs: 60 * 1024, charterFonts: 120 * 1024 };

export type Category = 'html' | 'css' | 'js' | 'fonts' | 'other';

export interface PageWeight {
  type: string;
  route: string;
  /** gzip bytes per category on a first visit with JavaScript on. */
  gzip: Record<Category, number>;
  /** The inline CSS inside the HTML, gzip bytes on its own (already counted in html). */
  inlineCssGzip: number;
  requests: number;
  /** With JavaScript off: the heading and the amount of text shown. */
  noJs: { heading: string; textChars: number };
}

const gz = (data: Buffer | string) => zlib.gzipSync(data, { level: 6 }).length;

/** The file a static host serves for a URL path (directories serve index.html, unknown paths 404.html). */
function fileFor(site: string, pathname: string): string {
  const file = path.join(site, decodeURIComponent(pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return path.join(file, 'index.html');
  return fs.existsSync(file) ? file : path.join(site, '404.html');
}

function categoryOf(resourceType: string, pathname: string): Category {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font' || /\.woff2?$/.test(pathname)) return 'fonts';
  return 'other';
}

export async function measurePage(browser: Browser, baseUrl: string, site: string, type: string, route: string): Promise<PageWeight> {
  const gzip: Record<Category, number> = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  let requests = 0;
  const context = await browser.newContext({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block', locale: 'bn-BD' });
  const page = await context.newPage();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== baseUrl) return;
    requests++;
    gzip[categoryOf(response.request().resourceType(), url.pathname)] += gz(fs.readFileSync(fileFor(site, url.pathname)));
  });
  await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const html = fs.readFileSync(fileFor(site, new URL(`${baseUrl}${route}`).pathname), 'utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  await context.close();

  const noJsContext = await browser.newContext({ viewport: { width: 360, height: 760 }, javaScriptEnabled: false, serviceWorkers: 'block' });
  const noJsPage = await noJsContext.newPage();
  await noJsPage.goto(`${baseUrl}${route}`);
  const noJs = await noJsPage.evaluate(() => ({
    heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
    textChars: (document.querySelector('main') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim().length ?? 0,
  }));
  await noJsContext.close();
  return { type, route, gzip, inlineCssGzip: inlineCss ? gz(inlineCss) : 0, requests, noJs };
}

export interface WeightReport {
  pages: PageWeight[];
  /** What the service worker fetches after the first visit: sw.js and its shell files the page had not loaded. */
  offlineInstallGzip: number;
  budgets: { name: string; limit: number; actual: number; met: boolean }[];
}

export async function measureSite(site: string): Promise<WeightReport> {
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const pages: PageWeight[] = [];
    for (const { type, route } of pageTypes(site)) pages.push(await measurePage(browser, server.url, site, type, route));
    const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    const shell = (JSON.parse(sw.match(/const CONFIG = (\{.*\});/)?.[1] ?? '{"shell":[]}') as { shell: { url: string }[] }).shell;
    const offlineInstallGzip = gz(sw) + shell.filter((f) => !/\.woff2$/.test(f.url)).reduce((sum, f) => sum + gz(fs.readFileSync(fileFor(site, f.url))), 0);
    const charter = pages.find((p) => p.type === 'charter');
    const budgets = charter
      ? [
          { name: 'charter HTML + CSS + JS', limit: BUDGET.charterHtmlCssJs, actual: charter.gzip.html + charter.gzip.css + charter.gzip.js },
          { name: 'charter fonts', limit: BUDGET.charterFonts, actual: charter.gzip.fonts },
        ].map((b) => ({ ...b, met: b.actual <= b.limit }))
      : [];
    return { pages, offlineInstallGzip, budgets };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatReport(report: WeightReport, format: 'text' | 'markdown'): string {
  const rows = report.pages.map((p) => [
    p.type,
    kb(p.gzip.html),
    kb(p.inlineCssGzip),
    kb(p.gzip.css),
    kb(p.gzip.js),
    kb(p.gzip.html + p.gzip.css + p.gzip.js),
    kb(p.gzip.fonts),
    kb(p.gzip.other),
    String(p.requests),
    p.noJs.heading && p.noJs.textChars > 0 ? `yes (${p.noJs.textChars} chars)` : 'NO',
  ]);
  const head = ['page type', 'HTML', '(of which inline CSS)', 'CSS files', 'JS', 'HTML+CSS+JS', 'fonts', 'other', 'requests', 'readable without JS'];
  const budgetLines = report.budgets.map((b) => `${b.name}: ${kb(b.actual)} (budget ${kb(b.limit)}) ${b.met ? 'met' : 'EXCEEDED'}`);
  const install = `After the first visit the service worker downloads ${kb(report.offlineInstallGzip)} gzip in the background (sw.js, the offline page and its scripts; fonts already loaded by the page).`;
  if (format === 'markdown') {
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      ...budgetLines.map((l) => `- ${l}`),
      `- ${install}`,
    ].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), ...rows.map(line), '', ...budgetLines, install].join('\n');
}

if (import.meta.main) {
  await runCli(async () => {
    const { flags, positionals } = parseArgs(process.argv.slice(2), { site: { value: true }, format: { value: true, choices: ['text', 'markdown', 'json'] } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const site = path.resolve((flags['site'] as string | undefined) ?? 'dist');
    if (!fs.existsSync(path.join(site, 'index.html'))) throw new UsageError(`${site} has no built site: run npm run build first, or pass --site DIR`);
    if (!fs.existsSync(path.join(site, 'sw.js'))) throw new UsageError(`${site} has no sw.js: build it with npm run build (the offline step writes it)`);
    const report = await measureSite(site);
    const format = (flags['format'] as string | undefined) ?? 'text';
    process.stdout.write(`${format === 'json' ? JSON.stringify(report, null, 2) : formatReport(report, format as 'text' | 'markdown')}\n`);
    return report.budgets.every((b) => b.met) && report.pages.every((p) => p.noJs.heading && p.noJs.textChars > 0) ? 0 : 1;
  });
}
