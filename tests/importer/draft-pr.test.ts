/**
 * Drafts for Decap's GitHub backend: `--draft --push REMOTE` pushes each draft
 * branch, and every draft carries the pull request Decap would open for it
 * (src/importer/draft-pr.ts). No network: the remote is a local bare
 * repository, and the requests are checked against Decap's own source
 * (decap-cms-backend-github/src/API.ts: createPR, setPullRequestStatus,
 * updatePullRequestLabels; decap-cms-lib-util/src/APIUtils.ts: DEFAULT_PR_BODY,
 * statusToLabel, branchFromContentKey).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error Decap ships no types for this file; the functions are one line each.
import { DEFAULT_PR_BODY, branchFromContentKey, generateContentKey, statusToLabel } from 'decap-cms-lib-util/dist/esm/APIUtils.js';
import { generateConfig } from '../../cms/generate-config.ts';
import { draftPullRequest, githubRepoOfUrl } from '../../src/importer/draft-pr.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { ARCHIVE_DIR } from './make-archive.ts';
import { tempGitContent } from './support.ts';

const OFFICE = 'doict-bheramara';
const GITHUB_API = fs.readFileSync(path.join(repoRoot, 'node_modules/decap-cms-backend-github/src/API.ts'), 'utf8');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** The keys of the JSON body a method of Decap's GitHub API sends. */
function bodyKeys(method: string): string[] {
  const source = new RegExp(`async ${method}\\([^)]*\\) \\{([\\s\\S]*?)\\n  \\}`).exec(GITHUB_API)?.[1] ?? '';
  const body = /body: JSON\.stringify\(\{([\s\S]*?)\}\)/.exec(source)?.[1] ?? '';
  return body
    .split(',')
    .map((part) => /^\s*(\w+)/.exec(part)?.[1])
    .filter((key) => key !== undefined)
    .sort();
}

