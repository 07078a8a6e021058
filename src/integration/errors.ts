/**
 * Content findings as Astro errors: `astro build` prints them with their location,
 * and `astro dev` shows them in its error overlay with the file, the line (a code
 * frame of the file) and the hint. Astro's public AstroError takes a message and a
 * hint; the location is set on `loc`, where Astro's error handling reads it.
 */
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { formatDiagnosticsText, type Diagnostic } from '../validation/diagnostic.ts';
import { formatFreshnessText } from '../domain/freshness/report.ts';
import { OFFICE_FILE, officesDir } from '../content-model/paths.ts';
import type { ContentCheck } from './content-check.ts';

/** Diagnostics listed in one error; `npm run validate` lists the rest. */
const LISTED = 20;

export interface LocatedError extends AstroError {
  loc?: { file: string; line: number; column: number };
  title?: string;
}

export interface RefusalOptions {
  /** For `astro dev`'s overlay rather than the build's log. */
  dev?: boolean;
  /** The project root (Astro's `root`; the current directory for our scripts). */
  cwd?: string;
}

function located(options: { name: string; title: string; message: string; hint: string; file: string; line: number } & RefusalOptions): LocatedError {
  const error: LocatedError = new AstroError(options.message, options.hint);
  error.name = options.name;
  error.title = options.title;
  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.file);
  // The dev server joins any location outside the project to the project's root (to show its code
  // frame): a content root elsewhere (PORTAL_CONTENT_DIR=/tmp/...) is given relative, so the join finds it.
  const outside = path.relative(cwd, file).startsWith('..');
  error.loc = { file: options.dev && outside ? path.relative(cwd, file) : file, line: options.line, column: 1 };
  return error;
}

/** One error for every content error of the scope, located at the first (files sorted, then lines). */
export function validationError(errors: readonly Diagnostic[], options: RefusalOptions = {}): LocatedError | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const more = errors.length > LISTED ? `\n… and ${errors.length - LISTED} more (run \`npm run validate\`)` : '';
  const where = `${first.file}:${first.line}`;
  return located({
    name: 'ContentValidationError',
    title: `${errors.length} content error${errors.length === 1 ? '' : 's'}: the build refuses this content`,
    message: `${formatDiagnosticsText(errors.slice(0, LISTED))}${more}`,
    hint:
      `Fix ${first.field ? `the field \`${first.field}\`` : 'the file'} at \`${where}\`: ${first.message}. ` +
      (options.dev ? 'Save the file and reload the page' : 'Then build again') +
      '; `npm run validate` lists every finding. ' +
      (options.dev ? '(ফাইলের উল্লিখিত লাইনের ঘরটি ঠিক করে সংরক্ষণ করুন, তারপর পাতাটি আবার লোড করুন।)' : '(ফাইলের উল্লিখিত লাইনের ঘরটি ঠিক করে আবার বিল্ড করুন।)'),
    file: first.file,
    line: first.line,
    ...options,
  });
}

/** A policy file that cannot be used: its message starts `file:line`. */
export function policyError(message: string, options: RefusalOptions = {}): LocatedError {
  const at = /^(\S+?):(\d+)\b/.exec(message);
  return located({
    name: 'FreshnessPolicyError',
    title: 'The freshness policy cannot be used',
    message,
    hint: 'Fix the policy file (policy/freshness.yaml, or the file FRESHNESS_POLICY names) at the line above, or the as-of date (FRESHNESS_AS_OF).',
    file: at?.[1] ?? 'policy/freshness.yaml',
    line: Number(at?.[2] ?? 1),
    ...options,
  });
}

/** Stale offices: the report names each file to change; the location is the first one. */
export function staleError(check: ContentCheck, root: string, options: RefusalOptions = {}): LocatedError | undefined {
  const freshness = check.freshness;
  if (!freshness || check.stale.length === 0) return undefined;
  const report = { ...freshness.report, offices: check.stale };
  const fix = check.stale.flatMap((o) => o.obligations).find((o) => o.status === 'stale' && o.fix)?.fix;
  const ids = check.stale.map((o) => o.id);
  return located({
    name: 'StaleContentError',
    title: `Stale content as of ${report.asOf} in ${ids.length} office${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`,
    message: formatFreshnessText(report, { asOfNote: freshness.resolved.note, notes: freshness.notes }),
    hint:
      `${fix ? `${fix.action} (${fix.file}). ` : ''}` +
      'The build refuses stale offices; to preview as of another date set FRESHNESS_AS_OF=YYYY-MM-DD (`npm run freshness` shows the report again).',
    // The fix names a folder (where the new document goes), which has no lines: point at the office's own file.
    file: fix && /\.(mdx?|ya?ml)$/.test(fix.file) ? fix.file : path.join(officesDir(root), ids[0] ?? '', OFFICE_FILE),
    line: 1,
    ...options,
  });
}
