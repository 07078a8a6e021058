/**
 * One answer on freshness: the office page, its charter (at both addresses) and the
 * compliance dashboard re-check the office's standing in the browser against today in
 * Dhaka with the same function, and say the same status, date and reasons on the same
 * day. Chromium's clock is set, so the test does not depend on when it runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';

const site = useSampleSiteInChromium();

async function pageAt(instant: string, route: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.server.url}${route}`);
  return page;
}

/** What the office's standing box says, as a citizen reads it. */
const standingOf = (page: Page, scope = '[data-freshness]') =>
  page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    return {
      status: root?.querySelector('[data-freshness-status]')?.textContent,
      headline: root?.querySelector('[data-freshness-headline]')?.textContent,
      reasons: [...(root?.querySelectorAll('[data-freshness-reasons] li') ?? [])].map((li) => li.textContent),
    };
  }, scope);

async function officePageStanding(instant: string, route: string) {
  const page = await pageAt(instant, route);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-freshness]')?.dataset['checkedInBrowser'] !== undefined);
  const standing = await standingOf(page);
  const checked = await page.locator('[data-freshness]').getAttribute('data-checked-in-browser');
  await page.close();
  return { standing, checked };
}

async function dashboardStanding(instant: string, office: string) {
  const page = await pageAt(instant, '/compliance/');
  await page.waitForFunction(() => document.documentElement.dataset['complianceCheckedOn'] !== undefined);
  const standing = await standingOf(page, `[data-compliance-standings] li[data-office="${office}"]`);
  const counts = await page.locator('[data-summary-count="stale"]').textContent();
  const note = await page.locator('[data-compliance-note]').textContent();
  await page.close();
  return { standing, counts, note };
}

describe('one freshness answer in Chromium', () => {
  it('says the same status, date and reasons on the office page, both charter addresses and the dashboard on the same day', async () => {
    const day = '2025-01-10T06:00:00Z';
    const office = await officePageStanding(day, '/offices/doict-bheramara/');
    expect(office.checked).toBe('2025-01-10');
    expect(office.standing.status).toBe('হালনাগাদ নয়');
    expect(office.standing.headline).toBe('এই দপ্তরের তথ্য ১ জুলাই ২০২৪ (১৭ আষাঢ় ১৪৩১ বঙ্গাব্দ) থেকে হালনাগাদ নাও হতে পারে।');
    expect(office.standing.reasons).toContain('সেবা প্রদান প্রতিশ্রুতি ১৬ জুলাই ২০২৪ (১ শ্রাবণ ১৪৩১ বঙ্গাব্দ) থেকে হালনাগাদ করা হয়নি।');
    expect(office.standing.reasons).toHaveLength(4);
    const [current, dated, dashboard] = await Promise.all([
      officePageStanding(day, '/offices/doict-bheramara/charter/'),
      officePageStanding(day, '/offices/doict-bheramara/charters/2024-04-15/'),
      dashboardStanding(day, 'doict-bheramara'),
    ]);
    expect(current.standing).toEqual(office.standing);
    expect(dated.standing).toEqual(office.standing);
    expect(dashboard.standing).toEqual(office.standing);
    expect(dashboard.counts).toBe('৫');
    expect(dashboard.note).toContain('আজকের তারিখে আবার যাচাই করা হয়েছে');
  }, 120_000);

  it('turns an office stale at midnight in Dhaka, though it is still the day before in UTC', async () => {
    // 23:59 on 30 June 2024 in Dhaka: the sample's exemptions still run, the charter counts.
    const before = await officePageStanding('2024-06-30T17:59:00Z', '/offices/doict-bheramara/');
    expect(before.standing).toMatchObject({ status: 'হালনাগাদ', reasons: [] });
    expect(before.standing.headline).toContain('১৫ জুলাই ২০২৪');
    const after = await officePageStanding('2024-06-30T18:00:00Z', '/offices/doict-bheramara/charter/');
    expect(after.standing.status).toBe('হালনাগাদ নয়');
    expect(after.standing.reasons).toEqual(['ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্টের নাম, ছবি ও নিয়োগের অফিস আদেশ ১ জুলাই ২০২৪ (১৭ আষাঢ় ১৪৩১ বঙ্গাব্দ) থেকে সম্পূর্ণ নয়।']);
  });

  it('keeps the dashboard as built on its own date, saying so, and does not move the page when it re-checks', async () => {
    const page = await pageAt('2024-04-30T18:00:00Z', '/compliance/'); // 00:00 on 1 May in Dhaka: the as-of day itself
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset['complianceCheckedOn'])).toBeUndefined();
    expect(await page.locator('[data-compliance-note]').textContent()).toContain('১ মে ২০২৪');
    expect(await page.locator('[data-summary-count="fresh"]').textContent()).toBe('১');
    await page.close();

    // Later: the re-check replaces words in place; the layout shift it causes stays far below 0.1.
    const later = await site.browser.newPage({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    await later.clock.setFixedTime(new Date('2025-01-10T06:00:00Z'));
    await later.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await later.goto(`${site.server.url}/compliance/`);
    await later.waitForFunction(() => document.documentElement.dataset['complianceCheckedOn'] === '2025-01-10');
    await later.waitForTimeout(200);
    expect(await later.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.05);
    await later.close();
  });

  it('filters and sorts the compliance dashboard, status first', async () => {
    const page = await pageAt('2024-04-30T18:00:00Z', '/compliance/');
    const visibleRows = () => page.locator('[data-compliance-table] tbody tr:not([hidden])').count();
    expect(await page.locator('thead th').first().innerText()).toBe('বর্তমান অবস্থা');
    expect(await visibleRows()).toBe(20);
    await page.selectOption('select[name="status"]', 'fresh');
    expect(await visibleRows()).toBe(1);
    expect(await page.locator('[data-compliance-count]').textContent()).toBe('১');
    await page.selectOption('select[name="status"]', '');
    await page.fill('input[name="office"]', 'Bheramara');
    expect(await visibleRows()).toBe(4);
    expect(await page.locator('[data-compliance-standings] li:not([hidden])').count()).toBe(1);
    await page.fill('input[name="office"]', '');
    // Sort by current status: fresh (rank 2) first when nothing is stale, then the exempt rows.
    await page.locator('thead th').first().locator('button').click();
    expect(await page.locator('thead th').first().getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('[data-compliance-table] tbody tr').first().getAttribute('data-status')).toBe('fresh');
    await page.locator('thead th').first().locator('button').click();
    expect(await page.locator('[data-compliance-table] tbody tr').first().getAttribute('data-status')).toBe('exempt');
    await page.close();
  });

  it('opens the dashboard filtered to the office whose standing linked to it', async () => {
    const page = await pageAt('2024-04-30T18:00:00Z', '/offices/lgd/');
    await page.locator('[data-freshness] summary').click();
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
