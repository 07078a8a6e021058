/**
 * --draft and batches: an incomplete document becomes a Decap editorial-workflow
 * draft branch (cms/<office>__<folder>/<slug>, labelled cms/<office>/draft) that
 * decap-server's git mode — the local CMS of `npm run cms -- --mode git` —
 * lists as an unpublished entry; main, the checked-out branch and the working
 * tree are untouched. A folder imports file by file with a report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../cms/local-server.ts';
import { NATIONAL_LABEL_PREFIX, statusForBoard } from '../../src/core/cms-workflow.ts';
import { nodeBin, repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { ARCHIVE_DIR } from './make-archive.ts';
import { tempContentRoot, tempGitContent } from './support.ts';

const OFFICE = 'doict-bheramara';
let repo: string;
let git: (...args: string[]) => string;

beforeAll(() => {
  ({ repo, git } = tempGitContent(OFFICE));
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

/** One decap-server in git mode on the repository, asked through its HTTP API as the CMS asks it. */
async function withDecap<T>(run: (api: (action: string, params: Record<string, unknown>) => Promise<unknown>) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child: ChildProcess = spawn(nodeBin, [path.join(repoRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  const api = async (action: string, params: Record<string, unknown>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params }) });
    return res.json();
  };
  try {
    for (let i = 0; i < 150; i++) {
      try {
        await api('info', {});
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await run(api);
  } finally {
    child.kill();
  }
}

describe('--draft', () => {
  it('writes a truncated charter as a CMS draft branch that decap-server lists, main untouched', async () => {
    const mainBefore = git('rev-parse', 'main');
    const input = path.join(ARCHIVE_DIR, 'charters/07-truncated.txt');
    const r = await runScript('import', [input, '--office', OFFICE, '--out', path.join(repo, 'content'), '--draft', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      files: { action: string; path: string; draft: { branch: string; missing: string[] } }[];
      summary: { draft: number };
    };
    expect(json.summary.draft).toBe(1);
    const branch = `cms/${OFFICE}__charters/draft-07-truncated`;
    expect(json.files[0]).toMatchObject({ action: 'draft', path: `content/offices/${OFFICE}/charters/draft-07-truncated.mdx`, draft: { branch } });
    expect(json.files[0]?.draft.missing.join('\n')).toContain('effectiveDate');

    // Nothing incomplete on main or in the working tree; the draft is one commit on top of main.
    expect(git('rev-parse', 'main')).toBe(mainBefore);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('branch', '--show-current')).toBe('main');
    expect(git('rev-parse', `${branch}~1`)).toBe(mainBefore);
    expect(git('diff', '--name-only', 'main', branch)).toBe(`content/offices/${OFFICE}/charters/draft-07-truncated.mdx`);
    expect(git('log', '-1', '--format=%B', branch)).toMatch(/পূরণ করুন[\s\S]*effectiveDate/u);
    expect(git('show', `${branch}:content/offices/${OFFICE}/charters/draft-07-truncated.mdx`)).toMatch(/^---\n# খসড়া: [^\n]*\n# পূরণ করুন: effectiveDate/u);
    expect(git('config', `branch.${branch}.description`)).toBe(`cms/${OFFICE}/draft`);

    await withDecap(async (api) => {
      expect(await api('unpublishedEntries', { branch: 'main' })).toContain(`${OFFICE}__charters/draft-07-truncated`);
      const entry = (await api('unpublishedEntry', { branch: 'main', id: `${OFFICE}__charters/draft-07-truncated`, cmsLabelPrefix: `cms/${OFFICE}/` })) as {
        status: string;
        diffs: { path: string; newFile: boolean }[];
      };
      expect(entry.status).toBe('draft');
      // The maintainers' admin asks with its own prefix; its backend wrapper (cms/workflow-labels.ts) reads the same draft.
      const national = (await api('unpublishedEntry', {
        branch: 'main',
        id: `${OFFICE}__charters/draft-07-truncated`,
        cmsLabelPrefix: NATIONAL_LABEL_PREFIX,
      })) as {
        status: string;
      };
      expect(national.status).toBe(`${OFFICE}/draft`);
      expect(statusForBoard(NATIONAL_LABEL_PREFIX, OFFICE, national.status)).toBe('draft');
      expect(entry.diffs).toEqual([expect.objectContaining({ path: `content/offices/${OFFICE}/charters/draft-07-truncated.mdx`, newFile: true })]);
    });
    expect(git('rev-parse', 'main')).toBe(mainBefore);

    // Importing it again does not silently replace the editor's draft.
    const again = await runScript('import', [input, '--office', OFFICE, '--out', path.join(repo, 'content'), '--draft']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('already exists');
  }, 60_000);

  it('without --draft, a batch refuses the incomplete file and still imports the others, with a report', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-batch-'));
    fs.mkdirSync(path.join(folder, 'sub'));
    fs.copyFileSync(path.join(ARCHIVE_DIR, 'orders/05-truncated.txt'), path.join(folder, 'sub/truncated.txt'));
    fs.copyFileSync(path.join(ARCHIVE_DIR, 'minutes/08-prose.txt'), path.join(folder, 'prose.txt'));
    fs.writeFileSync(path.join(folder, 'empty.txt'), '');
    const out = tempContentRoot();
    const report = path.join(out, 'report.md');
    const r = await runScript('import', [folder, '--office', OFFICE, '--out', out, '--report', report]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(out, 'offices', OFFICE, 'minutes/2017-09-21-charter-monitoring-4.mdx'))).toBe(true);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      summary: Record<string, number>;
      inputs: { input: string; outcome: string; missing: string[] }[];
    };
    expect(json.summary).toEqual({ files: 3, complete: 1, draft: 0, refused: 2 });
    expect(json.inputs.map((i) => [path.basename(i.input), i.outcome])).toEqual([
      ['empty.txt', 'refused'],
      ['prose.txt', 'complete'],
      ['truncated.txt', 'refused'],
    ]);
    const md = fs.readFileSync(report, 'utf8');
    expect(md).toContain('3 files: 1 complete, 0 as CMS drafts, 2 refused');
    expect(md).toMatch(/\| .*prose\.txt \| minutes \| complete \| .*2017-09-21-charter-monitoring-4\.mdx \|/);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }, 60_000);
});
