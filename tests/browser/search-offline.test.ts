/**
 * Searching the whole country needs index files a device only has for the offices it
 * saved: offline, the search page must say so in Bengali instead of failing silently.
 */
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';

const site = useSampleSiteInChromium();

describe('the search page without a connection', () => {
  it('says that searching the country needs a connection, and points to saved offices', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The page itself is here (as if stored); the search index is not, because the device is offline.
    await page.goto(`${site.server.url}/search/`, { waitUntil: 'load' });
    await context.setOffline(true);
    await page.fill('[data-search-form] input[name="q"]', 'সেবা');
    await page.press('[data-search-form] input[name="q"]', 'Enter');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('ইন্টারনেট সংযোগ নেই');
    expect(await page.locator('[data-search-page]').getAttribute('data-search-state')).toBe('error');
    await context.close();
  });
});
