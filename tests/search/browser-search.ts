/**
 * Drives the real search page in Chromium: shared by tests/browser/search*.test.ts
 * and bench/search.ts, so the numbers the bench reports come from the same code
 * the tests check.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ShownResult {
  url: string;
  title: string;
  meta: string;
  excerpt: string;
  /** Excerpt HTML, with Pagefind's <mark> around matches. */
  excerptHtml: string;
}

export interface SearchParams {
  q: string;
  office?: string | undefined;
  kind?: string | undefined;
  fy?: string | undefined;
}

export function searchUrl(base: string, params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  return `${base}/search/?${query.toString()}`;
}

/** Waits for the page to finish the search it is running and reads the rendered results. */
export async function readResults(page: Page): Promise<{ status: string; results: ShownResult[] }> {
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-search-page]')?.dataset['searchState'];
    return state === 'done' || state === 'error';
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-search-results] li')].map((li) => {
      const a = li.querySelector('a');
      return {
        url: new URL(a?.getAttribute('href') ?? '', location.href).pathname,
        title: a?.textContent ?? '',
        meta: li.querySelector('.search-result-meta')?.textContent ?? '',
        excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
        excerptHtml: li.querySelector('.search-result-excerpt')?.innerHTML ?? '',
      };
    }),
  }));
}

/**
 * Runs another search on an already open search page by filling its form, the
 * way a citizen refines a search (much faster than loading the page again).
 */
export async function searchOnOpenPage(page: Page, params: SearchParams) {
  await page.evaluate((p) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
    if (!root || !form) throw new Error('not on the search page');
    root.dataset['searchState'] = 'pending';
    const input = form.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = p.q;
    for (const key of ['office', 'kind', 'fy'] as const) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (select) select.value = p[key] ?? '';
    }
    form.requestSubmit();
  }, params);
  return readResults(page);
}

/** Opens /search/ with the given parameters and returns what it shows. */
export async function searchViaUrl(page: Page, base: string, params: SearchParams) {
  await page.goto(searchUrl(base, params));
  return readResults(page);
}

/**
 * Bytes a static host would send gzip-compressed for these request paths:
 * Pagefind's index files are gzip already, so the smaller of raw and gzip counts.
 */
export function gzipBytes(siteDir: string, paths: readonly string[]): number {
  let total = 0;
  for (const p of new Set(paths)) {
    let file = path.join(siteDir, decodeURIComponent(p));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) continue;
    const raw = fs.readFileSync(file);
    total += Math.min(raw.length, zlib.gzipSync(raw, { level: 9 }).length);
  }
  return total;
}

/** Requests that are search index or code: Pagefind's files and the page's scripts. */
export function isSearchPayload(p: string): boolean {
  return p.includes('/pagefind/') || p.endsWith('.js');
}
