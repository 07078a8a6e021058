/** What every kind parser shares: the document, diagnostics, and the input line of each field it fills. */
import type { Diagnostic, Severity } from '../validation/diagnostic.ts';
import type { SourceDocument } from './source.ts';

export type FieldPath = (string | number)[];

export class ImportContext {
  readonly doc: SourceDocument;
  readonly diagnostics: Diagnostic[] = [];
  /** `services.citizen.services[3]` → input line, for diagnostics about values inside it. */
  readonly fieldLines = new Map<string, number>();
  /** Text a parser took out of a structure but could not place: appended to the body, never dropped. */
  readonly extraBody: string[] = [];

  constructor(doc: SourceDocument) {
    this.doc = doc;
  }

  /** Remember where a field came from. */
  at(path: FieldPath, line: number): void {
    this.fieldLines.set(formatPath(path), line);
  }

  /** Input line of a field, or of its nearest parent with a known line. */
  lineOf(path: FieldPath): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = this.fieldLines.get(formatPath(path.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return 1;
  }

  report(line: number, field: FieldPath | string, code: string, message: string, severity: Severity = 'warning'): void {
    this.diagnostics.push({ file: this.doc.displayPath, line, field: typeof field === 'string' ? field : formatPath(field), severity, code, message });
  }
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}
