/**
 * An incomplete import as a Decap CMS editorial-workflow draft, never on main.
 *
 * Decap's git backends keep an unpublished entry as a branch
 * `cms/<collection>/<slug>` holding one commit on top of the published branch
 * with the entry's file; its status is a label (on GitHub the pull request's
 * label; in decap-server's local git mode, which `npm run cms -- --mode git`
 * runs, the branch description). The portal's label is the office's,
 * `cms/<office>/draft`, in both the office's admin and the maintainers' admin
 * (src/core/cms-workflow.ts), so the draft shows on both boards. This writes
 * exactly that with git's plumbing — a temporary index, `commit-tree`,
 * `update-ref` — so the checked-out branch, the working tree and main are
 * never touched.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectionName, draftBranch, officeLabel } from '../core/cms-workflow.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/index.ts';

/** The label of a new draft of an office's entry, the same in every admin. */
export function draftLabel(office: string): string {
  return officeLabel(office, 'draft');
}

export class DraftError extends Error {}

function git(repo: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  try {
    return execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(input !== undefined ? { input } : {}),
    }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new DraftError(`git ${args[0]} failed in ${repo}: ${stderr || (error as Error).message}`);
  }
}

/** The git repository holding a folder, or undefined. */
export function repositoryOf(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Decap's collection name for an office's folder of a kind, as cms/generate-config.ts names it. */
export function collectionOf(office: string, kind: DocumentKind): string {
  return collectionName(office, DOCUMENT_KINDS[kind].folder);
}

/** An ASCII slug for a draft whose date could not be read: from the input's name, else a hash of it. */
export function draftSlug(input: string): string {
  const stem = path
    .basename(input, path.extname(input))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  let hash = 0;
  for (const ch of input) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `draft-${stem || hash.toString(36)}`;
}

export interface DraftRequest {
  /** The git repository (its top level). */
  repo: string;
  /** The published branch the draft starts from (Decap's backend branch). */
  base: string;
  collection: string;
  slug: string;
  /** Path of the entry file inside the repository, forward slashes. */
  file: string;
  content: string;
  /** Commit message: the first line names the entry, the rest lists what the editor must complete. */
  message: string;
  /** The status label (draftLabel(office)). */
  label: string;
  /** Replace an existing draft branch of the same entry. */
  force?: boolean;
}

export interface DraftResult {
  branch: string;
  commit: string;
}

export function draftBranchOf(collection: string, slug: string): string {
  return draftBranch(collection, slug);
}

/** Writes the draft branch; throws DraftError with a sentence saying what to do. */
export function writeDraftBranch(req: DraftRequest): DraftResult {
  const branch = draftBranchOf(req.collection, req.slug);
  const baseCommit = (() => {
    try {
      return git(req.repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${req.base}^{commit}`]);
    } catch {
      throw new DraftError(`the repository ${req.repo} has no branch "${req.base}" to start drafts from; drafts go on top of the branch the CMS publishes to`);
    }
  })();
  const exists = (() => {
    try {
      git(req.repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
      return true;
    } catch {
      return false;
    }
  })();
  if (exists && !req.force)
    throw new DraftError(
      `the draft branch ${branch} already exists (an earlier import, or an editor's draft); finish or delete it in the CMS, or pass --force to replace it`,
    );

  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-draft-'));
  const env: NodeJS.ProcessEnv = { GIT_INDEX_FILE: path.join(indexDir, 'index') };
  // An importer running on a fresh machine may have no git identity; the commit still needs one.
  if (!process.env['GIT_AUTHOR_NAME'] && !tryConfig(req.repo, 'user.name'))
    Object.assign(env, { GIT_AUTHOR_NAME: 'Protishruti importer', GIT_COMMITTER_NAME: 'Protishruti importer' });
  if (!process.env['GIT_AUTHOR_EMAIL'] && !tryConfig(req.repo, 'user.email'))
    Object.assign(env, { GIT_AUTHOR_EMAIL: 'importer@protishruti.invalid', GIT_COMMITTER_EMAIL: 'importer@protishruti.invalid' });
  try {
    git(req.repo, ['read-tree', baseCommit], env);
    const blob = git(req.repo, ['hash-object', '-w', '--stdin'], env, req.content);
    git(req.repo, ['update-index', '--add', '--cacheinfo', `100644,${blob},${req.file}`], env);
    const tree = git(req.repo, ['write-tree'], env);
    const commit = git(req.repo, ['commit-tree', tree, '-p', baseCommit, '-F', '-'], env, req.message);
    git(req.repo, ['update-ref', `refs/heads/${branch}`, commit]);
    git(req.repo, ['config', `branch.${branch}.description`, req.label]);
    return { branch, commit };
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

function tryConfig(repo: string, key: string): string | undefined {
  try {
    return git(repo, ['config', key]) || undefined;
  } catch {
    return undefined;
  }
}

/** The note for the editor: first line the entry, then every field to complete or check. */
export function draftMessage(entry: string, input: string, missing: string[], doubtful: string[], extra: string[] = []): string {
  return [
    `খসড়া (আমদানি): ${entry}`,
    '',
    `Imported from ${input} as a draft: it cannot be published until an editor completes it in the CMS.`,
    ...extra,
    ...(missing.length ? ['', 'পূরণ করুন (missing, required):', ...missing.map((m) => `- ${m}`)] : []),
    ...(doubtful.length ? ['', 'যাচাই করুন (doubtful, check against the paper):', ...doubtful.map((d) => `- ${d}`)] : []),
    '',
  ].join('\n');
}

/** The same list as YAML comments at the top of the frontmatter, where an editor opening the file sees it. */
export function withDraftNote(content: string, missing: string[], doubtful: string[], extra: string[] = []): string {
  const lines = [
    '# খসড়া: আমদানি করা, অসম্পূর্ণ — প্রকাশের আগে পূরণ ও যাচাই করুন (draft: imported, incomplete)',
    ...extra.map((e) => `# ${e}`),
    ...missing.map((m) => `# পূরণ করুন: ${m}`),
    ...doubtful.map((d) => `# যাচাই করুন: ${d}`),
  ].map((l) => l.replace(/\n/g, ' '));
  return content.replace(/^---\n/, `---\n${lines.join('\n')}\n`);
}
