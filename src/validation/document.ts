/**
 * ONE DOCUMENT, CHECKED AS THE BUILD CHECKS IT: the schema, content safety, limits,
 * contacts, dates (file name, dual date), memo numbers, the fields the freshness rules
 * read, and what the document names (parent office, photos). `validateTree()` runs this
 * for every file of a tree; the admin (cms/admin/) runs it in the browser on the text it
 * is about to save, so an editor is never told "saved" for a file the build refuses.
 *
 * A pure function of the file's path and text and a small context: no file system, no
 * other files. What needs the rest of the tree (strays, folder limits, links on disk) is
 * the tree's check (./index.ts). Checks another module adds (e.g. the references of a
 * charter row to a standard service) come in through `extraChecks` and run here, so the
 * build and the admin run them alike.
 */
import type { ContentFile } from '../content-model/load.ts';
import { documentIdFromPath } from '../content-model/content-path.ts';
import { sourceFileOfText } from '../content-model/source-file.ts';
import {
  DOCUMENT_KINDS,
  STANDARDS_FOLDER,
  type CharterFile,
  type DocumentKind,
  type Minutes,
  type Office,
  type OfficeOrder,
  type StandardService,
} from '../schemas/index.ts';
import { checkContacts } from './checks/contacts.ts';
import { checkContentSafety } from './checks/content-safety.ts';
import { checkDualDate } from './checks/dual-date.ts';
import { checkFreshnessFields } from './checks/freshness-fields.ts';
import { checkFileLimits } from './checks/limits.ts';
import { checkMemoNumber } from './checks/memo-number.ts';
import { checkFileDate, checkParent, checkPhotos, type MediaLookup } from './checks/references.ts';
import { checkSchema } from './checks/schema.ts';
import { checkCharterStandards, checkStandardFile, type StandardsContext } from './checks/standards.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';

export type { MediaLookup } from './checks/references.ts';

export type DocumentData = Office | CharterFile | Minutes | OfficeOrder | StandardService;

/** A check another module adds, run on every file that passed its schema. */
export type FileCheck = (file: ContentFile, data: unknown) => Diagnostic[];

/** Which offices exist: a set of ids, or anything that answers `has` (officesOnDisk() looks each up on disk). */
export interface KnownOffices {
  has(id: string): boolean;
}

export interface DocumentContext {
  /** Every office on the portal: an office's `parent` must be one of them. Without it, the parent is not checked. */
  knownOfficeIds?: KnownOffices;
  /** What is on disk in the office folder (the tree passes the disk's answer); without it, photos are checked for where they point only. */
  media?: MediaLookup;
  /** Checks another module adds (src/validation keeps them in one list, so the build and the admin run the same ones). */
  extraChecks?: readonly FileCheck[];
  /** The standard services (the tree: on disk; the admin: the portal's /api/standards.json). Without it, `standard:` rows are not checked against them. */
  standards?: StandardsContext;
}

export interface DocumentResult {
  /** undefined when the path is not where any kind of content lives. */
  file?: ContentFile;
  /** The schema's reading of the file (defaults filled), when it passed its schema; it may still have warnings. */
  data?: DocumentData;
  /** Sorted by line, then field. */
  diagnostics: Diagnostic[];
}

const KIND_BY_FOLDER = new Map<string, DocumentKind>((Object.entries(DOCUMENT_KINDS) as [DocumentKind, { folder: string }][]).map(([k, s]) => [s.folder, k]));
const CONTENT_PATH = /(?:^|\/)offices\/([^/]+)\/(?:(office\.yaml)|([^/]+)\/([^/]+\.(?:mdx?|yaml)))$/;

/** The kind and office of a content path (`content/offices/<id>/charters/2024-04-15.mdx`), or undefined when no content lives there. */
export function contentFileAt(displayPath: string): Omit<ContentFile, 'source'> | undefined {
  const match = CONTENT_PATH.exec(displayPath.replace(/\\/g, '/'));
  if (!match) return undefined;
  const [, officeId = '', officeFile, folder = '', name = ''] = match;
  if (officeFile) return { kind: 'office', officeId, id: officeId, absolutePath: displayPath };
  if (folder === STANDARDS_FOLDER && name.endsWith('.yaml'))
    return { kind: 'standard', officeId, id: documentIdFromPath(`${officeId}/${name.replace(/\.yaml$/, '')}`), absolutePath: displayPath };
  const kind = name.endsWith('.yaml') ? undefined : KIND_BY_FOLDER.get(folder);
  return kind ? { kind, officeId, id: documentIdFromPath(`${officeId}/${name}`), absolutePath: displayPath } : undefined;
}

/** Check one document from its path and text (the admin: the text it is about to save). */
export function validateDocument(input: { path: string; text: string }, context: DocumentContext = {}): DocumentResult {
  const at = contentFileAt(input.path);
  if (!at) {
    return {
      diagnostics: [
        {
          file: input.path,
          line: 1,
          field: '',
          severity: 'error',
          code: 'file-layout',
          message:
            'this file is not where any kind of content lives: office metadata is offices/<id>/office.yaml, documents are .mdx files in charters/, minutes/ or orders/',
        },
      ],
    };
  }
  return checkDocument({ ...at, source: sourceFileOfText(input.path, input.text, at.kind === 'office' || at.kind === 'standard') }, context);
}

/** Check one file already read (validateTree: every file of the tree). */
export function checkDocument(file: ContentFile, context: DocumentContext = {}): DocumentResult {
  const { data, diagnostics: schemaDiagnostics } = checkSchema(file);
  const diagnostics: Diagnostic[] = [...checkFileLimits(file), ...schemaDiagnostics];
  // Before the schema gate: hostile content is refused by name even when it also breaks the schema.
  diagnostics.push(...checkContentSafety(file));
  if (data === undefined) return { file, diagnostics: sortDiagnostics(diagnostics) };
  diagnostics.push(...checkContacts(file, data));
  for (const check of context.extraChecks ?? []) diagnostics.push(...check(file, data));
  switch (file.kind) {
    case 'office': {
      const office = data as Office;
      if (context.knownOfficeIds) diagnostics.push(...checkParent(file, office.parent, context.knownOfficeIds));
      diagnostics.push(...checkPhotos(file, office, context.media));
      break;
    }
    case 'charter':
      diagnostics.push(...checkFileDate(file, (data as CharterFile).effectiveDate));
      if (context.standards) diagnostics.push(...checkCharterStandards(file, data as CharterFile, context.standards));
      break;
    case 'standard': {
      const { knownOfficeIds, standards } = context;
      diagnostics.push(
        ...checkStandardFile(file, data as StandardService, {
          officeExists: (id) => (knownOfficeIds?.has(id) ?? false) || (standards?.officeExists(id) ?? !knownOfficeIds),
        }),
      );
      break;
    }
    case 'minutes': {
      const minutes = data as Minutes;
      diagnostics.push(...checkFileDate(file, minutes.meetingDate), ...checkDualDate(file, minutes), ...checkMemoNumber(file, minutes));
      diagnostics.push(...checkFreshnessFields(file, minutes));
      break;
    }
    case 'order': {
      const order = data as OfficeOrder;
      diagnostics.push(...checkFileDate(file, order.date), ...checkDualDate(file, order), ...checkMemoNumber(file, order));
      break;
    }
  }
  return { file, data: data as DocumentData, diagnostics: sortDiagnostics(diagnostics) };
}
