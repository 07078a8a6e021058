/**
 * The importer: one input document in, one content file out (or clear errors).
 * `importFile` reads, detects the kind, fills the structured fields, keeps the
 * rest as the MDX body, checks the result against the kind's schema and
 * reports every doubtful value with the line of the INPUT it came from, using
 * the validator's codes (phone-invalid, email-invalid, memo-number-format,
 * bangla-date-mismatch, schema) plus `unparsed`.
 */
import type { ContentFile } from '../content-model/load.ts';
import type { SourceFile } from '../content-model/source-file.ts';
import { bodyAfterFrontmatter, documentFile } from '../content-model/write.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/index.ts';
import { checkContacts } from '../validation/checks/contacts.ts';
import { checkDualDate } from '../validation/checks/dual-date.ts';
import { checkMemoNumber } from '../validation/checks/memo-number.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { parseCharter } from './charter.ts';
import { matchStandards, type ImportStandards } from './standards.ts';
import { ImportContext, formatPath } from './context.ts';
import { detectKind } from './detect.ts';
import { escapeMdx, renderBody } from './mdx.ts';
import { parseMinutes } from './minutes.ts';
import { parseOrder } from './order.ts';
import { ImportError, readInput } from './read-input.ts';
import type { SourceDocument } from './source.ts';

export { ImportError } from './read-input.ts';

export interface ImportResult {
  input: string;
  kind?: DocumentKind;
  /** True when the kind was detected rather than given. */
  kindDetected: boolean;
  /** Path of the file to write, relative to the office folder (e.g. `minutes/2023-03-23-charter-monitoring-3.mdx`). */
  relativePath?: string;
  /** The whole MDX file. */
  content?: string;
  data?: Record<string, unknown>;
  body?: string;
  diagnostics: Diagnostic[];
  /** Text recognised by OCR: its mean word confidence (0-100). Such a result is only ever a draft. */
  ocrConfidence?: number;
  /** How the text was obtained, when not read from the file as is (pdftotext, tesseract). */
  via?: string;
}

const KIND_WORDS: Record<DocumentKind, string> = { charter: 'charters', minutes: 'minutes', order: 'office orders' };

function slugOf(kind: DocumentKind, data: Record<string, unknown>): string {
  if (kind === 'minutes') return [data['meetingKind'], data['meetingNumber']].filter(Boolean).join('-') || 'meeting';
  if (kind === 'order') return String(data['orderKind'] ?? 'order');
  return '';
}

/**
 * The validator's own value checks (contacts, memo number, dual date), run on
 * the import result with every line pointing at the INPUT: the same functions
 * `npm run validate` runs, so the importer and the validator cannot drift.
 */
function checkValues(ctx: ImportContext, kind: DocumentKind, data: Record<string, unknown>): void {
  const source: SourceFile = {
    displayPath: ctx.doc.displayPath,
    raw: '',
    data,
    body: '',
    bodyStartLine: 1,
    yamlErrors: [],
    limitFindings: [],
    lineOf: (path) => ctx.lineOf([...path]),
  };
  const file: ContentFile = { kind, officeId: '', id: ctx.doc.displayPath, absolutePath: ctx.doc.displayPath, source };
  const found = [...checkContacts(file, data)];
  if (kind !== 'charter' && typeof data['memoNumber'] === 'string') found.push(...checkMemoNumber(file, { memoNumber: data['memoNumber'] }));
  if (kind !== 'charter' && typeof data['date'] === 'string') {
    const letter = data as { date: string; banglaDatePrinted?: string; gregorianDatePrinted?: string };
    found.push(...checkDualDate(file, letter));
  }
  // The importer keeps every value as printed; the editor reads that it was kept, not fixed.
  for (const d of found) ctx.diagnostics.push({ ...d, message: `${d.message}; kept as printed` });
}

/** Import an already-read document. */
export interface ImportOptions {
  kind?: DocumentKind;
  /** Convert legacy Bijoy text instead of refusing it. */
  convertBijoy?: boolean;
  /** The standard services for the office: charter rows that are one of them are matched (./standards.ts). */
  standards?: ImportStandards;
}

