/**
 * npm run import -- <file-or-folder>... --office ID [--kind charter|minutes|order] [--out DIR] [--dry-run] [--force]
 *                   [--draft] [--draft-base BRANCH] [--push REMOTE] [--repo OWNER/NAME] [--report FILE] [--format text|json] [--convert-bijoy]
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
 *
 * Batch (a folder among the inputs, or --draft, or --report): every file is
 * decided on its own and one bad file never stops the others. Complete files
 * are written as content; with --draft, a file with missing or doubtful
 * required fields (and every OCR result) becomes a Decap CMS editorial-workflow
 * draft branch `cms/<office>__<folder>/<slug>` in the content's git repository
 * (src/importer/draft.ts), never on main; the rest are refused. --report FILE
 * writes Markdown and JSON (FILE and FILE with the other extension) saying,
 * per file, its kind, what was read, what is missing and where it went. Exit
 * 1 when any file was refused. Complete files go through the same confined,
 * conflict-safe writer as a single import (src/importer/write.ts), one file at
 * a time. --push REMOTE pushes each draft branch (for Decap's GitHub backend);
 * with --repo OWNER/NAME (or PORTAL_CMS_REPO, or a GitHub remote) each draft
 * carries the pull request Decap would open (src/importer/draft-pr.ts).
 *
 * About 420 lines: the command's two modes (all-or-nothing and batch) with their
 * text/JSON output and refusals; the work itself is src/importer/. A candidate to move
 * the batch mode's report and draft plumbing under src/importer/ next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listStandards, officePlace, standardsDay, standardsFor } from '../src/content-model/standards.ts';
import { displayPathOf } from '../src/content-model/load.ts';
import { OFFICE_FILE, contentRoot, officesDir } from '../src/content-model/paths.ts';
import { isReallyInside } from '../src/content-model/confine.ts';
import { importFile, type ImportResult } from '../src/importer/index.ts';
import { commitWrites, fingerprint, officeTarget, type CommitResult } from '../src/importer/write.ts';
import { draftPullRequest, githubRepoOfUrl, pushDraftBranch, remoteUrl } from '../src/importer/draft-pr.ts';
import {
  collectionOf,
  draftBranchOf,
  draftLabel,
  draftMessage,
  draftSlug,
  DraftError,
  repositoryOf,
  withDraftNote,
  writeDraftBranch,
} from '../src/importer/draft.ts';
import { baseReport, reportMarkdown, summarize, type InputReport } from '../src/importer/report.ts';
import { DOCUMENT_KINDS } from '../src/schemas/index.ts';
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
    draft: {},
    'draft-base': { value: true },
    report: { value: true },
    push: { value: true },
    repo: { value: true },
  });
  const office = flags['office'] as string | undefined;
  if (!office) throw new UsageError('--office ID is required: the folder name of the office under content/offices, e.g. --office doict-bheramara');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(office))
    throw new UsageError(`--office "${office}" is not an office id (lowercase latin letters, digits and hyphens, e.g. doict-bheramara)`);
  if (!positionals.length) throw new UsageError('name at least one file or folder to import, e.g. npm run import -- charter.docx --office doict-bheramara');
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

  const draft = flags['draft'] === true;
  const push = flags['push'] as string | undefined;
  if (push !== undefined && !draft) throw new UsageError('--push REMOTE pushes the CMS draft branches: pass it with --draft');
  const repoFlag = (flags['repo'] as string | undefined) ?? (process.env['PORTAL_CMS_REPO'] || undefined);
  if (repoFlag !== undefined && !/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(repoFlag))
    throw new UsageError(`--repo "${repoFlag}" is not a GitHub repository: write it as owner/name, e.g. --repo mopa-bd/protishruti-content`);
  const gitRepo = draft ? repositoryOf(root) : undefined;
  const githubRepo = repoFlag ?? (push && gitRepo ? githubRepoOfUrl(remoteUrl(gitRepo, push)) : undefined);
  const reportFile = flags['report'] ? path.resolve(base, flags['report'] as string) : undefined;
  const inputs = expandInputs(
    positionals.map((p) => path.resolve(base, p)),
    reportFile,
  );
  const batch = draft || reportFile !== undefined || positionals.some((p) => isDirectory(path.resolve(base, p)));

  // Charter rows that are a standard service of this office are matched to it (src/importer/standards.ts).
  const place = officePlace(root, office);
  const standards = { candidates: place ? standardsFor(listStandards(root), place) : [], day: standardsDay() };
  const results: ImportResult[] = [];
  for (const file of inputs) {
    const shown = displayPathOf(file);
    results.push(await importFile(file, shown, { ...(kind ? { kind } : {}), ...(flags['convert-bijoy'] ? { convertBijoy: true } : {}), standards }));
  }
  if (batch)
    return runBatch({
      office,
      officeDir,
      root,
      results,
      dryRun,
      force,
      draft,
      draftBase: (flags['draft-base'] as string | undefined) ?? 'main',
      format,
      reportFile,
      push,
      githubRepo,
    });

  // Where each result goes, and whether that is allowed: all of them, or none is written.
  const planned: (Placement & { result: ImportResult })[] = [];
  const extra: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.relativePath || result.diagnostics.some((d) => d.severity === 'error')) continue;
    const place = placeResult(result, result.relativePath, root, officeDir, seen);
    if ('refused' in place) {
      extra.push(place.refused);
      continue;
    }
    if (place.exists && !force)
      extra.push(
        problem(
          result.input,
          'exists',
          `${displayPathOf(place.target)} already exists; nothing was written. Compare the two, then pass --force to overwrite it`,
        ),
      );
    if (place.other)
      extra.push(
        problem(result.input, 'exists', `${place.other} and this file would both be written to ${displayPathOf(place.target)}; import them separately`),
      );
    planned.push({ ...place, result });
  }
  const planFailed = [...results.flatMap((r) => r.diagnostics), ...extra].some((d) => d.severity === 'error');
  if (!planFailed && !dryRun) {
    // All or nothing, and never over a file saved (in the CMS, by hand) since it was looked at above.
    const commit = commitWrites(planned.map((p) => ({ target: p.target, content: p.result.content ?? '', seen: p.seen })));
    extra.push(...commitProblems(commit, new Map(planned.map((p) => [p.target, p.result.input]))));
  }
  const diagnostics = sortDiagnostics([...results.flatMap((r) => r.diagnostics), ...extra]);
  const failed = diagnostics.some((d) => d.severity === 'error');
  const write = !failed && !dryRun;

  if (format === 'json') {
    const out = {
      kind: kindOfAll(results),
      office,
      dryRun,
      written: write && planned.length > 0,
      files: planned.map((p) => fileEntry(p.result, displayPathOf(p.target), p.exists ? 'overwrite' : 'create', write, dryRun ? p.result.content : undefined)),
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

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Files named, and every file under folders named (recursively, sorted, hidden files and the report itself left out). */
function expandInputs(paths: string[], reportFile: string | undefined): string[] {
  const skip = new Set(reportFile ? [reportFile, reportJsonPath(reportFile), reportMarkdownPath(reportFile)] : []);
  return paths.flatMap((p) => {
    if (!isDirectory(p)) return [p];
    return fs
      .readdirSync(p, { recursive: true, withFileTypes: true })
      .filter(
        (e) =>
          e.isFile() &&
          !path
            .relative(p, path.join(e.parentPath, e.name))
            .split(path.sep)
            .some((part) => part.startsWith('.')),
      )
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => !skip.has(f))
      .sort();
  });
}

