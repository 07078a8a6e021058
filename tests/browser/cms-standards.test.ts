/**
 * Done-when: an editor adds a standard service to a charter in the real CMS. In the office's
 * admin (/admin/doict-bheramara/) they add a service row, find the directorate's standard by
 * typing part of its name, pick it, and fill in only their own details (the officer): the
 * row's name, papers, fee and time limit fields are not asked for. The preview shows the
 * standard's name with its legal basis; the saved file holds `standard:` and the officer, and
 * passes validation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';
import { diskStandardsContext } from '../../src/content-model/standards.ts';
import { openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing();
});
afterAll(async () => {
  await s?.close();
});

const FILE = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';

describe('adding a standard service to a charter in the CMS', () => {
  it('offers the standards for the office by name, asks only the local details, and saves standard: with the officer', async () => {
    const { page } = s;
    await openAdmin(page, `${s.server.url}/admin/doict-bheramara/`);
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    const preview = page.frameLocator('iframe').first();
    await preview.locator('div#services-citizen').waitFor({ timeout: 30_000 });

    // The citizen services' list is the first "সেবা যোগ করুন"; the new row opens at the end.
    await page.getByRole('button', { name: 'সেবা যোগ করুন' }).first().click();
    const picker = page.locator('[id^="standard-field-"]:visible').last();
    await picker.waitFor({ timeout: 20_000 });
    await picker.fill('ই-নথি');
    const option = page.locator('[data-standard-option="doict/e-nothi-advice"]:visible');
    await expect.poll(() => option.count(), { timeout: 10_000 }).toBe(1);
    // The office's other standard does not match the words typed.
    expect(await page.locator('[data-standard-option="doict/web-portal-advice"]:visible').count()).toBe(0);
    await option.click();
    const chosen = page.locator('.std-picker[data-standard="doict/e-nothi-advice"]:visible');
    await chosen.waitFor({ timeout: 10_000 });
    expect(await chosen.innerText()).toContain('সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার) প্রণয়ন সংক্রান্ত নির্দেশিকা, ২০১৭');

    // The row asks only for the local details: its own name, delivery and fee inputs are hidden.
    const row = chosen.locator('xpath=ancestor::*[@data-std-picked][1]');
    const display = (names: string[]) =>
      row.evaluate(
        (el, names) =>
          names.map((name) => {
            const box = [...el.children].find((c) => c.querySelector(`:scope > [class*="ControlTopbar"] > label[for^="${name}-field-"]`));
            return box ? getComputedStyle(box).display : 'missing';
          }),
        names,
      );
    expect(await display(['name', 'delivery', 'fee', 'timeLimit'])).toEqual(['none', 'none', 'none', 'none']);
    expect(await display(['officer'])).not.toEqual(expect.arrayContaining(['none', 'missing']));
    await row.locator('input[id^="number-field-"]').fill('১১.');
    // The row's own name is hidden: the only name input shown is the officer's.
    await row.locator('input[id^="name-field-"]:visible').fill('জনাব মো: আলমগীর হোসেন');
    await row.locator('input[id^="designation-field-"]:visible').fill('সহকারী প্রোগ্রামার');
    await page.screenshot({ path: path.join(screenshotDir, 'charter-standard-row.png') });

    // The preview shows the standard's row as the page will, with its legal basis.
    const note = preview.locator('div#services-citizen .std-note[data-standard="doict/e-nothi-advice"]');
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(2);

    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    await expect.poll(() => s.git('status', '--porcelain'), { timeout: 20_000 }).toBe(` M ${FILE}\n`);
    const added = s
      .git('diff', '-U0', '--', FILE)
      .split('\n')
      .filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(added.slice(0, 5)).toEqual([
      '+      - number: ১১.',
      '+        standard: doict/e-nothi-advice',
      '+        officer:',
      '+          name: "জনাব মো: আলমগীর হোসেন"',
      '+          designation: সহকারী প্রোগ্রামার',
    ]);
    expect(added.join('\n')).not.toMatch(/^\+\s+(name|delivery|fee|timeLimit): ই-নথি/m);

    const root = path.join(s.repo, 'content');
    const { diagnostics } = validateTree(loadContentTree(root), [], { standards: diskStandardsContext(root, '2024-05-01') });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 180_000);
});
