import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearHistoryCache, fileHistory, historyLinks, readFilesAtCommit, resolveCommit } from '../../src/lib/git.ts';

const env = (date: string) => ({
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: `${date}T10:00:00+06:00`,
  GIT_COMMITTER_DATE: `${date}T10:00:00+06:00`,
});
const git = (cwd: string, date: string, ...args: string[]) => execFileSync('git', args, { cwd, env: env(date), encoding: 'utf8' }).trim();

describe('file history from git', () => {
  let repo: string;
  let first: string;
  let second: string;

  beforeAll(() => {
    repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-git-')));
    fs.mkdirSync(path.join(repo, 'content/offices/a/charters'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'content/offices/a/office.yaml'), 'name: {bn: ক, en: A}\n');
    fs.writeFileSync(path.join(repo, 'content/offices/a/charters/2024-04-15.mdx'), '---\nvision: ক\n---\n');
    git(repo, '2024-04-15', 'init', '-q', '-b', 'main');
    git(repo, '2024-04-15', 'add', '.');
    git(repo, '2024-04-15', 'commit', '-q', '-m', 'first');
    first = git(repo, '2024-04-15', 'rev-parse', 'HEAD');
    fs.writeFileSync(path.join(repo, 'content/offices/a/charters/2024-04-15.mdx'), '---\nvision: খ\n---\n');
    git(repo, '2024-07-01', 'commit', '-q', '-am', 'second');
    second = git(repo, '2024-07-01', 'rev-parse', 'HEAD');
    clearHistoryCache();
  });

  it('names the last commit that changed each file, with its date', () => {
    expect(fileHistory(path.join(repo, 'content/offices/a/charters/2024-04-15.mdx'))).toEqual({
      last: { commit: second, date: '2024-07-01' },
      uncommitted: false,
      repoPath: 'content/offices/a/charters/2024-04-15.mdx',
    });
    expect(fileHistory(path.join(repo, 'content/offices/a/office.yaml')).last).toEqual({ commit: first, date: '2024-04-15' });
  });

  it('says when a file has uncommitted changes or was never committed', () => {
    const untracked = path.join(repo, 'content/offices/a/charters/2024-10-01.mdx');
    fs.writeFileSync(untracked, '---\nvision: গ\n---\n');
    fs.appendFileSync(path.join(repo, 'content/offices/a/office.yaml'), 'kind: other\n');
    clearHistoryCache();
    try {
      expect(fileHistory(untracked)).toEqual({ uncommitted: true, repoPath: 'content/offices/a/charters/2024-10-01.mdx' });
      expect(fileHistory(path.join(repo, 'content/offices/a/office.yaml'))).toMatchObject({ last: { commit: first }, uncommitted: true });
    } finally {
      fs.rmSync(untracked);
      git(repo, '2024-07-01', 'checkout', '--', 'content/offices/a/office.yaml');
      clearHistoryCache();
    }
  });

  it('knows nothing, and says so quietly, outside git', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-nogit-'));
    fs.writeFileSync(path.join(outside, 'x.mdx'), 'x');
    expect(fileHistory(path.join(outside, 'x.mdx'))).toEqual({ uncommitted: false });
  });

  it('does not guess in a shallow clone, where the last commit shown may not be the last change', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-shallow-'));
    git(shallow, '2024-07-01', 'clone', '-q', '--depth', '1', `file://${repo}`, 'clone');
    expect(fileHistory(path.join(shallow, 'clone/content/offices/a/office.yaml'))).toEqual({
      uncommitted: false,
      repoPath: 'content/offices/a/office.yaml',
    });
  });

  it('reads the files of a commit under a folder', () => {
    expect(readFilesAtCommit(repo, resolveCommit(repo, 'HEAD~1'), 'content')).toEqual([
      { path: 'offices/a/charters/2024-04-15.mdx', text: '---\nvision: ক\n---\n' },
      { path: 'offices/a/office.yaml', text: 'name: {bn: ক, en: A}\n' },
    ]);
    expect(() => resolveCommit(repo, 'nope')).toThrow(`"nope" is not a commit, branch or tag in ${repo}`);
  });
});

describe('links to the repository host', () => {
  it.each([
    [
      'https://github.com/org/repo',
      undefined,
      'content/offices/a/charters/2024-04-15.mdx',
      'abc',
      {
        history: 'https://github.com/org/repo/commits/main/content/offices/a/charters/2024-04-15.mdx',
        commit: 'https://github.com/org/repo/commit/abc',
      },
    ],
    [
      'https://github.com/org/repo/',
      'release',
      'content/offices/a/office.yaml',
      undefined,
      {
        history: 'https://github.com/org/repo/commits/release/content/offices/a/office.yaml',
      },
    ],
    [
      'https://git.example/org/repo',
      'main',
      'content/offices/a b/x.mdx',
      undefined,
      { history: 'https://git.example/org/repo/commits/main/content/offices/a%20b/x.mdx' },
    ],
    [undefined, 'main', 'content/x.mdx', 'abc', {}],
    ['javascript:alert(1)', 'main', 'content/x.mdx', 'abc', {}],
  ])('from %s and branch %s', (repoUrl, branch, repoPath, commit, expected) => {
    expect(historyLinks(repoUrl, branch, repoPath, commit)).toEqual(expected);
  });
});
