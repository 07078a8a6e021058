/** Chromium for browser tests: Debian's build driven by playwright-core (browser downloads are not possible here). */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { sampleSiteDir } from './paths.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Chromium and a static server of the sample site for one test file: started before
 * its tests, closed after them. Read `site.browser` and `site.server` inside tests.
 */
export function useSampleSiteInChromium(): { readonly browser: Browser; readonly server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveStatic(sampleSiteDir);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
