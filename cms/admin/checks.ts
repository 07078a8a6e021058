/**
 * The build's checks on the document being edited, in the browser. The text checked is
 * exactly the file a save would write (the content model's writer, cms/file-format.ts),
 * at the path it would be written to, by the build's own per-document entry
 * (src/validation/document.ts `validateDocument`), so "saved" in the admin means the
 * build accepts the file. Each finding carries its Bengali problem and fix
 * (src/validation/messages-bn.ts).
 *
 * Who reads the result: every field (cms/admin/fields.ts: an error beside the field
 * blocks the save through Decap's own `isValid`; a warning shows but does not block),
 * the status panel at the top of the form (cms/admin/status.ts: the error summary), and
 * Decap's `preSave` event (cms/admin/main.ts), which refuses a save that still has an
 * error so nothing reaches the disk or the repository.
 */
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import type { DocumentKind } from '../../src/schemas/index.ts';
import { validateDocument } from '../../src/validation/document.ts';
import type { StandardsContext } from '../../src/validation/checks/standards.ts';
import { STANDARD_FORMAT, adminStandardsContext, standardFormat } from '../standard-services.ts';
import { editorMessage } from '../../src/validation/messages-bn.ts';
import { FORMAT_NAMES } from '../generate-config.ts';
import { frontmatterFormat, yamlFormat, type ContentFormat } from '../file-format.ts';
import { LANG, type Imm } from './decap.ts';

export interface Finding extends Diagnostic {
  /** The problem and the fix in the editor's language (Bengali; the English message with ?lang=en). */
  problem: string;
  fix: string;
}

export interface CheckResult {
  /** The path the save would write. */
  path: string;
  errors: Finding[];
  warnings: Finding[];
}

interface CollectionInfo {
  kind: DocumentKind | 'office' | 'standard';
  folder?: string;
  slug?: string;
  files?: Map<string, string>;
  format: ContentFormat;
}

const KIND_OF_FORMAT = new Map<string, DocumentKind | 'office' | 'standard'>([
  ...Object.entries(FORMAT_NAMES).map(([kind, format]) => [format, kind as DocumentKind | 'office'] as const),
  [STANDARD_FORMAT, 'standard'],
]);
const collections = new Map<string, CollectionInfo>();
let knownOfficeIds: ReadonlySet<string> | undefined;

/** A rule only the admin can apply (it needs what the editor opened, e.g. a past version's correction note). */
export type AdminRule = (entry: Imm, data: Record<string, unknown>) => Diagnostic[];
const adminRules: AdminRule[] = [];

export function addAdminRule(rule: AdminRule): void {
  adminRules.push(rule);
}

interface ConfigCollection {
  name: string;
  format?: string;
  folder?: string;
  slug?: string;
  files?: { name: string; file: string }[];
}

/** Learn the collections of the generated config (their kind, folder, file names) and the offices on the portal. */
export function configureChecks(config: { collections: ConfigCollection[] }, officeIds: string[]): void {
  knownOfficeIds = new Set(officeIds);
  for (const c of config.collections) {
    const kind = c.format ? KIND_OF_FORMAT.get(c.format) : undefined;
    if (!kind) continue;
    collections.set(c.name, {
      kind,
      ...(c.folder ? { folder: c.folder } : {}),
      ...(c.slug ? { slug: c.slug } : {}),
      ...(c.files ? { files: new Map(c.files.map((f) => [f.name, f.file])) } : {}),
      format: kind === 'office' ? yamlFormat() : kind === 'standard' ? (standardFormat() as ContentFormat) : frontmatterFormat(kind),
    });
  }
}

