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
    // A loaded machine (four browser files at once) makes Decap and decap-server slow, not wrong.
    page.setDefaultNavigationTimeout(90_000);
    page.setDefaultTimeout(60_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await openAdmin(page, `${s.server.url}/admin/doict-bheramara/`);
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    await page.locator('[id^="datePrinted-field-"]').fill('১৫ এপ্রিল ২০২৪');
    await page.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
    const branch = 'cms/doict-bheramara__charters/2024-04-15';
    // decap-server creates the branch first and commits the change after (checkout -b, rebase,
    // write, commit): the branch can exist without the change for as long as a loaded machine
    // takes, so wait for the change itself (this was the flake: a poll for the branch name,
    // then a diff that found nothing).
    const changed = () => {
      if (s.git('branch', '--list', branch).trim() !== branch) return [];
      return s
        .git('diff', 'main', branch, '-U0', '--', FILE)
        .split('\n')
        .filter((l) => /^[-+][^-+]/.test(l));
    };
    await expect.poll(changed, { timeout: 60_000 }).toEqual(['-datePrinted: ১৫/০৪/২০২৪', '+datePrinted: ১৫ এপ্রিল ২০২৪']);
    expect(s.git('log', '--oneline', 'main')).toMatch(/^\S+ content as in the repository\n$/);

    // Leave the editor only once Decap says the change is saved (else it asks whether to leave).
    await page.getByText('পরিবর্তন সংরক্ষিত').waitFor();
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/workflow`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toContain('১৫/০৪/২০২৪ — সিটিজেনস চার্টার');
    await page.screenshot({ path: path.join(screenshotDir, 'workflow.png') });

    await page.goto(`${s.server.url}/admin/doict-bheramara/#/collections/doict-bheramara__charters/entries/2024-04-15`);
    await page.getByRole('button', { name: /অবস্থা: খসড়া/ }).click();
    await page.getByRole('menuitem', { name: 'প্রস্তুত' }).click();
    // Decap publishes only once the server has stored the new status; before that "publish" shows an
    // alert ("set the status to ready first") and does nothing. The second cause of the flake: wait for it.
    await page.getByRole('button', { name: /অবস্থা: প্রস্তুত/ }).waitFor();
    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    await expect
      .poll(() => s.git('show', `main:${FILE}`), { timeout: 60_000, message: `dialogs: ${dialogs.join(' | ')}` })
      .toContain('datePrinted: ১৫ এপ্রিল ২০২৪\n');
    expect(dialogs.filter((d) => d.includes('প্রস্তুত'))).toEqual([]);
    // `main`, not HEAD: the server checks branches out while it works, so HEAD may be another branch for a moment.
    expect(s.git('diff', 'main~1', 'main', '--stat').trim()).toMatch(/1 file changed, 1 insertion\(\+\), 1 deletion\(-\)/);
  }, 240_000);
});
