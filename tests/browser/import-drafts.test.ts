/**
 * Drafts made by `npm run import -- … --draft` appear on the CMS workflow board
 * (decap-server's git mode, as `npm run cms -- --mode git` runs it) as the
 * editor's own drafts do: in the খসড়া column, openable, while main holds
 * nothing of them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';
import { ARCHIVE_DIR } from '../importer/make-archive.ts';
import { runScript } from '../support/run-script.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing({ mode: 'git' });
});
afterAll(async () => {
  await s?.close();
});

describe('imported drafts on the workflow board', () => {
  it('shows a truncated order imported with --draft as a draft, main untouched', async () => {
    const mainBefore = s.git('rev-parse', 'main').trim();
    const r = await runScript('import', [
      path.join(ARCHIVE_DIR, 'orders/05-truncated.txt'),
      '--office',
      'doict-bheramara',
      '--out',
      path.join(s.repo, 'content'),
      '--draft',
    ]);
    expect(r.code, r.stdout).toBe(0);
    expect(s.git('branch', '--list', 'cms/*').trim()).toBe('cms/doict-bheramara__orders/2022-09-19-innovation');

    const { page } = s;
    await openAdmin(page, `${s.server.url}/admin/doict-bheramara/`);
    await page.goto(`${s.server.url}/admin/doict-bheramara/#/workflow`);
    let board = '';
    await expect
      .poll(async () => (board = await page.locator('body').innerText()), { timeout: 30_000 })
      .toContain('2022-09-19 — ')
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(screenshotDir, 'import-draft-workflow-failed.png') });
        throw new Error(`${String(error)}\nboard:\n${board}`);
      });
    await page.screenshot({ path: path.join(screenshotDir, 'import-draft-workflow.png') });

    // The card opens the entry in the editor, with what was read filled in.
    await page.getByText('2022-09-19 — ').first().click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('/collections/doict-bheramara__orders/entries/2022-09-19-innovation');
    await expect.poll(() => page.locator('[id^="memoNumber-field-"]').first().inputValue(), { timeout: 30_000 }).toContain('৫৮.০৪.০০০০.০২১');
    await page.screenshot({ path: path.join(screenshotDir, 'import-draft-entry.png') });
    expect(s.git('rev-parse', 'main').trim()).toBe(mainBefore);
  }, 120_000);
});
