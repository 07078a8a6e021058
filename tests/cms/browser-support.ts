/**
 * What the CMS browser tests share: a throwaway git repository holding a copy of
 * the repo's content (so a test never touches the real content/), the built
 * sample site served with decap-server behind it on 127.0.0.1, and Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startCmsServer, type CmsServer } from '../../cms/local-server.ts';
import { createOfficeChecks } from '../../cms/office-checks.ts';
import { ARCHIVE_DIR } from '../importer/make-archive.ts';
import { launchChromium } from '../support/browser.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

export interface EditingSession {
  repo: string;
  server: CmsServer;
  browser: Browser;
  page: Page;
  /** Every URL the page requested, from any host. */
  urls: string[];
  /** `git diff` of the throwaway repository. */
  git(...args: string[]): string;
  close(): Promise<void>;
}

/** Where tests leave screenshots of the CMS (looked at by people, not compared). */
export const screenshotDir = path.join(repoRoot, 'node_modules/.cache/protishruti-test/cms-screenshots');

/**
 * `mode: 'git'` gives Decap's editorial workflow on the local repository (drafts as branches).
 * `checks`: each save's office is checked as `npm run cms` does (cms/office-checks.ts), without
 * building it (as `--no-build`), so the admin shows its report.
 */
export async function startEditing(options: { mode?: 'fs' | 'git'; checks?: boolean } = {}): Promise<EditingSession> {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-repo-'));
  fs.cpSync(path.join(repoRoot, 'content'), path.join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=cms-test@example.invalid', '-c', 'user.name=cms test', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'content as in the repository');
  const checks = options.checks ? createOfficeChecks({ repoDir: repo, contentRoot: path.join(repo, 'content') }) : undefined;
  const server = await startCmsServer({
    siteDir: sampleSiteDir,
    repoDir: repo,
    mode: options.mode ?? 'fs',
    ...(checks
      ? { onSaved: (files: string[]) => checks.saved(files.map((f) => path.join(repo, f))), officeReport: (office: string) => checks.report(office) }
      : {}),
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'bn-BD' });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  fs.mkdirSync(screenshotDir, { recursive: true });
  return {
    repo,
    server,
    browser,
    page,
    urls,
    git,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(repo, { recursive: true, force: true });
    },
  };
}

/** Open an admin entry and log in (the local backend needs no account: the button just enters). */
export async function openAdmin(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'প্রবেশ করুন' }).click({ timeout: 30_000 });
  await page.getByText('দলিলের ধরন').first().waitFor({ timeout: 30_000 });
}

/** Every request went to the local server: no CDN, no third-party host. */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
}

/** The imported draft the board tests and the guide's screenshots show: a truncated office order of doict-bheramara. */
export const IMPORTED_DRAFT = {
  input: 'orders/05-truncated.txt',
  office: 'doict-bheramara',
  branch: 'cms/doict-bheramara__orders/2022-09-19-innovation',
  entry: 'collections/doict-bheramara__orders/entries/2022-09-19-innovation',
  /** The start of its card's title on the workflow board. */
  card: '১৯/০৯/২০২২ — ',
} as const;

/** `npm run import -- <archive file> --office … --draft` into the session's throwaway repository. */
export function importDraft(s: EditingSession, input: string = IMPORTED_DRAFT.input, office: string = IMPORTED_DRAFT.office): Promise<ScriptResult> {
  return runScript('import', [path.join(ARCHIVE_DIR, input), '--office', office, '--out', path.join(s.repo, 'content'), '--draft']);
}
