/**
 * Reads the zod schemas into a plain field tree the CMS generator, the content
 * writer's key order (src/content-model/write.ts) and the tests share, through
 * zod's public API (`.type`, `.shape`, `.element`, `.options`, `.unwrap()`, and
 * `z.toJSONSchema` for a leaf's checks). Only the zod features the schemas use
 * are understood; anything else throws, naming the field, so a new kind of
 * schema can never silently become a CMS field that writes the wrong shape.
 */
import { z } from 'zod';
import { ISO_DATE } from '../schemas/common.ts';

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

/** The JSON Schema of one leaf (a string's pattern, a number's bounds, a list's minimum length): zod's public reading of its checks. */
function leafJson(schema: AnySchema): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

/**
 * The schema a wrapper stands for: optional, default, prefault and nullable wrap one
 * schema (`.unwrap()`); `z.preprocess(fn, schema)` stores and checks the output
 * schema's shape. `undefined` for anything that is not a wrapper.
 */
export function innerSchema(schema: AnySchema): AnySchema | undefined {
  switch (schema.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return (schema as z.ZodOptional<AnySchema>).unwrap();
    case 'pipe': {
      const pipe = schema as z.ZodPipe<AnySchema, AnySchema>;
      return pipe.in.type === 'transform' ? pipe.out : undefined;
    }
    default:
      return undefined;
  }
}

/** The fields of an object schema, in the order the schema declares them. */
export function objectFields(schema: AnySchema, where = 'schema'): FieldSpec[] {
  const { node } = unwrap(schema, where);
  if (node.kind !== 'object') throw new Error(`${where}: expected an object schema, found ${node.kind}`);
  return node.fields;
}

/** Unwrap optional/default/preprocess layers of one field and describe what is left. */
export function unwrap(schema: AnySchema, where: string): { node: FieldNode; optional: boolean; defaultValue?: unknown; description: string | undefined } {
  let description = schema.description;
  let optional = false;
  let defaultValue: unknown;
  let hasDefault = false;
  let current = schema;
  for (let inner = innerSchema(current); inner; inner = innerSchema(current)) {
    if (current.type === 'optional') optional = true;
    if ((current.type === 'default' || current.type === 'prefault') && !hasDefault) {
      optional = true;
      hasDefault = true;
      defaultValue = (current as z.ZodDefault<AnySchema>).def.defaultValue;
    }
    current = inner;
    description ??= current.description;
  }
  const node = describeNode(current, where);
  return hasDefault ? { node, optional, defaultValue, description } : { node, optional, description };
}

function describeNode(schema: AnySchema, where: string): FieldNode {
  switch (schema.type) {
    case 'string': {
      const pattern = leafJson(schema)['pattern'];
      if (pattern === ISO_DATE.source) return { kind: 'date' };
      if ((schema as z.ZodString).format === 'url') return { kind: 'text', format: 'url' };
      return typeof pattern === 'string' ? { kind: 'text', pattern: new RegExp(pattern) } : { kind: 'text' };
    }
    case 'number': {
      const json = leafJson(schema);
      const int = (schema as z.ZodNumber).isInt;
      if (typeof json['exclusiveMinimum'] === 'number') return { kind: 'number', int, min: json['exclusiveMinimum'], exclusiveMin: true };
      // An integer's JSON Schema carries the safe-integer floor: that is not a bound the schema set.
      if (typeof json['minimum'] === 'number' && json['minimum'] !== Number.MIN_SAFE_INTEGER)
        return { kind: 'number', int, min: json['minimum'], exclusiveMin: false };
      return { kind: 'number', int };
    }
    case 'enum':
      return { kind: 'enum', values: (schema as z.ZodEnum).options };
    case 'literal':
      return { kind: 'enum', values: [...(schema as z.ZodLiteral<string | number>).values] };
    case 'union': {
      const union = schema as z.ZodUnion<AnySchema[]>;
      const discriminator = (union as unknown as z.ZodDiscriminatedUnion).def.discriminator as string | undefined;
      if (discriminator) {
        return {
          kind: 'union',
          discriminator,
          variants: union.options.map((option, i) => {
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
      if (union.options.every((o) => o.type === 'literal')) {
        return { kind: 'enum', values: union.options.flatMap((o) => [...(o as z.ZodLiteral<string | number>).values]) };
      }
      throw new Error(`${where}: the CMS generator understands discriminated unions and unions of literals only`);
    }
    case 'object':
      return {
        kind: 'object',
        fields: Object.entries((schema as z.ZodObject).shape).map(([key, child]) => {
          const { node, optional, description, ...rest } = unwrap(child as AnySchema, `${where}.${key}`);
          return { key, description, optional, ...('defaultValue' in rest ? { defaultValue: rest.defaultValue } : {}), node };
        }),
      };
    case 'array': {
      const array = schema as z.ZodArray<AnySchema>;
      const { node } = unwrap(array.element, `${where}[]`);
      const min = leafJson(array)['minItems'];
      return typeof min === 'number' ? { kind: 'array', element: node, min } : { kind: 'array', element: node };
    }
    default:
      throw new Error(`${where}: the CMS generator has no widget for a zod "${schema.type}" schema; teach src/core/schema-fields.ts about it`);
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
