/**
 * THE writer of content files: office.yaml and the `.mdx` documents, whoever
 * writes them (the CMS's file format, the importer, the synthetic generator).
 * A file written here looks the same whichever of them wrote it:
 *
 * - keys in the order the zod schema declares them, at every depth (a union by
 *   its chosen variant); keys the schema does not know keep their place after
 *   the known ones, so nothing typed is ever dropped;
 * - YAML in one style (./yaml-text.ts: no line folding, block literals);
 * - a document is `---`, the frontmatter, `---`, then the body exactly as given;
 * - text in Unicode NFC (Bengali typed or pasted in decomposed form looks the
 *   same but would search and diff differently).
 *
 * What to leave out is the writer's caller's knowledge, so it is named here
 * once and chosen per caller (`leaveOut`): the CMS leaves out what an editor
 * cleared (`'blank'`), the importer the empty lists and groups the schemas
 * default (`'empty'`), the generator writes what it made (`'nothing'`).
 *
 * No file system here: the CMS runs this in the browser; callers write the text.
 */
import { mergeUnionFields, objectFields, type FieldNode, type FieldSpec } from '../core/schema-fields.ts';
import { DOCUMENT_KINDS, officeSchema, standardServiceSchema, type DocumentKind } from '../schemas/index.ts';
import { yamlText } from './yaml-text.ts';

export type ContentKind = DocumentKind | 'office' | 'standard';

/**
 * - `nothing`: write the data as given.
 * - `blank`: leave out `""` and `null` (a cleared input means "not given"; the schemas reject an empty
 *   string) and groups emptied by that; lists stay, even empty (an empty list is a value).
 * - `empty`: leave out empty lists and groups at any depth except the top level, where a key given
 *   stays (the importer writes what it found; a missing required list shows as the schema error).
 */
export type LeaveOut = 'nothing' | 'blank' | 'empty';

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

const fieldsByKind = new Map<ContentKind, FieldSpec[]>();

/** The schema's field tree of a kind (computed once). */
export function contentFields(kind: ContentKind): FieldSpec[] {
  let fields = fieldsByKind.get(kind);
  if (!fields) {
    fields = objectFields(kind === 'office' ? officeSchema : kind === 'standard' ? standardServiceSchema : DOCUMENT_KINDS[kind].schema, kind);
    fieldsByKind.set(kind, fields);
  }
  return fields;
}

/** The YAML of a kind's data (office.yaml whole, a document's frontmatter): `''` when nothing is left to write. */
export function contentYaml(kind: ContentKind, data: Record<string, unknown>, leaveOut: LeaveOut = 'nothing'): string {
  const kept = leaveOut === 'blank' ? withoutBlank(data as Json) : leaveOut === 'empty' ? withoutEmpty(data) : data;
  if (kept === undefined) return '';
  return yamlText(orderLike(kept as Json, { kind: 'object', fields: contentFields(kind) }) as Record<string, unknown>).normalize('NFC');
}

/** The text of an office.yaml. */
export function officeFile(data: Record<string, unknown>, leaveOut: LeaveOut = 'nothing'): string {
  return contentYaml('office', data, leaveOut);
}

/** The text of a standard service (`offices/<setter>/services/<id>.yaml`). */
export function standardFile(data: Record<string, unknown>, leaveOut: LeaveOut = 'nothing'): string {
  return contentYaml('standard', data, leaveOut);
}

/** The text of a document: frontmatter, then `body` exactly as it follows the closing `---` line. */
export function documentFile(kind: DocumentKind, data: Record<string, unknown>, body: string, leaveOut: LeaveOut = 'nothing'): string {
  return `---\n${contentYaml(kind, data, leaveOut)}---\n${body.normalize('NFC')}`;
}

/** A body as the importer and the generator compose it: a blank line after the frontmatter, the text, a final newline; nothing when empty. */
export function bodyAfterFrontmatter(markdown: string): string {
  return markdown ? `\n${markdown}\n` : '';
}

/** `leaveOut: 'blank'`: drop "", null, and objects emptied by that. Arrays stay (an empty list is a value). */
export function withoutBlank(value: Json): Json | undefined {
  if (value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(withoutBlank).filter((v): v is Json => v !== undefined);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    let kept = 0;
    for (const [key, child] of Object.entries(value)) {
      const c = withoutBlank(child);
      if (c === undefined) continue;
      out[key] = c;
      kept++;
    }
    return kept ? out : undefined;
  }
  return value;
}

/** `leaveOut: 'empty'`: drop empty lists and objects below the top level; a top-level key given stays. */
function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  const pruned = pruneEmpty(data) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key in pruned) out[key] = pruned[key];
    else if (value !== undefined) out[key] = value;
  }
  return out;
}

function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruneEmpty(v);
      if (p === undefined || (Array.isArray(p) && p.length === 0) || (p && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0)) continue;
      out[k] = p;
    }
    return out;
  }
  return value;
}

/** Put object keys in schema order, recursively; keys the schema does not know keep their place after the known ones. */
export function orderLike(value: Json, node: FieldNode): Json {
  if (Array.isArray(value)) return node.kind === 'array' ? value.map((v) => orderLike(v, node.element)) : value;
  if (value === null || typeof value !== 'object') return value;
  const fields = node.kind === 'object' ? node.fields : node.kind === 'union' ? unionFields(node, value) : undefined;
  if (!fields) return value;
  const out: { [key: string]: Json } = {};
  for (const field of fields) {
    if (Object.hasOwn(value, field.key)) out[field.key] = orderLike(value[field.key]!, field.node);
  }
  for (const [key, child] of Object.entries(value)) {
    if (!Object.hasOwn(out, key)) out[key] = child;
  }
  return out;
}

/** The chosen variant's fields (by its discriminator value), or every variant's when none is chosen yet. */
function unionFields(node: Extract<FieldNode, { kind: 'union' }>, value: { [key: string]: Json }): FieldSpec[] {
  const chosen = node.variants.find((v) => v.value === value[node.discriminator]);
  return chosen ? chosen.fields : mergeUnionFields(node);
}
