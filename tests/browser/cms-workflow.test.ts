/**
 * The editorial workflow, driven in Chromium against decap-server's git mode
 * (the same workflow the GitHub backend runs with pull requests): saving a change
 * makes a draft branch named after the office's collection, `main` is untouched
 * until the draft is marked ready and published, and then holds exactly that change.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing({ mode: 'git' });
});
afterAll(async () => {
  await s?.close();
});

const FILE = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';

describe('the editorial workflow', () => {
  it('keeps a saved change on a draft branch until it is ready and published', async () => {
    const { page } = s;
    page.on('dialog', (dialog) => void dialog.accept());
    await openAdmin(page, `${s.server.url}/admin/doict-bheramara/`);
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    await page.locator('[id^="datePrinted-field-"]').fill('১৫ এপ্রিল ২০২৪');
    await page.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
    const branch = 'cms/doict-bheramara__charters/2024-04-15';
    await expect.poll(() => s.git('branch', '--list', branch).trim(), { timeout: 20_000 }).toBe(branch);
    expect(
      s
        .git('diff', 'main', branch, '-U0', '--', FILE)
        .split('\n')
        .filter((l) => /^[-+][^-+]/.test(l)),
    ).toEqual(['-datePrinted: ১৫/০৪/২০২৪', '+datePrinted: ১৫ এপ্রিল ২০২৪']);
    expect(s.git('log', '--oneline', 'main')).toMatch(/^\S+ content as in the repository\n$/);

    // Leave the editor only once Decap says the change is saved (else it asks whether to leave).
    await page.getByText('পরিবর্তন সংরক্ষিত').waitFor({ timeout: 20_000 });
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/workflow`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('১৫/০৪/২০২৪ — সিটিজেনস চার্টার');
    await page.screenshot({ path: path.join(screenshotDir, 'workflow.png') });

    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    await page.getByRole('button', { name: /অবস্থা: খসড়া/ }).click();
    await page.getByRole('menuitem', { name: 'প্রস্তুত' }).click();
    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    await expect.poll(() => s.git('show', `main:${FILE}`), { timeout: 20_000 }).toContain('datePrinted: ১৫ এপ্রিল ২০২৪\n');
    expect(s.git('diff', 'HEAD~1', 'HEAD', '--stat').trim()).toMatch(/1 file changed, 1 insertion\(\+\), 1 deletion\(-\)/);
  }, 90_000);
});
