/**
 * Done-when, part 1: an editor opens /admin/ in Chromium (local backend on
 * 127.0.0.1, a throwaway copy of the content in a temporary git repository),
 * writes new minutes with two decisions and publishes; the file lands in the
 * office's folder under the date-first name, passes validation, and shows on the
 * rebuilt site. Nothing is requested from any host but 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';
import { foreignRequests, openAdmin, screenshotDir, startEditing, type EditingSession } from '../cms/browser-support.ts';
import { runScript } from '../support/run-script.ts';

let s: EditingSession;
beforeAll(async () => {
  s = await startEditing();
});
afterAll(async () => {
  await s?.close();
});

const FILE = 'content/offices/prisons-directorate/minutes/2024-09-15-charter-monitoring.mdx';

describe('editing minutes in the CMS', () => {
  it('creates minutes with two decisions in the office folder, valid, and on the rebuilt site', async () => {
    const { page } = s;
    const field = (name: string, nth = 0) => page.locator(`[id^="${name}-field-"]`).nth(nth);
    await openAdmin(page, `${s.server.url}/admin/`);
    await page.screenshot({ path: path.join(screenshotDir, 'national-admin.png') });

    await page.goto(`${s.server.url}/admin/#/collections/prisons-directorate__minutes/new`);
    await field('title').fill('সিটিজেন চার্টার পরিবীক্ষণ কমিটির ১ম ত্রৈমাসিক সভা');
    await field('meetingKind').fill('সিটিজেন চার্টার');
    await page.keyboard.press('Enter');
    await field('fiscalYear').fill('2024-25');
    await field('meetingDate').fill('2024-09-15');
    await field('place').fill('সভাকক্ষ, কারা অধিদপ্তর');
    await field('name', 0).fill('জনাব আবদুল করিম');
    await page.getByRole('button', { name: 'আলোচ্য বিষয় যোগ করুন' }).click();
    await field('topic').fill('সেবা প্রদান প্রতিশ্রুতি হালনাগাদ');
    const addDecision = page.getByRole('button', { name: 'সিদ্ধান্ত যোগ করুন' });
    await addDecision.click();
    await field('text', 0).fill('চার্টার হালনাগাদ করে ওয়েবসাইটে প্রকাশ করতে হবে।');
    await field('implementedBy', 0).fill('সহকারী প্রোগ্রামার');
    await field('dueDate', 0).fill('2024-09-30');
    await addDecision.click();
    await field('text', 1).fill('অভিযোগ বাক্স প্রতি সপ্তাহে খুলতে হবে।');
    await field('memoNumber').fill('৫৮.০৪.০০০০.০২১.০৬.০০১.২৪-৫১');
    await field('date').fill('2024-09-16');
    await field('name', 1).fill('জনাব আবদুল করিম');
    await page.screenshot({ path: path.join(screenshotDir, 'new-minutes.png') });

    await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
    await page.getByRole('menuitem', { name: 'এখনই প্রকাশ করুন' }).click();
    const file = path.join(s.repo, FILE);
    for (let i = 0; i < 200 && !fs.existsSync(file); i++) await page.waitForTimeout(100);
    expect(s.git('status', '--porcelain')).toBe(`?? ${FILE}\n`);

    const saved = fs.readFileSync(file, 'utf8');
    expect(saved).toMatch(
      /^---\ntitle: সিটিজেন চার্টার পরিবীক্ষণ কমিটির ১ম ত্রৈমাসিক সভা\nmeetingKind: charter-monitoring\nfiscalYear: 2024-25\nmeetingDate: 2024-09-15\n/,
    );
    expect(saved).toContain(
      '    decisions:\n      - text: চার্টার হালনাগাদ করে ওয়েবসাইটে প্রকাশ করতে হবে।\n        implementedBy: সহকারী প্রোগ্রামার\n        dueDate: 2024-09-30\n      - text: অভিযোগ বাক্স প্রতি সপ্তাহে খুলতে হবে।\n',
    );
    expect(saved).not.toMatch(/: ""|: null/);

    const { diagnostics, valid } = validateTree(loadContentTree(path.join(s.repo, 'content')));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(valid.some((v) => v.file.id === 'prisons-directorate/2024-09-15-charter-monitoring')).toBe(true);

    const site = path.join(s.repo, 'site');
    const build = await runScript('build', [], { PORTAL_CONTENT_DIR: path.join(s.repo, 'content'), PORTAL_OUT_DIR: site });
    expect(build.code, build.stderr.slice(-2000)).toBe(0);
    const html = fs.readFileSync(path.join(site, 'offices/prisons-directorate/minutes/2024-09-15-charter-monitoring/index.html'), 'utf8');
    expect(html).toContain('অভিযোগ বাক্স প্রতি সপ্তাহে খুলতে হবে।');
    expect(html).toContain('চার্টার হালনাগাদ করে ওয়েবসাইটে প্রকাশ করতে হবে।');

    expect(foreignRequests(s.urls, s.server.url)).toEqual([]);
  }, 120_000);
});
