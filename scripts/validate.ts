/**
 * npm run validate [-- --format text|json|github] [--office ID]... [--jobs N]
 * Checks all content and prints diagnostics. Exit 1 on any error, 0 otherwise.
 * The JSON form is a contract: an array of {file, line, field, severity, code, message}.
 *
 * With --office, only those offices' files are read (a parent office outside them is
 * looked up on disk, never read). Without, every office is checked chunk by chunk in
 * worker threads (--jobs, default one per core), with progress on stderr on long runs.
 */
import { contentRoot } from '../src/content-model/paths.ts';
import { countBySeverity, formatDiagnosticsGithub, formatDiagnosticsText } from '../src/validation/diagnostic.ts';
import { validateOffices } from '../src/validation/validate-offices.ts';
import { parseArgs, runCli } from './lib/args.ts';
import { writeJson } from './lib/json-out.ts';
import { jobsFlag } from './lib/jobs.ts';
import { progressReporter } from './lib/progress.ts';

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    format: { value: true, choices: ['text', 'json', 'github'] },
    office: { value: true, repeat: true },
    jobs: { value: true },
  });
  const officeIds = flags['office'] as string[] | undefined;
  const { diagnostics, files, offices } = await validateOffices({
    root: contentRoot(),
    officeIds,
    jobs: jobsFlag(flags['jobs']),
    onProgress: progressReporter('validate'),
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  const format = (flags['format'] as string | undefined) ?? 'text';
  if (format === 'json') {
    await writeJson(diagnostics);
  } else if (format === 'github') {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsGithub(diagnostics)}\n`);
  } else {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsText(diagnostics)}\n`);
    process.stdout.write(`${files} files in ${offices} offices: ${errors} errors, ${warnings} warnings\n`);
  }
  return errors > 0 ? 1 : 0;
});
