/**
 * The Content-Security-Policy every page carries (a <meta> Astro writes with the hashes
 * of its inline styles and scripts; /admin/ its own, from cms/build-admin.ts) is met:
 * no `securitypolicyviolation` on any page type, nor while searching with results, saving
 * an office for offline use, or loading the CMS.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSiteInChromium } from '../support/browser.ts';
import { pageTypes } from './page-types.ts';

const sample = useSampleSiteInChromium();

async function watchedContext(): Promise<BrowserContext> {
  const context = await sample.browser.newContext({ locale: 'bn-BD' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return context;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
/** The policy in force, from the page's <meta>. */
const policyOf = (page: Page) => page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '');

describe('the Content-Security-Policy', () => {
  it.each(pageTypes())('is in the $type page, without unsafe-inline, and nothing on it breaks it', async ({ route }) => {
    const context = await watchedContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
    await page.goto(`${sample.server.url}${route}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const policy = await policyOf(page);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(await violations(page)).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('holds while searching (Pagefind and its WebAssembly) with results', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${sample.server.url}/search/?q=${encodeURIComponent('সেবা')}`);
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 15_000 });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('holds while saving an office for offline use (the service worker)', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${sample.server.url}/offices/prisons-directorate/`);
    await page.locator('[data-save-office] [data-save-button]').click();
    await page.locator('[data-save-office][data-saved="true"]').waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('has its own policy for /admin/ (Decap CMS), which the CMS loads under', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
    await page.goto(`${sample.server.url}/admin/`);
    // Decap renders its login (or the collections) into #nc-root once it has read its config.
    await page.locator('#nc-root *').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const policy = await policyOf(page);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(await violations(page)).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
