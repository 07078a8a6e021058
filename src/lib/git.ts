/**
 * Reading content history with real git: the files of a content tree at a ref
 * (for `npm run diff`) and the last commit that changed each file (for the
 * provenance line on document pages). Every call degrades to "unknown" rather
 * than failing when there is no git, no repository or no history.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export class GitError extends Error {}

function git(cwd: string, args: string[], input?: string): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (result.error) return { ok: false, stdout: Buffer.alloc(0), stderr: result.error.message };
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString() };
}

const topLevels = new Map<string, string | undefined>();
const confirmedTops = new Map<string, string | undefined>();

/**
 * The top folder of the git work tree holding `dir`, or undefined outside git (or without git installed).
 * Pages ask this for every document, so it finds the nearest folder holding `.git` as git
 * itself does, asks git only once per such folder, and remembers the answer per folder:
 * a process per page made provenance the slowest part of a large build.
 */
export function gitTopLevel(dir: string): string | undefined {
  let existing = path.resolve(dir);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  if (topLevels.has(existing)) return topLevels.get(existing);
  let candidate: string | undefined;
  for (let d = existing; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) {
      candidate = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  // With no .git above, git finds no repository either, unless GIT_DIR points at one.
  if (!candidate && !process.env['GIT_DIR']) {
    topLevels.set(existing, undefined);
    return undefined;
  }
  const askAt = candidate ?? existing;
  if (!confirmedTops.has(askAt)) {
    const result = git(askAt, ['rev-parse', '--show-toplevel']);
    confirmedTops.set(askAt, result.ok ? fs.realpathSync(result.stdout.toString().trim()) : undefined);
  }
  const top = confirmedTops.get(askAt);
  topLevels.set(existing, top);
  return top;
}

/** `dir` relative to the work tree top, with forward slashes ('' for the top itself). */
export function pathInRepo(top: string, file: string): string {
  const real = fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file);
  return path.relative(top, real).split(path.sep).join('/');
}

/** The full commit id a ref names; a GitError with a plain sentence when it names no commit. */
export function resolveCommit(top: string, ref: string): string {
  const result = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!result.ok) throw new GitError(`"${ref}" is not a commit, branch or tag in ${top}`);
  return result.stdout.toString().trim();
}

/**
 * Every file under `prefix` (a folder relative to the work tree top) at `commit`,
 * as text, with its path relative to `prefix`. One `ls-tree` and one batched
 * `cat-file`, so a tree of thousands of files costs two processes.
 */
export function readFilesAtCommit(top: string, commit: string, prefix: string, only?: readonly string[]): { path: string; text: string }[] {
  const folder = prefix === '' ? '' : `${prefix.replace(/\/$/, '')}/`;
  // `only`: folders under the prefix (e.g. offices/<id>/) to read instead of all of it; past a
  // few thousand the command line would be too long, so the tree is listed and filtered.
  if (only && !only.length) return [];
  const named = only && only.length <= 2000 ? only : undefined;
  const wanted = only && !named ? new Set(only) : undefined;
  const pathspecs = named ? named.map((sub) => `${folder}${sub}`) : [folder === '' ? '.' : folder];
  const list = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs]);
  if (!list.ok) throw new GitError(`git ls-tree failed: ${list.stderr.trim()}`);
  const entries = list.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', file = ''] = line.split('\t');
      const [, type, object] = meta.split(' ');
      return { type, object: object ?? '', file };
    })
    .filter((e) => e.type === 'blob' && e.file.startsWith(folder))
    .filter((e) => !wanted || wanted.has(`${e.file.slice(folder.length).split('/').slice(0, 2).join('/')}/`));
  if (entries.length === 0) return [];
  const batch = git(top, ['cat-file', '--batch'], `${entries.map((e) => e.object).join('\n')}\n`);
  if (!batch.ok) throw new GitError(`git cat-file failed: ${batch.stderr.trim()}`);
  const out: { path: string; text: string }[] = [];
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.stdout.indexOf(0x0a, offset);
    const size = Number(batch.stdout.subarray(offset, headerEnd).toString().split(' ')[2]);
    const start = headerEnd + 1;
    out.push({ path: entry.file.slice(folder.length), text: batch.stdout.subarray(start, start + size).toString('utf8') });
    offset = start + size + 1;
  }
  return out;
}

/**
 * Paths under `prefix` (relative to it) that differ between `base` and `head`, or between
 * `base` and the working tree (tracked changes and untracked files) when `head` is
 * undefined: what a change touched, from git's own index and object ids, without reading
 * the files that did not change. Renames count as a deletion and an addition.
 */
