/**
 * npm run freshness -- [--as-of YYYY-MM-DD|today] [--office ID]... [--format text|json|markdown] [--policy FILE] [--jobs N]
 * Checks every office's quarterly obligations as of a date. Exit 0 when nothing is
 * stale, 1 when anything is, 2 on bad arguments or a bad policy (one-line reason).
 * The as-of date defaults to the build's: FRESHNESS_AS_OF, else the policy's pinned
 * date, else today in Asia/Dhaka.
 *
 * With --office, only those offices' files are read. Without, every office is read
 * chunk by chunk in worker threads (--jobs), keeping only what the rules need of each;
 * progress goes to stderr on long runs.
 */
import { parseArgs, runCli, UsageError } from './lib/args.ts';
import { jobsFlag } from './lib/jobs.ts';
import { writeJson } from './lib/json-out.ts';
import { progressReporter } from './lib/progress.ts';
import { checkFreshnessOfOffices, FreshnessInputError } from '../src/validation/freshness-check.ts';
import { formatFreshnessMarkdown, formatFreshnessText, freshnessJson } from '../src/domain/freshness/report.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    'as-of': { value: true },
    office: { value: true, repeat: true },
    format: { value: true, choices: ['text', 'json', 'markdown'] },
    policy: { value: true },
    jobs: { value: true },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}" (offices are chosen with --office ID)`);
  let check;
  try {
    check = await checkFreshnessOfOffices({
      asOf: flags['as-of'] as string | undefined,
      officeIds: flags['office'] as string[] | undefined,
      policyFile: flags['policy'] as string | undefined,
      jobs: jobsFlag(flags['jobs']),
      onProgress: progressReporter('freshness'),
    });
  } catch (error) {
    if (error instanceof FreshnessInputError) throw new UsageError(error.message);
    throw error;
  }
  const { report, resolved, notes } = check;
  const format = (flags['format'] as string | undefined) ?? 'text';
  if (format === 'json') {
    await writeJson(freshnessJson(report, { asOfSource: resolved.source }));
    for (const note of notes) process.stderr.write(`note: ${note}\n`);
  } else if (format === 'markdown') {
    process.stdout.write(`${formatFreshnessMarkdown(report, { asOfNote: resolved.note, notes })}\n`);
  } else {
    const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
    process.stdout.write(`${formatFreshnessText(report, { asOfNote: resolved.note, color, notes })}\n`);
  }
  return report.summary.stale > 0 ? 1 : 0;
});
