/**
 * Done-when, part 2: an office editor opens the seed charter in their office's
 * admin (/admin/doict-bheramara/), changes one fee and saves; `git diff` is
 * exactly that fee. The preview pane shows the service table with the same
 * markup and classes as the published page; a focal point photo lands in the
 * office's media folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';
import { foreignRequests, openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';
import { normalizeHtml, siteServiceTable } from '../cms/preview-compare.ts';
import { sampleSiteDir } from '../support/paths.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing();
});
afterAll(async () => {
  await s?.close();
});

const FILE = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';

describe("editing an office's charter in the CMS", () => {
  it("shows only the office's own content, and previews the seed charter's service table exactly as the site renders it", async () => {
    const { page } = s;
    await openAdmin(page, `${s.server.url}/admin/doict-bheramara/`);
    const sidebar = await page.locator('body').innerText();
    expect(sidebar).toContain('সিটিজেন চার্টার');
    expect(sidebar).not.toContain('কারা অধিদপ্তর');
    await page.screenshot({ path: path.join(screenshotDir, 'office-admin.png') });

    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    const table = page.frameLocator('iframe').first().locator('div#services-citizen');
    await table.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshotDir, 'charter-preview.png') });
    const previewTable = await table.evaluate((el) => el.outerHTML);
    const sitePage = fs.readFileSync(path.join(sampleSiteDir, 'offices/doict-bheramara/charters/2024-04-15/index.html'), 'utf8');
    expect(normalizeHtml(previewTable)).toBe(normalizeHtml(siteServiceTable(sitePage, 'citizen')));
  }, 90_000);

  it('changes one fee and the git diff is exactly that fee', async () => {
    const { page } = s;
    const table = page.frameLocator('iframe').first().locator('div#services-citizen');

    // Unfold the first service row: the chevron in its top bar.
    await page.getByText('১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান').first().locator('xpath=..').locator('button').first().click();
    const field = (name: string, nth = 0) => page.locator(`[id^="${name}-field-"]:visible`).nth(nth);
    await field('kind').fill('মূল্য আছে');
    await page.keyboard.press('Enter');
    await field('amount').fill('200');
    await field('payment').fill('ট্রেজারি চালান');
    await field('text').fill('২০০ টাকা (ট্রেজারি চালান)');
    await page.screenshot({ path: path.join(screenshotDir, 'charter-fee.png') });
    await expect.poll(() => table.locator('.fact-fee dd').first().innerText(), { timeout: 20_000 }).toContain('২০০ টাকা');

    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    await expect.poll(() => s.git('status', '--porcelain'), { timeout: 20_000 }).toBe(` M ${FILE}\n`);

    const diff = s
      .git('diff', '-U0', '--', FILE)
      .split('\n')
      .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(diff).toEqual([
      '-          kind: free',
      '-          text: বিনামূল্যে',
      '+          kind: paid',
      '+          amount: 200',
      '+          payment: ট্রেজারি চালান',
      '+          text: ২০০ টাকা (ট্রেজারি চালান)',
    ]);
    expect(s.git('diff', '--stat').trim()).toMatch(/1 file changed, 4 insertions\(\+\), 2 deletions\(-\)/);
    expect(foreignRequests(s.urls, s.server.url)).toEqual([]);
  });

  it('switches the interface and the field labels to English with ?lang=en', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/admin/doict-bheramara/?lang=en#/collections/doict-bheramara__charters/entries/2024-04-15`);
    await page.locator('[id^="vision-field-"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('label[for^="vision-field-"]').textContent(), { timeout: 20_000 }).toBe('Vision');
    expect(await page.locator('body').innerText()).toContain('Publish');
    await page.screenshot({ path: path.join(screenshotDir, 'charter-english.png') });
  });

  it("uploads a focal point photo into the office's media folder and refers to it from office.yaml", async () => {
    const { page } = s;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/offices/entries/doict-bheramara`);
    const focalPoint = page.locator('[id^="focalPoint-field-"]');
    await focalPoint.locator('button').first().click({ timeout: 30_000 });
    await focalPoint.locator('input[id^="name-field-"]').fill('জনাব মো: আলমগীর হোসেন');
    await page.getByRole('button', { name: 'ছবি বাছুন' }).first().click();
    await page.locator('input[type=file]').setInputFiles({ name: 'focal-point.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.getByRole('button', { name: 'বাছাই করা ফাইল নিন' }).click();
    await page.screenshot({ path: path.join(screenshotDir, 'focal-point-photo.png') });
    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    await expect
      .poll(() => s.git('status', '--porcelain', '--', 'content/offices/doict-bheramara/media', 'content/offices/doict-bheramara/office.yaml'), {
        timeout: 20_000,
      })
      .toBe(' M content/offices/doict-bheramara/office.yaml\n?? content/offices/doict-bheramara/media/\n');
    expect(fs.readFileSync(path.join(s.repo, 'content/offices/doict-bheramara/media/focal-point.png'))).toEqual(TINY_PNG);
    const office = fs.readFileSync(path.join(s.repo, 'content/offices/doict-bheramara/office.yaml'), 'utf8');
    expect(office).toContain('focalPoint:\n  name: "জনাব মো: আলমগীর হোসেন"\n  photo: media/focal-point.png\n');
    const { diagnostics } = validateTree(loadContentTree(path.join(s.repo, 'content')));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 90_000);
});

/** An 8×8 PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGNoaGjAihhGJQavJABo9HrhUXbPSgAAAABJRU5ErkJggg==', 'base64');
