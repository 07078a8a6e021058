/**
 * The editors' commands as a maintainer runs them: `npm run cms` stops on one Ctrl+C and
 * says what --no-build turns off; `npm run editor-report` writes the pull request's Bengali
 * report and fails when the build would refuse the change.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

describe('npm run cms', () => {
  it('says what --no-build turns off, serves, and stops on one Ctrl+C', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-site-'));
    fs.mkdirSync(path.join(site, 'admin'));
    fs.writeFileSync(path.join(site, 'admin/index.html'), '<!doctype html><title>admin</title>\n');
    const child = spawn(nodeBin, [path.join(repoRoot, 'scripts/cms.ts'), '--no-build', '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, PORTAL_OUT_DIR: site, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 30_000;
    while (!out.includes('Ctrl+C stops everything') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('--no-build turns off two things');
    expect(out).toContain('saves are not built or published afterwards');
    const url = /Site: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
    expect(url).toBeDefined();
    expect((await fetch(`${url}/admin/`)).status).toBe(200);
    const stopAt = Date.now();
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    fs.rmSync(site, { recursive: true, force: true });
  }, 60_000);
});

describe('npm run editor-report', () => {
  it('says in Bengali that an office passes, and refuses a broken one with the field and the fix', async () => {
    const ok = await runScript('editor-report', ['--office', 'doict-bheramara']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('**যাচাই সফল: এই দপ্তরের পরিবর্তন প্রকাশ করা যাবে।**');
    const broken = await runScript('editor-report', ['--office', 'broken-office'], {
      PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/broken-content'),
    });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/\*\*প্রকাশ হবে না: [০-৯]+টি সমস্যা ঠিক করতে হবে।\*\*/);
    expect(broken.stdout).toMatch(/^- \*\*[^*]+\*\*: .+।/m);
  }, 60_000);
});
