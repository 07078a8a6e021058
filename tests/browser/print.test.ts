/**
 * Printing in real Chromium: charter, minutes and order pages become A4 portrait
 * PDFs with the office name, the document date, the address and a Bengali page
 * number on every page, services kept whole, no site chrome or screen furniture, and
 * a QR code (a charter's leads to the office's current charter). The PDF text is read back with pdftotext (poppler).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../src/lib/qr.ts';
import { launchChromium } from '../support/browser.ts';
import { sampleSiteDir } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-print-'));

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(sampleSiteDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

const firstDoc = (office: string, kind: string) => `/offices/${office}/${kind}/${fs.readdirSync(path.join(sampleSiteDir, 'offices', office, kind)).sort()[0]}/`;
/** pdftotext spaces Bengali clusters apart; compare text with all whitespace removed. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

async function printToPdf(page: Page, route: string): Promise<{ pages: string[]; size: string }> {
  await page.goto(`${server.url}${route}`);
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(outDir, `${route.replace(/\W+/g, '_')}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: text.split('\f').filter((p) => p.trim()), size: info.match(/Page size:\s+(.*)/)?.[1] ?? '' };
}

describe('printing documents', () => {
  const docs = [
    { kind: 'charter', route: () => firstDoc('doict-bheramara', 'charters') },
    { kind: 'minutes', route: () => firstDoc('prisons-directorate', 'minutes') },
    { kind: 'office order', route: () => firstDoc('prisons-directorate', 'orders') },
  ];

  it.each(docs)('prints the $kind page on A4 portrait with office name, date, address and page number on every page', async ({ route }) => {
    const page = await browser.newPage();
    const url = route();
    await page.goto(`${server.url}${url}`);
    const officeName = await page.locator('.doc-office').innerText();
    const date = await page.locator('.doc-date time span').first().innerText();
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    const { pages, size } = await printToPdf(page, url);
    expect(size).toContain('(A4)');
    expect(size).toMatch(/^594\.\d+ x 841\.\d+/);
    pages.forEach((text, i) => {
      const flat = squash(text);
      expect(flat, `page ${i + 1} names the office`).toContain(squash(officeName));
      expect(flat, `page ${i + 1} gives the document date`).toContain(squash(date));
      expect(flat, `page ${i + 1} gives the address`).toContain(canonical);
      expect(flat, `page ${i + 1} is numbered in Bengali`).toContain(squash(`${(i + 1).toLocaleString('bn-BD')} / ${pages.length.toLocaleString('bn-BD')}`));
    });
    // No navigation or search chrome on paper.
    const all = squash(pages.join('\n'));
    for (const chrome of ['মূল বিষয়ে যান', 'খুঁজুন', 'আপনি এখানে আছেন', 'অফলাইনে ব্যবহারের জন্য']) expect(all).not.toContain(squash(chrome));
    await page.close();
  });

  it('prints what belongs on paper: every service whole, the standing as one plain line, no screen furniture, addresses wrapped between their parts', async () => {
    const page = await browser.newPage();
    const { pages } = await printToPdf(page, '/offices/doict-bheramara/charter/');
    expect(pages.length).toBeGreaterThan(1);
    const all = squash(pages.join('\n'));
    // The standing prints as its status and sentence; the disclosure, the date it was checked and links do not.
    expect(all).toContain(squash('হালনাগাদ নয়'));
    expect(all).toContain(squash('১ জুলাই ২০২৪ (১৭ আষাঢ় ১৪৩১ বঙ্গাব্দ) থেকে'));
    for (const screenOnly of ['কেন?', 'যাচাইয়ের তারিখ', 'বিস্তারিত পরিপালন তথ্য', 'ইতিহাস', 'সেবাসমূহ', 'স্থায়ী ঠিকানা']) {
      expect(all, screenOnly).not.toContain(squash(screenOnly));
    }
    expect(all).not.toMatch(/[0-9a-f]{7,40}/); // no commit id
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const q = (s: string) => document.querySelector(s) as Element;
      return {
        service: getComputedStyle(q('.service')).breakInside,
        index: getComputedStyle(q('.service-index')).display,
        header: getComputedStyle(q('.site-header')).display,
        search: getComputedStyle(q('form[role=search]')).display,
        banner: getComputedStyle(q('.standing-box')).backgroundColor,
      };
    });
    expect(styles).toEqual({ service: 'avoid', index: 'none', header: 'none', search: 'none', banner: 'rgba(0, 0, 0, 0)' });
    // E-mail and web addresses break after @ . / (never mid-word) and never run past their column.
    const addresses = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.contact-email a, .contact-web a')].map((a) => ({
        html: a.innerHTML,
        fits: a.getBoundingClientRect().right <= (a.closest('dd, td, .officer') as HTMLElement).getBoundingClientRect().right + 0.5,
      })),
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) {
      expect(a.fits, a.html).toBe(true);
      if (a.html.includes('@')) expect(a.html, 'a break after @').toContain('@<wbr>');
    }
    await page.close();
  });

  it("prints a charter's QR code for the office's current charter, at either of its addresses", async () => {
    const page = await browser.newPage();
    for (const url of ['/offices/doict-bheramara/charter/', firstDoc('doict-bheramara', 'charters')]) {
      await page.goto(`${server.url}${url}`);
      expect(await page.locator('.qr-code').getAttribute('data-qr-url'), url).toBe('https://portal.example/offices/doict-bheramara/charter/');
      expect(await page.locator('.qr-code figcaption').textContent()).toBe('সর্বশেষ অনলাইন সংস্করণ দেখতে স্ক্যান করুন');
      expect(await page.locator('.qr-code svg path').getAttribute('d')).toBe(qrPath(qrMatrix('https://portal.example/offices/doict-bheramara/charter/'), 4));
    }
    await page.close();
  });

  it("prints a QR code, drawn at build time, of the page's canonical address", async () => {
    const page = await browser.newPage();
    const url = firstDoc('prisons-directorate', 'orders');
    await page.goto(`${server.url}${url}`);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href')) ?? '';
    expect(await page.locator('.qr-code').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
    expect(await page.locator('.qr-code').getAttribute('data-qr-url')).toBe(canonical);
    expect(await page.locator('.qr-code svg path').getAttribute('d')).toBe(qrPath(qrMatrix(canonical), 4));
    const box = await page.locator('.qr-code svg').boundingBox();
    expect(box?.width).toBeGreaterThan(90); // 26 mm: large enough to scan off a notice board
    await page.close();
  });
});