describe('the pull request Decap would open for a draft', () => {
  const message = 'খসড়া (আমদানি): content/offices/doict-bheramara/orders/x.mdx\n\nImported from x.txt as a draft.\n\nপূরণ করুন (missing, required):\n- signatory';
  const pr = draftPullRequest({ repo: 'mopa-bd/portal', branch: 'cms/doict-bheramara__orders/x', base: 'main', office: OFFICE, message });

  it('creates it as createPR does: POST /pulls with title, body, head owner:branch, base', () => {
    expect(GITHUB_API).toMatch(/async createPR\(title: string, head: string\) \{[\s\S]*?`\$\{this\.originRepoURL\}\/pulls`, \{\s*method: 'POST'/);
    expect(bodyKeys('createPR')).toEqual(['base', 'body', 'head', 'title']);
    expect(Object.keys(pr.create.body).sort()).toEqual(bodyKeys('createPR'));
    expect(GITHUB_API).toMatch(/async getHeadReference\(head: string\) \{\s*return `\$\{this\.repoOwner\}:\$\{head\}`;/);
    expect(pr.create).toEqual({
      method: 'POST',
      path: '/repos/mopa-bd/portal/pulls',
      body: {
        title: 'খসড়া (আমদানি): content/offices/doict-bheramara/orders/x.mdx',
        body: expect.stringMatching(new RegExp(`^${DEFAULT_PR_BODY}\\n\\n[\\s\\S]*- signatory$`)),
        head: 'mopa-bd:cms/doict-bheramara__orders/x',
        base: 'main',
      },
    });
  });

  it('labels it as setPullRequestStatus does: PUT /issues/{number}/labels with the office admin status label', () => {
    expect(GITHUB_API).toMatch(
      /async updatePullRequestLabels\(number: number, labels: string\[\]\) \{[\s\S]*?issues\/\$\{number\}\/labels`, \{\s*method: 'PUT'/,
    );
    expect(bodyKeys('updatePullRequestLabels')).toEqual(['labels']);
    const officePrefix = (
      generateConfig({ offices: [{ id: OFFICE, name: 'x' }], repo: 'mopa-bd/portal', officeId: OFFICE }) as { backend: { cms_label_prefix: string } }
    ).backend.cms_label_prefix;
    expect(pr.labels).toEqual({
      method: 'PUT',
      path: '/repos/mopa-bd/portal/issues/{number}/labels',
      body: { labels: [statusToLabel('draft', officePrefix)] },
    });
  });

  it.each([
    ['https://github.com/mopa-bd/portal.git', 'mopa-bd/portal'],
    ['git@github.com:mopa-bd/portal.git', 'mopa-bd/portal'],
    ['ssh://git@github.com/mopa-bd/portal', 'mopa-bd/portal'],
    ['/srv/git/portal.git', undefined],
  ])('remote %s is the GitHub repository %s', (url, repo) => {
    expect(githubRepoOfUrl(url)).toBe(repo);
  });
});

describe('npm run import -- … --draft --push REMOTE', () => {
  function withRemote(pushMain: boolean) {
    const content = tempGitContent(OFFICE);
    const remote = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-remote-'));
    temporary.push(content.repo, remote);
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    content.git('remote', 'add', 'origin', remote);
    if (pushMain) content.git('push', '-q', 'origin', 'main');
    return { ...content, remote, remoteGit: (...args: string[]) => execFileSync('git', args, { cwd: remote, encoding: 'utf8' }).trim() };
  }

  it('pushes the draft branch and prints the pull request for it', async () => {
    const { repo, git, remoteGit } = withRemote(true);
    const r = await runScript('import', [
      path.join(ARCHIVE_DIR, 'orders/05-truncated.txt'),
      '--office',
      OFFICE,
      '--out',
      path.join(repo, 'content'),
      '--draft',
      '--push',
      'origin',
      '--repo',
      'mopa-bd/portal',
      '--format',
      'json',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const branch = branchFromContentKey(generateContentKey(`${OFFICE}__orders`, '2022-09-19-innovation')) as string;
    const json = JSON.parse(r.stdout) as { files: { draft: { branch: string; pushed: boolean; pullRequest: ReturnType<typeof draftPullRequest> } }[] };
    const draft = json.files[0]?.draft;
    expect(draft).toMatchObject({ branch, pushed: true });
    expect(remoteGit('rev-parse', `refs/heads/${branch}`)).toBe(git('rev-parse', branch));
    expect(remoteGit('rev-parse', 'refs/heads/main')).toBe(git('rev-parse', 'main'));
    expect(draft?.pullRequest).toEqual(
      draftPullRequest({ repo: 'mopa-bd/portal', branch, base: 'main', office: OFFICE, message: git('log', '-1', '--format=%B', branch) }),
    );
    expect(draft?.pullRequest.create.body['head']).toBe(`mopa-bd:${branch}`);
    expect(draft?.pullRequest.labels.body).toEqual({ labels: [`cms/${OFFICE}/draft`] });
  }, 60_000);

  it('refuses to push where the base branch is missing (a pull request needs it), keeps the local draft and exits 1', async () => {
    const { repo, git, remoteGit } = withRemote(false);
    const r = await runScript('import', [
      path.join(ARCHIVE_DIR, 'orders/05-truncated.txt'),
      '--office',
      OFFICE,
      '--out',
      path.join(repo, 'content'),
      '--draft',
      '--push',
      'origin',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draft-push');
    expect(r.stdout).toContain('has no branch "main"');
    expect(git('branch', '--list', 'cms/*')).toContain(`cms/${OFFICE}__orders/2022-09-19-innovation`);
    expect(remoteGit('for-each-ref')).toBe('');
  }, 60_000);

  it('--push without --draft is a usage error', async () => {
    const r = await runScript('import', ['x.txt', '--office', OFFICE, '--push', 'origin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--push REMOTE pushes the CMS draft branches');
  });
});
