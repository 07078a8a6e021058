/**
 * npm run reminders -- [--as-of YYYY-MM-DD|today] [--repo OWNER/NAME] [--dry-run] [--max-writes N]
 *                      [--write-interval MS] [--summary FILE] [--format text|json] [--jobs N]
 *
 * The nightly notice to every office that is due soon or stale: one GitHub issue per
 * office, in Bengali, naming what to publish by when, its reviewers assigned (people) or
 * mentioned (teams), opened, edited and closed as the office's status changes
 * (src/reminders/). The freshness check runs over the whole country office by office.
 *
 * GitHub: GITHUB_TOKEN (the workflow's token, with issues: write), GITHUB_REPOSITORY or
 * --repo, GITHUB_API_URL (default https://api.github.com). --dry-run prints what would be
 * written (reading the open issues when a token is set).
 *
 * Exit 0 whatever the offices' status, also when a rate limit ends the run early (the next
 * run goes on); 1 when GitHub refused a request; 2 on bad arguments or a bad policy.
 */
import fs from 'node:fs';
import { listOfficeIds } from '../src/content-model/load.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { noticeFor, type Notice } from '../src/reminders/notice.ts';
import { officeReviewers } from '../src/reminders/reviewers.ts';
import { GitHubIssues, planSync, RateLimited, runSync, type OpenReminder, type SyncAction, type SyncResult } from '../src/reminders/sync.ts';
import { checkFreshnessOfOffices, FreshnessInputError } from '../src/validation/freshness-check.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';
import { jobsFlag } from './lib/jobs.ts';
import { progressReporter } from './lib/progress.ts';

/** Under GitHub's 500 content-generating requests an hour, with room for the repository's other automation. */
const DEFAULT_MAX_WRITES = 450;

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    'as-of': { value: true },
    repo: { value: true },
    'dry-run': {},
    'max-writes': { value: true },
    'write-interval': { value: true },
    summary: { value: true },
    format: { value: true, choices: ['text', 'json'] },
    jobs: { value: true },
  });
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0] ?? ''}" (usage: npm run reminders -- [--as-of DATE] [--repo OWNER/NAME] [--dry-run])`);
  const count = (name: string, fallback: number) => {
    const value = flags[name];
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, e.g. --${name} ${fallback}; got "${String(value)}"`);
    return n;
  };
  const maxWrites = count('max-writes', DEFAULT_MAX_WRITES);
  const writeIntervalMs = count('write-interval', 1000);
  const dryRun = Boolean(flags['dry-run']);
  const repo = (flags['repo'] as string | undefined) ?? (process.env['GITHUB_REPOSITORY'] || undefined);
  const token = process.env['GITHUB_TOKEN'] || undefined;
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo must be OWNER/NAME, e.g. --repo mopa-bd/portal; got "${repo}"`);
  if (!dryRun && (!repo || !token)) {
    throw new UsageError('set GITHUB_TOKEN and GITHUB_REPOSITORY (or --repo OWNER/NAME) to send reminders, or use --dry-run to see them');
  }

  const root = contentRoot();
  let check;
  try {
    check = await checkFreshnessOfOffices({
      asOf: flags['as-of'] as string | undefined,
      root,
      jobs: jobsFlag(flags['jobs']),
      onProgress: progressReporter('reminders'),
    });
  } catch (error) {
    if (error instanceof FreshnessInputError) throw new UsageError(error.message);
    throw error;
  }
  const { report } = check;
  const notices: Notice[] = [];
  for (const office of report.offices) {
    if (office.status !== 'stale' && office.status !== 'due-soon') continue;
    const notice = noticeFor(office, officeReviewers(root, office.id));
    if (notice) notices.push(notice);
  }
  const offices = new Set(listOfficeIds(root));

  const api = repo && token ? new GitHubIssues({ apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com', token, repo, writeIntervalMs }) : undefined;
  let open: OpenReminder[] = [];
  let stoppedBy: string | undefined;
  try {
    if (api) open = await api.listOpen();
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    stoppedBy = error.message;
  }
  const actions = stoppedBy ? [] : planSync(notices, open, offices);
  let result: SyncResult = { opened: [], updated: [], closed: [], left: actions, errors: [], ...(stoppedBy ? { stoppedBy } : {}) };
  if (!dryRun && api && !stoppedBy) result = await runSync(actions, api, { maxWrites, asOf: report.asOf });

  const s = report.summary;
  const outcome = {
    asOf: report.asOf,
    repo: repo ?? null,
    dryRun,
    offices: report.offices.length,
    stale: s.stale,
    dueSoon: s.dueSoon,
    notices: notices.length,
    openBefore: open.length,
    unchanged: notices.length - actions.filter((a) => a.kind !== 'close').length,
    planned: actions.map(describe),
    opened: result.opened,
    updated: result.updated,
    closed: result.closed,
    left: dryRun ? [] : result.left.map(describe),
    stoppedBy: result.stoppedBy ?? null,
    errors: result.errors.map((e) => ({ ...describe(e.action), message: e.message })),
    requests: api?.requests ?? { reads: 0, writes: 0 },
  };
  if (flags['format'] === 'json') process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  else process.stdout.write(`${textSummary(outcome)}\n`);
  if (typeof flags['summary'] === 'string') fs.appendFileSync(flags['summary'], `${markdownSummary(outcome, repo)}\n`);
  for (const e of outcome.errors) process.stderr.write(`error: ${e.office}: ${e.message}\n`);
  return outcome.errors.length ? 1 : 0;
});

