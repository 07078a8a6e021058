/**
 * A draft on GitHub: the branch pushed, and the two requests Decap's GitHub
 * backend makes for a new entry in the editorial workflow, so the draft is
 * what the CMS would have made and shows on the workflow board.
 *
 * Decap (decap-cms-backend-github/src/API.ts):
 * - editorialWorkflowGit → createBranchAndPullRequest → createPR(title, head):
 *   `POST /repos/<owner>/<name>/pulls` with `{ title, body: DEFAULT_PR_BODY,
 *   head: "<owner>:<branch>" (getHeadReference), base: <backend branch> }`;
 * - then setPullRequestStatus(pr, 'draft') → updatePullRequestLabels:
 *   `PUT /repos/<owner>/<name>/issues/<number>/labels` with
 *   `{ labels: [statusToLabel('draft', cms_label_prefix)] }`;
 * - listUnpublishedBranches keeps open pull requests against the backend
 *   branch whose head starts `cms/` and that carry a label with the admin's
 *   prefix; retrieveUnpublishedEntryData reads the status from that label and
 *   the files from the compare of base and head. Title and body are never
 *   read back, so the body carries the editor's list after Decap's own line.
 *
 * The importer never calls GitHub: it pushes the branch to a git remote and
 * prints these requests (in the JSON output and the report) for `gh api`.
 * Open authoring (forks) is not covered: there the pull request comes from
 * the editor's fork.
 */
import { execFileSync } from 'node:child_process';
import { DECAP_PR_BODY, officeLabel } from '../core/cms-workflow.ts';
import { DraftError } from './draft.ts';

export interface GitHubRequest {
  method: 'POST' | 'PUT';
  /** REST path; `{number}` stands for the pull request's number, known once it is created. */
  path: string;
  body: Record<string, unknown>;
}

export interface DraftPullRequest {
  create: GitHubRequest;
  labels: GitHubRequest;
}

/** `owner/name` of a GitHub remote URL (https, ssh or scp-like), or undefined. */
export function githubRepoOfUrl(url: string): string | undefined {
  const m = /github\.com[/:]([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The requests Decap's GitHub backend makes for a new draft of an office's entry (see the module comment). */
export function draftPullRequest(o: { repo: string; branch: string; base: string; office: string; message: string }): DraftPullRequest {
  const [owner] = o.repo.split('/');
  const [title = '', ...rest] = o.message.trim().split('\n');
  const note = rest.join('\n').trim();
  return {
    create: {
      method: 'POST',
      path: `/repos/${o.repo}/pulls`,
      body: { title, body: note ? `${DECAP_PR_BODY}\n\n${note}` : DECAP_PR_BODY, head: `${owner}:${o.branch}`, base: o.base },
    },
    labels: { method: 'PUT', path: `/repos/${o.repo}/issues/{number}/labels`, body: { labels: [officeLabel(o.office, 'draft')] } },
  };
}

function git(repo: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new DraftError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

/** The URL of a remote of the repository (or the argument itself when it is a URL or path). */
export function remoteUrl(repo: string, remote: string): string {
  try {
    return git(repo, ['remote', 'get-url', remote]);
  } catch {
    return remote;
  }
}

/**
 * Pushes a draft branch to `remote`. The remote must hold the base branch (the pull request
 * goes against it); an existing branch there is replaced only with `force`.
 */
export function pushDraftBranch(o: { repo: string; remote: string; branch: string; base: string; force?: boolean }): void {
  let hasBase: boolean;
  try {
    hasBase = git(o.repo, ['ls-remote', '--heads', o.remote, `refs/heads/${o.base}`]) !== '';
  } catch (error) {
    throw new DraftError(`the remote "${o.remote}" cannot be reached (${(error as Error).message}); the draft stays on the local branch ${o.branch}`);
  }
  if (!hasBase)
    throw new DraftError(
      `the remote "${o.remote}" has no branch "${o.base}" for the draft's pull request to go to; push ${o.base} first (or pass --draft-base); the draft stays on the local branch ${o.branch}`,
    );
  try {
    git(o.repo, ['push', '--quiet', ...(o.force ? ['--force'] : []), o.remote, `refs/heads/${o.branch}:refs/heads/${o.branch}`]);
  } catch (error) {
    throw new DraftError(
      `pushing ${o.branch} to "${o.remote}" failed (${(error as Error).message.replace(/^git push failed: /, '')}); a branch of that name there is replaced only with --force`,
    );
  }
}
