/**
 * The editor's loop in the real admin (Decap, local backend, Chromium), as a clerk meets
 * it: what the CMS says is saved is what the build accepts.
 *
 * - an invalid save is refused: the file on disk does not change, each field says its
 *   Bengali problem and fix beside it, an error summary names the fields by their labels;
 *   warnings show and do not block;
 * - ৫০০ typed into টাকার অঙ্ক is saved as 500, and the office's check says what happened;
 * - "নতুন সংস্করণ" makes the next dated charter from the current one, its date typed in
 *   Bengali digits day/month/year and saved ISO; the past version then opens read-only and
 *   is corrected only with a reason recorded in the file;
 * - Decap's own counts and dates are in Bengali digits; folded items open by their title;
 *   × and delete name what they remove; the login page names the portal and the office;
 *   no page scrolls sideways at 360 px or 1366×768 and the toolbar's controls stay on screen;
 * - the names the guide (src/help/guide.md) gives are on the screen.
 *
 * Screenshots of the refused save (1280 and 360 px) go to docs/images/ with
 * UPDATE_DOC_SCREENSHOTS=1, the guide's phone pictures to src/help/screenshots/ with
 * UPDATE_HELP_SCREENSHOTS=1; otherwise to the test cache, to look at.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_WORDS } from '../../cms/admin/words.ts';
import { bnLocale } from '../../cms/locale-bn.ts';
import { screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';
import { repoRoot } from '../support/paths.ts';

let s: EditingSession;
/** A laptop (its viewport changes: 1366×768, 1280×800) and a phone (360 px at 2x, for the guide's pictures): two pages, each loads the admin once. */
let desk: Page;
let phone: Page;
/** Questions the admin asked (window.confirm), newest last; `refuse` dismisses the next ones (else: leave without the unsaved draft, no backup restored). */
const asked: string[] = [];
let refuse = false;

function answer(page: Page): void {
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    const keep = refuse || dialog.message() === bnLocale.editor.editor.confirmLoadBackup;
    void (keep ? dialog.dismiss() : dialog.accept());
  });
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(120_000);
}

beforeAll(async () => {
  s = await startEditing({ checks: true });
  desk = s.page;
  await desk.setViewportSize({ width: 1366, height: 768 });
  phone = await s.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'bn-BD' });
  for (const page of [desk, phone]) answer(page);
});
afterAll(async () => {
  await s?.close();
});

const OFFICE = 'doict-bheramara';
const ADMIN = () => `${s.server.url}/admin/${OFFICE}/`;
const CHARTERS = () => `${ADMIN()}#/collections/${OFFICE}__charters`;
const CHARTER = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';
const NEXT = 'content/offices/doict-bheramara/charters/2024-07-15.mdx';

function shot(kind: 'doc' | 'help' | 'cache', name: string): string {
  const target =
    kind === 'doc' && process.env['UPDATE_DOC_SCREENSHOTS'] === '1'
      ? path.join(repoRoot, 'docs/images', name)
      : kind === 'help' && process.env['UPDATE_HELP_SCREENSHOTS'] === '1'
        ? path.join(repoRoot, 'src/help/screenshots', name)
        : path.join(screenshotDir, name);
  return target;
}

const sha = (file: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(s.repo, file)))
    .digest('hex');
const field = (page: Page, name: string, nth = 0) => page.locator(`[id^="${name}-field-"]:visible`).nth(nth);

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
  await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
}

/** Sideways scrolling of the page, and toolbar controls that would sit off screen. */
async function layout(page: Page): Promise<{ scrollWidth: number; offScreen: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    offScreen: [
      ...document.querySelectorAll(
        '[class*="ToolbarContainer"] button, [class*="ToolbarContainer"] [role="button"], [class*="AppHeader"] a, [class*="AppHeader"] button',
      ),
    ]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left < -1)
      .map((e) => e.textContent ?? e.getAttribute('aria-label') ?? '?'),
  }));
}

