/**
 * npm run build:national [-- --out DIR]
 *
 * The national layer over the published folder (default dist/, or PORTAL_OUT_DIR):
 * home, directory, search page, country and per-parent compliance (HTML, JSON, CSV),
 * the open-data office list, search scopes, CMS shell, service worker and sitemaps,
 * from every office.yaml and each office's published record. It never renders or
 * re-indexes an office's pages, and exits 0 when offices are stale (it lists them).
 * Offices no longer in content are removed from the published folder (every file they own).
 */
import path from 'node:path';
import { PolicyError } from '../src/content-model/freshness-policy.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { NationalInputError, buildNational } from '../src/pipeline/national-build.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), { out: { value: true } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const outDir = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : process.env['PORTAL_OUT_DIR'] || 'dist');
  try {
    await buildNational({ repo: process.cwd(), contentRoot: contentRoot(), outDir });
    return 0;
  } catch (error) {
    if (error instanceof PolicyError || error instanceof NationalInputError) throw new UsageError(error.message);
    throw error;
  }
});
