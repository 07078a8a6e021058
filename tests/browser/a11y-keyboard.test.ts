/**
 * Accessibility axe cannot judge, in real Chromium: keyboard paths (skip link,
 * table scroll regions, search), language of English parts inside Bengali pages,
 * and text size at 360 px. (axe-core itself runs in a11y.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { firstDoc, pageTypes } from './page-types.ts';

const site = useSampleSiteInChromium();

describe('accessibility beyond axe', () => {
  it('lets a keyboard user skip to the content, scroll each table, search and reach the results', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await page.goto(`${site.server.url}${firstDoc('doict-bheramara', 'charters')}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id || location.hash)).toMatch(/main/);

    // Every table scroll region is reachable with Tab, in document order, and scrolls with the arrow keys.
    const regions = await page.locator('.table-scroll').count();
    expect(regions).toBeGreaterThan(0);
    const reached: string[] = [];
    for (let i = 0; i < 200 && reached.length < regions; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.classList.contains('table-scroll') ? document.activeElement.getAttribute('aria-labelledby') : null,
      );
      if (label) reached.push(label);
    }
    expect(reached).toHaveLength(regions);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');

    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`${site.server.url}/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // search field
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('সেবা');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('সেবা');
    // The results are reachable with Tab, as links.
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 10_000 });
    let inResults = false;
    for (let i = 0; i < 40 && !inResults; i++) {
      await page.keyboard.press('Tab');
      inResults = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-results]')) && document.activeElement?.tagName === 'A');
    }
    expect(inResults).toBe(true);
    await page.close();
  });

  it('marks every all-English element (names, emails, web addresses) as English inside the Bengali page', async () => {
    const page = await site.browser.newPage({ serviceWorkers: 'block' });
    const problems: string[] = [];
    for (const { route } of pageTypes()) {
      await page.goto(`${site.server.url}${route}`);
      expect(await page.getAttribute('html', 'lang')).toBe('bn');
      problems.push(
        ...(await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            const parent = node.parentElement;
            if (!parent || parent.closest('script, style, [hidden], .visually-hidden, svg')) continue;
            // A text that is English on its own (not a word inside a Bengali sentence).
            if (!/[A-Za-z]{3,}/.test(text) || /[\u0980-\u09FF]/.test(text)) continue;
            // Acronyms and format names (GRS, CSV, JSON) are technical terms, which WCAG 3.1.2 exempts.
            if (/^[A-Z]{2,6}$/.test(text)) continue;
            if ((parent.textContent ?? '').trim() !== text) continue;
            if (parent.closest('[lang]')?.getAttribute('lang') !== 'en')
              out.push(`${location.pathname}: <${parent.tagName.toLowerCase()} class="${parent.className}">${text.slice(0, 60)}`);
          }
          return out;
        })),
      );
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads at 360 px: body text at least 16 px, no sideways scrolling of the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block' });
    for (const { type, route } of pageTypes()) {
      await page.goto(`${site.server.url}${route}`);
      const { size, overflow } = await page.evaluate(() => ({
        size: parseFloat(getComputedStyle(document.querySelector('main p, main li, main td') ?? document.body).fontSize),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(size, `${type}: body text size`).toBeGreaterThanOrEqual(16);
      expect(overflow, `${type}: page wider than the phone`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
