/**
 * The first-query budget at country size: on a generated country of 2,000 offices
 * (its catalogue and scope files beside the sample's real search page and office
 * bundles, tests/support/country-search-site.ts), a search in each scope — one
 * office, an upazila, a district, a division, the whole country — downloads at most
 * 150 KB gzip after the page's HTML (fonts excluded), and shows results.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { firstQueryBytes, throttleCpu, writeCountrySearchSite, type CountrySearchSite } from '../support/country-search-site.ts';
import { readResults, searchUrl } from '../search/browser-search.ts';

const BUDGET = 150 * 1024;
let site: CountrySearchSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = writeCountrySearchSite(sampleSiteDir, path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-country-search-')), 'site'), 2_000);
  server = await serveStatic(site.dir);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(path.dirname(site.dir), { recursive: true, force: true });
});

const first = (prefix: string) => site.offices.map((o) => o.id).find((id) => id.startsWith(prefix)) ?? '';

describe('search on a country of 2,000 offices stays within 150 KB for the first query', () => {
  const scopes: Array<[string, () => { q: string; office?: string }, (urls: string[]) => void]> = [
    [
      'one office (its own Pagefind bundle)',
      () => ({ q: 'সেবার মূল্য', office: 'doict-bheramara' }),
      (urls) => expect(urls).toContain('/offices/doict-bheramara/charter/'),
    ],
    ['an upazila (the catalogue, one part)', () => ({ q: 'নামজারি', office: first('uno-') }), (urls) => expect(urls.length).toBeGreaterThan(0)],
    ['a district (the catalogue, its upazilas’ parts)', () => ({ q: 'নামজারি', office: first('dc-') }), (urls) => expect(urls.length).toBeGreaterThan(0)],
    ['a division (the catalogue: counts by district)', () => ({ q: 'জন্ম নিবন্ধন', office: first('divcom-') }), (urls) => expect(urls.length).toBeGreaterThan(0)],
    ['the country, a service (counts by division)', () => ({ q: 'নামজারি' }), (urls) => expect(urls.length).toBeGreaterThan(0)],
    // Each office links to the service in its current charter (contract 2: the stable address; the anchor is checked in the catalogue's tests).
    [
      'the country, a service and a place',
      () => ({ q: 'নামজারি ভেড়ামারা' }),
      (urls) => expect(urls.every((u) => /^\/offices\/[^/]+\/charter\/$/.test(u))).toBe(true),
    ],
  ];
  for (const [name, params, check] of scopes) {
    it(name, async () => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await throttleCpu(context, page);
      const before = server.requests.length;
      await page.goto(searchUrl(server.url, params()));
      const { results, status } = await readResults(page);
      const { bytes, files } = firstQueryBytes(site.dir, server.requests.slice(before));
      await context.close();
      expect(results.length, status).toBeGreaterThan(0);
      check(results.map((r) => r.url));
      expect(bytes, `${name}: ${(bytes / 1024).toFixed(1)} KB from ${files.join(', ')}`).toBeLessThanOrEqual(BUDGET);
      // Area and country searches never open Pagefind: the catalogue answers them.
      if (params().office !== 'doict-bheramara') expect(files.some((f) => f.includes('pagefind'))).toBe(false);
    });
  }
});

describe('choosing a place on a country of 2,000 offices', () => {
  it('offers the offices under each choice, one level at a time, reading only the chosen offices’ scope files', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    const division = first('divcom-');
    // The first list is the built site's top-level offices; the generated country's division stands in for one.
    await page.evaluate((id) => {
      const box = document.querySelector<HTMLSelectElement>('select[name="office"]');
      box?.add(new Option('বিভাগ', id));
    }, division);
    const before = server.requests.length;
    await page.selectOption('select[name="office"]', division);
    const districts = page.locator(`select[data-parent="${division}"]`);
    await districts.waitFor();
    const districtIds = await districts.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(districtIds.length).toBeGreaterThan(0);
    expect(districtIds.every((id) => site.offices.find((o) => o.id === id)?.parent === division)).toBe(true);
    const district = districtIds.find((id) => id.startsWith('dc-')) ?? '';
    await districts.selectOption(district);
    const upazilas = page.locator(`select[data-parent="${district}"]`);
    await upazilas.waitFor();
    expect(await upazilas.locator('option').count()).toBeGreaterThan(1);
    // Changing the division again drops the lists below it.
    await page.selectOption('select[name="office"]', '');
    await expect.poll(() => page.locator('select[data-parent]').count()).toBe(0);
    const scopeFiles = server.requests.slice(before).filter((p) => p.startsWith('/search/scopes/'));
    expect([...new Set(scopeFiles)].sort()).toEqual([`/search/scopes/${division}.json`, `/search/scopes/${district}.json`].sort());
    await context.close();
  });
});

describe('the words citizens type, on a country of 2,000 offices (the catalogue)', () => {
  const open = async (params: { q: string; office?: string }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(new URL(r.url()).pathname));
    await page.goto(searchUrl(server.url, params));
    const shown = await readResults(page);
    const hrefs = await page
      .locator('[data-search-results] a.search-result-title')
      .evaluateAll((as) =>
        as.map((a) => `${new URL((a as HTMLAnchorElement).href).pathname}${decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash)}`),
      );
    // Read at once: the results have settled, and a locator would wait its whole timeout for a suggestion not shown.
    const suggest = await page.evaluate(() => document.querySelector('[data-search-suggest]:not([hidden])')?.textContent ?? '');
    await context.close();
    return { ...shown, hrefs, suggest, failed };
  };

  it('a fee word with a service and a place (ড় typed as র) lists the offices there, each linking to the service in its current charter', async () => {
    const { results, status, hrefs, failed } = await open({ q: 'নামজারি ফি ভেরামারা' });
    expect(results.length, status).toBeGreaterThan(0);
    expect(status).toContain('কাছাকাছি বানানের');
    for (const href of hrefs) expect(href).toMatch(/^\/offices\/[^/]+\/charter\/#service-নামজারি/);
    expect(failed).toEqual([]);
  });

  it('a fee word alone says to add the service’s name, since the catalogue knows services by name', async () => {
    const { results, status } = await open({ q: 'ফি' });
    expect(results).toEqual([]);
    expect(status).toContain('সেবার নামও লিখুন');
  });

  it('a service’s name with a fee word, across the country, answers with its standard’s fee', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(searchUrl(server.url, { q: 'নামজারি ফি' }));
    const { results, status } = await readResults(page);
    expect(results[0]?.title, status).toBe('নামজারি ও জমাখারিজ');
    const facts = await page.locator('[data-search-results] li').first().locator('.search-result-standard').textContent();
    expect(facts).toContain('১,১৭০ টাকা');
    await context.close();
  });

  it('a service misspelled twice finds nothing and offers the nearest services, in an area and in the country', async () => {
    for (const office of [first('dc-'), undefined]) {
      const { results, suggest, failed } = await open({ q: 'নামযারী', ...(office ? { office } : {}) });
      expect(results).toEqual([]);
      expect(suggest).toContain('কাছাকাছি নামের সেবা');
      expect(suggest).toContain('নামজারি');
      if (office) expect(suggest).toContain('সারা দেশে');
      expect(failed).toEqual([]);
    }
  });
});
