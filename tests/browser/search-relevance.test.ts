/**
 * The relevance set (tests/search/relevance.yaml) typed into the real search
 * page of the built sample site, in Chromium: Pagefind, folding, stems, digits,
 * filters, all as a citizen gets them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { searchOnOpenPage } from '../search/browser-search.ts';
import { judge, loadRelevanceSet } from '../search/relevance.ts';

const cases = loadRelevanceSet();
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(sampleSiteDir);
  browser = await launchChromium();
  // The service worker (offline support) is tested on its own; here every answer comes from the network.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
  await page.goto(`${server.url}/search/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search relevance on the sample site', () => {
  it('has at least 80 judged queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const c of cases) {
    it(`finds the right pages for "${c.label}"${c.why ? ` (${c.why})` : ''}`, async () => {
      const { results } = await searchOnOpenPage(page, c.params);
      const judgement = judge(
        c,
        results.map((r) => r.url),
      );
      expect(judgement.problems, `results were: ${judgement.results.join(', ') || '(none)'}`).toEqual([]);
    });
  }
});
