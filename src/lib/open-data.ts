/**
 * Open data: the JSON the portal publishes under /api/, and the JSON Schemas
 * of that JSON. Each published shape is a zod schema here built around the
 * content schemas of src/schemas, so the JSON Schemas are generated from the
 * same definitions that validate the content (`z.toJSONSchema`), never written
 * by hand, and cannot drift from what is published.
 *
 * Every document carries `$schema` (the absolute URL of its schema), so a
 * consumer can validate what they download.
 */
import path from 'node:path';
import { z } from 'zod';
import { officesDir } from '../content-model/paths.ts';
import {
  DOCUMENT_KINDS,
  minutesSchema,
  officeOrderSchema,
  officeSchema,
  resolvedCharterSchema,
  standardServiceSchema,
  type DocumentKind,
} from '../schemas/index.ts';

const isoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Date, YYYY-MM-DD');
const sitePath = z.string().regex(/^\//).describe('Path on the portal, from the site root');

const lastChange = z
  .strictObject({
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .describe('The commit that last changed the source file'),
    date: isoDateString.describe('Date of that commit'),
  })
  .describe('Last change of the source file in the content repository, when known');

const documentRef = z.strictObject({
  id: z.string().describe('Document id: <office>/<file name without extension>'),
  date: isoDateString.describe("The document's own date (charter effective date, letter date)"),
  title: z.string().describe('Title or subject as printed'),
  url: sitePath.describe('The HTML page'),
  json: sitePath.describe('This document as JSON'),
});

const officeRef = z.strictObject({
  id: z.string(),
  name: z.strictObject({ bn: z.string(), en: z.string() }),
  url: sitePath.describe('The HTML page'),
  json: sitePath.describe('This office as JSON'),
});

// A charter is published as its pages show it: `standard:` rows resolved (src/domain/standard-services.ts).
const CONTENT_SCHEMAS = { charter: resolvedCharterSchema, minutes: minutesSchema, order: officeOrderSchema } as const;

/** A standard service as published (src/pipeline/standards-data.ts): what the index and its own file share. */
const standardSummary = {
  ref: z.string().describe('The standard service: <setter-office-id>/<service-id>'),
  setter: z.string().describe('Id of the office that sets it'),
  url: sitePath.describe('This standard as JSON, with the offices using it'),
  current: isoDateString.describe('Effective date of the version in force on `day`'),
  scheduled: isoDateString.optional().describe('Effective date of the next version, when one is scheduled'),
  count: z.number().int().describe('Offices whose current charter uses it'),
  deviating: z.number().int().describe('Of those, offices that state a deviation from it'),
  standard: standardServiceSchema.describe('The standard as typed content (its file, validated): every version with its legal basis'),
};

function documentSchema<K extends DocumentKind>(kind: K) {
  return z
    .strictObject({
      $schema: z.url().describe('URL of this JSON Schema'),
      kind: z.literal(kind),
      id: z.string().describe('Document id: <office>/<file name without extension>'),
      office: officeRef,
      date: isoDateString.describe("The document's own date"),
      url: sitePath.describe('The HTML page of this document'),
      source: z.string().describe('Path of the source file under the content root'),
      lastChange: lastChange.optional(),
      data: CONTENT_SCHEMAS[kind].describe('The document as typed content (its frontmatter, validated)'),
      body: z.string().describe('The Markdown text of the document body, as written'),
    })
    .describe(`A ${kind} document as published by the portal`);
}

/** Every published shape, by the name of its schema file (`/api/schemas/<name>.schema.json`). */
export const OPEN_DATA_SCHEMAS = {
  offices: z
    .strictObject({
      $schema: z.url(),
      offices: z
        .array(
          officeRef.extend({
            kind: officeSchema.shape.kind,
            parent: z.string().optional().describe('Id of the parent office, when it is on the portal'),
            lastUpdated: isoDateString.optional().describe('Newest document date of the office'),
            counts: z.strictObject({ charters: z.number().int(), minutes: z.number().int(), orders: z.number().int() }),
          }),
        )
        .describe('Every office, by id'),
    })
    .describe('Index of all offices on the portal'),
  office: z
    .strictObject({
      $schema: z.url(),
      id: z.string(),
      url: sitePath,
      source: z.string(),
      lastChange: lastChange.optional(),
      data: officeSchema.describe('The office as typed content (office.yaml, validated)'),
      parent: officeRef.optional(),
      children: z.array(officeRef).describe('Offices this one monitors'),
      charters: z.array(documentRef).describe('Citizen charters, newest first'),
      minutes: z.array(documentRef).describe('Minutes, newest meeting first'),
      orders: z.array(documentRef).describe('Office orders, newest first'),
    })
    .describe('An office with its documents'),
  charter: documentSchema('charter'),
  minutes: documentSchema('minutes'),
  order: documentSchema('order'),
  standards: z
    .strictObject({
      $schema: z.url(),
      day: isoDateString.describe('The day the versions in force were taken on'),
      standards: z.array(z.strictObject(standardSummary)).describe('Every standard service, by reference'),
    })
    .describe('Index of the standard services: services set once (by act, rule or circular) for every office of a kind'),
  standard: z
    .strictObject({
      $schema: z.url(),
      day: isoDateString.describe('The day the version in force was taken on'),
      ...standardSummary,
      offices: z
        .array(
          z.strictObject({
            id: z.string(),
            name: z.strictObject({ bn: z.string(), en: z.string() }),
            deviates: z.boolean().describe('Whether the office states a deviation from the standard (its charter gives the reason)'),
            url: sitePath.describe("The service on the office's current charter"),
          }),
        )
        .describe('The offices whose current charter uses it, by id'),
    })
    .describe('A standard service with the offices that use it'),
} as const;
export type StandardsIndexOpenData = z.infer<(typeof OPEN_DATA_SCHEMAS)['standards']>;
export type StandardOpenData = z.infer<(typeof OPEN_DATA_SCHEMAS)['standard']>;
export type OpenDataSchemaName = keyof typeof OPEN_DATA_SCHEMAS;

/** The JSON Schema (draft 2020-12) of a published shape, describing the JSON as published (defaults filled in). */
export function jsonSchemaOf(name: OpenDataSchemaName, site: URL | string): Record<string, unknown> {
  const schema = z.toJSONSchema(OPEN_DATA_SCHEMAS[name], { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: absolute(site, apiPaths.schema(name)), title: `Protishruti open data: ${name}`, ...rest };
}

/** Site-relative paths of the open data, with the site base. */
export function makeApiPaths(base: string) {
  const b = base.replace(/\/?$/, '/');
  return {
    index: () => `${b}api/offices.json`,
    office: (officeId: string) => `${b}api/offices/${officeId}.json`,
    document: (kind: DocumentKind, id: string) => {
      const [office = '', doc = ''] = id.split('/');
      return `${b}api/offices/${office}/${DOCUMENT_KINDS[kind].folder}/${doc}.json`;
    },
    schema: (name: OpenDataSchemaName) => `${b}api/schemas/${name}.schema.json`,
  };
}
export const apiPaths = makeApiPaths(import.meta.env?.BASE_URL ?? '/');

export function absolute(site: URL | string, sitePathname: string): string {
  return new URL(sitePathname, site).href;
}

/** Path of a content file under the content root (`offices/lgd/office.yaml`), whatever the root is. */
export function sourcePath(filePath: string | undefined): string {
  if (!filePath) return '';
  return path.posix.join('offices', path.relative(officesDir(), path.resolve(filePath)).split(path.sep).join('/'));
}

/** Stable, readable JSON: two-space indent and a final newline, so two builds write identical bytes. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
