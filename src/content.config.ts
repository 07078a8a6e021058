/**
 * Every content collection, declared in one place. The schemas come from
 * `src/schemas/` (one file per document kind); the build has already run
 * `npm run validate`'s checks before Astro loads anything, so a schema error
 * here means the content changed during the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { charterSchema, minutesSchema, officeOrderSchema, officeSchema } from './schemas/index.ts';
import { OFFICE_FILE, documentGlob, documentIdFromPath, officeIdFromPath, officesDir } from './content-model/paths.ts';
import { buildScope, documentOffices, metadataOffices } from './content-model/scope.ts';

const base = officesDir();
// An office build loads only its offices' documents and the metadata of the offices they name
// (ancestors, children): the office is the unit of build (docs/scale.md).
const scope = buildScope();
const withDocuments = documentOffices(scope);
const withMetadata = metadataOffices(scope);
// A build that loads no office (the national layer) still needs a pattern: one that matches nothing.
const NOTHING = ['.none/none'];
const officesPattern = withMetadata ? [...withMetadata, ...NOTHING].map((id) => `${id}/${OFFICE_FILE}`) : `*/${OFFICE_FILE}`;
const documentPattern = (kind: Parameters<typeof documentGlob>[0]) =>
  withDocuments ? [...[...withDocuments].map((id) => documentGlob(kind).replace(/^\*\//, `${id}/`)), ...NOTHING] : documentGlob(kind);

const offices = defineCollection({
  loader: glob({ base, pattern: officesPattern, generateId: ({ entry }) => officeIdFromPath(entry) }),
  schema: officeSchema,
});

const charters = defineCollection({
  loader: glob({ base, pattern: documentPattern('charter'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: charterSchema,
});

const minutes = defineCollection({
  loader: glob({ base, pattern: documentPattern('minutes'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: minutesSchema,
});

const orders = defineCollection({
  loader: glob({ base, pattern: documentPattern('order'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: officeOrderSchema,
});

export const collections = { offices, charters, minutes, orders };
