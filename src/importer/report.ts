/**
 * What happened to each file of an import, for the person onboarding an
 * archive: its kind, what was read, what is missing, and where it went
 * (content, a CMS draft branch, or nowhere). Pure: the command writes it.
 */
import type { Diagnostic } from '../validation/diagnostic.ts';
import type { ImportResult } from './index.ts';

export type Outcome = 'complete' | 'draft' | 'refused';

export interface InputReport {
  input: string;
  kind: string | null;
  kindDetected: boolean;
  outcome: Outcome;
  /** Where it went: a content file, or a draft branch and its file; absent when refused. */
  path?: string;
  branch?: string;
  /** Top-level fields read (non-empty). */
  read: string[];
  /** Required fields or values the import could not fill (error diagnostics' fields, or their message). */
  missing: string[];
  /** Warnings: values kept as printed that an editor should check. */
  doubtful: string[];
  /** OCR: mean word confidence (0-100) of the recognised text. */
  ocrConfidence?: number;
  /** How the text was obtained: the file as is, pdftotext, or tesseract. */
  via?: string;
  errors: number;
  warnings: number;
  written: boolean;
}

export function readFields(data: Record<string, unknown> | undefined): string[] {
  if (!data) return [];
  return Object.entries(data)
    .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => (Array.isArray(v) ? `${k} (${v.length})` : k));
}

/** A diagnostic as one short line for a list: field, then the message. */
export function describe(d: Diagnostic): string {
  return `${d.field ? `${d.field}: ` : ''}${d.message}`.replace(/\s+/g, ' ').slice(0, 300);
}

/** Missing (errors) and doubtful (warnings) of a result, each once. */
export function missingAndDoubtful(diagnostics: Diagnostic[]): { missing: string[]; doubtful: string[] } {
  const missing = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${describe(d)} (line ${d.line})`))];
  const doubtful = [...new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => `${describe(d)} (line ${d.line})`))];
  return { missing, doubtful };
}

export function baseReport(result: ImportResult, diagnostics: Diagnostic[]): Omit<InputReport, 'outcome' | 'written'> {
  const { missing, doubtful } = missingAndDoubtful(diagnostics);
  return {
    input: result.input,
    kind: result.kind ?? null,
    kindDetected: result.kindDetected,
    read: readFields(result.data),
    missing,
    doubtful,
    ...(result.ocrConfidence !== undefined ? { ocrConfidence: result.ocrConfidence } : {}),
    ...(result.via ? { via: result.via } : {}),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

export function summarize(reports: InputReport[]): Record<Outcome, number> & { files: number } {
  return {
    files: reports.length,
    complete: reports.filter((r) => r.outcome === 'complete').length,
    draft: reports.filter((r) => r.outcome === 'draft').length,
    refused: reports.filter((r) => r.outcome === 'refused').length,
  };
}

const OUTCOME_WORDS: Record<Outcome, string> = { complete: 'complete', draft: 'CMS draft', refused: 'refused' };

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as Markdown: a summary, one table row per file, then each file's missing and doubtful values. */
export function reportMarkdown(office: string, dryRun: boolean, reports: InputReport[]): string {
  const sum = summarize(reports);
  const out = [
    `# Import report: ${office}`,
    '',
    `${sum.files} file${sum.files === 1 ? '' : 's'}: ${sum.complete} complete, ${sum.draft} as CMS drafts, ${sum.refused} refused${dryRun ? ' (dry run: nothing was written)' : ''}.`,
    '',
    '| file | kind | outcome | where | read | missing |',
    '|---|---|---|---|---|---|',
    ...reports.map((r) =>
      [
        '',
        cell(r.input),
        r.kind ?? '?',
        `${OUTCOME_WORDS[r.outcome]}${r.ocrConfidence !== undefined ? ` (OCR ${r.ocrConfidence.toFixed(0)} %)` : ''}`,
        cell(r.branch ? `branch \`${r.branch}\`: ${r.path ?? ''}` : (r.path ?? '—')),
        cell(r.read.join(', ') || '—'),
        String(r.missing.length),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  for (const r of reports) {
    if (!r.missing.length && !r.doubtful.length) continue;
    out.push('', `## ${r.input}`, '');
    if (r.via) out.push(`Text read with ${r.via}${r.ocrConfidence !== undefined ? `, mean OCR word confidence ${r.ocrConfidence.toFixed(1)} %` : ''}.`, '');
    if (r.missing.length) out.push('Missing (to complete):', '', ...r.missing.map((m) => `- ${m}`), '');
    if (r.doubtful.length) out.push('Doubtful (to check):', '', ...r.doubtful.map((m) => `- ${m}`), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
