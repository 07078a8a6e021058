/**
 * Reads the zod schemas into a plain field tree the CMS generator, the file
 * format and the tests share. Only the zod features the schemas use are
 * understood; anything else throws, naming the field, so a new kind of schema
 * can never silently become a CMS field that writes the wrong shape.
 */
import type { z } from 'zod';

export type FieldNode =
  | { kind: 'text'; pattern?: RegExp; format?: 'url' }
  | { kind: 'date' }
  | { kind: 'number'; int: boolean; min?: number; exclusiveMin?: boolean }
  | { kind: 'enum'; values: (string | number)[] }
  | { kind: 'object'; fields: FieldSpec[] }
  | { kind: 'array'; element: FieldNode; min?: number }
  | { kind: 'union'; discriminator: string; variants: { value: string; fields: FieldSpec[] }[] };

export interface FieldSpec {
  key: string;
  /** The field's `.describe()` text (the outermost one wins, as zod does). */
  description: string | undefined;
  /** The key may be left out of a file. */
  optional: boolean;
  /** The schema fills a default when the key is left out. */
  defaultValue?: unknown;
  node: FieldNode;
}

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: AnySchema[];
  discriminator?: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  defaultValue?: unknown;
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function descriptionOf(schema: AnySchema): string | undefined {
  return (schema as unknown as { description?: string }).description;
}

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

/** The fields of an object schema, in the order the schema declares them. */
export function objectFields(schema: AnySchema, where = 'schema'): FieldSpec[] {
  const { node } = unwrap(schema, where);
  if (node.kind !== 'object') throw new Error(`${where}: expected an object schema, found ${node.kind}`);
  return node.fields;
}

/** Unwrap optional/default/preprocess layers of one field and describe what is left. */
export function unwrap(schema: AnySchema, where: string): { node: FieldNode; optional: boolean; defaultValue?: unknown; description: string | undefined } {
  let description = descriptionOf(schema);
  let optional = false;
  let defaultValue: unknown;
  let hasDefault = false;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      if (!hasDefault) {
        hasDefault = true;
        defaultValue = def.defaultValue;
      }
      current = def.innerType!;
    } else if (def.type === 'pipe' && defOf(def.in!).type === 'transform') {
      // z.preprocess(fn, schema): the stored shape is the output schema's.
      current = def.out!;
    } else {
      break;
    }
    description ??= descriptionOf(current);
  }
  const node = describeNode(current, where);
  return hasDefault ? { node, optional, defaultValue, description } : { node, optional, description };
}

function isIsoDate(schema: AnySchema): boolean {
  const def = defOf(schema);
  return def.type === 'string' && checksOf(def).some((c) => c['format'] === 'regex' && String(c['pattern']) === String(/^\d{4}-\d{2}-\d{2}$/));
}

function describeNode(schema: AnySchema, where: string): FieldNode {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      if (isIsoDate(schema)) return { kind: 'date' };
      if (def.format === 'url') return { kind: 'text', format: 'url' };
      const regex = checksOf(def).find((c) => c['format'] === 'regex');
      return regex ? { kind: 'text', pattern: regex['pattern'] as RegExp } : { kind: 'text' };
    }
    case 'number': {
      const checks = checksOf(def);
      const int = checks.some((c) => c['check'] === 'number_format' && /int/.test(String(c['format'])));
      const lower = checks.find((c) => c['check'] === 'greater_than');
      if (!lower) return { kind: 'number', int };
      return { kind: 'number', int, min: Number(lower['value']), exclusiveMin: !lower['inclusive'] };
    }
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'enum', values: (def.values ?? []) as (string | number)[] };
    case 'union': {
      const options = def.options ?? [];
      if (def.discriminator) {
        const discriminator = def.discriminator;
        return {
          kind: 'union',
          discriminator,
          variants: options.map((option, i) => {
            const fields = objectFields(option, `${where}[variant ${i}]`);
            const tag = fields.find((f) => f.key === discriminator);
            if (!tag || tag.node.kind !== 'enum' || tag.node.values.length !== 1) {
              throw new Error(`${where}: every variant of a discriminated union needs one literal "${discriminator}"`);
            }
            return { value: String(tag.node.values[0]), fields };
          }),
        };
      }
      // A union of literals (e.g. the quarter 1 | 2 | 3 | 4) is a choice.
      const literals = options.map((o) => defOf(o));
      if (literals.every((d) => d.type === 'literal')) {
        return { kind: 'enum', values: literals.flatMap((d) => (d.values ?? []) as (string | number)[]) };
      }
      throw new Error(`${where}: the CMS generator understands discriminated unions and unions of literals only`);
    }
    case 'object':
      return {
        kind: 'object',
        fields: Object.entries(def.shape ?? {}).map(([key, child]) => {
          const { node, optional, description, ...rest } = unwrap(child, `${where}.${key}`);
          return { key, description, optional, ...('defaultValue' in rest ? { defaultValue: rest.defaultValue } : {}), node };
        }),
      };
    case 'array': {
      const { node } = unwrap(def.element!, `${where}[]`);
      const min = checksOf(def).find((c) => c['check'] === 'min_length');
      return min ? { kind: 'array', element: node, min: Number(min['minimum']) } : { kind: 'array', element: node };
    }
    default:
      throw new Error(`${where}: the CMS generator has no widget for a zod "${def.type}" schema; teach cms/schema-walk.ts about it`);
  }
}

/** Every field path of a tree (`services.citizen.services[].fee.kind`), for tests and coverage reports. */
export function fieldPaths(fields: FieldSpec[], prefix = ''): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    out.push(path);
    out.push(...nodePaths(field.node, path));
  }
  return out;
}

function nodePaths(node: FieldNode, path: string): string[] {
  switch (node.kind) {
    case 'object':
      return fieldPaths(node.fields, path);
    case 'array':
      return nodePaths(node.element, `${path}[]`);
    case 'union':
      return mergeUnionFields(node).flatMap((f) => [`${path}.${f.key}`, ...nodePaths(f.node, `${path}.${f.key}`)]);
    default:
      return [];
  }
}

/**
 * The fields of a discriminated union as one flat object, in first-seen order:
 * the discriminator first, then every other key; a key is optional unless every
 * variant requires it. This is how the CMS shows a union (a choice plus fields).
 */
export function mergeUnionFields(node: Extract<FieldNode, { kind: 'union' }>): FieldSpec[] {
  const merged: FieldSpec[] = [];
  for (const variant of node.variants) {
    for (const field of variant.fields) {
      const seen = merged.find((f) => f.key === field.key);
      if (!seen) merged.push({ ...field });
      else if (field.optional) seen.optional = true;
    }
  }
  for (const field of merged) {
    if (node.variants.some((v) => !v.fields.some((f) => f.key === field.key))) field.optional = true;
  }
  const tag = merged.find((f) => f.key === node.discriminator)!;
  tag.node = { kind: 'enum', values: node.variants.map((v) => v.value) };
  tag.optional = false;
  // The tag's own description belongs to one variant's literal ("Free of charge"); the choice is between all of them.
  tag.description = `Kind: ${node.variants.map((v) => v.value).join(' or ')}`;
  return [tag, ...merged.filter((f) => f !== tag)];
}
