/**
 * The guide's pictures of the editorial workflow come from the real admin: this test
 * opens the office admin in decap-server's git mode with an imported draft, checks that
 * the board's columns and buttons the guide (src/help/guide.md) names are on the screen,
 * and takes the pictures at a phone's width (360 px at 2x, so they read at full width on
 * a phone). They are written to src/help/screenshots/ when missing or with
 * UPDATE_HELP_SCREENSHOTS=1 (then commit them); otherwise to the test cache, to look at.
 * (The login, refused-save and new-version pictures: tests/browser/cms-editor.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_DRAFT, importDraft, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';
import { repoRoot } from '../support/paths.ts';

const GUIDE_DIR = path.join(repoRoot, 'src/help');
const SHOTS = path.join(GUIDE_DIR, 'screenshots');

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing({ mode: 'git' });
});
afterAll(async () => {
  await s?.close();
});

function target(name: string): string {
  const committed = path.join(SHOTS, name);
  return process.env['UPDATE_HELP_SCREENSHOTS'] === '1' || !fs.existsSync(committed) ? committed : path.join(screenshotDir, `help-${name}`);
}

describe('the guide against the real admin', () => {
  it('names what the admin shows, and its screenshots are taken from it', async () => {
    const guide = fs.readFileSync(path.join(GUIDE_DIR, 'guide.md'), 'utf8');
    fs.mkdirSync(SHOTS, { recursive: true });
    const r = await importDraft(s);
    expect(r.code, r.stdout).toBe(0);

    const page = await s.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'bn-BD' });
    page.setDefaultTimeout(60_000);
    await page.goto(`${s.server.url}/admin/${IMPORTED_DRAFT.office}/`, { timeout: 120_000 });
    const login = page.getByRole('button', { name: 'প্রবেশ করুন' });
    await login.waitFor();
    expect(guide).toContain('**প্রবেশ করুন**');
    await login.click();
    await page.getByText('দলিলের ধরন').first().waitFor({ timeout: 30_000 });

    await page.goto(`${s.server.url}/admin/${IMPORTED_DRAFT.office}/#/workflow`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain(IMPORTED_DRAFT.card);
    const board = await page.locator('body').innerText();
    for (const word of ['অনুমোদন প্রক্রিয়া', 'খসড়া', 'পর্যালোচনাধীন', 'প্রস্তুত']) {
      expect(board).toContain(word);
      expect(guide).toContain(word);
    }
    await page.screenshot({ path: target('workflow.png') });

    await page.getByText(IMPORTED_DRAFT.card).first().click();
    await expect.poll(() => page.locator('[id^="memoNumber-field-"]').first().inputValue(), { timeout: 30_000 }).toContain('৫৮.০৪');
    expect(await page.getByRole('button', { name: 'সংরক্ষণ করুন' }).count()).toBeGreaterThan(0);
    expect(guide).toContain('**সংরক্ষণ করুন**');
    await page.screenshot({ path: target('draft-entry.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
    for (const name of ['workflow.png', 'draft-entry.png']) expect(fs.existsSync(path.join(SHOTS, name))).toBe(true);
  }, 300_000);
});