export function importDocument(doc: SourceDocument, options: ImportOptions = {}): ImportResult {
  const ctx = new ImportContext(doc);
  const converted = doc.convertedFromBijoy ?? [];
  if (converted.length) {
    const shown = converted.slice(0, 12).join(', ') + (converted.length > 12 ? ', …' : '');
    ctx.report(
      converted[0] ?? 1,
      '',
      'bijoy',
      `${converted.length} line${converted.length === 1 ? ' was' : 's were'} converted from legacy Bijoy text (line${converted.length === 1 ? '' : 's'} ${shown}); check the Bengali against the paper — rare conjuncts differ between Bijoy fonts`,
    );
  }
  if (doc.ocrConfidence !== undefined) {
    ctx.report(
      1,
      '',
      'ocr',
      `the text was read by OCR (${doc.via ?? 'tesseract'}) with a mean word confidence of ${doc.ocrConfidence.toFixed(1)} %; it is imported only as a CMS draft — read every value against the scan`,
    );
  }
  if (doc.chromeRemoved?.length) {
    ctx.report(
      doc.chromeRemoved[0] ?? 1,
      '',
      'page-chrome',
      `${doc.chromeRemoved.length} line${doc.chromeRemoved.length === 1 ? '' : 's'} of the web page around the document (menus, text size, last-updated) left out: line${doc.chromeRemoved.length === 1 ? '' : 's'} ${doc.chromeRemoved.slice(0, 12).join(', ')}${doc.chromeRemoved.length > 12 ? ', …' : ''}${doc.pageUpdated ? `; the page says it was last updated on ${doc.pageUpdated.iso} ("${doc.pageUpdated.text}")` : ''}`,
    );
  }
  const detected = options.kind ? undefined : detectKind(doc.items);
  const kind = options.kind ?? detected?.kind;
  if (!kind) {
    ctx.report(
      1,
      '',
      'unparsed',
      'could not tell whether this is a charter, minutes or an office order (no service table, no অফিস আদেশ title, no কার্যবিবরণী); pass --kind charter|minutes|order',
      'error',
    );
    return { input: doc.displayPath, kindDetected: false, diagnostics: ctx.diagnostics };
  }
  const { data } = kind === 'charter' ? parseCharter(ctx) : kind === 'minutes' ? parseMinutes(ctx) : parseOrder(ctx);
  if (kind === 'charter') matchStandards(ctx, data, options.standards);
  const body = [renderBody(doc.items), ...ctx.extraBody.map(escapeMdx)].filter(Boolean).join('\n\n');
  for (const it of doc.items) {
    if (!it.used && it.kind === 'table') {
      ctx.report(
        it.line,
        '',
        'unparsed',
        `a table of ${it.rows.length} rows (${(it.rows[0]?.cells ?? []).slice(0, 3).join(' | ')} …) has no field to go to; it is kept in the body as a Markdown table`,
      );
    }
  }
  checkValues(ctx, kind, data);

  const schema = DOCUMENT_KINDS[kind].schema;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const field = formatPath(path);
      const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
      ctx.report(
        ctx.lineOf(path),
        field,
        'schema',
        value === undefined
          ? `not found in the input (${KIND_WORDS[kind]} need ${field || 'it'}); add it to the source document and import again, or write the file by hand`
          : `${issue.message} (read as ${JSON.stringify(value).slice(0, 80)}); fix the printed value in the source and import again`,
        'error',
      );
    }
  }
  const dateField = DOCUMENT_KINDS[kind].dateField === 'effectiveDate' ? 'effectiveDate' : kind === 'minutes' ? 'meetingDate' : 'date';
  const date = typeof data[dateField] === 'string' ? (data[dateField] as string) : undefined;
  const slug = slugOf(kind, data);
  const relativePath = date ? `${DOCUMENT_KINDS[kind].folder}/${date}${slug ? `-${slug}` : ''}.mdx` : undefined;
  const content = documentFile(kind, data, bodyAfterFrontmatter(body), 'empty');
  return {
    input: doc.displayPath,
    kind,
    kindDetected: !options.kind,
    ...(doc.ocrConfidence !== undefined ? { ocrConfidence: doc.ocrConfidence } : {}),
    ...(doc.via ? { via: doc.via } : {}),
    ...(relativePath ? { relativePath } : {}),
    content,
    data,
    body,
    diagnostics: ctx.diagnostics,
  };
}

/** Read and import one file; input problems (empty, binary, Bijoy) come back as error diagnostics. */
export async function importFile(file: string, shown: string, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    const doc = await readInput(file, shown, options.convertBijoy ? { convertBijoy: true } : {});
    return importDocument(doc, options);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return {
      input: shown,
      kindDetected: false,
      diagnostics: [
        {
          file: shown,
          line: error.line,
          field: '',
          severity: 'error',
          code: error.code === 'bijoy' || error.code === 'limit' || error.code === 'tool-missing' ? error.code : 'unparsed',
          message: error.message,
        },
      ],
    };
  }
}
