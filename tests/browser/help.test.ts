/**
 * The Bengali editor's guide at /help/: linked from every page's footer; on a phone
 * (360 px) it reads without sideways scrolling (its tables wrap), its pictures fill the
 * width, no shell command is in it, axe finds nothing serious, the page's own
 * Content-Security-Policy blocks nothing on it, and it prints.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { useSampleSiteInChromium } from '../support/browser.ts';

const site = useSampleSiteInChromium();

describe('the editor’s guide', () => {
  it('is linked from the footer of every kind of page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block' });
    for (const url of ['/', '/offices/doict-bheramara/', '/offices/doict-bheramara/charters/2024-04-15/', '/compliance/', '/search/']) {
      await page.goto(`${site.server.url}${url}`);
      expect(await page.locator('footer a[href$="/help/"]').count(), url).toBe(1);
    }
    await page.locator('footer a[href$="/help/"]').click();
    await page.waitForURL(/\/help\/$/);
    expect(await page.locator('h1').first().innerText()).toBe('সম্পাদকের নির্দেশিকা');
    await page.close();
  });

  it('reads on a phone, passes axe, breaks no CSP rule, and prints', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block' });
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${site.server.url}/help/`);
    const text = await page.locator('main').innerText();
    for (const words of ['১৫ অক্টোবর, ১৫ জানুয়ারি, ১৫ এপ্রিল, ১৫ জুলাই', 'অনুমোদন প্রক্রিয়া', 'নতুন সংস্করণ', 'bangla-date-mismatch']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/\bnpm\b|apt-get/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Pictures at the column's full width: on a phone as wide as the text, so as readable.
    const widths = await page.locator('.guide img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThanOrEqual(5);
    for (const w of widths) expect(w).toBeGreaterThan(300);
    expect(await seriousViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.guide table')
        .first()
        .evaluate((t) => getComputedStyle(t).display),
    ).toBe('table');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });
});
