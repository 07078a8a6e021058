/**
 * The build's steps around Astro, in order. Each capability (freshness gate,
 * search index, offline support, open data) registers its step here, so the
 * shape of `npm run build` is readable in one place.
 */
import type { BuildStep } from '../../src/content-model/build-step.ts';
import { offlineStep } from './offline.ts';
import { searchIndexStep } from './search-index.ts';
import { freshnessGate } from './freshness-gate.ts';
import { shardContextStep } from './shard-context.ts';
import { cmsAdminStep } from '../../cms/build-step.ts';

// The step shape lives in src/content-model/build-step.ts (cms/ implements it too).
export type { BuildContext, BuildStep } from '../../src/content-model/build-step.ts';

export const buildSteps: { beforeAstro: BuildStep[]; afterAstro: BuildStep[] } = {
  // The freshness gate fails the build on stale content before anything is rendered.
  beforeAstro: [freshnessGate],
  afterAstro: [
    // Sharded builds FIRST: drop the pages of context offices (another shard's) before anything indexes them.
    shardContextStep,
    // Search: Pagefind indexes the built pages (Bengali folding, filters) into pagefind/.
    searchIndexStep,
    // The CMS (/admin/, /admin/<office>/): Decap from node_modules with configs generated from the schemas.
    cmsAdminStep,
    // Offline support stays LAST: it hashes the finished site (and the Pagefind index) into the service worker's version and office packs.
    offlineStep,
  ],
};
