/**
 * After a save through `npm run cms`, the office is checked and built, and the editor
 * reads the result (cms/office-checks.ts): published, refused with Bengali reasons and the
 * form's names of the fields, or checked only (--no-build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOfficeChecks } from '../../cms/office-checks.ts';
import { repoRoot } from '../support/paths.ts';

let repo: string;
const CHARTER = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';
beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'office-checks-'));
  fs.cpSync(path.join(repoRoot, 'content'), path.join(repo, 'content'), { recursive: true });
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

function checks(build?: (office: string) => Promise<{ ok: boolean; output: string }>) {
  return createOfficeChecks({ repoDir: repo, contentRoot: path.join(repo, 'content'), ...(build ? { build } : {}) });
}

describe('the report after a save', () => {
  it('publishes a valid save through the office build, and builds only the saved office', async () => {
    const built: string[] = [];
    const c = checks(async (office) => {
      built.push(office);
      return { ok: true, output: '' };
    });
    c.saved([path.join(repo, CHARTER)]);
    expect(c.report('doict-bheramara')?.state).toBe('checking');
    await c.idle();
    expect(c.report('doict-bheramara')).toMatchObject({ state: 'published', page: '/offices/doict-bheramara/', reasons: [] });
    expect(built).toEqual(['doict-bheramara']);
  });

  it('refuses an invalid file in Bengali, naming the field as the form does, and builds nothing', async () => {
    const file = path.join(repo, CHARTER);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('name: আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান', 'name: ""'));
    let builds = 0;
    const c = checks(async () => {
      builds++;
      return { ok: true, output: '' };
    });
    c.saved([file]);
    await c.idle();
    const report = c.report('doict-bheramara')!;
    expect(report.state).toBe('refused');
    expect(report.reasons).toEqual([
      {
        file: CHARTER,
        label: 'সেবা প্রদান প্রতিশ্রুতি › ২.১ নাগরিক সেবা › সেবা ১ › সেবার নাম',
        problem: 'এই ঘরটি খালি।',
        fix: 'ঘরটিতে লিখুন; শুধু ফাঁকা জায়গা চলবে না।',
      },
    ]);
    expect(builds).toBe(0);
  });

  it('says a failed build keeps the last pages, and with --no-build that the office was checked only', async () => {
    const failing = checks(async () => ({ ok: false, output: 'astro: out of memory\n' }));
    failing.saved([path.join(repo, CHARTER)]);
    await failing.idle();
    expect(failing.report('doict-bheramara')).toMatchObject({ state: 'refused', reasons: [{ problem: 'পোর্টাল তৈরি করা যায়নি; আগের প্রকাশিত পাতা রয়ে গেছে।' }] });
    const only = checks();
    only.saved([CHARTER]);
    await only.idle();
    expect(only.report('doict-bheramara')).toMatchObject({ state: 'checked', builds: false, reasons: [] });
  });
});