/** The path a save of `entry` writes: its own for an existing entry, the slug template's for a new one (as Decap fills it). */
function pathOf(entry: Imm, info: CollectionInfo, data: Record<string, unknown>): string {
  if (info.files) return info.files.get(String(entry.get('slug'))) ?? String(entry.get('path') ?? '');
  const existing = entry.get('path');
  if (typeof existing === 'string' && existing && !entry.get('newRecord')) return existing;
  const slug = (info.slug ?? '{{slug}}').replace(/\{\{([^}]+)\}\}/g, (_, key: string) =>
    String(data[key.trim()] ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-'),
  );
  return `${info.folder}/${slug}.${info.kind === 'standard' ? 'yaml' : 'mdx'}`;
}

function withWords(d: Diagnostic): Finding {
  const bn = editorMessage(d);
  return LANG === 'en' ? { ...d, problem: d.message, fix: '' } : { ...d, ...bn };
}

let lastData: unknown;
let lastKey = '';
let lastResult: CheckResult | undefined;

/** The findings for the entry as it stands (computed once per version of its data). */
export function checkEntry(entry: Imm | undefined): CheckResult | undefined {
  if (!entry) return undefined;
  const info = collections.get(String(entry.get('collection')));
  if (!info) return undefined;
  const dataMap = entry.get('data');
  const key = `${String(entry.get('collection'))}\0${String(entry.get('path') ?? '')}\0${String(entry.get('newRecord'))}`;
  if (dataMap === lastData && key === lastKey && lastResult) return lastResult;
  const data = (dataMap?.toJS?.() ?? {}) as Record<string, unknown>;
  const path = pathOf(entry, info, data);
  const text = info.format.toFile(data);
  // The standards as the portal publishes them (/api/standards.json): a `standard:` row is checked as the build checks it.
  const standards: StandardsContext = adminStandardsContext(knownOfficeIds);
  const { diagnostics } = validateDocument({ path, text }, { ...(knownOfficeIds ? { knownOfficeIds } : {}), standards });
  const all = [...diagnostics, ...adminRules.flatMap((rule) => rule(entry, data))].map(withWords);
  lastData = dataMap;
  lastKey = key;
  lastResult = { path, errors: all.filter((f) => f.severity === 'error'), warnings: all.filter((f) => f.severity === 'warning') };
  return lastResult;
}

/** Forget the memo (a rule's answer changed without the data changing, e.g. a past version was unlocked). */
export function recheck(): void {
  lastData = undefined;
  notify();
}

// Listeners: the fields and the status panel re-render when the findings or a save attempt change.
const listeners = new Set<() => void>();
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function notify(): void {
  for (const listener of [...listeners]) listener();
}

let timer: ReturnType<typeof setTimeout> | undefined;
let lastShown = '';
/** The entry changed: check it again shortly (one check per pause in typing, not per key). */
export function scheduleCheck(getEntry: () => Imm): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const entry = getEntry();
    const result = checkEntry(entry);
    // The entry itself counts: another entry with the same findings still needs its own panel (versions, the save's result).
    const key = JSON.stringify([
      String(entry?.get('slug')),
      result?.path,
      result ? [result.errors, result.warnings].map((l) => l.map((f) => [f.field, f.code, f.message])) : [],
    ]);
    if (key !== lastShown) {
      lastShown = key;
      notify();
    }
  }, 400);
}

/** The last save the editor attempted: when, and the findings that refused it (none: it went to the backend). */
export interface SaveAttempt {
  at: number;
  refused: Finding[];
}
let attempt: SaveAttempt | undefined;
let attemptTimer: ReturnType<typeof setTimeout> | undefined;

/** Decap validated the whole form (the editor pressed save or publish): after this turn, record what refused it. */
export function noteSaveAttempt(getEntry: () => Imm): void {
  clearTimeout(attemptTimer);
  attemptTimer = setTimeout(() => {
    attempt = { at: Date.now(), refused: checkEntry(getEntry())?.errors ?? [] };
    notify();
  }, 0);
}

export function lastSaveAttempt(): SaveAttempt | undefined {
  return attempt;
}

/** A new editor opened: no attempt to show. */
export function resetAttempt(): void {
  attempt = undefined;
}
