/**
 * Saving offices when storage runs out or a save is cut short, in real Chromium:
 * - the quota is Chromium's own (CDP Storage.overrideQuotaForOrigin), set just above
 *   what the first saved office uses: saving a second office fails with a Bengali
 *   message, the first stays whole, and the second leaves nothing it added;
 * - a save cut short (the worker stopped half way, as when the phone closes the page)
 *   is finished on the next visit, without the citizen pressing the button again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficePack } from '../../scripts/lib/offline.ts';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let server: StaticServer;
/** Requests for paths starting with this are held until `release` is called. */
let holdPrefix: string | undefined;
let held: Array<() => void> = [];
/** Lets the held requests go on; new ones for holdPrefix are still held. */
const letHeldGo = () => {
  for (const go of held) go();
  held = [];
};
const release = () => {
  holdPrefix = undefined;
  letHeldGo();
};

beforeAll(async () => {
  server = await serveStatic(sampleSiteDir, {
    before: (pathname) => (holdPrefix && pathname.startsWith(holdPrefix) ? new Promise<void>((resolve) => held.push(resolve)) : undefined),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  release();
  await browser?.close();
  await server?.close();
});

const packUrls = (office: string) =>
  (JSON.parse(fs.readFileSync(path.join(sampleSiteDir, 'offline-packs', `${office}.json`), 'utf8')) as OfficePack).files.map((f) => f.url);
const cached = (page: Page, urls: string[]) =>
  page.evaluate(async (list) => {
    const out: string[] = [];
    for (const url of list) if (await caches.match(new URL(url, location.href).href)) out.push(url);
    return out;
  }, urls);

async function openStored(page: Page, url: string): Promise<void> {
  await page.goto(`${server.url}${url}`);
  const end = Date.now() + 15_000;
  while (!(await page.evaluate(async () => (await navigator.serviceWorker.ready, Boolean(await caches.match(location.href)))))) {
    if (Date.now() > end) throw new Error(`${url} was never stored`);
    await page.waitForTimeout(100);
  }
}

async function save(page: Page): Promise<void> {
  await page.locator('[data-save-office] [data-save-button]').click();
  await page.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 20_000 });
}

describe('saving offices for offline use', () => {
  it('says in Bengali that storage is full, keeps the office saved before whole, and keeps nothing of the one that did not fit', async () => {
    const context = await browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    await openStored(page, '/offices/doict-bheramara/');
    await save(page);
    const first = packUrls('doict-bheramara');
    expect(await cached(page, first)).toEqual(first);

    await openStored(page, '/offices/lgd/');
    const second = packUrls('lgd');
    const before = await cached(page, second);
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: usage + 30_000 });
    await page.locator('[data-save-office] [data-save-button]').click();
    await page.locator('[data-save-office][data-save-failed="quota"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-save-status]').innerText()).toContain('জায়গা নেই');
    expect(await page.locator('[data-save-status]').innerText()).toContain('আগে সংরক্ষিত দপ্তরগুলো ঠিক আছে');

    expect(await cached(page, first)).toEqual(first);
    expect(await cached(page, second)).toEqual(before);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    // The first office still reads as saved.
    await page.goto(`${server.url}/offices/doict-bheramara/`);
    await page.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('drops browsed pages stored more than 30 days ago on the next visit, and keeps a saved office however old', async () => {
    const context = await browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    await openStored(page, '/offices/prisons-directorate/');
    await save(page);
    await openStored(page, '/offices/divcom-rangpur/');
    const browsed = `${server.url}/offices/divcom-rangpur/`;
    const saved = packUrls('prisons-directorate').map((u) => `${server.url}${u}`);
    // Everything stored long ago: rewrite each entry with a stored-at of 40 days back.
    await page.evaluate(async () => {
      const longAgo = String(Date.now() - 40 * 86_400_000);
      for (const name of await caches.keys()) {
        if (name.includes('-meta-')) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          if (!response) continue;
          const headers = new Headers(response.headers);
          headers.set('x-protishruti-stored-at', longAgo);
          await cache.put(request, new Response(await response.blob(), { status: response.status, headers }));
        }
      }
    });
    await page.goto(`${server.url}/offline/`);
    const end = Date.now() + 15_000;
    while ((await cached(page, [browsed])).length) {
      if (Date.now() > end) throw new Error('the browsed page never expired');
      await page.waitForTimeout(200);
    }
    expect(await cached(page, saved)).toEqual(saved);
    await context.close();
  });

  it('finishes, on the next visit, a save that was cut short half way', async () => {
    const context = await browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    const office = 'lgd';
    await openStored(page, `/offices/${office}/`);
    const files = packUrls(office);
    // The office's minutes come slowly; the worker is stopped while it waits for them.
    holdPrefix = `/offices/${office}/minutes/`;
    expect(files.some((u) => u.startsWith(holdPrefix ?? ''))).toBe(true);
    await page.locator('[data-save-office] [data-save-button]').click();
    const end = Date.now() + 15_000;
    while (held.length === 0) {
      if (Date.now() > end) throw new Error('the save never asked for the minutes');
      await page.waitForTimeout(50);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    letHeldGo();
    await page.close();
    // Any visit resumes the save (what the end of this test checks), the probe's too: the minutes
    // stay held while it looks, or on a fast machine the probe would find the save finished.
    const partial = await (async () => {
      const probe = await context.newPage();
      await probe.goto(`${server.url}/offline/`);
      const got = await cached(probe, files);
      await probe.close();
      return got;
    })();
    expect(partial.length).toBeLessThan(files.length);
    release();

    // The next visit (any page) finds the unfinished save and completes it.
    const next = await context.newPage();
    await openStored(next, '/');
    const deadline = Date.now() + 20_000;
    while ((await cached(next, files)).length < files.length) {
      if (Date.now() > deadline) throw new Error(`still missing: ${files.filter((f) => !partial.includes(f)).join(', ')}`);
      await next.waitForTimeout(200);
    }
    await next.goto(`${server.url}/offices/${office}/`);
    await next.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 10_000 });
    await context.close();
  });
});
