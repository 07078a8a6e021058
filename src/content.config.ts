/**
 * Every content collection, declared in one place. The schemas come from
 * `src/schemas/` (one file per document kind); the build has already run
 * `npm run validate`'s checks before Astro loads anything (the pipeline, or the
 * protishruti() integration in src/integration/), so a schema error here means the
 * content changed during the build. In `astro dev` a failed load does not stop the
 * server (keepDevRunning): the pages show the validation error until it is fixed.
 *
 * One loader reads every collection (src/content-model/astro-loader.ts): the same
 * reader as the validator, the build scope (`PORTAL_SCOPE`) applied, and document
 * bodies rendered to HTML at load time and kept between builds by digest. Charters are
 * stored as the pages show them: `standard:` rows resolved (src/domain/standard-services.ts).
 */
import { defineCollection } from 'astro:content';
import { officeContentLoader } from './content-model/astro-loader.ts';
import { keepDevRunning } from './integration/dev-loader.ts';
import { minutesSchema, officeOrderSchema, officeSchema, resolvedCharterSchema } from './schemas/index.ts';

const offices = defineCollection({ loader: keepDevRunning(officeContentLoader('office')), schema: officeSchema });
const charters = defineCollection({ loader: keepDevRunning(officeContentLoader('charter')), schema: resolvedCharterSchema });
const minutes = defineCollection({ loader: keepDevRunning(officeContentLoader('minutes')), schema: minutesSchema });
const orders = defineCollection({ loader: keepDevRunning(officeContentLoader('order')), schema: officeOrderSchema });

export const collections = { offices, charters, minutes, orders };
