/**
 * Search for the words citizens type, in the real search page with real Pagefind
 * (issue 23): fee words as one idea, ড়/ঢ় typed as র, English words; a hit in a charter's
 * service links to that service; snippets read as words; a search that finds nothing
 * offers the nearest services and a wider scope; no request fails; results arriving
 * never move the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serviceAnchor } from '../../src/domain/service-anchor.ts';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { readResults, searchViaUrl, type SearchParams } from '../search/browser-search.ts';

const site = useSampleSiteInChromium();
/** The office's current charter at its stable address (the citizens' contract): what search links to. */
const CHARTER = '/offices/doict-bheramara/charter/';

/** The results' title links as the page renders them (href with its #anchor, and the text). */
const titleLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .search-result-title')].map((a) => ({
      path: new URL(a.href).pathname,
      hash: decodeURIComponent(new URL(a.href).hash.slice(1)),
      text: a.textContent ?? '',
    })),
  );

/** Opens a search with the requests that failed (status 400 or more) and the console's errors recorded. */
async function searchWatched(params: SearchParams, viewport = { width: 360, height: 740 }) {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const shown = await searchViaUrl(page, site.server.url, params);
  return { context, page, failed, errors, ...shown };
}

describe('search for the words citizens type', () => {
  it.each([
    ['ফি', 'the page’s own hint'],
    ['খরচ', 'another word for the fee'],
    ['fee', 'in English'],
  ])('"%s" (%s) finds the charter’s services and links to the service, not the top of the charter', async (q) => {
    const { context, page, results, failed } = await searchWatched({ q, office: 'doict-bheramara' });
    expect(results.map((r) => r.url)).toContain(CHARTER);
    const [link] = (await titleLinks(page)).filter((l) => l.path === CHARTER);
    // The service's name is the title, and its anchor is the one the charter page gives its heading (contract 1).
    expect(link?.hash).toBe(serviceAnchor(link?.text ?? ''));
    expect(link?.hash).toMatch(/^service-/);
    // The charter's other services that matched are offered under it, each at its own anchor.
    const more = await page.locator('[data-search-results] .search-result-more a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(more.length).toBeGreaterThan(0);
    for (const href of more) expect(decodeURIComponent(new URL(href).hash)).toMatch(/^#service-/);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('"ভেরামারা" (ড় typed as র) finds ভেড়ামারা and says it is showing near spellings', async () => {
    const page = await site.browser.newPage();
    const { results, status } = await searchViaUrl(page, site.server.url, { q: 'ভেরামারা' });
    expect(results.map((r) => r.url)).toEqual(expect.arrayContaining(['/offices/doict-bheramara/', CHARTER]));
    expect(status).toContain('কাছাকাছি বানানের');
    await page.close();
  });

  it.each([
    ['citizen charter', CHARTER],
    ['charter', CHARTER],
    ['service fee', CHARTER],
    ['complaint', CHARTER],
    ['office order', '/offices/prisons-directorate/orders/2022-09-19-innovation-ideas/'],
  ])('English "%s" finds what the documents print in Bengali', async (q, expected) => {
    const page = await site.browser.newPage();
    const { results } = await searchViaUrl(page, site.server.url, { q });
    expect(results.map((r) => r.url).slice(0, 5)).toContain(expected);
    await page.close();
  });

  it('a short word is matched whole: "কর" is not the start of every কর্মকর্তা', async () => {
    const page = await site.browser.newPage();
    const { results } = await searchViaUrl(page, site.server.url, { q: 'কর' });
    expect(results).toEqual([]);
    await page.close();
  });
});

describe('snippets read as words', () => {
  it('keeps a space between an officer’s name and designation, and shows no column headers', async () => {
    const page = await site.browser.newPage();
    const { results } = await searchViaUrl(page, site.server.url, { q: 'আলমগীর হোসেন', office: 'doict-bheramara' });
    const charter = results.find((r) => r.url === CHARTER);
    // The charter prints the officer as one entry, "name, designation" (the comma is the page's own).
    expect(charter?.excerpt).toMatch(/হোসেন[.,]?\s+সহকারী/);
    expect(charter?.excerpt).not.toContain('হোসেনসহকারী');
    const all = (await searchViaUrl(page, site.server.url, { q: 'সেবা', office: 'doict-bheramara' })).results.map((r) => r.excerpt).join(' ');
    expect(all).not.toMatch(/ক্র\.নং\s*সেবার নাম/);
    await page.close();
  });
});

describe('a search that finds nothing', () => {
  it('offers the services nearest to what was typed, and a wider scope, in Bengali', async () => {
    // Two words each misspelled (ন for ণ, ু for ূ): the near-spelling queries undo one per query, so nothing is found.
    const { context, page, results, status, failed } = await searchWatched({ q: 'প্রশিক্ষন কর্মসুচি', office: 'doict-bheramara' });
    expect(results).toEqual([]);
    expect(status).toContain('কিছু পাওয়া যায়নি');
    const suggest = page.locator('[data-search-suggest]');
    await expect(suggest.isVisible()).resolves.toBe(true);
    const text = (await suggest.textContent()) ?? '';
    expect(text).toContain('কাছাকাছি নামের সেবা');
    expect(text).toContain('আইসিটি সংশ্লিষ্ট বিভিন্ন ধরনের প্রশিক্ষণ কর্মসূচিতে');
    expect(text).toContain('সারা দেশে');
    // The suggestion searches that service in the same office, and finds it.
    await suggest.locator('.search-suggest-services a').first().click();
    const found = await readResults(page);
    expect(new URL(page.url()).searchParams.get('office')).toBe('doict-bheramara');
    expect(found.results.map((r) => r.url)).toContain(CHARTER);
    await expect(suggest.isVisible()).resolves.toBe(false);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('offers the office above, the whole country, and searching without the filters when filters are set', async () => {
    const { context, page } = await searchWatched({ q: 'উদ্ভাবন', office: 'doict-bheramara', kind: 'charter' });
    const wider = await page
      .locator('[data-search-suggest] .search-suggest-wider a')
      .evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    const params = wider.map(([, href]) => Object.fromEntries(new URL(href ?? '').searchParams));
    // The upazila office's parent (the DoICT directorate, which sets its standard services) is the next place to look.
    expect(wider.map(([text]) => text)).toEqual(['ফিল্টার ছাড়া', 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', 'সারা দেশে']);
    expect(params).toEqual([{ q: 'উদ্ভাবন', office: 'doict-bheramara' }, { q: 'উদ্ভাবন', office: 'doict' }, { q: 'উদ্ভাবন' }]);
    await page.locator('[data-search-suggest] .search-suggest-wider a').last().click();
    expect((await readResults(page)).results.map((r) => r.url)).toContain('/offices/lgd/minutes/2021-07-28-e-governance-innovation/');
    await context.close();
  });
});

describe('the search page itself', () => {
  it.each([{ q: 'সেবা' }, { q: 'ফি', office: 'doict-bheramara' }, { q: 'ঘঙচছ', office: 'doict-bheramara' }])(
    'requests nothing that fails and logs no error: %j',
    async (params) => {
      const { context, failed, errors } = await searchWatched(params);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each([
    [{ width: 360, height: 740 }, { q: 'সেবা' }],
    [
      { width: 360, height: 740 },
      { q: 'ফি', office: 'doict-bheramara' },
    ],
    [{ width: 1280, height: 800 }, { q: 'সেবা' }],
  ])('does not move when results arrive (%j, %j): layout shift under 0.1', async (viewport, params) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const { results } = await searchViaUrl(page, site.server.url, params);
    expect(results.length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.1);
    await context.close();
  });
});
