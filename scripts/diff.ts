/**
 * npm run diff -- <base-ref> [<head-ref>] [--format text|markdown|json] [--lang bn|en]
 *
 * What changed in meaning in the content between two git refs (head defaults to
 * the working tree, uncommitted files included): services, fees, time limits,
 * papers, officers, GRS, vision and mission, decisions, orders. Bengali labels
 * by default. Exit 0 with the report (changes or none), 2 on a bad ref or argument.
 * JSON: {base, head, changes: [{type, officeId, file, kind, subject?, section?, field?, before?, after?, message}]}.
 *
 * Reads only the offices the change touches (git names the changed paths; then those
 * offices' files at both ends, since a new charter is compared with the office's
 * previous one), so a pull request that edits one office costs that office, not the country.
 */
import fs from 'node:fs';
import path from 'node:path';
import { plainFilesUnder } from '../src/content-model/confine.ts';
import { LIMITS } from '../src/content-model/limits.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { classifyContentPath, snapshotFromTexts, type ContentSnapshot } from '../src/content-model/snapshot.ts';
import { describeChange, diffSnapshots, formatDiffMarkdown, formatDiffText, type Lang } from '../src/domain/charter-diff.ts';
import { changedPaths, GitError, gitTopLevel, pathInRepo, readFilesAtCommit, resolveCommit } from '../src/lib/git.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

const WORKING_TREE = '(working tree)';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    format: { value: true, choices: ['text', 'markdown', 'json'] },
    lang: { value: true, choices: ['bn', 'en'] },
  });
  const [baseRef, headRef, ...extra] = positionals;
  if (!baseRef) throw new UsageError('give the base ref to compare with, e.g. `npm run diff -- origin/main`');
  if (extra.length) throw new UsageError(`expected at most two refs, got ${positionals.length}: ${positionals.join(' ')}`);

  const root = contentRoot();
  const top = gitTopLevel(root);
  if (!top) throw new UsageError(`the content root ${root} is not inside a git repository`);
  const prefix = pathInRepo(top, root);
  if (prefix.startsWith('..')) throw new UsageError(`the content root ${root} is outside the git repository ${top}`);

  let base: ContentSnapshot;
  let head: ContentSnapshot;
  try {
    const baseCommit = resolveCommit(top, baseRef);
    const headCommit = headRef ? resolveCommit(top, headRef) : undefined;
    const folders = touchedOfficeFolders(changedPaths(top, baseCommit, headCommit, prefix));
    base = snapshotFromTexts(readFilesAtCommit(top, baseCommit, prefix, folders));
    head = headCommit ? snapshotFromTexts(readFilesAtCommit(top, headCommit, prefix, folders)) : snapshotFromDisk(root, folders);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }

  const lang = ((flags['lang'] as string | undefined) ?? 'bn') as Lang;
  const report = { base: baseRef, head: headRef ?? WORKING_TREE, changes: diffSnapshots(base, head) };
  const format = (flags['format'] as string | undefined) ?? 'text';
  if (format === 'json') {
    const changes = report.changes.map((c) => ({ ...c, message: describeChange(c, lang) }));
    process.stdout.write(`${JSON.stringify({ ...report, changes }, null, 2)}\n`);
  } else if (format === 'markdown') {
    process.stdout.write(formatDiffMarkdown(report, lang));
  } else {
    process.stdout.write(formatDiffText(report, lang));
  }
  return 0;
});

/** `offices/<id>/` of every office a changed path belongs to (paths under the content root). */
function touchedOfficeFolders(paths: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const file of paths) {
    const [top, id] = file.split('/');
    if (top === 'offices' && id) ids.add(id);
  }
  return [...ids].sort().map((id) => `offices/${id}/`);
}

/** The working tree's content files (tracked or not) in the given office folders, keyed like a git tree under the content root. */
function snapshotFromDisk(root: string, folders: readonly string[]): ContentSnapshot {
  const files: string[] = [];
  for (const folder of folders) {
    const dir = path.join(root, folder);
    // A removed office, or a name that is not a folder (a link is never followed).
    if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    // Never through a link (`media -> /` would walk the machine), only content files (not media), none over the size limit.
    for (const relative of plainFilesUnder(dir)) if (classifyContentPath(`${folder}${relative}`) !== undefined) files.push(`${folder}${relative}`);
  }
  return snapshotFromTexts(
    files.map((relative) => {
      const file = path.join(root, relative);
      return { path: relative, text: fs.statSync(file).size > LIMITS.fileBytes ? '' : fs.readFileSync(file, 'utf8') };
    }),
  );
}
