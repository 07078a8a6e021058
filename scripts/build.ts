/**
 * npm run build: the one command for a small deployment. It validates all content
 * and runs the freshness gate over every office first; on any error or any stale
 * office it stops, and publishes nothing (dist/ stays as it was). Otherwise it
 * runs every office build and then the national layer — the same steps as
 * `npm run build:office -- --all` and `npm run build:national`, so it produces the
 * same site — into a staging copy of dist/, and swaps it in at the end.
 *
 * For a country, build offices and the national layer on their own (docs/scale.md):
 * there a stale office fails only its own build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContentTree } from '../src/content-model/load.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { countBySeverity, formatDiagnosticsText } from '../src/validation/diagnostic.ts';
import { validateTree } from '../src/validation/index.ts';
import { buildOffices, summarizeOutcomes } from '../src/pipeline/office-build.ts';
import { buildNational, expectedNationalModel, keptNationalRender, type NationalRender } from '../src/pipeline/national-build.ts';
import { TEMPORARY_FILE, recoverSwap, swapIn, writeFailure } from '../src/pipeline/publish.ts';
import { createClock, noClock } from '../src/pipeline/build-clock.ts';
import { freshnessGate } from './lib/freshness-gate.ts';

const repo = process.cwd();
const outDir = path.resolve(repo, process.env['PORTAL_OUT_DIR'] || 'dist');
const stagingDir = `${outDir}.staging`;
const root = contentRoot();
// PORTAL_BUILD_PROFILE=<file>: where the time went, step by step, written there at the end (bench/lib/profile.ts).
const profileFile = process.env['PORTAL_BUILD_PROFILE'];
const clock = profileFile ? createClock() : noClock;

const shownOutDir = path.relative(repo, outDir).startsWith('..') ? outDir : path.relative(repo, outDir);

// The national pages, rendered by the last office batch's Astro process (buildOffices' `national`).
let earlyNational = undefined as NationalRender | undefined;

function fail(message: string): never {
  earlyNational?.discard();
  fs.rmSync(stagingDir, { recursive: true, force: true });
  process.stderr.write(`\nbuild failed: ${message}\nNothing was published; ${shownOutDir}/ is unchanged.\n`);
  process.exit(1);
}

// 0. A build killed before (at any step) left nothing a person must clean up: put back or remove it.
const recovered = recoverSwap(stagingDir, outDir);
if (recovered) process.stdout.write(`${recovered}\n`);

// 1. Content validation (the same checks as `npm run validate`) and 2. the freshness gate over every
//    office, before anything is published. The content is read once; the gate runs first, and the
//    validation beside the first Astro process's start-up (buildOffices' `beside`), which it stops
//    on an error. Validation errors are reported before staleness, as ever.
const tree = clock.time('validate', () => loadContentTree(root));
class ContentErrors extends Error {}
let validated = false;
function validate(): void {
  if (validated) return;
  validated = true;
  const { diagnostics } = clock.time('validate', () => validateTree(tree));
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) {
    process.stderr.write(`${formatDiagnosticsText(diagnostics.filter((d) => d.severity === 'error'))}\n`);
    throw new ContentErrors(`${errors} content error${errors === 1 ? '' : 's'} (run \`npm run validate\` for all diagnostics)`);
  }
  process.stdout.write(`content: ${tree.files.length} files in ${tree.officeIds.length} offices, ${warnings} warnings (see \`npm run validate\`)\n`);
}

const gate = await clock.time('freshness gate', () => freshnessGate.run({ repo, contentRoot: root, siteDir: stagingDir, tree }));
if (!gate.ok) {
  try {
    validate();
  } catch (error) {
    if (error instanceof ContentErrors) fail(error.message);
    throw error;
  }
  fail(gate.message);
}

// 3. Every office, then the national layer, into a staging copy of the published site
//    (hard links: unchanged offices are skipped, and nothing is ever written in place).
fs.rmSync(stagingDir, { recursive: true, force: true });
const directory = clock.time('office inputs (validate, gate, keys)', () => readOfficeDirectory(root));
let outcomes: Awaited<ReturnType<typeof buildOffices>>['outcomes'];
try {
  ({ outcomes } = await buildOffices({
    repo,
    contentRoot: root,
    outDir: stagingDir,
    // What is published is read from the published folder: its staging copy is linked while Astro starts.
    manifestsFrom: outDir,
    officeIds: [...directory.keys()],
    directory,
    log: () => {},
    clock,
    // Errors stop the whole build (validate throws), so no office is marked invalid here.
    validated: { tree, diagnostics: [] },
    beside: () => {
      clock.time('link previous site', () => linkTree(outDir, stagingDir));
      validate();
    },
    // The national pages in the last batch's Astro process (one process for a small deployment),
    // unless this code rendered the same national model before (its pages are kept).
    national: {
      prepare: (expected) => {
        const model = expectedNationalModel({ contentRoot: root, outDir, expected });
        const kept = keptNationalRender(repo, model.modelKey);
        if (kept) model.remove();
        return kept ? { kept } : { model };
      },
      rendered: (render) => (earlyNational = render),
    },
  }));
} catch (error) {
  if (error instanceof ContentErrors) fail(error.message);
  // A full disk (or an output folder that cannot be written): one line, nothing published.
  const line = writeFailure(error);
  if (!line) throw error;
  fail(line);
}
process.stdout.write(`${summarizeOutcomes(outcomes)}\n`);
const failed = outcomes.filter((o) => o.status !== 'built' && o.status !== 'unchanged');
if (failed.length) fail(`${failed.length} office${failed.length === 1 ? '' : 's'} could not be built: ${failed.map((o) => o.id).join(', ')}`);
try {
  await buildNational({ repo, contentRoot: root, outDir: stagingDir, clock, ...(earlyNational ? { early: earlyNational } : {}) });
} catch (error) {
  fail(writeFailure(error) ?? `the national layer: ${error instanceof Error ? error.message : String(error)}`);
}

// 4. Publish: swap the staging folder in.
clock.time('publish: swap', () => swapIn(stagingDir, outDir));
process.stdout.write(`published ${shownOutDir}/\n`);
if (profileFile) fs.writeFileSync(profileFile, JSON.stringify({ spans: clock.spans, astroLogs: clock.astroLogs }));

/** Hard-link a folder tree (copy across file systems); nothing when it does not exist. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || TEMPORARY_FILE.test(entry.name)) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
}
