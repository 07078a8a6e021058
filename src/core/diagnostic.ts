/**
 * The core types every layer shares: a finding about one place in one content file
 * (the JSON shape is a contract: `npm run validate -- --format json`) and the path of a
 * field inside a document. Here, at the bottom of the layers (.dependency-cruiser.cjs),
 * so the importer, the CMS and the scripts can name them without importing validation.
 */

/** Where a value sits in a document: keys and array indexes, e.g. ['services', 'citizen', 3, 'fee']. */
export type FieldPath = ReadonlyArray<string | number>;

/** `services.citizen[3].fee` for ['services', 'citizen', 3, 'fee'] (the `field` of a Diagnostic). */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

export type Severity = 'error' | 'warning';

export const DIAGNOSTIC_CODES = [
  'schema',
  'bangla-date-mismatch',
  'memo-number-format',
  'phone-invalid',
  'email-invalid',
  'file-layout',
  'yaml-syntax',
  'reference',
  'unsafe-content',
  'unparsed',
  'limit',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number] | (string & {});

export interface Diagnostic {
  /** Path relative to the repository (or content root's parent), with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Dotted field path, e.g. `services.citizen.services[3].fee`; empty for the whole file. */
  field: string;
  severity: Severity;
  code: DiagnosticCode;
  /** Plain words: what is wrong and what to do. */
  message: string;
}

// localeCompare's order (the default locale's), from one collator: a country's diagnostics sort in a fraction of the time.
const collator = new Intl.Collator();

/** Stable order: file, line, field, then code, so output and tests never depend on scan order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const by = collator.compare;
  return [...list].sort((a, b) => by(a.file, b.file) || a.line - b.line || by(a.field, b.field) || by(a.code, b.code));
}

/** `file:line  severity  code  field: message`, one line each, the form a maintainer reads in a terminal. */
export function formatDiagnosticsText(list: Diagnostic[]): string {
  return list.map((d) => `${d.file}:${d.line}  ${d.severity}  ${d.code}  ${d.field ? `${d.field}: ` : ''}${d.message}`).join('\n');
}

/** GitHub Actions workflow commands, so CI shows each diagnostic on the changed line of the pull request. */
export function formatDiagnosticsGithub(list: Diagnostic[]): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return list
    .map(
      (d) => `::${d.severity} file=${escapeProp(d.file)},line=${d.line},title=${escapeProp(d.code)}::${escape(`${d.field ? `${d.field}: ` : ''}${d.message}`)}`,
    )
    .join('\n');
}

/** Counts by severity, for summaries. */
export function countBySeverity(list: Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: list.filter((d) => d.severity === 'error').length,
    warnings: list.filter((d) => d.severity === 'warning').length,
  };
}
