/**
 * Accessibility in real Chromium with axe-core (WCAG 2.0-2.2 A/AA and best
 * practice rules, WCAG 2.2 target size included): the portal's non-document pages at
 * phone width (360 px), and the compliance dashboard at 1,280 px too, with no
 * violation of any impact. Document pages are in a11y-documents.test.ts,
 * keyboard, language and text-size checks in a11y-keyboard.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { violations } from './axe.ts';
import { pageTypes } from './page-types.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(sampleSiteDir);
  page = await browser.newPage({ viewport: { width: 360, height: 760 }, serviceWorkers: 'block' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DOCUMENTS = ['charter', 'current charter', 'minutes', 'office order'];

describe('accessibility of the portal pages at 360 px (axe-core)', () => {
  it('covers every page type', () => {
    expect(pageTypes().map((t) => t.type)).toEqual(
      expect.arrayContaining(['national home', 'office home', 'search', 'offline fallback', 'not found', ...DOCUMENTS]),
    );
  });

  const cases = [
    ...pageTypes()
      .filter((t) => !DOCUMENTS.includes(t.type))
      .map((t) => ({ ...t, width: 360 })),
    ...pageTypes()
      .filter((t) => t.type === 'compliance dashboard' || t.type === 'national home')
      .map((t) => ({ ...t, width: 1280 })),
  ];
  it.each(cases)('finds no violation on the $type page at $width px', async ({ type, route, width }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}${route}`);
    if (type === 'search') await page.locator('[data-search-results] li').first().waitFor({ timeout: 10_000 });
    // The dashboard re-checks its offices in the browser: audit what the citizen ends up with.
    if (type === 'compliance dashboard') await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
});
