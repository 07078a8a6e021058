import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repoRoot } from '../support/paths.ts';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

/**
 * A clean copy of the repository's HEAD in its own git repository (so provenance
 * reads real history), sharing node_modules. Building there, not in the working
 * checkout, means "the same commit" really is the same: edits landing in the
 * checkout between the two builds cannot make them differ.
 */
function checkoutHead(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['commit', '-q', '-m', 'snapshot of HEAD'], { cwd: dir, env: gitEnv });
}

/** `npm run build` of the checkout itself (its own scripts and sources). */
function build(checkout: string, outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [path.join(checkout, 'scripts/build.ts')], {
      cwd: checkout,
      // The Astro cache lives in the checkout, not in the shared node_modules: the first build is cold, the second
      // warm, and neither can see another build's content cache.
      env: { ...process.env, FORCE_COLOR: '0', PORTAL_OUT_DIR: outDir, PORTAL_CACHE_DIR: path.join(checkout, '.astro-cache'), FRESHNESS_AS_OF: '2024-05-01' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** Every file under `dir`, as sorted relative paths with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/** Where two files first differ, with a little context, so a failure points at the cause. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `byte ${i} (sizes ${a.length} and ${b.length}):\n    first:  ${around(a)}\n    second: ${around(b)}`;
}

describe('two builds of the same commit', () => {
  it('produce byte-identical sites', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-repro-'));
    const checkout = path.join(tmp, 'checkout');
    checkoutHead(checkout);
    const outputs = [path.join(tmp, 'first'), path.join(tmp, 'second')];
    for (const out of outputs) {
      // Different output folders on purpose: no absolute path may leak into the site.
      const result = await build(checkout, out);
      expect(result.code, result.output.slice(-3000)).toBe(0);
    }
    const [first = '', second = ''] = outputs;
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    expect(files.length).toBeGreaterThan(20);

    const differing = files
      .map((file) => {
        const a = fs.readFileSync(path.join(first, file));
        const b = fs.readFileSync(path.join(second, file));
        return a.equals(b) ? undefined : `${file}: ${firstDifference(a, b)}`;
      })
      .filter((d): d is string => d !== undefined);
    expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
