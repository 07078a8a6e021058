/**
 * Accessibility of document pages (charter, minutes, office order) with axe-core
 * in real Chromium: at phone width (360 px, tables as cards) and desktop width
 * (real tables), with no serious or critical violations.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { seriousViolations } from './axe.ts';
import { pageTypes } from './page-types.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(sampleSiteDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const documents = pageTypes().filter((t) => ['charter', 'minutes', 'office order'].includes(t.type));
const cases = [
  ...documents.map((d) => ({ ...d, width: 360 })),
  ...documents.filter((d) => d.type === 'charter').map((d) => ({ ...d, width: 1280 })),
];

describe('accessibility of document pages (axe-core)', () => {
  it.each(cases)('finds nothing serious or critical on the $type page at $width px', async ({ route, width }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    await page.goto(`${server.url}${route}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
