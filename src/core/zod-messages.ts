/**
 * Turns zod issues into sentences a maintainer can act on: the field path, what
 * the field is (its schema description) and what was expected. Tests pin these.
 */
import type { z } from 'zod';
import type { FieldPath } from './diagnostic.ts';
import { innerSchema } from './schema-fields.ts';

export interface FriendlyIssue {
  path: FieldPath;
  message: string;
}

type AnySchema = z.ZodType;

/** The schema at `path` inside `schema`, looking through optional/default/pipe wrappers. */
export function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (!current) return undefined;
    if (typeof key === 'number') {
      current = current.type === 'array' ? (current as z.ZodArray<AnySchema>).element : undefined;
    } else if (current.type === 'object') {
      current = (current as z.ZodObject).shape[key] as AnySchema | undefined;
    } else {
      // Inside a union the field differs per variant, so no single description applies.
      return undefined;
    }
  }
  return current;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let inner = current && innerSchema(current); inner; inner = innerSchema(current)) current = inner;
  return current;
}

/** The one-line description of the field at `path`, looking through wrappers in both directions. */
export function describeAt(schema: AnySchema, path: FieldPath): string | undefined {
  for (let current = schemaAt(schema, path); current; current = innerSchema(current)) {
    if (current.description) return current.description;
  }
  return undefined;
}

/** Friendly messages for a failed `safeParse`. */
export function friendlyIssues(schema: AnySchema, error: z.core.$ZodError): FriendlyIssue[] {
  return error.issues.flatMap((issue) =>
    // One issue per unknown key, on the key's own line, so a typo is found at once.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: [...(issue.path as FieldPath), key],
          message: `is not a known field: check the spelling, or remove it${knownFields(schema, issue.path as FieldPath)}`,
        }))
      : [{ path: issue.path as FieldPath, message: friendlyMessage(schema, issue) }],
  );
}

function knownFields(schema: AnySchema, path: FieldPath): string {
  const here = unwrap(schemaAt(schema, path));
  return here?.type === 'object' ? ` (known fields here: ${Object.keys((here as z.ZodObject).shape).join(', ')})` : '';
}

function friendlyMessage(schema: AnySchema, issue: z.core.$ZodIssue): string {
  const path = issue.path as FieldPath;
  // A field inside a union (e.g. fee.kind) has no single description: describe the union field itself.
  const what = describeAt(schema, path) ?? (path.length ? describeAt(schema, path.slice(0, -1)) : undefined);
  const about = what ? ` (${what})` : '';
  const rawInput = (issue as { input?: unknown }).input;
  // A discriminator error carries the whole object; the value that is wrong is its key.
  const lastKey = path[path.length - 1];
  const input =
    issue.code === 'invalid_union' && rawInput && typeof rawInput === 'object' && typeof lastKey === 'string' && lastKey in rawInput
      ? (rawInput as Record<string, unknown>)[lastKey]
      : rawInput;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is required but missing${about}`;
      if (issue.message && !issue.message.startsWith('Invalid input')) return `${issue.message}${about}; found ${show(input)}`;
      return `expected ${article(issue.expected)}${about}; found ${show(input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${about}; found ${show(input)}`;
    case 'invalid_union':
      if (issue.message && !issue.message.startsWith('Invalid input')) return `${issue.message}${about}${input !== undefined ? `; found ${show(input)}` : ''}`;
      return `does not match any allowed shape${about}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}${about}`;
      if (issue.origin === 'string') return `must not be empty${about}`;
      return `must be at least ${String(issue.minimum)}${about}`;
    default:
      return `${issue.message}${about}${input !== undefined ? `; found ${show(input)}` : ''}`;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'a group of fields', boolean: 'true or false' };
  return words[expected] ?? expected;
}

function show(value: unknown): string {
  if (value === null) return 'nothing (null)';
  // A value the schema never got (a missing discriminator, found by fuzzing): JSON.stringify gives undefined here.
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
