/**
 * Offline in real Chromium: the service worker, the "save this office" flow, the
 * offline fallback page, and a new build replacing saved pages. Offline means
 * Playwright's offline mode, and the tests also check that the server saw no
 * request while offline (so nothing was quietly fetched from the network).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OfficePack } from '../../scripts/lib/offline.ts';
import { writeServiceWorker } from '../../src/pipeline/national-build.ts';
import { officePack, writeOfficePack } from '../../src/pipeline/office-offline.ts';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const sample = useSampleSiteInChromium();

const pack = (site: string, office: string): OfficePack => JSON.parse(fs.readFileSync(path.join(site, 'offline-packs', `${office}.json`), 'utf8'));
const firstDoc = (site: string, office: string, kind: string) => {
  const dir = path.join(site, 'offices', office, kind);
  const doc = fs.readdirSync(dir).sort()[0];
  return `/offices/${office}/${kind}/${doc}/`;
};

/** Poll an async check in the page (Playwright's waitForFunction does not await promises). */
async function until(page: Page, check: (arg: string) => Promise<boolean>, arg: string, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting until ${what}`);
    await page.waitForTimeout(100);
  }
}

/** Wait until the worker controls the page and has stored it. */
async function waitUntilStored(page: Page): Promise<void> {
  await until(
    page,
    async () => {
      await navigator.serviceWorker.ready;
      return Boolean(await caches.match(location.href.split('#')[0]?.split('?')[0] ?? ''));
    },
    '',
    'the page is stored by the service worker',
  );
}

async function goOffline(context: BrowserContext, srv: StaticServer): Promise<() => string[]> {
  await context.setOffline(true);
  const seen = srv.requests.length;
  return () => srv.requests.slice(seen);
}

describe('offline use', () => {
  it('opens a page visited once again without a connection, with its fonts and scripts, re-checks freshness against today, and says it is a saved copy', async () => {
    const context = await sample.browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    const charter = firstDoc(sampleSiteDir, 'doict-bheramara', 'charters');
    await page.goto(`${sample.server.url}${charter}`);
    const heading = await page.locator('h1').innerText();
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(false);
    await waitUntilStored(page);

    const requestsSince = await goOffline(context, sample.server);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    // Months later, still offline: the freshness check runs again against that day's date.
    await page.clock.setFixedTime(new Date('2031-01-15T06:00:00Z'));
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe(heading);
    expect(await page.locator('[data-freshness]').first().getAttribute('data-checked-in-browser')).toBe('2031-01-15');
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(true);
    expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('700 20px "Noto Sans Bengali"', 'সেবা')))).toBe(true);
    expect(failed).toEqual([]);
    expect(requestsSince()).toEqual([]);
    await context.close();
  });

  it('shows the Bengali offline page for a page never opened, listing what this device has saved', async () => {
    const context = await sample.browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    await page.goto(`${sample.server.url}/offices/lgd/`);
    await waitUntilStored(page);
    await goOffline(context, sample.server);
    await page.goto(`${sample.server.url}/offices/prisons-directorate/`);
    expect(await page.locator('h1').innerText()).toBe('আপনি অফলাইনে আছেন');
    await page.locator('[data-offline-saved]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-offline-list] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('/offices/lgd/');
    await context.close();
  });

  it('after arriving on a charter from its QR code, opens the home page and any other page offline as the truthful offline page, never a browser error', async () => {
    const context = await sample.browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    // The printed QR code leads to the office's current charter.
    await page.goto(`${sample.server.url}/offices/doict-bheramara/charter/`);
    await waitUntilStored(page);
    await goOffline(context, sample.server);
    for (const route of ['/', '/directory/', '/offices/lgd', '/compliance/']) {
      const response = await page.goto(`${sample.server.url}${route}`);
      expect(response, route).not.toBeNull();
      expect(await page.locator('h1').innerText(), route).toBe('আপনি অফলাইনে আছেন');
      // It is not a saved copy of that page, so it must not say it is.
      expect(await page.locator('[data-offline-notice]').isVisible(), route).toBe(false);
      await page.locator('[data-offline-saved]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-offline-list] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), route).toContain(
        '/offices/doict-bheramara/charter/',
      );
    }
    // The search page is part of the offline shell: it opens, and says a country search needs a connection.
    await page.goto(`${sample.server.url}/search/?q=${encodeURIComponent('ফি')}`);
    expect(await page.locator('h1').innerText()).not.toBe('আপনি অফলাইনে আছেন');
    // The page that was visited opens as itself, with the notice that it is a saved copy.
    await page.goto(`${sample.server.url}/offices/doict-bheramara/charter/`);
    expect(await page.locator('h1').innerText()).not.toBe('আপনি অফলাইনে আছেন');
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(true);
    await context.close();
  });

  it("saves all of an office's pages and its search index with one button, then opens and searches them offline", async () => {
    const context = await sample.browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    const office = 'prisons-directorate';
    await page.goto(`${sample.server.url}/offices/${office}/`);
    const button = page.locator('[data-save-office] [data-save-button]');
    await button.click();
    await page.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-save-status]').innerText()).toContain('সংরক্ষিত হয়েছে');

    const files = pack(sampleSiteDir, office).files.map((f) => f.url);
    expect(files).toContain(`/offices/${office}/`);
    expect(files.filter((u) => u.startsWith(`/offices/${office}/`)).length).toBeGreaterThanOrEqual(3);
    expect(files.some((u) => u.startsWith('/offices/lgd/'))).toBe(false);
    const missing = await page.evaluate(async (urls) => {
      const out: string[] = [];
      for (const url of urls) if (!(await caches.match(url))) out.push(url);
      return out;
    }, files);
    expect(missing).toEqual([]);

    // The same search online first: offline must show the same results.
    const searchHits = async () => {
      await page.goto(`${sample.server.url}/search/?q=${encodeURIComponent('কারা')}&office=${office}`);
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 15_000 });
      return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    const online = await searchHits();
    const requestsSince = await goOffline(context, sample.server);
    for (const url of files.filter((u) => u.endsWith('/') && u.startsWith(`/offices/${office}/`))) {
      await page.goto(`${sample.server.url}${url}`);
      expect(await page.locator('h1').innerText()).not.toBe('আপনি অফলাইনে আছেন');
    }
    // Search within the saved office works offline too (Pagefind core, index and the office's fragments).
    const hits = await searchHits();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(online);
    for (const hit of hits) expect(hit.startsWith(`/offices/${office}/`)).toBe(true);
    expect(requestsSince()).toEqual([]);
    await context.close();
  });

  it('replaces saved pages when a new build is published, downloading only the changed ones, and drops the old caches', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-offline-'));
    fs.cpSync(sampleSiteDir, site, { recursive: true });
    const own = await serveStatic(site);
    const context = await sample.browser.newContext({ locale: 'bn-BD' });
    try {
      const page = await context.newPage();
      const office = 'doict-bheramara';
      await page.goto(`${own.url}/offices/${office}/`);
      await page.locator('[data-save-office] [data-save-button]').click();
      await page.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 20_000 });
      const oldVersion = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('protishruti-pages-')));

      // A new build: the charter changed.
      const charter = firstDoc(site, office, 'charters');
      const file = path.join(site, charter, 'index.html');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</h1>', ' — নতুন সংস্করণ</h1>'));
      // The office's build writes its pack again, and the national layer a new service worker.
      writeOfficePack(site, officePack(site, office, '/'));
      writeServiceWorker(site, site, repoRoot, [`${office} a new build`]);
      const version = /"version":"([0-9a-f]+)"/.exec(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'))?.[1] ?? '';
      expect(`protishruti-pages-${version}`).not.toBe(oldVersion);

      const seen = own.requests.length;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await until(
        page,
        async (v) => {
          const keys = await caches.keys();
          return keys.includes(`protishruti-pages-${v}`) && !keys.some((k) => k.startsWith('protishruti-') && !k.endsWith(v));
        },
        version,
        'the new build has replaced the old caches',
        20_000,
      );
      expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('protishruti-')).length)).toBe(3);
      // The changed charter is downloaded again in the background, after activation.
      await until(
        page,
        async (url) => ((await (await caches.match(url))?.text()) ?? '').includes('নতুন সংস্করণ'),
        `${own.url}${charter}`,
        "the saved charter is the new build's",
        20_000,
      );
      // Only what changed: the office's unchanged pages are not downloaded again.
      expect(own.requests.slice(seen).filter((p) => p.startsWith(`/offices/${office}/`))).toEqual([charter]);

      await goOffline(context, own);
      await page.goto(`${own.url}${charter}`);
      expect(await page.locator('h1').innerText()).toContain('নতুন সংস্করণ');
    } finally {
      await context.close();
      await own.close();
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
