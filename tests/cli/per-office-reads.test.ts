/**
 * A command about one office reads that office: every path the real command touches
 * through node:fs is recorded (tests/support/trace-fs.ts, preloaded) on a small generated
 * country, and no other office's folder may be opened, listed or read. The only trace of
 * another office allowed is a look at whether its folder exists (the parent office), and
 * what standard services need: whether an office has a `services/` folder of standards it
 * sets (src/content-model/standards.ts listStandards), and the office.yaml of the offices
 * above it (which standards apply to an office depends on them).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles, planOffices } from '../../src/synthetic/country.ts';
import { CLEAN_ORDER } from '../importer/support.ts';
import { nodeBin, repoRoot } from '../support/paths.ts';

const OFFICES = 40;
let root: string;
let office: string;
let parent: string;
/** The offices above `office`, nearest first. */
const ancestors: string[] = [];

interface Traced {
  code: number;
  stdout: string;
  stderr: string;
  /** Offices whose folder was looked into (a file or folder inside it touched). */
  inside: Set<string>;
  /** Offices whose folder itself was only looked at (exists? is it a folder?). */
  folderOnly: Set<string>;
  /** Offices whose `services/` folder (the standards it sets) was looked for. */
  standardsLooks: Set<string>;
  /** Offices above the one asked about whose office.yaml was read. */
  ancestorsRead: Set<string>;
}

function traced(script: string, args: string[], env: Record<string, string> = {}): Promise<Traced> {
  const trace = path.join(root, `.trace-${script}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, ['--import', path.join(repoRoot, 'tests/support/trace-fs.ts'), path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', PORTAL_CONTENT_DIR: root, TRACE_FS_FILE: trace, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const offices = `${path.join(root, 'offices')}/`;
      const inside = new Set<string>();
      const folderOnly = new Set<string>();
      const standardsLooks = new Set<string>();
      const ancestorsRead = new Set<string>();
      for (const line of fs.readFileSync(trace, 'utf8').split('\n')) {
        const at = line.indexOf(offices);
        if (at < 0) continue;
        const [id = '', ...rest] = line.slice(at + offices.length).split('/');
        if (rest.join('/') === 'services') standardsLooks.add(id);
        else if (rest.join('/') === 'office.yaml' && id !== office && ancestors.includes(id)) ancestorsRead.add(id);
        else (rest.length ? inside : folderOnly).add(id);
      }
      fs.rmSync(trace, { force: true });
      resolve({ code: code ?? -1, stdout, stderr, inside, folderOnly, standardsLooks, ancestorsRead });
    });
  });
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-reads-'));
  for (const file of generateFiles({ offices: OFFICES, seed: 'reads', asOf: '2024-05-01', staleShare: 0 })) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  // An upazila office: its parent (the UNO) is another office of the country.
  const plan = planOffices(OFFICES).find((p) => p.kind === 'upazila-office' && p.parent?.startsWith('uno-'));
  office = plan!.id;
  parent = plan!.parent!;
  const plans = new Map(planOffices(OFFICES).map((p) => [p.id, p]));
  for (let at = plans.get(office)?.parent; at; at = plans.get(at)?.parent) ancestors.push(at);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a command given --office reads that office and only looks at the offices it names', { timeout: 60_000 }, () => {
  it('validate: no other office is read, and a parent outside the offices checked exists', async () => {
    const result = await traced('validate', ['--office', office, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).not.toContainEqual(expect.objectContaining({ code: 'reference', field: 'parent' }));
    expect([...result.inside]).toEqual([office]);
    expect([...result.folderOnly].filter((id) => id !== office)).toEqual([parent]);
  });

  it('freshness: no other office is read', async () => {
    const result = await traced('freshness', ['--office', office, '--as-of', '2024-05-01', '--format', 'json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { offices: { id: string }[] }).offices.map((o) => o.id)).toEqual([office]);
    expect([...result.inside]).toEqual([office]);
    expect([...result.folderOnly].filter((id) => id !== office)).toEqual([]);
  });

  it('import --dry-run: no other office is read', async () => {
    const input = path.join(root, '.order.txt');
    fs.writeFileSync(input, CLEAN_ORDER);
    const result = await traced('import', [input, '--office', office, '--dry-run', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect([...result.inside]).toEqual([office]);
    expect([...result.folderOnly].filter((id) => id !== office)).toEqual([]);
  });

  it('diff of a change: only the offices the change touches are read', async () => {
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: root, env: { ...process.env, ...env } }).status).toBe(0);
    git('init', '-q', '-b', 'main');
    git('add', 'offices');
    git('commit', '-q', '-m', 'country');
    const charters = path.join(root, 'offices', office, 'charters');
    const charter = path.join(charters, fs.readdirSync(charters).sort().at(-1) as string);
    fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace(/^(\s+amount: )\d+/m, '$19999'));
    const result = await traced('diff', ['main', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const changes = (JSON.parse(result.stdout) as { changes: { officeId: string }[] }).changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((c) => c.officeId))).toEqual(new Set([office]));
    expect([...result.inside]).toEqual([office]);
    git('checkout', '-q', '--', '.');
  });

  it('the same commands without --office read every office (the trace sees what it should)', async () => {
    const result = await traced('validate', ['--format', 'json', '--jobs', '1']);
    expect(result.inside.size).toBe(OFFICES);
  });
});