/** Open a charter version from the collection's list, as an editor does (a hash change alone does not always reload Decap's entry). */
async function openCharter(page: Page, date: string): Promise<void> {
  await page.goto(CHARTERS());
  // After a reload the local backend may ask to log in again.
  const login = page.getByRole('button', { name: 'প্রবেশ করুন' });
  const list = page.locator('[class*="ListCardTitle"]').first();
  const shown = (l: typeof login) => l.waitFor({ timeout: 120_000 }).catch(() => undefined);
  await Promise.race([shown(login), shown(list)]);
  if (await login.isVisible()) {
    await login.click();
    await page.getByText('দলিলের ধরন').first().waitFor();
    await page.goto(CHARTERS());
  }
  const card = page.locator('[class*="ListCardTitle"]', {
    hasText: date
      .split('-')
      .reverse()
      .join('/')
      .replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!),
  });
  await card.first().click({ timeout: 120_000 });
  await page.locator('[id^="vision-field-"]').waitFor({ state: 'attached', timeout: 120_000 });
  await expect.poll(() => page.locator('.protishruti-version').count(), { timeout: 60_000 }).toBe(1);
}

describe('the editor’s loop in the admin', () => {
  it('names the portal and the office on the login page, its menus as the guide does, and fits a phone and a laptop', async () => {
    for (const page of [phone, desk]) {
      const width = page.viewportSize()!.width;
      await page.goto(ADMIN());
      const head = page.locator('.protishruti-login-head');
      await head.waitFor();
      expect(await head.innerText()).toMatch(/প্রতিশ্রুতি — সম্পাদনা[\s\S]*ভেড়ামারা/);
      expect(await head.locator('a').getAttribute('href')).toBe('/help/');
      if (page === phone) await page.screenshot({ path: shot('help', 'login.png') });
      expect(await layout(page)).toEqual({ scrollWidth: width, offScreen: [] });
      await page.getByRole('button', { name: 'প্রবেশ করুন' }).click();
      await page.getByText('দলিলের ধরন').first().waitFor();
      const menu = await page.locator('body').innerText();
      for (const name of ['দপ্তরের তথ্য', 'সিটিজেন চার্টার', 'সভার কার্যবিবরণী', 'অফিস আদেশ', ADMIN_WORDS.guide]) expect(menu).toContain(name);
      expect(await page.locator('.protishruti-help-link').getAttribute('href')).toBe('/help/');
      await page.goto(CHARTERS());
      // Decap's own dates in Bengali digits, day/month/year.
      await expect.poll(() => page.locator('[class*="ListCardTitle"]').first().innerText(), { timeout: 30_000 }).toContain('১৫/০৪/২০২৪');
      expect(await layout(page)).toEqual({ scrollWidth: width, offScreen: [] });
    }
  }, 300_000);

  it('refuses an invalid save: the file stays as it was and each field says why in Bengali', async () => {
    const before = sha(CHARTER);
    await desk.setViewportSize({ width: 1280, height: 800 });
    for (const page of [desk, phone]) {
      const width = page.viewportSize()!.width;
      await openCharter(page, '2024-04-15');
      // Decap's count of the services, in Bengali digits.
      await expect
        .poll(() => page.locator('[class*="TopBarContainer"]').allInnerTexts(), { timeout: 30_000 })
        .toContainEqual(expect.stringContaining('১০ সেবাসমূহ'));
      // The build's warnings (the sample's doubtful emails) show, folded, before anything is saved.
      expect(await page.locator('.protishruti-warning-summary summary').innerText()).toMatch(/সতর্কতা \([০-৯]+টি\)/);

      // The first service opens by its title.
      await page.getByText('১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান').first().click();
      await field(page, 'name').fill('');
      await field(page, 'delivery').fill('<b>টেলিফোন</b>');
      await publish(page);

      const summary = page.locator('.protishruti-error-summary');
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.locator('h2').innerText()).toBe(ADMIN_WORDS.refusedHeading);
      expect(await summary.locator('li').allInnerTexts()).toEqual([
        expect.stringMatching(/^সেবা প্রদান প্রতিশ্রুতি › ২\.১ নাগরিক সেবা › সেবা ১ › সেবার নাম: এই ঘরটি পূরণ করা হয়নি।/),
        expect.stringMatching(/^সেবা প্রদান প্রতিশ্রুতি › ২\.১ নাগরিক সেবা › সেবা ১ › সেবা প্রদান পদ্ধতি: ঘরে HTML ট্যাগ .* আছে। ট্যাগ ছাড়া শুধু শব্দগুলো লিখুন।/),
      ]);
      // Beside each field: its own problem and fix.
      const beside = (name: string) =>
        page.locator(`label[for^="${name}-field-"]:visible`).first().locator('xpath=ancestor::*[contains(@class,"ControlContainer")][1]');
      await expect.poll(() => beside('delivery').innerText()).toContain('ট্যাগ ছাড়া শুধু শব্দগুলো লিখুন');
      expect(await beside('name').innerText()).toContain('সেবার নাম দিতে হবে');
      // A line of the summary takes the editor to its field.
      await summary.locator('a').nth(1).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^delivery-field-/);
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('doc', `cms-refused-save-${width}.png`) });
      if (page === phone) await page.screenshot({ path: shot('help', 'refused-save.png') });
      expect(await layout(page)).toEqual({ scrollWidth: width, offScreen: [] });
    }
    expect(sha(CHARTER)).toBe(before);
    expect(s.git('status', '--porcelain')).toBe('');
  }, 300_000);

  it('saves ৫০০ typed into টাকার অঙ্ক as the number 500, and says what the office’s check made of it', async () => {
    const page = desk;
    await openCharter(page, '2024-04-15');
    await page.getByText('১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান').first().click();
    await field(page, 'kind').fill('মূল্য আছে');
    await page.keyboard.press('Enter');
    await field(page, 'amount').fill('৫০০');
    await field(page, 'text').fill('৫০০ টাকা');
    expect(await field(page, 'amount').inputValue()).toBe('৫০০');
    await publish(page);
    await expect.poll(() => s.git('status', '--porcelain'), { timeout: 30_000 }).toBe(` M ${CHARTER}\n`);
    const diff = s
      .git('diff', '-U0', '--', CHARTER)
      .split('\n')
      .filter((l) => /^[-+] /.test(l));
    expect(diff).toEqual([
      '-          kind: free',
      '-          text: বিনামূল্যে',
      '+          kind: paid',
      '+          amount: 500',
      '+          text: ৫০০ টাকা',
    ]);
    // Warnings did not block the save; the local server checked the office and says so.
    await expect.poll(() => page.locator('.protishruti-after-save').innerText(), { timeout: 60_000 }).toContain('সংরক্ষিত ও যাচাই সফল');
    s.git('commit', '-qam', 'fee of the first service');
  }, 240_000);

  it('asks before removing a service or deleting a document, naming it', async () => {
    const page = desk;
    await openCharter(page, '2024-04-15');
    refuse = true;
    try {
      await page.getByRole('button', { name: 'মুছুন: ১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান' }).click();
      expect(asked.at(-1)).toBe('"১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান" মুছে ফেলবেন? সংরক্ষণ না করা পর্যন্ত ফাইল বদলাবে না।');
      // Dismissed: the service is still there.
      expect(await page.getByText('১. আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'দলিল মুছুন' }).click();
      expect(asked.at(-1)).toContain(`মুছে যাবে: সিটিজেন চার্টার "সিটিজেনস চার্টার" (${CHARTER})`);
    } finally {
      refuse = false;
    }
    expect(s.git('status', '--porcelain')).toBe('');
    // Delete stands apart from publish: at the far end of the toolbar.
    const [publishBox, deleteBox] = await Promise.all([
      page.getByRole('button', { name: 'প্রকাশিত' }).boundingBox(),
      page.getByRole('button', { name: 'দলিল মুছুন' }).boundingBox(),
    ]);
    expect(deleteBox!.x - (publishBox!.x + publishBox!.width)).toBeGreaterThan(150);
  }, 180_000);

  it('makes the next version from the current charter, its date typed in Bengali digits and saved ISO', async () => {
    const page = phone;
    await openCharter(page, '2024-04-15');
    const panel = page.locator('.protishruti-version');
    expect(await panel.innerText()).toContain('এটি বর্তমান সংস্করণ (কার্যকর ১৫ এপ্রিল ২০২৪)');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('help', 'new-version.png') });
    await page.getByRole('button', { name: ADMIN_WORDS.newVersion }).click();
    await page.waitForURL(/\/new$/);
    // Filled from the current version (the fields mount, then the copy arrives).
    await expect.poll(() => page.locator('[id^="vision-field-"]').first().inputValue(), { timeout: 30_000 }).toContain('জনগণের দোরগোড়ায়');
    // The copy dates the new version today first; type the date once that has arrived. Under load (two browser
    // files at once, load 9) a day typed right after the copy was once replaced by today's day: the date is typed
    // again until it holds (the stop note of 2026-12-07 lists this as a thing to look into).
    await expect.poll(() => page.locator('.protishruti-date-read').first().innerText(), { timeout: 30_000 }).toMatch(/খ্রিষ্টাব্দ/);
    const typed = async () => {
      await page.locator('[id^="effectiveDate-field-"]').first().fill('১৫');
      await page.locator('[id^="effectiveDate-field-"][id$="-month"]').fill('০৭');
      await page.locator('[id^="effectiveDate-field-"][id$="-year"]').fill('২০২৪');
      return page.locator('.protishruti-date-read').first().innerText();
    };
    await expect.poll(typed, { timeout: 30_000, interval: 1000 }).toMatch(/^১৫ জুলাই ২০২৪ খ্রিষ্টাব্দ \([০-৯]+ [^ ]+ ১৪৩১ বঙ্গাব্দ\)$/);
    await publish(page);
    await expect.poll(() => s.git('status', '--porcelain'), { timeout: 60_000 }).toBe(`?? ${NEXT}\n`);
    const next = fs.readFileSync(path.join(s.repo, NEXT), 'utf8');
    const old = fs.readFileSync(path.join(s.repo, CHARTER), 'utf8');
    expect(next).toContain('\neffectiveDate: 2024-07-15\n');
    // The same charter but for its date (the printed date belongs to the old paper and does not carry over).
    const strip = (text: string) => text.replace(/\neffectiveDate: .*\n/, '\n').replace(/\ndatePrinted: .*\n/, '\n');
    expect(strip(next)).toBe(strip(old));
    s.git('add', '-A');
    s.git('commit', '-qm', 'the next version');
  }, 240_000);

  it('opens a past version read-only, and corrects it only with a reason kept in the file', async () => {
    // On the phone, which made the new version: the page opened afresh at the past version's address.
    const page = phone;
    await page.goto(`${ADMIN()}#/collections/${OFFICE}__charters/entries/2024-04-15`);
    await page.reload();
    const login = page.getByRole('button', { name: 'প্রবেশ করুন' });
    const form = page.locator('[id^="vision-field-"]').first();
    await Promise.race([
      login.waitFor({ timeout: 120_000 }).catch(() => undefined),
      form.waitFor({ state: 'attached', timeout: 120_000 }).catch(() => undefined),
    ]);
    if (await login.isVisible()) await login.click();
    await form.waitFor({ state: 'attached', timeout: 120_000 });
    await expect.poll(() => page.locator('.protishruti-version').count(), { timeout: 60_000 }).toBe(1);
    const panel = page.locator('.protishruti-version');
    expect(await panel.innerText()).toContain('এটি ১৫ এপ্রিল ২০২৪ তারিখের পুরনো সংস্করণ, শুধু দেখার জন্য');
    expect(await page.locator('[id^="vision-field-"]').first().isDisabled()).toBe(true);
    expect(await page.locator('fieldset.protishruti-locked').count()).toBeGreaterThan(5);

    await page.getByRole('button', { name: ADMIN_WORDS.correctPast }).click();
    await expect.poll(() => page.locator('[id^="vision-field-"]').first().isDisabled()).toBe(false);
    await page.locator('[id^="mission-field-"]').first().fill('উচ্চগতির ইলেকট্রনিক যোগাযোগ।');
    await publish(page);
    // The new correction's reason is empty: refused, the file unchanged.
    await page.locator('.protishruti-error-summary').waitFor({ timeout: 30_000 });
    // Named as the form names it (cms/field-labels.ts: an item of a list by the list's singular).
    expect(await page.locator('.protishruti-error-summary').innerText()).toContain('সংশোধন ১ › কী সংশোধন করা হলো ও কেন: এই ঘরটি পূরণ করা হয়নি।');
    expect(s.git('status', '--porcelain')).toBe('');
    await page.locator('[id^="reason-field-"]:visible').first().fill('মিশনের বানান ঠিক করা হলো');
    await publish(page);
    await expect.poll(() => s.git('status', '--porcelain'), { timeout: 60_000 }).toBe(` M ${CHARTER}\n`);
    const corrected = fs.readFileSync(path.join(s.repo, CHARTER), 'utf8');
    expect(corrected).toMatch(/\ncorrections:\n {2}- date: \d{4}-\d{2}-\d{2}\n {4}reason: মিশনের বানান ঠিক করা হলো\n/);
    s.git('commit', '-qam', 'a correction');
  }, 240_000);
});
