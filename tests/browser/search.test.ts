/**
 * The search page as a citizen meets it: results as links in
 * [data-search-results] with office, kind, date and a highlighted snippet;
 * office scope with one click to widen; only content indexed; a clear message
 * without JavaScript; a small first download.
 */
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { gzipBytes, isSearchPayload, readResults, searchViaUrl } from '../search/browser-search.ts';

const site = useSampleSiteInChromium();

describe('the search page', () => {
  it('shows each result as a link with office, kind, date and the match highlighted', async () => {
    const page = await site.browser.newPage();
    const { results, status } = await searchViaUrl(page, site.server.url, { q: 'সেবার মূল্য' });
    const charter = results.find((r) => r.url === '/offices/doict-bheramara/charter/');
    expect(charter, status).toBeDefined();
    expect(charter?.meta).toContain('ভেড়ামারা');
    expect(charter?.meta).toContain('সেবা প্রদান প্রতিশ্রুতি');
    expect(charter?.meta).toContain('১৫ এপ্রিল ২০২৪');
    expect(charter?.excerptHtml).toMatch(/<mark>সেবার<\/mark>\s*<mark>মূল্য<\/mark>/);
    const links = await page.locator('[data-search-results] a.search-result-title').count();
    expect(links).toBe(results.length);
    await page.close();
  });

  it('searches while typing and keeps the query in the address, so a search can be shared', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    await page.locator('#search-q').pressSequentially('কর্মশালা');
    const { results } = await readResults(page);
    expect(results.map((r) => r.url)).toContain('/offices/divcom-rangpur/minutes/2023-06-22-charter-q4/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('কর্মশালা');
    await page.close();
  });

  it("searches within an office from the office's own pages, with one click to widen to the whole country", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/offices/lgd/`);
    await page.locator('.site-header input[name="q"]').fill('কমিটি');
    await page.locator('.site-header button[type="submit"]').click();
    await page.waitForURL(/\/search\//);
    const scoped = await readResults(page);
    expect(new URL(page.url()).searchParams.get('office')).toBe('lgd');
    expect(scoped.results.map((r) => r.url)).toEqual(['/offices/lgd/minutes/2021-07-28-e-governance-innovation/']);
    await expect(page.locator('[data-search-scope]').isVisible()).resolves.toBe(true);
    await page.locator('[data-search-widen]').click();
    const wide = await readResults(page);
    expect(new URL(page.url()).searchParams.get('office')).toBeNull();
    expect(wide.results.map((r) => r.url)).toContain('/offices/divcom-rangpur/minutes/2023-06-22-charter-q4/');
    await page.close();
  });

  it('indexes only the content: header, footer and the save-for-offline box are not searchable', async () => {
    const page = await site.browser.newPage();
    for (const q of ['উন্মুক্ত', 'অফলাইনে ব্যবহারের', 'স্ক্যান করুন']) {
      const { results } = await searchViaUrl(page, site.server.url, { q });
      expect(results, q).toEqual([]);
    }
    await page.close();
  });

  it('says in Bengali that search needs JavaScript, and links to the office list, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?q=GRS`);
    const message = page.locator('[data-search-nojs]');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toContain('জাভাস্ক্রিপ্ট');
    await expect(message.locator('a').getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('[data-search-form]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('transfers at most 150 KB (gzip) of index and code for the first query on a cold cache', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const before = site.server.requests.length;
    await searchViaUrl(page, site.server.url, { q: 'সেবার মূল্য' });
    const requested = site.server.requests.slice(before).filter(isSearchPayload);
    const bytes = gzipBytes(sampleSiteDir, requested);
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(
      requested.some((p) => /pagefind-(ui|component-ui)/.test(p)),
      'the default Pagefind UI is not loaded',
    ).toBe(false);
    expect(bytes, `requests: ${requested.join(', ')}`).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });
});
