/** The command's contract: --dry-run writes nothing, no overwrite without --force, bad arguments exit 2 with one line. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';
import { CLEAN_ORDER as ORDER, listFiles, tempContentRoot, tempInput, type ImportJson } from './support.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});
function root(): string {
  const r = tempContentRoot();
  roots.push(r);
  return r;
}

describe.concurrent('npm run import', { timeout: 90_000 }, () => {
  it('writes an office order, detected by its অফিস আদেশ title, with its appointments', async () => {
    const out = root();
    const r = await runScript('import', [tempInput('order.txt', ORDER), '--office', 'prisons-directorate', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*offices\/prisons-directorate\/orders\/2024-10-16-focal-point\.mdx \(order, detected\)/);
    const written = fs.readFileSync(path.join(out, 'offices/prisons-directorate/orders/2024-10-16-focal-point.mdx'), 'utf8');
    expect(written).toContain('subject: সেবা প্রদান প্রতিশ্রুতি বিষয়ক ফোকাল পয়েন্ট কর্মকর্তা মনোনয়ন।');
    expect(written).toContain('role: alternate-focal-point');
    expect(written).toContain('## অফিস আদেশ');
  });

  it('--dry-run shows the file it would write and writes nothing', async () => {
    const out = root();
    const before = listFiles(out);
    const r = await runScript('import', [tempInput('order.txt', ORDER), '--office', 'prisons-directorate', '--out', out, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would write');
    expect(r.stdout).toContain('memoNumber: ৫৮.০৪.০০০০.০২১.০৩.০২০.২৪-১২');
    expect(r.stdout).toContain('dry run, nothing was written');
    expect(listFiles(out)).toEqual(before);
  });

  it('never overwrites without --force, and does with it', async () => {
    const out = root();
    const input = tempInput('order.txt', ORDER);
    const args = [input, '--office', 'prisons-directorate', '--out', out, '--format', 'json'];
    const first = await runScript('import', args);
    expect(first.code).toBe(0);
    const target = (JSON.parse(first.stdout) as ImportJson).files[0]?.path ?? '';
    fs.writeFileSync(target, 'edited by hand\n');

    const second = await runScript('import', args);
    expect(second.code).toBe(1);
    const json = JSON.parse(second.stdout) as ImportJson;
    expect(json.written).toBe(false);
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'exists', message: expect.stringContaining('pass --force') }));
    expect(fs.readFileSync(target, 'utf8')).toBe('edited by hand\n');

    const forced = await runScript('import', [...args, '--force']);
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as ImportJson).files[0]?.action).toBe('overwrite');
    expect(fs.readFileSync(target, 'utf8')).toContain('orderKind: focal-point');
  });

  it('--kind overrides detection', async () => {
    const out = root();
    const r = await runScript('import', [
      tempInput('order.txt', ORDER),
      '--office',
      'prisons-directorate',
      '--out',
      out,
      '--kind',
      'order',
      '--format',
      'json',
      '--dry-run',
    ]);
    const json = JSON.parse(r.stdout) as ImportJson;
    expect(json.files[0]?.kindDetected).toBe(false);
    expect(json.kind).toBe('order');
  });

  it.each([
    [['x.txt'], /--office ID is required/],
    [['x.txt', '--office', 'Bad_Id'], /is not an office id/],
    [['--office', 'lgd'], /name at least one file/],
    [['x.txt', '--office', 'no-such-office'], /office "no-such-office" does not exist: .*office\.yaml is missing/],
  ])('bad arguments %j exit 2 with one line', async (args, message) => {
    const r = await runScript('import', args as string[], {}, fs.mkdtempSync(path.join(path.dirname(root()), 'cwd-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
