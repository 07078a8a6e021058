/**
 * Drafts made by `npm run import -- … --draft` appear on the CMS workflow board
 * (decap-server's git mode, as `npm run cms -- --mode git` runs it) as the
 * editor's own drafts do: in the খসড়া column, openable, while main holds
 * nothing of them — on the office's board (/admin/<office>/) and on the
 * maintainers' board (/admin/), which share one label per office entry
 * (src/core/cms-workflow.ts): a status changed on one board shows on the other.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_DRAFT, importDraft, openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing({ mode: 'git' });
});
afterAll(async () => {
  await s?.close();
});

/** The workflow board's text once the card is on it (a screenshot when it never comes). */
async function boardWith(page: Page, admin: string, card: string, shot: string): Promise<string> {
  await page.goto(`${s.server.url}${admin}#/workflow`);
  let board = '';
  await expect
    .poll(async () => (board = await page.locator('body').innerText()), { timeout: 30_000 })
    .toContain(card)
    .catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(screenshotDir, `${shot}-failed.png`) });
      throw new Error(`${String(error)}\nboard:\n${board}`);
    });
  await page.screenshot({ path: path.join(screenshotDir, `${shot}.png`) });
  return board;
}

/** The column (খসড়া, পর্যালোচনাধীন, প্রস্তুত) the card stands in: the nearest column heading above it. */
async function columnOf(page: Page, card: string): Promise<string> {
  const columns = ['খসড়া', 'পর্যালোচনাধীন', 'প্রস্তুত'];
  const cardBox = await page.getByText(card).first().boundingBox();
  let best = '';
  let bestDistance = Infinity;
  for (const name of columns) {
    const heading = await page.getByRole('heading', { name, exact: true }).first().boundingBox();
    if (!heading || !cardBox || heading.y > cardBox.y) continue;
    const distance = Math.abs(heading.x - cardBox.x);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

describe('imported drafts on the workflow board', () => {
  it('shows a truncated order imported with --draft on the office board and the maintainers board, main untouched', async () => {
    const mainBefore = s.git('rev-parse', 'main').trim();
    const r = await importDraft(s);
    expect(r.code, r.stdout).toBe(0);
    expect(s.git('branch', '--list', 'cms/*').trim()).toBe(IMPORTED_DRAFT.branch);
    expect(s.git('config', `branch.${IMPORTED_DRAFT.branch}.description`).trim()).toBe('cms/doict-bheramara/draft');

    const { page } = s;
    page.on('dialog', (dialog) => void dialog.accept());
    const office = `/admin/${IMPORTED_DRAFT.office}/`;
    await openAdmin(page, `${s.server.url}${office}`);
    await boardWith(page, office, IMPORTED_DRAFT.card, 'import-draft-workflow');
    expect(await columnOf(page, IMPORTED_DRAFT.card)).toBe('খসড়া');

    // The card opens the entry in the editor, with what was read filled in.
    await page.getByText(IMPORTED_DRAFT.card).first().click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain(`/${IMPORTED_DRAFT.entry}`);
    await expect.poll(() => page.locator('[id^="memoNumber-field-"]').first().inputValue(), { timeout: 30_000 }).toContain('৫৮.০৪.০০০০.০২১');
    await page.screenshot({ path: path.join(screenshotDir, 'import-draft-entry.png') });

    // The maintainers' admin (every office; same origin, so already signed in) lists the same draft, in the same column.
    await page.goto(`${s.server.url}/admin/`);
    await page.getByText('দলিলের ধরন').first().waitFor({ timeout: 30_000 });
    await boardWith(page, '/admin/', IMPORTED_DRAFT.card, 'import-draft-workflow-maintainers');
    expect(await columnOf(page, IMPORTED_DRAFT.card)).toBe('খসড়া');

    // A maintainer sends it to review: the office label changes, and the office's board follows.
    await page.goto(`${s.server.url}/admin/#/${IMPORTED_DRAFT.entry}`);
    await page.getByRole('button', { name: /অবস্থা: খসড়া/ }).click({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: 'পর্যালোচনাধীন' }).click();
    await expect
      .poll(() => s.git('config', `branch.${IMPORTED_DRAFT.branch}.description`).trim(), { timeout: 20_000 })
      .toBe('cms/doict-bheramara/pending_review');
    await boardWith(page, office, IMPORTED_DRAFT.card, 'import-draft-workflow-after-review');
    expect(await columnOf(page, IMPORTED_DRAFT.card)).toBe('পর্যালোচনাধীন');
    expect(s.git('rev-parse', 'main').trim()).toBe(mainBefore);
  }, 180_000);
});