function reportJsonPath(file: string): string {
  return file.endsWith('.json') ? file : `${file.replace(/\.(?:md|markdown)$/i, '')}.json`;
}
function reportMarkdownPath(file: string): string {
  return file.endsWith('.json') ? `${file.slice(0, -5)}.md` : file;
}

/** Where a result's file goes in the office folder: confined there, and what is in its place now. */
interface Placement {
  target: string;
  /** sha-256 of the file now at the target, or null: the write is refused if this changes before it (src/importer/write.ts). */
  seen: string | null;
  exists: boolean;
  /** The input of this run already going to the same target. */
  other: string | undefined;
}

/**
 * The target of a result inside the office folder (never out of it, also not through a link),
 * remembered in `taken` for the files after it; or the refusal to report.
 */
function placeResult(
  result: ImportResult,
  relativePath: string,
  root: string,
  officeDir: string,
  taken: Map<string, string>,
): Placement | { refused: Diagnostic } {
  const confined = isReallyInside(officesDir(root), officeDir)
    ? officeTarget(officeDir, relativePath)
    : { refused: `the office folder ${displayPathOf(officeDir)} is a link out of the content root` };
  if ('refused' in confined) return { refused: problem(result.input, 'unsafe-content', `${confined.refused}; nothing was written`) };
  const seen = fingerprint(confined.target);
  const other = taken.get(confined.target);
  if (!other) taken.set(confined.target, result.input);
  return { target: confined.target, seen, exists: seen !== null, other };
}

/** An error about an input as a whole (line 1, no field). */
function problem(input: string, code: string, message: string): Diagnostic {
  return { file: input, line: 1, field: '', severity: 'error', code, message };
}

/** What a refused commit (src/importer/write.ts) means for each input. */
function commitProblems(commit: CommitResult, inputOf: Map<string, string>): Diagnostic[] {
  if (commit.ok) return [];
  const found = (commit.conflicts ?? []).map((target) =>
    problem(
      inputOf.get(target) ?? '',
      'conflict',
      `${displayPathOf(target)} changed while the import ran (saved in the CMS or by someone else); it was kept as they saved it. Compare the two, then import again`,
    ),
  );
  if (commit.failure) found.push(problem([...inputOf.values()][0] ?? '', 'write-failed', commit.failure));
  return found;
}

