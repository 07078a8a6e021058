/**
 * npm run build: validate content, run the freshness gate, build the site, index
 * it for search, and only then publish it to dist/. Each step that fails stops
 * the build with its own report, and dist/ is left as it was: nothing half-built
 * is published.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadContentTree } from '../src/content-model/load.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { countBySeverity, formatDiagnosticsText } from '../src/validation/diagnostic.ts';
import { validateTree } from '../src/validation/index.ts';
import { buildSteps } from './lib/build-steps.ts';

const repo = process.cwd();
const outDir = path.resolve(repo, process.env['PORTAL_OUT_DIR'] || 'dist');
const stagingDir = `${outDir}.staging`;

const shownOutDir = path.relative(repo, outDir).startsWith('..') ? outDir : path.relative(repo, outDir);

function fail(message: string): never {
  process.stderr.write(`\nbuild failed: ${message}\nNothing was published; ${shownOutDir}/ is unchanged.\n`);
  process.exit(1);
}

// 1. Content validation: the same checks as `npm run validate`.
const tree = loadContentTree(contentRoot());
const { diagnostics } = validateTree(tree);
const { errors, warnings } = countBySeverity(diagnostics);
if (errors > 0) {
  process.stderr.write(`${formatDiagnosticsText(diagnostics.filter((d) => d.severity === 'error'))}\n`);
  fail(`${errors} content error${errors === 1 ? '' : 's'} (run \`npm run validate\` for all diagnostics)`);
}
process.stdout.write(`content: ${tree.files.length} files in ${tree.officeIds.length} offices, ${warnings} warnings (see \`npm run validate\`)\n`);

// 2. Steps before Astro (the freshness gate) and after it (search index, service worker, ...).
for (const step of buildSteps.beforeAstro) {
  const result = await step.run({ repo, contentRoot: contentRoot(), siteDir: stagingDir, tree });
  if (!result.ok) fail(result.message);
}

// 3. Astro renders into a staging folder.
fs.rmSync(stagingDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_OUT_DIR: stagingDir, PORTAL_VALIDATED: '1' },
});
if (astro.status !== 0) fail('astro build failed (see above)');

for (const step of buildSteps.afterAstro) {
  const result = await step.run({ repo, contentRoot: contentRoot(), siteDir: stagingDir });
  if (!result.ok) fail(result.message);
}

// 4. Publish: swap the staging folder in.
fs.rmSync(outDir, { recursive: true, force: true });
fs.renameSync(stagingDir, outDir);
process.stdout.write(`published ${shownOutDir}/\n`);
