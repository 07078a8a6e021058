/**
 * The freshness badge re-checks itself in the browser against today's date: a page
 * built as fresh turns stale, with the banner, once its deadline passes. Chromium's
 * clock is set, so the test does not depend on when it runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';

const site = useSampleSiteInChromium();

async function pageAt(instant: string, route: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.server.url}${route}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-freshness]')?.dataset['checkedInBrowser'] !== undefined);
  return page;
}

const badge = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-freshness]');
    const banner = root?.querySelector<HTMLElement>('[data-freshness-banner]');
    return {
      status: root?.dataset['status'],
      label: root?.querySelector('[data-freshness-status]')?.textContent,
      bannerVisible: banner ? !banner.hidden && banner.offsetHeight > 0 : false,
      bannerText: root?.querySelector('[data-freshness-banner-text]')?.textContent,
    };
  });

describe('the freshness badge in Chromium', () => {
  it('shows the charter due soon, without the banner, on the last day of its grace period in Dhaka time', async () => {
    // 23:59 on 15 July 2024 in Dhaka (17:59 UTC): the last day of the grace period.
    const page = await pageAt('2024-07-15T17:59:00Z', '/offices/doict-bheramara/charters/2024-04-15/');
    expect(await badge(page)).toMatchObject({ status: 'due-soon', label: 'শিগগির হালনাগাদ করতে হবে', bannerVisible: false });
    await page.close();
  });

  it('turns the charter stale with the banner at midnight in Dhaka, though it is still 15 July in UTC', async () => {
    const page = await pageAt('2024-07-15T18:00:00Z', '/offices/doict-bheramara/charters/2024-04-15/');
    expect(await badge(page)).toEqual({
      status: 'stale',
      label: 'হালনাগাদ নয়',
      bannerVisible: true,
      bannerText: 'এই তথ্য ১৬ জুলাই ২০২৪ থেকে হালনাগাদ নাও হতে পারে।',
    });
    await page.close();
  });

  it('shows an office stale from the day after its sample exemptions ended', async () => {
    const page = await pageAt('2025-01-10T06:00:00Z', '/offices/lgd/');
    expect(await badge(page)).toMatchObject({ status: 'stale', bannerVisible: true, bannerText: 'এই তথ্য ১ জুলাই ২০২৪ থেকে হালনাগাদ নাও হতে পারে।' });
    await page.close();
  });

  it('filters and sorts the compliance dashboard', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await page.goto(`${site.server.url}/compliance/`);
    const visibleRows = () => page.locator('[data-compliance-table] tbody tr:not([hidden])').count();
    expect(await visibleRows()).toBe(16);
    await page.selectOption('select[name="status"]', 'fresh');
    expect(await visibleRows()).toBe(1);
    expect(await page.locator('[data-compliance-count]').textContent()).toBe('১');
    await page.selectOption('select[name="status"]', '');
    await page.fill('input[name="office"]', 'Bheramara');
    expect(await visibleRows()).toBe(4);
    await page.fill('input[name="office"]', '');
    // Sort by current status: fresh (rank 2) comes after nothing stale, before the exempt rows.
    await page.locator('thead th').nth(2).locator('button').click();
    expect(await page.locator('thead th').nth(2).getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('[data-compliance-table] tbody tr').first().getAttribute('data-status')).toBe('fresh');
    await page.locator('thead th').nth(2).locator('button').click();
    expect(await page.locator('[data-compliance-table] tbody tr').first().getAttribute('data-status')).toBe('exempt');
    await page.close();
  });

  it('says the dashboard is a snapshot once today in Dhaka is past its as-of date', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await page.clock.setFixedTime(new Date('2024-04-30T18:00:00Z')); // 00:00 on 1 May in Dhaka: the as-of day itself
    await page.goto(`${site.server.url}/compliance/`);
    expect(await page.locator('[data-compliance-outdated]').isVisible()).toBe(false);
    await page.clock.setFixedTime(new Date('2024-05-01T18:00:00Z')); // 2 May in Dhaka
    await page.reload();
    expect(await page.locator('[data-compliance-outdated]').isVisible()).toBe(true);
    await page.close();
  });

  it('opens the dashboard filtered to the office whose badge linked to it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await page.goto(`${site.server.url}/offices/lgd/`);
    await page.locator('[data-freshness] a[href*="compliance"]').click();
    await page.waitForURL(/\/compliance\/\?office=lgd$/);
    expect(await page.locator('[data-compliance-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-office')))).toEqual([
      'lgd',
      'lgd',
      'lgd',
      'lgd',
    ]);
    await page.close();
  });
});