/** One entry of the JSON output's `files`. */
function fileEntry(result: ImportResult, shownPath: string, action: string, written: boolean, content: string | undefined, draft?: Record<string, unknown>) {
  return {
    input: result.input,
    kind: result.kind,
    kindDetected: result.kindDetected,
    path: shownPath,
    action,
    written,
    ...(draft ? { draft } : {}),
    ...(content !== undefined ? { content } : {}),
  };
}

/** The kind of all inputs: one kind, "mixed", or null when none could be read. */
function kindOfAll(results: ImportResult[]): string | null {
  const kinds = [...new Set(results.map((r) => r.kind).filter((k) => k !== undefined))];
  return kinds.length === 1 ? (kinds[0] ?? null) : kinds.length ? 'mixed' : null;
}

interface BatchOptions {
  office: string;
  officeDir: string;
  root: string;
  results: ImportResult[];
  dryRun: boolean;
  force: boolean;
  draft: boolean;
  draftBase: string;
  format: string;
  reportFile: string | undefined;
  /** --push: the git remote draft branches are pushed to. */
  push: string | undefined;
  /** --repo (or PORTAL_CMS_REPO, or the remote's GitHub URL): the repository of the drafts' pull requests. */
  githubRepo: string | undefined;
}

/** Every file on its own: complete ones written, incomplete ones drafted (with --draft) or refused; one never stops another. */
function runBatch(o: BatchOptions): number {
  const reports: InputReport[] = [];
  const files: Record<string, unknown>[] = [];
  const allDiagnostics: Diagnostic[] = [];
  const taken = new Map<string, string>();
  const repo = o.draft ? repositoryOf(o.root) : undefined;
  const drafted = new Set<string>();
  let pushFailed = false;
  for (const result of o.results) {
    const diagnostics = [...result.diagnostics];
    const errors = diagnostics.some((d) => d.severity === 'error');
    const ocr = result.ocrConfidence !== undefined;
    const complete = !errors && !ocr && result.relativePath !== undefined && result.kind !== undefined;
    const say = (code: string, message: string) => diagnostics.push(problem(result.input, code, message));
    let outcome: InputReport['outcome'] = 'refused';
    let where: { path?: string; branch?: string } = {};
    let written = false;
    // A complete file whose place is taken (on disk, or by another file of this batch) is a clash.
    let clash: string | undefined;
    let place: Placement | undefined;
    if (complete && result.relativePath) {
      const placed = placeResult(result, result.relativePath, o.root, o.officeDir, taken);
      if ('refused' in placed) diagnostics.push(placed.refused);
      else {
        place = placed;
        if (placed.other) clash = `${placed.other} is already written to ${displayPathOf(placed.target)}`;
        else if (placed.exists && !o.force) clash = `${displayPathOf(placed.target)} already exists`;
      }
    }
    if (place && !clash) {
      // Each file committed on its own (a batch never stops on one file), through the same confined, conflict-safe writer.
      const commit: CommitResult = o.dryRun
        ? { ok: true, written: [] }
        : commitWrites([{ target: place.target, content: result.content ?? '', seen: place.seen }]);
      const refusedWrite = commitProblems(commit, new Map([[place.target, result.input]]));
      diagnostics.push(...refusedWrite);
      if (!refusedWrite.length) {
        outcome = 'complete';
        written = !o.dryRun;
        where = { path: displayPathOf(place.target) };
        files.push(fileEntry(result, where.path ?? '', place.exists ? 'overwrite' : 'create', written, o.dryRun ? result.content : undefined));
      }
    } else if (result.kind && result.content && (errors || ocr || clash)) {
      if (!o.draft) {
        if (ocr)
          say(
            'ocr-needs-draft',
            `the text of this file was read by OCR (mean confidence ${result.ocrConfidence?.toFixed(1)} %), which is never published directly; import again with --draft so an editor checks it in the CMS`,
          );
        if (clash)
          say(
            'exists',
            `${clash}; this file was not written. Compare the two, then pass --force to overwrite it, or --draft to keep this one as a CMS draft beside it`,
          );
      } else if (!repo) {
        say(
          'draft-needs-git',
          `--draft writes CMS drafts as git branches, but ${displayPathOf(o.root)} is not in a git repository; run the import inside the portal's repository`,
        );
      } else {
        // The same entry twice (a page and its PDF, or an entry already published): this one is a second draft to compare, not a clash.
        if (clash)
          diagnostics.push({
            ...problem(
              result.input,
              'exists',
              `the same entry: ${clash}; compare the two and keep one (delete this draft, or publish it under the right date)`,
            ),
            severity: 'warning',
          });
        const { missing, doubtful } = baseReport(result, diagnostics);
        const folder = DOCUMENT_KINDS[result.kind].folder;
        // The same document twice in one archive (a PDF and its scan) gets a second draft, not a clash.
        const firstSlug = result.relativePath ? path.basename(result.relativePath, '.mdx') : draftSlug(result.input);
        if (clash) drafted.add(`${result.kind}/${firstSlug}`);
        let slug = firstSlug;
        for (let n = 2; drafted.has(`${result.kind}/${slug}`); n++) slug = `${firstSlug}-${n}`;
        drafted.add(`${result.kind}/${slug}`);
        const file = path
          .relative(repo, path.join(o.officeDir, folder, `${slug}.mdx`))
          .split(path.sep)
          .join('/');
        const collection = collectionOf(o.office, result.kind);
        const ocrNote = ocr
          ? [`OCR (${result.via ?? 'tesseract'}): mean word confidence ${result.ocrConfidence?.toFixed(1)} % — read every value against the scan`]
          : [];
        const content = withDraftNote(result.content, missing, doubtful, ocrNote);
        const branch = draftBranchOf(collection, slug);
        const message = draftMessage(`${file}`, result.input, missing, doubtful, ocrNote);
        try {
          if (!o.dryRun) writeDraftBranch({ repo, base: o.draftBase, collection, slug, file, content, label: draftLabel(o.office), message, force: o.force });
          outcome = 'draft';
          written = !o.dryRun;
          where = { path: file, branch };
          const pullRequest = o.githubRepo ? draftPullRequest({ repo: o.githubRepo, branch, base: o.draftBase, office: o.office, message }) : undefined;
          let pushed = false;
          if (o.push && !o.dryRun) {
            try {
              pushDraftBranch({ repo, remote: o.push, branch, base: o.draftBase, force: o.force });
              pushed = true;
            } catch (error) {
              if (!(error instanceof DraftError)) throw error;
              pushFailed = true;
              say('draft-push', error.message);
            }
          }
          files.push(
            fileEntry(result, file, 'draft', written, o.dryRun ? content : undefined, {
              branch,
              collection,
              slug,
              missing,
              doubtful,
              ...(o.push ? { pushed } : {}),
              ...(pullRequest ? { pullRequest } : {}),
            }),
          );
        } catch (error) {
          if (!(error instanceof DraftError)) throw error;
          say('draft', error.message);
        }
      }
    }
    allDiagnostics.push(...diagnostics);
    reports.push({ ...baseReport(result, diagnostics), outcome, written, ...where });
  }

  const sum = summarize(reports);
  const diagnostics = sortDiagnostics(allDiagnostics);
  const json = {
    kind: kindOfAll(o.results),
    office: o.office,
    dryRun: o.dryRun,
    written: files.some((f) => f['written'] === true),
    files,
    diagnostics,
    batch: true,
    summary: sum,
    inputs: reports,
  };
  if (o.reportFile) {
    fs.mkdirSync(path.dirname(o.reportFile), { recursive: true });
    fs.writeFileSync(reportMarkdownPath(o.reportFile), reportMarkdown(o.office, o.dryRun, reports));
    fs.writeFileSync(reportJsonPath(o.reportFile), `${JSON.stringify(json, null, 2)}\n`);
  }
  if (o.format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else {
    if (diagnostics.length) process.stdout.write(`${formatDiagnosticsText(diagnostics)}\n`);
    for (const r of reports) {
      const how = `${r.kind ?? 'unknown kind'}${r.kindDetected ? ', detected' : ''}`;
      const verb = o.dryRun ? 'would write' : 'wrote';
      if (r.outcome === 'complete') process.stdout.write(`${verb} ${r.path} (${how})\n`);
      else if (r.outcome === 'draft')
        process.stdout.write(
          `${o.dryRun ? 'would draft' : 'drafted'} ${r.input} on branch ${r.branch} (${how}; ${r.missing.length} to complete, ${r.doubtful.length} to check)\n`,
        );
      else process.stdout.write(`refused ${r.input} (${how}; ${r.errors} error${r.errors === 1 ? '' : 's'})\n`);
    }
    process.stdout.write(
      `${sum.files} input${sum.files === 1 ? '' : 's'}: ${sum.complete} complete, ${sum.draft} as CMS drafts, ${sum.refused} refused${o.dryRun ? '; dry run, nothing was written' : ''}${o.push && sum.draft ? `; drafts pushed to ${o.push}${pushFailed ? ' (not all: see the errors)' : ''}` : ''}${o.reportFile ? `; report in ${displayPathOf(reportMarkdownPath(o.reportFile))} and ${displayPathOf(reportJsonPath(o.reportFile))}` : ''}\n`,
    );
  }
  return sum.refused > 0 || pushFailed ? 1 : 0;
}
