/**
 * The Bengali editor's guide at /help/: on a phone (360 px) it reads without
 * sideways scrolling of the page (wide tables scroll on their own), it names
 * the gate's quarterly dates and the import commands, and it prints.
 */
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';

const site = useSampleSiteInChromium();

describe('the editor’s guide', () => {
  it('reads on a phone and prints', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block' });
    await page.goto(`${site.server.url}/help/`);
    expect(await page.locator('h1').first().innerText()).toBe('সম্পাদকের নির্দেশিকা');
    const text = await page.locator('main').innerText();
    for (const words of [
      '১৫ অক্টোবর, ১৫ জানুয়ারি, ১৫ এপ্রিল, ১৫ জুলাই',
      'npm run import',
      '--draft',
      'অনুমোদন প্রক্রিয়া',
      'bangla-date-mismatch',
      'apt-get install poppler-utils tesseract-ocr tesseract-ocr-ben',
    ]) {
      expect(text).toContain(words);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
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
