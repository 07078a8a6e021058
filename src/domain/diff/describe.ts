/**
 * Changes in plain words, Bengali (default) or English: one sentence per change,
 * grouped by file for the terminal and for a pull request's job summary. The words
 * are in src/i18n/strings.ts (DIFF_WORDS); this file only formats.
 */
import { DIFF_WORDS, type DiffFormat, type DiffSentence, type DiffWords } from '../../i18n/strings.ts';
import { formatGregorianDateBn, isIsoDate, toBengaliDigits } from '../bengali-digits.ts';
import type { ChangeType, ContentChange, DiffReport, Lang } from './types.ts';

// Typed by ChangeType: a kind of change without a sentence in either language does not compile.
const SENTENCES: Record<Lang, Record<ChangeType, DiffSentence>> = { bn: DIFF_WORDS.bn.sentence, en: DIFF_WORDS.en.sentence };

/** One plain sentence for a change, in Bengali (default) or English. */
export function describeChange(c: ContentChange, lang: Lang = 'bn'): string {
  const words: DiffWords = DIFF_WORDS[lang];
  const bn = lang === 'bn';
  const format: DiffFormat = {
    q: (s) => `«${s ?? ''}»`,
    arrow: (x) => `${x.before || '—'} → ${x.after || '—'}`,
    section: c.section ? ` (${words.section[c.section] ?? c.section})` : '',
    // Dates and counts in Bengali digits for Bengali readers; ISO and ASCII in English.
    day: (iso) => (bn && iso && isIsoDate(iso) ? formatGregorianDateBn(iso) : (iso ?? '')),
    field: (f) =>
      (f ?? '')
        .split(', ')
        .map((x) => words.field[x] ?? x)
        .join(', '),
    digits: toBengaliDigits,
    sectionLabel: (s) => words.section[s ?? ''] ?? s,
  };
  return SENTENCES[lang][c.type](c, format);
}

function groups(changes: ContentChange[]): { file: string; kind: string; officeId: string; changes: ContentChange[] }[] {
  const out: { file: string; kind: string; officeId: string; changes: ContentChange[] }[] = [];
  for (const c of changes) {
    const last = out.at(-1);
    if (last && last.file === c.file) last.changes.push(c);
    else out.push({ file: c.file, kind: c.kind, officeId: c.officeId, changes: [c] });
  }
  return out;
}

/** Terminal text: one header line per file, one indented line per change. */
export function formatDiffText(report: DiffReport, lang: Lang = 'bn'): string {
  const words: DiffWords = DIFF_WORDS[lang];
  const heading = `${words.heading} ${report.base} → ${report.head}`;
  if (report.changes.length === 0) return `${heading}: ${words.noChanges}\n`;
  const lines = [`${heading} (${report.changes.length})`];
  for (const g of groups(report.changes)) {
    lines.push('', `${g.file} (${words.kind[g.kind] ?? g.kind})`);
    for (const c of g.changes) lines.push(`  - ${describeChange(c, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown for a pull request's job summary: a heading per file and a bullet per change. */
export function formatDiffMarkdown(report: DiffReport, lang: Lang = 'bn'): string {
  const words: DiffWords = DIFF_WORDS[lang];
  const title = words.heading;
  const refs = `\`${report.base}\` → \`${report.head}\``;
  if (report.changes.length === 0) return `## ${title}\n\n${refs}: ${words.noChanges}${words.fullStop}\n`;
  const lines = [`## ${title} (${report.changes.length})`, '', refs];
  for (const g of groups(report.changes)) {
    lines.push('', `### ${words.kind[g.kind] ?? g.kind} — \`${g.file}\``, '');
    for (const c of g.changes) lines.push(`- ${escapeMarkdown(describeChange(c, lang))}`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