export function changedPaths(top: string, base: string, head: string | undefined, prefix: string): string[] {
  const folder = prefix === '' ? '' : `${prefix.replace(/\/$/, '')}/`;
  const pathspec = folder === '' ? '.' : folder;
  const run = (args: string[]) => {
    const result = git(top, args);
    if (!result.ok) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim()}`);
    return result.stdout.toString('utf8').split('\0').filter(Boolean);
  };
  const changed = run(['diff', '--name-only', '-z', '--no-renames', base, ...(head ? [head] : []), '--', pathspec]);
  if (!head) changed.push(...run(['ls-files', '-z', '--others', '--', pathspec]));
  return [...new Set(changed.filter((file) => file.startsWith(folder)).map((file) => file.slice(folder.length)))].sort();
}

export interface LastChange {
  commit: string;
  /** Committer date, YYYY-MM-DD as recorded in the commit. */
  date: string;
}

export interface FileHistory {
  /** The last commit that changed the file; undefined when unknown (uncommitted, shallow history, no git). */
  last?: LastChange;
  /** The file differs from its last commit, or was never committed. */
  uncommitted: boolean;
  /** Path relative to the work tree top, for links to the repository host. */
  repoPath?: string;
}

interface RepoHistory {
  last: Map<string, LastChange>;
  dirty: Set<string>;
}

const histories = new Map<string, RepoHistory | undefined>();

/**
 * Last change of every file of a work tree, read once: one `git log --name-only`
 * and one `git status`. A file whose last commit is a shallow-clone boundary is
 * left out, because its real last change may be older than what git shows.
 */
function repoHistory(top: string): RepoHistory | undefined {
  if (histories.has(top)) return histories.get(top);
  let history: RepoHistory | undefined;
  const log = git(top, ['-c', 'core.quotePath=false', 'log', '--no-renames', '--format=%x1e%H %cs', '--name-only', 'HEAD']);
  if (log.ok) {
    const boundaries = shallowBoundaries(top);
    const last = new Map<string, LastChange>();
    for (const chunk of log.stdout.toString('utf8').split('\x1e')) {
      const [head = '', ...files] = chunk.split('\n');
      const [commit = '', date = ''] = head.split(' ');
      if (!commit) continue;
      for (const file of files) {
        if (file && !last.has(file)) last.set(file, { commit, date });
      }
    }
    for (const [file, change] of last) if (boundaries.has(change.commit)) last.delete(file);
    const status = git(top, ['-c', 'core.quotePath=false', 'status', '--porcelain=v1', '-z', '--untracked-files=all']);
    const dirty = new Set<string>();
    if (status.ok) {
      const parts = status.stdout.toString('utf8').split('\0');
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (part.length < 4) continue;
        dirty.add(part.slice(3));
        if (part[0] === 'R' || part[0] === 'C') i++; // the next entry is the rename's source
      }
    }
    history = { last, dirty };
  }
  histories.set(top, history);
  return history;
}

function shallowBoundaries(top: string): Set<string> {
  const result = git(top, ['rev-parse', '--git-path', 'shallow']);
  if (!result.ok) return new Set();
  const file = path.resolve(top, result.stdout.toString().trim());
  return fs.existsSync(file) ? new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
}

/** History of one file on disk: its last commit and whether it has uncommitted changes. */
export function fileHistory(file: string): FileHistory {
  const top = gitTopLevel(path.dirname(path.resolve(file)));
  if (!top) return { uncommitted: false };
  const repoPath = pathInRepo(top, file);
  const history = repoHistory(top);
  if (!history) return { uncommitted: false, repoPath };
  const last = history.last.get(repoPath);
  return { ...(last ? { last } : {}), uncommitted: history.dirty.has(repoPath), repoPath };
}

/** Forget cached histories (tests that commit between calls). */
export function clearHistoryCache(): void {
  histories.clear();
  topLevels.clear();
  confirmedTops.clear();
}

/**
 * Links to a file's history and a commit on the repository host (GitHub, Gitea
 * and GitLab share these URL shapes): `${repo}/commits/<branch>/<path>` and
 * `${repo}/commit/<id>`. Nothing when no repository URL is configured.
 */
export function historyLinks(
  repoUrl: string | undefined,
  branch: string | undefined,
  repoPath: string | undefined,
  commit: string | undefined,
): { history?: string; commit?: string } {
  const repo = (repoUrl ?? '').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(repo)) return {};
  const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  return {
    ...(repoPath ? { history: `${repo}/commits/${encodeURIComponent(branch || 'main')}/${encodePath(repoPath)}` } : {}),
    ...(commit ? { commit: `${repo}/commit/${commit}` } : {}),
  };
}
