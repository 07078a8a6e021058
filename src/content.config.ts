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

const base = officesDir();

const offices = defineCollection({
  loader: glob({ base, pattern: `*/${OFFICE_FILE}`, generateId: ({ entry }) => officeIdFromPath(entry) }),
  schema: officeSchema,
});

const charters = defineCollection({
  loader: glob({ base, pattern: documentGlob('charter'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: charterSchema,
});

const minutes = defineCollection({
  loader: glob({ base, pattern: documentGlob('minutes'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: minutesSchema,
});

const orders = defineCollection({
  loader: glob({ base, pattern: documentGlob('order'), generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: officeOrderSchema,
});

export const collections = { offices, charters, minutes, orders };
