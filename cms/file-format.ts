/**
 * How the CMS reads and writes content files. Registered in Decap as a custom
 * format (`CMS.registerCustomFormat`) so a saved file looks exactly like a
 * hand-written one and a one-field edit is a one-line diff:
 *
 * - YAML is written by the same `yaml` library the loader reads it with, with no
 *   line folding (Decap's built-in format folds long Bengali lines at 80 columns,
 *   which would turn every save into a diff of the whole paragraph);
 * - keys are written in the order the zod schema declares them, at every depth
 *   (Decap only orders the top level, and loses order in maps of more than 8 keys);
 * - fields the editor left empty ("" or null, the values Decap keeps for a
 *   cleared input) are left out, because an empty value means "not given" and the
 *   schema rejects an empty string. Nothing typed is ever dropped.
 */
import { parse, stringify } from 'yaml';
import { mergeUnionFields, type FieldNode, type FieldSpec } from './schema-walk.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

export interface ContentFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/** A Markdown/MDX file with YAML frontmatter; the body is the `body` field. */
export function frontmatterFormat(fields: FieldSpec[]): ContentFormat {
  return {
    fromFile(content) {
      const match = FRONTMATTER.exec(content);
      if (!match) return content.trim() ? { body: content } : {};
      const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
      const body = content.slice(match[0].length);
      return body ? { ...data, body } : data;
    },
    toFile(data) {
      const { body, ...meta } = data;
      const yamlText = writeYaml(meta, fields);
      return `---\n${yamlText}---\n${typeof body === 'string' ? body : ''}`;
    },
  };
}

/** A plain YAML file (office.yaml). */
export function yamlFormat(fields: FieldSpec[]): ContentFormat {
  return {
    fromFile: (content) => (parse(content) ?? {}) as Record<string, unknown>,
    toFile: (data) => writeYaml(data, fields),
  };
}

function writeYaml(data: Record<string, unknown>, fields: FieldSpec[]): string {
  const cleaned = clean(data as Json) ?? {};
  const ordered = orderLike(cleaned, { kind: 'object', fields });
  // The same options as the importer (src/importer/mdx.ts), so imported and edited files look alike.
  return Object.keys(ordered as object).length ? stringify(ordered, { lineWidth: 0, minContentWidth: 0, indentSeq: true, blockQuote: 'literal' }) : '';
}

/** Drop what an editor left empty: "", null, and objects emptied by that. Arrays stay (an empty list is a value). */
export function clean(value: Json): Json | undefined {
  if (value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(clean).filter((v): v is Json => v !== undefined);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    let kept = 0;
    for (const [key, child] of Object.entries(value)) {
      const c = clean(child);
      if (c === undefined) continue;
      out[key] = c;
      kept++;
    }
    return kept ? out : undefined;
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
