/**
 * After an `astro build` the pipeline did not start: the per-office steps of
 * `build:office` (src/pipeline/office-finish.ts) for every office the build
 * rendered, in Astro's output folder. Nothing is published (no manifest, no
 * staging): that stays `build:office`'s job. Loaded only when needed, so `astro dev`
 * does not load Pagefind or the CMS.
 */
import fs from 'node:fs';
import path from 'node:path';
import { freshnessOfficesFromTree } from '../validation/freshness-offices.ts';
import { loadContentTree } from '../content-model/load.ts';
import { readOfficeDirectory } from '../content-model/office-directory.ts';
import type { BuildScope } from '../content-model/scope.ts';
import { finishOffice, officeFinishInputs } from '../pipeline/office-finish.ts';
import { closeSearchIndexer } from '../pipeline/office-search.ts';

export async function finishRenderedOffices(options: { siteDir: string; root: string; scope: BuildScope }): Promise<string[]> {
  const directory = readOfficeDirectory(options.root);
  const wanted = options.scope.offices === 'all' ? [...directory.keys()] : options.scope.offices;
  const ids = wanted.filter((id) => fs.existsSync(path.join(options.siteDir, 'offices', id))).sort();
  if (!ids.length) return ids;
  const { offices, services } = freshnessOfficesFromTree(loadContentTree(options.root, { officeIds: ids }));
  const inputs = officeFinishInputs(directory, offices, process.env, services);
  try {
    for (const id of ids) await finishOffice(options.siteDir, id, inputs);
  } finally {
    await closeSearchIndexer();
  }
  return ids;
}
