/**
 * Accessibility in real Chromium with axe-core (WCAG 2.0-2.2 A/AA and best
 * practice rules): the portal's non-document pages at phone width (360 px), with
 * no serious or critical violations. Document pages are in a11y-documents.test.ts,
 * keyboard, language and text-size checks in a11y-keyboard.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { seriousViolations } from './axe.ts';
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

const DOCUMENTS = ['charter', 'minutes', 'office order'];

describe('accessibility of the portal pages at 360 px (axe-core)', () => {
  it('covers every page type', () => {
    expect(pageTypes().map((t) => t.type)).toEqual(
      expect.arrayContaining(['national home', 'office home', 'search', 'offline fallback', 'not found', ...DOCUMENTS]),
    );
  });

  it.each(pageTypes().filter((t) => !DOCUMENTS.includes(t.type)))('finds nothing serious or critical on the $type page', async ({ type, route }) => {
    await page.goto(`${server.url}${route}`);
    if (type === 'search') await page.locator('[data-search-results] li').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
