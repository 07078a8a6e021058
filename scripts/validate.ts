/**
 * npm run validate [-- --format text|json|github] [--office ID]...
 * Checks all content and prints diagnostics. Exit 1 on any error, 0 otherwise.
 * The JSON form is a contract: an array of {file, line, field, severity, code, message}.
 */
import { loadContentTree } from '../src/content-model/load.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { countBySeverity, formatDiagnosticsGithub, formatDiagnosticsText } from '../src/validation/diagnostic.ts';
import { validateTree } from '../src/validation/index.ts';
import { parseArgs, runCli } from './lib/args.ts';

await runCli(() => {
  const { flags } = parseArgs(process.argv.slice(2), {
    format: { value: true, choices: ['text', 'json', 'github'] },
    office: { value: true, repeat: true },
  });
  const officeIds = flags['office'] as string[] | undefined;
  const tree = loadContentTree(contentRoot(), officeIds ? { officeIds } : {});
  const { diagnostics } = validateTree(tree);
  const { errors, warnings } = countBySeverity(diagnostics);
  const format = (flags['format'] as string | undefined) ?? 'text';
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
  } else if (format === 'github') {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsGithub(diagnostics)}\n`);
  } else {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsText(diagnostics)}\n`);
    process.stdout.write(`${tree.files.length} files in ${tree.officeIds.length} offices: ${errors} errors, ${warnings} warnings\n`);
  }
  return errors > 0 ? 1 : 0;
});