function describe(action: SyncAction): { action: SyncAction['kind']; office: string; number: number | null; status: string } {
  return {
    action: action.kind,
    office: action.officeId,
    number: action.kind === 'open' ? null : action.number,
    status: action.kind === 'close' ? (typeof action.why === 'string' ? action.why : 'duplicate') : action.notice.status,
  };
}

type Outcome = {
  asOf: string;
  dryRun: boolean;
  offices: number;
  stale: number;
  dueSoon: number;
  notices: number;
  unchanged: number;
  planned: ReturnType<typeof describe>[];
  opened: number[];
  updated: number[];
  closed: number[];
  left: ReturnType<typeof describe>[];
  stoppedBy: string | null;
  errors: unknown[];
};

function textSummary(o: Outcome): string {
  const lines = [
    `reminders as of ${o.asOf}: ${o.offices} offices, ${o.stale} stale, ${o.dueSoon} due soon; ${o.notices} need a notice, ${o.unchanged} of them unchanged`,
    o.dryRun
      ? `dry run: would ${o.planned.filter((p) => p.action === 'open').length} open, ${o.planned.filter((p) => p.action === 'update').length} update, ${o.planned.filter((p) => p.action === 'close').length} close`
      : `${o.opened.length} opened, ${o.updated.length} updated, ${o.closed.length} closed, ${o.left.length} left for the next run, ${o.errors.length} refused`,
  ];
  if (o.stoppedBy) lines.push(`stopped early: ${o.stoppedBy} (the next run goes on from here)`);
  if (o.dryRun) for (const p of o.planned.slice(0, 50)) lines.push(`  ${p.action} ${p.office}${p.number ? ` #${p.number}` : ''} (${p.status})`);
  return lines.join('\n');
}

/** For the job summary: counts and the first issues touched, well under GitHub's 1 MB summary limit at any size. */
function markdownSummary(o: Outcome, repo: string | undefined): string {
  const link = (n: number) => (repo ? `[#${n}](https://github.com/${repo}/issues/${n})` : `#${n}`);
  const lines = [
    `## Reminders as of ${o.asOf}`,
    '',
    `${o.offices.toLocaleString('en')} offices: **${o.stale.toLocaleString('en')} stale**, **${o.dueSoon.toLocaleString('en')} due soon**. ${o.notices.toLocaleString('en')} need a notice (${o.unchanged.toLocaleString('en')} unchanged since the last run).`,
    '',
    o.dryRun
      ? `Dry run: ${o.planned.length} writes planned, none sent.`
      : `${o.opened.length} opened, ${o.updated.length} updated, ${o.closed.length} closed, **${o.left.length} left for the next run**, ${o.errors.length} refused.`,
  ];
  if (o.stoppedBy) lines.push('', `> Stopped early: ${o.stoppedBy}. The next run goes on from here.`);
  const touched = [...o.opened, ...o.updated].slice(0, 100);
  if (touched.length) lines.push('', `Opened or updated: ${touched.map(link).join(' ')}${o.opened.length + o.updated.length > 100 ? ' …' : ''}`);
  return lines.join('\n');
}
