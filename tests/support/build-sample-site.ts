/**
 * Global setup of the `site` tests: build the sample site once, exactly as
 * `npm run build` does, into a cache folder the tests read and serve.
 */
import { runScript } from './run-script.ts';
import { sampleSiteDir } from './paths.ts';

export default async function buildSampleSite(): Promise<void> {
  // Its own Astro cache: a build running elsewhere in the same checkout must not share .astro/.
  const result = await runScript('build', [], { PORTAL_OUT_DIR: sampleSiteDir, PORTAL_CACHE_DIR: `${sampleSiteDir}.astro-cache` });
  if (result.code !== 0) {
    throw new Error(`building the sample site failed (exit ${result.code}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
}
