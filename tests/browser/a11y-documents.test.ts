/**
 * Accessibility of document pages (charter, minutes, office order) with axe-core
 * in real Chromium: at phone width (360 px, tables as cards) and desktop width
 * (real tables), with no violation of any impact (WCAG 2.2 target size included).
 */
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { violations } from './axe.ts';
import { pageTypes } from './page-types.ts';

const site = useSampleSiteInChromium();

const documents = pageTypes().filter((t) => ['charter', 'current charter', 'minutes', 'office order'].includes(t.type));
const cases = [...documents.map((d) => ({ ...d, width: 360 })), ...documents.filter((d) => d.type === 'current charter').map((d) => ({ ...d, width: 1280 }))];

describe('accessibility of document pages (axe-core)', () => {
  it.each(cases)('finds no violation on the $type page at $width px', async ({ route, width }) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    await page.goto(`${site.server.url}${route}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
