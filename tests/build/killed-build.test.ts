/**
 * A build killed at any step (SIGKILL to its whole process tree, as a CI runner's
 * timeout or a power cut does) leaves the published site byte for byte as it was,
 * and the next build succeeds without anyone cleaning up. The phase is read from the
 * build's process tree (/proc): Astro is a child `astro.mjs build`, indexing is
 * Pagefind's service (a `pagefind` child). Offices are indexed while their batch's Astro
 * still renders the next ones (src/pipeline/office-build.ts), and a batch is published
 * only once its Pagefind processes are done, so a build killed while Pagefind runs has
 * published nothing of it.
 *
 * Indexing is held open for the kill: the build is given a Pagefind that never answers
 * (PAGEFIND_EXTENDED_BINARY_PATH, which Pagefind's Node API honours), so the kill lands
 * while the build waits for an office's index, as it does on a slow machine. With the
 * real Pagefind the window between indexing one small office and publishing it is about
 * a second on a loaded 2-core machine, and one look at the process table took up to
 * 0.9 s there: the kill could land after the office was published (the test then saw the
 * edit published and failed, although the build had done nothing wrong).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORARY_FILE, sha256 } from '../../src/pipeline/publish.ts';
import { nodeBin, repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-killed-build-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const env = { PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: site, PORTAL_CACHE_DIR: path.join(work, 'astro-cache') };
const renderParent = path.join(repoRoot, 'node_modules', '.cache', 'protishruti-render');
const OFFICE = 'lgd';

/** Every file under a folder (dot files and temporary files included) with its hash. */
function snapshot(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
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

/** Every process as pid, parent pid and command line, read from /proc (one `ps` took up to 0.9 s on a loaded machine). */
function processTable(): { pid: number; ppid: number; args: string }[] {
  const rows: { pid: number; ppid: number; args: string }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …: the command name may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      rows.push({ pid: Number(name), ppid, args });
    } catch {
      // the process ended while the table was read
    }
  }
  return rows;
}

/** The command lines of every process under `pid`. */
function descendants(pid: number): string[] {
  const rows = processTable();
  const found: string[] = [];
  const queue = [pid];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const row of rows) {
      if (row.ppid !== at) continue;
      queue.push(row.pid);
      found.push(row.args);
    }
  }
  return found;
}

type Phase = 'astro' | 'indexing';
const inPhase: Record<Phase, (tree: string[]) => boolean> = {
  astro: (tree) => tree.some((args) => args.includes('astro.mjs build')),
  // Offices being indexed (their batch's Astro may still be rendering the next ones).
  indexing: (tree) => tree.some((args) => /pagefind/.test(args)),
};

/**
 * A Pagefind service that never answers: the build waits for its first office's index
 * until it is killed. Its command line names it, so the process table shows indexing.
 */
const heldPagefind = path.join(work, 'pagefind-held.sh');
fs.writeFileSync(heldPagefind, '#!/bin/sh\n# Pagefind held open for killed-build.test.ts: reads nothing, answers nothing.\nsleep 600\n', { mode: 0o755 });

/** Start a build script in its own process group and SIGKILL the whole group once it reaches `phase`. */
async function killDuring(script: string, args: string[], phase: Phase): Promise<{ reached: boolean; renderDirs: string[] }> {
  const rendersBefore = new Set(renderDirs());
  const held = phase === 'indexing' ? { PAGEFIND_EXTENDED_BINARY_PATH: heldPagefind } : {};
  const child: ChildProcess = spawn(nodeBin, [path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env, ...held },
    detached: true,
    stdio: 'ignore',
  });
  const pid = child.pid ?? -1;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let reached = false;
  let done = false;
  child.on('exit', () => (done = true));
  const deadline = Date.now() + 240_000;
  while (!done && Date.now() < deadline) {
    if (inPhase[phase](descendants(pid))) {
      reached = true;
      // Astro: a moment in, so it has begun writing its pages. Indexing is held: at once.
      if (phase === 'astro') await new Promise((r) => setTimeout(r, 1500));
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  // Render folders that appeared while it ran (another build running beside it may add one: it removes its own).
  const created = renderDirs().filter((d) => !rendersBefore.has(d));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // it had already finished
  }
  await exited;
  return { reached, renderDirs: created };
}

const renderDirs = () => (fs.existsSync(renderParent) ? fs.readdirSync(renderParent) : []);

/** What a killed build may have left: its render folders, temporary files, a staging copy. */
function leftovers(killedRenderDirs: string[]): string[] {
  const found = killedRenderDirs.filter((d) => fs.existsSync(path.join(renderParent, d)));
  for (const file of snapshot(site).keys()) if (TEMPORARY_FILE.test(file)) found.push(file);
  for (const extra of [`${site}.staging`, `${site}.previous`]) if (fs.existsSync(extra)) found.push(path.basename(extra));
  return found;
}

/** A change to one office's content, so the next build has work to do. */
function editOffice(mark: string): void {
  const file = path.join(content, 'offices', OFFICE, 'office.yaml');
  fs.appendFileSync(file, `# ${mark}\n`);
}

beforeAll(async () => {
  fs.cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  const first = await runScript('build', [], env);
  expect(first.code, first.stderr).toBe(0);
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a build killed at any step', () => {
  const cases: { script: string; args: string[]; phase: Phase }[] = [
    { script: 'build', args: [], phase: 'astro' },
    { script: 'build', args: [], phase: 'indexing' },
    { script: 'build-office', args: ['--office', OFFICE], phase: 'astro' },
    { script: 'build-office', args: ['--office', OFFICE], phase: 'indexing' },
  ];
  it.each(cases)(
    '$script $args killed during $phase leaves the published site as it was, and the next build cleans up and succeeds',
    async ({ script, args, phase }) => {
      editOffice(`${script} ${phase} ${Date.now()}`);
      const before = snapshot(site);
      const killed = await killDuring(script, args, phase);
      expect(killed.reached, `the build never reached ${phase}`).toBe(true);
      expect(differences(before, snapshot(site))).toEqual([]);

      const next = await runScript(script, args, env);
      expect(next.code, `${next.stdout}\n${next.stderr}`).toBe(0);
      expect(leftovers(killed.renderDirs)).toEqual([]);
      // The edit is published now: the office's pages changed, and nothing but published files is there.
      expect(differences(before, snapshot(site)).some((f) => f.startsWith(`offices/${OFFICE}/`))).toBe(true);
    },
  );
});
