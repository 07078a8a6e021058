/** Importer writes: inside the office folder, all or nothing, never over a file saved after the import looked at it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrites, fingerprint, officeTarget, type PlannedWrite } from '../../src/importer/write.ts';
import { runScript } from '../support/run-script.ts';
import { ARCHIVE_DIR } from './make-archive.ts';
import { CLEAN_ORDER, tempContentRoot, tempInput } from './support.ts';

function officeDir(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-write-')), 'offices', 'demo');
  fs.mkdirSync(path.join(dir, 'orders'), { recursive: true });
  return dir;
}

const plan = (target: string, content: string): PlannedWrite => ({ target, content, seen: fingerprint(target) });

describe('commitWrites', () => {
  it('writes every planned file when nothing changed', () => {
    const dir = officeDir();
    const a = path.join(dir, 'orders', 'a.mdx');
    fs.writeFileSync(a, 'old');
    const result = commitWrites([plan(a, 'new a'), plan(path.join(dir, 'orders', 'b.mdx'), 'new b')]);
    expect(result).toEqual({ ok: true, written: [a, path.join(dir, 'orders', 'b.mdx')] });
    expect(fs.readFileSync(a, 'utf8')).toBe('new a');
    expect(fs.readdirSync(path.join(dir, 'orders')).sort()).toEqual(['a.mdx', 'b.mdx']);
  });

  it.each([
    ['a file saved (e.g. in the CMS) where the import planned to create one', undefined, 'saved by the CMS'],
    ['a file changed after the import read it (with --force)', 'as the import saw it', 'saved by the CMS'],
    ['a file deleted after the import read it', 'as the import saw it', null],
  ] as const)('refuses %s, and keeps what the other writer saved', (_name, before, after) => {
    const dir = officeDir();
    const target = path.join(dir, 'orders', 'x.mdx');
    const other = path.join(dir, 'orders', 'y.mdx');
    if (before !== undefined) fs.writeFileSync(target, before);
    const plans = [plan(other, 'import y'), plan(target, 'import x')];
    if (after === null) fs.rmSync(target);
    else fs.writeFileSync(target, after);
    expect(commitWrites(plans)).toEqual({ ok: false, conflicts: [target] });
    expect(after === null ? fs.existsSync(target) : fs.readFileSync(target, 'utf8')).toBe(after === null ? false : after);
    expect(fs.existsSync(other)).toBe(false);
  });

  it('writes nothing, and leaves no temporary file, when one of the writes fails', () => {
    const dir = officeDir();
    fs.writeFileSync(path.join(dir, 'minutes'), 'a file where a folder should be');
    const result = commitWrites([plan(path.join(dir, 'orders', 'a.mdx'), 'a'), plan(path.join(dir, 'minutes', 'b.mdx'), 'b')]);
    expect(result).toEqual({ ok: false, failure: expect.stringContaining('nothing was written') });
    expect(fs.readdirSync(path.join(dir, 'orders'))).toEqual([]);
  });
});

describe('officeTarget', () => {
  it.each(['../other/orders/x.mdx', '../../x.mdx', '/etc/x.mdx', '.', 'orders/../../x.mdx'])('refuses "%s"', (relative) => {
    expect(officeTarget(officeDir(), relative)).toEqual({ refused: expect.stringContaining('not a file inside the office folder') });
  });

  it('refuses a folder of the office that is a link to somewhere else', () => {
    const dir = officeDir();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-outside-'));
    fs.rmSync(path.join(dir, 'orders'), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'orders'));
    expect(officeTarget(dir, 'orders/x.mdx')).toEqual({ refused: expect.stringContaining('symbolic link') });
  });
});

/** A content root whose prisons-directorate/orders/ folder is a link to an empty folder outside it. */
function ordersLinkedOut(): { out: string; outside: string } {
  const out = tempContentRoot();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-outside-'));
  const orders = path.join(out, 'offices', 'prisons-directorate', 'orders');
  fs.rmSync(orders, { recursive: true, force: true });
  fs.symlinkSync(outside, orders);
  return { out, outside };
}

describe('npm run import into an office whose orders/ folder links out of the content root', () => {
  it('refuses, writes nothing outside, and says why', async () => {
    const { out, outside } = ordersLinkedOut();
    const r = await runScript('import', [tempInput('order.txt', CLEAN_ORDER), '--office', 'prisons-directorate', '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'unsafe-content', message: expect.stringContaining('symbolic link') }),
    );
    expect(fs.readdirSync(outside)).toEqual([]);
  }, 60_000);

  it('in a batch (a folder) refuses that file the same way and still writes the others inside the office', async () => {
    const { out, outside } = ordersLinkedOut();
    const folder = path.dirname(tempInput('order.txt', CLEAN_ORDER));
    fs.copyFileSync(path.join(ARCHIVE_DIR, 'minutes/08-prose.txt'), path.join(folder, 'prose.txt'));
    const r = await runScript('import', [folder, '--office', 'prisons-directorate', '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { summary: Record<string, number>; inputs: { input: string; outcome: string }[]; diagnostics: unknown[] };
    expect(json.summary).toEqual({ files: 2, complete: 1, draft: 0, refused: 1 });
    expect(json.inputs.map((i) => [path.basename(i.input), i.outcome])).toEqual([
      ['order.txt', 'refused'],
      ['prose.txt', 'complete'],
    ]);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'unsafe-content', message: expect.stringContaining('symbolic link') }),
    );
    expect(fs.readdirSync(outside)).toEqual([]);
    // Written through the same writer: no temporary file left beside it.
    expect(fs.readdirSync(path.join(out, 'offices', 'prisons-directorate', 'minutes'))).toEqual(['2017-09-21-charter-monitoring-4.mdx']);
  }, 60_000);
});

describe('npm run import on an input over the size limit', () => {
  it('refuses it with a `limit` error before reading it', async () => {
    const { LIMITS } = await import('../../src/content-model/limits.ts');
    const { importFile } = await import('../../src/importer/index.ts');
    const input = tempInput('huge.txt', 'ক'.repeat(Math.ceil(LIMITS.importBytes / 3) + 1));
    const result = await importFile(input, 'huge.txt');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'limit', message: expect.stringContaining('over the limit importBytes') }),
    ]);
  });
});
