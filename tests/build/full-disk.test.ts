/**
 * A full disk during a build or an import: one clear line, nothing partial published
 * or written. The disk is a real one that fills up: a small tmpfs mounted for the
 * test (CI runs as root; where mounting is not allowed the test says so and skips).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/pipeline/publish.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { CLEAN_ORDER as ORDER } from '../importer/support.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-full-disk-'));
const disk = path.join(work, 'disk');
const content = path.join(disk, 'content');
const site = path.join(disk, 'site');
const filler = path.join(disk, 'filler');
const env = { PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: site, PORTAL_CACHE_DIR: path.join(work, 'astro-cache') };
const OFFICE = 'lgd';
function mountSmallDisk(): boolean {
  fs.mkdirSync(disk, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', disk], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted = mountSmallDisk();
if (!mounted) process.stderr.write('full-disk tests skipped: mounting a tmpfs needs root (CI runs as root)\n');

/** Fill the disk up to `free` bytes left (the filler is one file, removed by emptyDisk). */
function fillDisk(free: number): void {
  const chunk = Buffer.alloc(64 * 1024, 1);
  const fd = fs.openSync(filler, 'a');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - free));
}
const emptyDisk = () => fs.rmSync(filler, { force: true });

function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const abs = path.join(e.parentPath, e.name);
        return [path.relative(dir, abs).split(path.sep).join('/'), sha256(fs.readFileSync(abs))] as const;
      }),
  );
}
const differences = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

/** Rename the office: every one of its pages changes. */
function renameOffice(mark: string): void {
  const file = path.join(content, 'offices', OFFICE, 'office.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^( {2}bn: .*)$/m, `$1 ${mark}`));
}

/** One line that says the disk is full, and no stack trace. */
function expectOneClearLine(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr.split('\n').filter((l) => /disk is full/.test(l))).toHaveLength(1);
}

beforeAll(async () => {
  if (!mounted) return;
  fs.cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  const first = await runScript('build', [], env);
  expect(first.code, first.stderr).toBe(0);
}, 300_000);
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', disk]);
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  it.each([
    { script: 'build', args: [] as string[], free: 0 },
    { script: 'build', args: [] as string[], free: 30_000 },
    { script: 'build-office', args: ['--office', OFFICE], free: 0 },
    { script: 'build-office', args: ['--office', OFFICE], free: 30_000 },
  ])('during $script $args with $free bytes free: one line, the published site as it was, and the next build publishes', async ({ script, args, free }) => {
    renameOffice(`${script}-${free}`);
    const before = snapshot(site);
    fillDisk(free);
    let result;
    try {
      result = await runScript(script, args, env);
    } finally {
      emptyDisk();
    }
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expectOneClearLine(result.stderr);
    expect(differences(before, snapshot(site))).toEqual([]);
    expect(fs.existsSync(`${site}.staging`)).toBe(false);

    const next = await runScript(script, args, env);
    expect(next.code, next.stderr).toBe(0);
    expect(differences(before, snapshot(site)).filter((f) => f.startsWith(`offices/${OFFICE}/`)).length).toBeGreaterThan(1);
  });

  it('during npm run import: write-failed with one line, and nothing written into the office', async () => {
    const input = path.join(work, 'order.txt');
    fs.writeFileSync(input, ORDER);
    const before = snapshot(content);
    fillDisk(0);
    let result;
    try {
      result = await runScript('import', [input, '--office', 'prisons-directorate', '--out', content, '--format', 'json']);
    } finally {
      emptyDisk();
    }
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const report = JSON.parse(result.stdout) as { written: boolean; diagnostics?: { code: string; message: string }[] };
    const failures = (report.diagnostics ?? []).filter((d) => d.code === 'write-failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/disk is full.*nothing was written/);
    expect(report.written).toBe(false);
    expect(differences(before, snapshot(content))).toEqual([]);
    expect(fs.readdirSync(path.join(content, 'offices', 'prisons-directorate'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });
});
