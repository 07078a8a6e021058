/**
 * A search site for a generated country, without rendering it: the built sample site
 * (its real search page, scripts, Pagefind engine and office bundles) with the
 * national search files of a generated country of N offices in place of its own —
 * the catalogue and the scope files, computed from the offices' records in Node by
 * the same functions build:national runs (src/search/catalogue.ts, scopes.ts).
 * Rendering 2,000 offices with Astro takes half an hour and does not change what a
 * catalogue search downloads. Shared by tests/browser/country-search.test.ts and
 * bench/search.ts, with the measuring helpers both use.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { CATALOGUE_DIR, catalogueFiles, type CatalogueOffice } from '../../src/search/catalogue.ts';
import { searchScopes } from '../../src/search/scopes.ts';
import { LIST_LIMIT } from '../../src/lib/national-model.ts';
import { syntheticCatalogueOffices, syntheticCatalogueStandards } from './synthetic-catalogue.ts';

export interface CountrySearchSite {
  dir: string;
  offices: CatalogueOffice[];
  /** Catalogue files and bytes on disk, and how long building it took. */
  catalogue: { files: number; bytes: number; seconds: number };
}

/** Writes the site into `dir` (replaced). The sample's own offices stay, as real bundles for the office scope. */
export function writeCountrySearchSite(sampleSite: string, dir: string, count: number, offices = syntheticCatalogueOffices(count)): CountrySearchSite {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(sampleSite, dir, { recursive: true, filter: (src) => !/^search[/\\](scopes|catalogue)([/\\]|$)/.test(path.relative(sampleSite, src)) });
  const started = performance.now();
  const files = catalogueFiles(offices, undefined, syntheticCatalogueStandards());
  const seconds = (performance.now() - started) / 1000;
  let bytes = 0;
  for (const [rel, text] of files) {
    const file = path.join(dir, CATALOGUE_DIR, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  const scopesDir = path.join(dir, 'search', 'scopes');
  fs.mkdirSync(scopesDir, { recursive: true });
  for (const [id, scope] of searchScopes(offices, LIST_LIMIT)) fs.writeFileSync(path.join(scopesDir, `${id}.json`), `${JSON.stringify(scope)}\n`);
  return { dir, offices, catalogue: { files: files.size, bytes, seconds } };
}

/**
 * Bytes a static host would send gzip-compressed for what a search downloads after the
 * page's HTML: scripts, styles, Pagefind, scope and catalogue files; fonts excluded
 * (the first-query budget). Pagefind's index files are gzip already, so the
 * smaller of raw and gzip counts.
 */
export function firstQueryBytes(siteDir: string, requests: readonly string[]): { bytes: number; files: string[] } {
  const files = [...new Set(requests)].filter((p) => !p.endsWith('/') && !p.endsWith('.html') && !p.endsWith('.woff2'));
  let bytes = 0;
  for (const p of files) {
    const file = path.join(siteDir, decodeURIComponent(p));
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
    const raw = fs.readFileSync(file);
    bytes += Math.min(raw.length, zlib.gzipSync(raw, { level: 9 }).length);
  }
  return { bytes, files };
}

/** A phone's CPU: Chromium's CPU throttled through the debugging protocol. */
export async function throttleCpu(context: BrowserContext, page: Page, rate = 4): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Opens the search page for a scope, focuses the box (which warms the scope), types the
 * query as a citizen does and returns ms from the last key to the results shown.
 */
export async function typedSearch(page: Page, url: string, query: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset['searchState'] === undefined);
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    const input = document.querySelector<HTMLInputElement>('#search-q');
    if (!root || !input) throw new Error('not on the search page');
    const w = window as unknown as { __lastKey: number; __done: number };
    w.__lastKey = 0;
    w.__done = 0;
    input.addEventListener('input', () => (w.__lastKey = performance.now()));
    // Only the answer to the whole query counts: a search started before the last key can finish after it
    // (showing a prefix's results); the page writes the query it runs into the address when it starts.
    new MutationObserver(() => {
      const state = root.dataset['searchState'];
      const ran = new URLSearchParams(location.search).get('q') ?? '';
      if ((state === 'done' || state === 'error') && w.__lastKey > 0 && ran === input.value.trim()) w.__done = performance.now();
    }).observe(root, { attributes: true, attributeFilter: ['data-search-state'] });
  });
  await page.locator('#search-q').focus();
  await page.locator('#search-q').pressSequentially(query, { delay: 30 });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __lastKey: number; __done: number };
      return w.__done > w.__lastKey && w.__lastKey > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __done: number };
    return w.__done - w.__lastKey;
  });
}
