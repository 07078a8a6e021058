/**
 * npm run import -- <file>... --office ID [--kind charter|minutes|order] [--out DIR] [--dry-run] [--force] [--format text|json] [--convert-bijoy]
 *
 * Turns existing charters, minutes and office orders (plain text, Markdown,
 * Word .docx) into content files of the office. `--out DIR` is the content
 * root to write into (default: PORTAL_CONTENT_DIR or content/). The office
 * folder with its office.yaml must exist: the importer does not invent office
 * metadata. Nothing is written when any input has an error, when a target
 * exists (without --force), or with --dry-run.
 *
 * Exit: 0 imported (warnings allowed), 1 refused (errors in an input, or a
 * file exists), 2 bad arguments (unknown flag, no file, unknown office).
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPathOf } from '../src/content-model/load.ts';
import { OFFICE_FILE, contentRoot, officesDir } from '../src/content-model/paths.ts';
import { isReallyInside } from '../src/content-model/confine.ts';
import { importFile, type ImportResult } from '../src/importer/index.ts';
import { commitWrites, fingerprint, officeTarget } from '../src/importer/write.ts';
import type { DocumentKind } from '../src/schemas/index.ts';
import { formatDiagnosticsText, sortDiagnostics, type Diagnostic } from '../src/validation/diagnostic.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    office: { value: true },
    kind: { value: true, choices: ['charter', 'minutes', 'order'] },
    out: { value: true },
    'dry-run': {},
    force: {},
    format: { value: true, choices: ['text', 'json'] },
    'convert-bijoy': {},
  });
  const office = flags['office'] as string | undefined;
  if (!office) throw new UsageError('--office ID is required: the folder name of the office under content/offices, e.g. --office doict-bheramara');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(office)) throw new UsageError(`--office "${office}" is not an office id (lowercase latin letters, digits and hyphens, e.g. doict-bheramara)`);
  if (!positionals.length) throw new UsageError('name at least one file to import, e.g. npm run import -- charter.docx --office doict-bheramara');
  const kind = flags['kind'] as DocumentKind | undefined;
  const dryRun = flags['dry-run'] === true;
  const force = flags['force'] === true;
  const format = (flags['format'] as string | undefined) ?? 'text';

  // `npm run` starts scripts in the repository root; paths the user typed are relative to where they typed them.
  const base = process.env['INIT_CWD'] || process.cwd();
  const root = flags['out'] ? path.resolve(base, flags['out'] as string) : contentRoot();
  const officeDir = path.join(officesDir(root), office);
  if (!fs.existsSync(path.join(officeDir, OFFICE_FILE))) {
    throw new UsageError(
      `office "${office}" does not exist: ${displayPathOf(path.join(officeDir, OFFICE_FILE))} is missing. Create the office first (its folder and ${OFFICE_FILE} with names, kind and contacts), or check --office${flags['out'] ? ' and --out' : ''}`,
    );
  }

  const results: ImportResult[] = [];
  for (const file of positionals) {
    const shown = displayPathOf(path.resolve(base, file));
    results.push(await importFile(path.resolve(base, file), shown, { ...(kind ? { kind } : {}), ...(flags['convert-bijoy'] ? { convertBijoy: true } : {}) }));
  }

  // Where each result goes, and whether that is allowed.
  const planned: { result: ImportResult; target: string; exists: boolean; seen: string | null }[] = [];
  const extra: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.relativePath || result.diagnostics.some((d) => d.severity === 'error')) continue;
    // Writes stay inside the office folder, also when a folder in it is a link to somewhere else.
    const confined = isReallyInside(officesDir(root), officeDir) ? officeTarget(officeDir, result.relativePath) : { refused: `the office folder ${displayPathOf(officeDir)} is a link out of the content root` };
    if ('refused' in confined) {
      extra.push({ file: result.input, line: 1, field: '', severity: 'error', code: 'unsafe-content', message: `${confined.refused}; nothing was written` });
      continue;
    }
    const { target } = confined;
    const fingerprintSeen = fingerprint(target);
    const exists = fingerprintSeen !== null;
    if (exists && !force) {
      extra.push({ file: result.input, line: 1, field: '', severity: 'error', code: 'exists', message: `${displayPathOf(target)} already exists; nothing was written. Compare the two, then pass --force to overwrite it` });
    }
    const other = seen.get(target);
    if (other) extra.push({ file: result.input, line: 1, field: '', severity: 'error', code: 'exists', message: `${other} and this file would both be written to ${displayPathOf(target)}; import them separately` });
    seen.set(target, result.input);
    planned.push({ result, target, exists, seen: fingerprintSeen });
  }
  const planFailed = [...results.flatMap((r) => r.diagnostics), ...extra].some((d) => d.severity === 'error');
  if (!planFailed && !dryRun) {
    // All or nothing, and never over a file saved (in the CMS, by hand) since it was looked at above.
    const commit = commitWrites(planned.map((p) => ({ target: p.target, content: p.result.content ?? '', seen: p.seen })));
    if (!commit.ok) {
      const inputOf = new Map(planned.map((p) => [p.target, p.result.input]));
      for (const target of commit.conflicts ?? []) {
        extra.push({ file: inputOf.get(target) ?? '', line: 1, field: '', severity: 'error', code: 'conflict', message: `${displayPathOf(target)} changed while the import ran (saved in the CMS or by someone else); it was kept as they saved it. Compare the two, then import again` });
      }
      if (commit.failure) extra.push({ file: planned[0]?.result.input ?? '', line: 1, field: '', severity: 'error', code: 'write-failed', message: commit.failure });
    }
  }
  const diagnostics = sortDiagnostics([...results.flatMap((r) => r.diagnostics), ...extra]);
  const failed = diagnostics.some((d) => d.severity === 'error');
  const write = !failed && !dryRun;

  const kinds = [...new Set(results.map((r) => r.kind).filter(Boolean))];
  if (format === 'json') {
    const out = {
      kind: kinds.length === 1 ? kinds[0] : kinds.length ? 'mixed' : null,
      office,
      dryRun,
      written: write && planned.length > 0,
      files: planned.map((p) => ({
        input: p.result.input,
        kind: p.result.kind,
        kindDetected: p.result.kindDetected,
        path: displayPathOf(p.target),
        action: p.exists ? 'overwrite' : 'create',
        written: write,
        ...(dryRun ? { content: p.result.content } : {}),
      })),
      diagnostics,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsText(diagnostics)}\n`);
    for (const p of planned) {
      const how = `${p.result.kind}${p.result.kindDetected ? ', detected' : ''}`;
      if (dryRun) process.stdout.write(`would ${p.exists ? 'overwrite' : 'write'} ${displayPathOf(p.target)} (${how}):\n${p.result.content}\n`);
      else if (write) process.stdout.write(`wrote ${displayPathOf(p.target)} (${how})\n`);
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    process.stdout.write(
      `${results.length} input${results.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${
        failed ? 'nothing was written' : dryRun ? 'dry run, nothing was written' : `${planned.length} file${planned.length === 1 ? '' : 's'} written`
      }\n`,
    );
  }
  return failed ? 1 : 0;
});
