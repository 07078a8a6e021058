/**
 * Office builds: the office is the unit of build, gate and deploy.
 *
 * For each office asked for:
 * 1. its files are validated (errors fail that office only) and the freshness gate
 *    runs on it (a stale office fails its own build only; its last good pages stay
 *    published and their badges re-check against today in the browser);
 * 2. its input key (its files, the metadata of the offices its pages name, the
 *    policy, the as-of date, the build code and settings) is compared with the key
 *    of what is published: an unchanged office is not rebuilt;
 * 3. the rest are rendered by Astro in batches (one process per batch, so memory is
 *    bounded by the batch, not the country), each office's search bundle, CMS entry,
 *    offline pack and compliance record are made (src/pipeline/office-finish.ts, the
 *    same steps the Astro integration runs after an `astro build` started by hand), and
 *    each office is published on its own (src/pipeline/publish.ts), touching no other
 *    office's files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadContentTree, type ContentTree } from '../content-model/load.ts';
import { freshnessOfficesFromTree } from '../validation/freshness-offices.ts';
import { loadFreshnessPolicy, policyPath, resolveAsOf, type ResolvedAsOf } from '../content-model/freshness-policy.ts';
import { contextOffices, readOfficeDirectory, type OfficeMeta } from '../content-model/office-directory.ts';
import { officeOfContentPath, officesDir } from '../content-model/paths.ts';
import { standardsKeyLines } from '../content-model/dependents.ts';
import { scopeEnv } from '../content-model/scope.ts';
import { evaluateOffices, type FreshnessReport } from '../domain/freshness/index.ts';
import { policyForBrowser, stableSince } from '../domain/freshness/browser.ts';
import { formatFreshnessText } from '../domain/freshness/report.ts';
import { formatDiagnosticsText, type Diagnostic } from '../validation/diagnostic.ts';
import { validateTree } from '../validation/index.ts';
import { finishOffice, officeFinishInputs, officeRecordText } from './office-finish.ts';
import { filesByOwner, ownFiles } from './office-files.ts';
import { SEARCH_SERVICES, closeSearchIndexer, indexOffice } from './office-search.ts';
import { lookahead } from './lookahead.ts';
import { publishedOfficeIds, removeOffice } from './office-removal.ts';
import { addSharedFiles, listFiles, publishUnit, readManifest, renderDir, replacePublishedFile, sha256 } from './publish.ts';
import { officeRecord, type OfficeRecord } from '../lib/national-model.ts';
import type { ExpectedOffices } from './national-build.ts';
import { officeComplianceFile, officeManifestFile } from './site-layout.ts';
import { noClock, type BuildClock } from './build-clock.ts';

export interface OfficeBuildOptions {
  repo: string;
  contentRoot: string;
  /** The published folder. */
  outDir: string;
  officeIds: readonly string[];
  /** Every office's tree fields, when the caller has read them. */
  directory?: Map<string, OfficeMeta>;
  /** Rebuild even when the input key is unchanged. */
  force?: boolean;
  /** Offices per Astro process. */
  batchSize?: number;
  log?: (line: string) => void;
  /** Records where the time goes (src/pipeline/build-clock.ts); nothing by default. */
  clock?: BuildClock;
  /**
   * The content tree and its diagnostics when the caller has already read and validated
   * exactly these offices (`npm run build` validates everything first): used instead of
   * reading and validating every file a second time.
   */
  validated?: { tree: ContentTree; diagnostics: readonly Diagnostic[] };
  /**
   * Called once the last batch has rendered, before its offices are indexed and
   * published, with what they are expected to publish: `npm run build` starts the
   * national layer's Astro then, to run beside the indexing. Never while an office batch's
   * Astro runs: two Astro builds at once share the content cache (PORTAL_CACHE_DIR) and
   * one would render the other's content.
   */
  onLastRender?: (expected: ExpectedOffices) => void;
}

/** `removed`: asked for, no longer in content, and its published files deleted. */
export type OfficeStatus = 'built' | 'unchanged' | 'invalid' | 'stale' | 'failed' | 'removed';

export interface OfficeOutcome {
  id: string;
  status: OfficeStatus;
  /** Why it failed, in plain words (the validator's or the gate's report). */
  message?: string;
  written?: number;
  deleted?: number;
}

export interface OfficeBuildResult {
  outcomes: OfficeOutcome[];
  report: FreshnessReport;
  resolved: ResolvedAsOf;
  /** Peak resident memory of an Astro batch process, in bytes, when measured. */
  batches: { offices: number; seconds: number }[];
}

/** Offices per Astro build: large enough to share its start-up, small enough to bound its memory. */
export const DEFAULT_BATCH_SIZE = 400;

export class BuildInputError extends Error {}

/** Everything that is not content but changes what an office build writes. */
function codeFingerprint(repo: string, policyFile: string): string {
  const parts: string[] = [];
  const add = (rel: string) => {
    const full = path.join(repo, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const file of listFiles(full)) parts.push(`${rel}/${file} ${sha256(fs.readFileSync(path.join(full, file)))}`);
    } else parts.push(`${rel} ${sha256(fs.readFileSync(full))}`);
  };
  for (const rel of ['src', 'cms', 'scripts/lib', 'astro.config.mjs', 'package-lock.json']) add(rel);
  parts.push(`policy ${sha256(fs.readFileSync(policyFile))}`);
  const env = [
    'PORTAL_SITE',
    'PORTAL_BASE',
    'PORTAL_REPO_URL',
    'PORTAL_REPO_BRANCH',
    'PORTAL_CMS_REPO',
    'PORTAL_CMS_BRANCH',
    'PORTAL_CMS_AUTH_URL',
    'PORTAL_CMS_OPEN_AUTHORING',
  ];
  for (const name of env) parts.push(`${name}=${process.env[name] ?? ''}`);
  return sha256(parts.join('\n'));
}

/**
 * The input key of one office: same key, same published files. The as-of date enters
 * only through the days its badges' readings began (stableSince) and the phase of each
 * standard service its charters use (src/content-model/dependents.ts), so an office whose
 * content did not change keeps its key, and its files, until its status changes or a
 * scheduled version of a standard it uses is announced or takes effect.
 */
function officeKey(root: string, id: string, context: readonly string[], code: string, badges: string, asOf: string): string {
  const dir = path.join(officesDir(root), id);
  const parts = [`code ${code}`, `badges ${badges}`, ...standardsKeyLines(root, id, asOf)];
  for (const file of listFiles(dir)) parts.push(`${file} ${sha256(fs.readFileSync(path.join(dir, file)))}`);
  for (const other of context) {
    const file = path.join(officesDir(root), other, 'office.yaml');
    parts.push(`context ${other} ${fs.existsSync(file) ? sha256(fs.readFileSync(file)) : '-'}`);
  }
  return sha256(parts.join('\n'));
}

function runAstro(repo: string, stagingDir: string, scope: { offices: string[]; context: string[] }): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, PORTAL_OUT_DIR: stagingDir, PORTAL_VALIDATED: '1', PORTAL_SCOPE: scopeEnv({ ...scope, national: false }) },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export async function buildOffices(options: OfficeBuildOptions): Promise<OfficeBuildResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const root = options.contentRoot;
  const directory = options.directory ?? readOfficeDirectory(root);
  // An office asked for that is no longer in content but still published is removed (after the others are built).
  const unknown = [...new Set(options.officeIds.filter((id) => !directory.has(id)))].sort();
  const published = unknown.length ? new Set(publishedOfficeIds(options.outDir)) : new Set<string>();
  const missing = unknown.filter((id) => !published.has(id));
  if (missing.length) throw new BuildInputError(`no office "${missing.join('", "')}" in ${officesDir(root)} (each office is a folder with an office.yaml)`);
  const ids = [...new Set(options.officeIds.filter((id) => directory.has(id)))].sort();
  const outcomes = new Map<string, OfficeOutcome>();
  const clock = options.clock ?? noClock;
  const inputsStarted = performance.timeOrigin + performance.now();

  // 1. Validation: an office with an error is not built; the others go on.
  const reuse = options.validated && sameList(options.validated.tree.officeIds, ids) ? options.validated : undefined;
  const tree = reuse?.tree ?? loadContentTree(root, { officeIds: ids });
  const { diagnostics } = reuse ?? validateTree(tree, [], { knownOfficeIds: new Set(directory.keys()) });
  const errorsByOffice = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const id = officeOfContentPath(d.file);
    errorsByOffice.set(id, [...(errorsByOffice.get(id) ?? []), d]);
  }
  for (const [id, errors] of errorsByOffice) {
    const targets = ids.includes(id) ? [id] : ids; // an error outside any office folder stops them all
    for (const target of targets) outcomes.set(target, { id: target, status: 'invalid', message: formatDiagnosticsText(errors) });
  }

  // 2. The freshness gate, per office.
  const policyFile = policyPath();
  const policy = loadFreshnessPolicy(policyFile);
  const resolved = resolveAsOf({ policy, policyFile });
  const validTree: ContentTree = {
    ...tree,
    officeIds: tree.officeIds.filter((id) => !outcomes.has(id)),
    files: tree.files.filter((f) => !outcomes.has(f.officeId)),
  };
  const { offices: freshnessOffices, services } = freshnessOfficesFromTree(validTree);
  const report = evaluateOffices(freshnessOffices, policy, resolved.asOf);
  log(`freshness: checking ${report.offices.length} office${report.offices.length === 1 ? '' : 's'} ${resolved.note}`);
  const staleReport = { ...report, offices: report.offices.filter((o) => o.status === 'stale' || o.status === 'due-soon') };
  if (staleReport.offices.length)
    log(formatFreshnessText(staleReport, { asOfNote: resolved.note, color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] }));
  const inputs = new Map(freshnessOffices.map((o) => [o.id, o]));
  for (const office of report.offices) {
    if (office.status !== 'stale') continue;
    // Its pages stay as they were, but the national layer must see it is stale: only its record is updated
    // (and its manifest's line for the record, so a later publish knows what is on disk).
    const input = inputs.get(office.id);
    if (input)
      replacePublishedFile(options.outDir, officeManifestFile(office.id), officeComplianceFile(office.id), officeRecordText(input, services.get(office.id)));
    outcomes.set(office.id, {
      id: office.id,
      status: 'stale',
      message: `stale since ${office.staleSince ?? 'an unknown date'} as of ${report.asOf}: not published; its last published pages stay (the report above names each file to change)`,
    });
  }

  // 3. Input keys: an unchanged office is not rebuilt.
  const code = codeFingerprint(options.repo, policyFile);
  const toBuild: string[] = [];
  const keys = new Map<string, string>();
  const browserPolicy = policyForBrowser(policy);
  for (const id of ids) {
    if (outcomes.has(id)) continue;
    const office = inputs.get(id);
    const badges = office ? stableSince({ asOf: resolved.asOf, office, policy: browserPolicy }, resolved.asOf) : resolved.asOf;
    const key = officeKey(root, id, contextOffices([id], directory), code, badges, resolved.asOf);
    keys.set(id, key);
    const published = readManifest(options.outDir, officeManifestFile(id));
    if (!options.force && published?.key === key) {
      outcomes.set(id, { id, status: 'unchanged' });
      // Same inputs, same files; but the record may have been replaced while the office was stale (and its content
      // has since gone back to what was published): then it is put back to what this key publishes.
      const record = office && officeRecordText(office, services.get(id));
      if (record && published.files[officeComplianceFile(id)] !== sha256(record))
        replacePublishedFile(options.outDir, officeManifestFile(id), officeComplianceFile(id), record);
    } else toBuild.push(id);
  }

  // 4. Render and publish, batch by batch.
  const finishInputs = officeFinishInputs(directory, freshnessOffices, process.env, services);
  if (clock.recording)
    clock.spans.push({ step: 'office inputs (validate, gate, keys)', start: inputsStarted, end: performance.timeOrigin + performance.now() });
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batches: OfficeBuildResult['batches'] = [];
  let nationalExpected = false;
  /** Tell the caller what the offices are expected to publish (once). */
  const expectNational = () => {
    if (!options.onLastRender || nationalExpected) return;
    nationalExpected = true;
    const built = toBuild.filter((id) => outcomes.get(id)?.status !== 'failed');
    const records = new Map<string, OfficeRecord>();
    for (const id of built) {
      const input = finishInputs.freshness.get(id);
      // As the national layer will read it back from the office's compliance.json.
      if (input) records.set(id, JSON.parse(JSON.stringify(officeRecord(input, services.get(id)))) as OfficeRecord);
    }
    options.onLastRender({ records, published: built });
  };
  try {
    for (let start = 0; start < toBuild.length; start += batchSize) {
      const batch = toBuild.slice(start, start + batchSize);
      const began = Date.now();
      const staging = renderDir(options.repo, 'offices');
      try {
        const last = start + batchSize >= toBuild.length;
        const astro = clock.time('astro: office batches', () => runAstro(options.repo, staging, { offices: batch, context: contextOffices(batch, directory) }));
        if (clock.recording) clock.astroLogs.push(astro.output);
        if (!astro.ok) {
          process.stderr.write(astro.output.slice(-6000));
          for (const id of batch) outcomes.set(id, { id, status: 'failed', message: 'Astro could not render this batch of offices (see the output above)' });
          continue;
        }
        if (last) expectNational();
        // The render folder is listed once per batch (listing it again for every office made
        // publishing grow with the square of the batch); the finishing steps then write only
        // into each office's own folders, which are listed again for it (ownFiles).
        const rendered = clock.time('render folders: list and remove', () => filesByOwner(listFiles(staging)));
        // Shared assets go in with the first office published, not before: a build killed while
        // indexing leaves the published folder exactly as it was.
        let shared = rendered.shared;
        // Search bundles are started ahead, one per Pagefind process: the next office is indexed
        // while this process finishes and publishes the current one.
        const searchBundle = lookahead(batch, SEARCH_SERVICES - 1, (id, at) => indexOffice(staging, id, finishInputs.infos, at));
        for (const [at, id] of batch.entries()) {
          await finishOffice(staging, id, finishInputs, clock, searchBundle(at));
          const published = clock.time('publish: offices', () => {
            addSharedFiles(staging, options.outDir, [...shared, ...listFiles(path.join(staging, 'pagefind')).map((f) => `pagefind/${f}`)]);
            shared = [];
            const own = ownFiles(staging, id, rendered.offices.get(id) ?? []);
            return publishUnit({
              stagingDir: staging,
              outDir: options.outDir,
              files: own,
              manifestPath: officeManifestFile(id),
              key: keys.get(id) ?? '',
            });
          });
          outcomes.set(id, { id, status: 'built', written: published.written.length, deleted: published.deleted.length });
        }
      } finally {
        clock.time('render folders: list and remove', () => fs.rmSync(staging, { recursive: true, force: true }));
      }
      batches.push({ offices: batch.length, seconds: (Date.now() - began) / 1000 });
      log(`offices: batch of ${batch.length} built in ${((Date.now() - began) / 1000).toFixed(1)} s (${start + batch.length}/${toBuild.length})`);
    }
  } finally {
    if (toBuild.length) await clock.time('search: per-office Pagefind', () => closeSearchIndexer());
  }
  // 5. Offices removed from content leave the published folder, last (nothing published links to them any more).
  for (const id of unknown) {
    const deleted = removeOffice(options.outDir, id).length;
    outcomes.set(id, { id, status: 'removed', message: `no longer in ${officesDir(root)}: its ${deleted} published files were deleted`, deleted });
  }
  return { outcomes: [...ids, ...unknown].sort().map((id) => outcomes.get(id) ?? { id, status: 'failed', message: 'not built' }), report, resolved, batches };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** One line per office that did not publish, and a count of the rest. */
export function summarizeOutcomes(outcomes: readonly OfficeOutcome[]): string {
  const count = (status: OfficeStatus) => outcomes.filter((o) => o.status === status).length;
  const removed = count('removed');
  const lines = [
    `offices: ${count('built')} built, ${count('unchanged')} unchanged, ${count('stale')} stale, ${count('invalid')} with errors, ${count('failed')} failed${removed ? `, ${removed} removed` : ''}`,
  ];
  for (const o of outcomes) if (o.status !== 'built' && o.status !== 'unchanged') lines.push(`  ${o.id}: ${o.status}: ${(o.message ?? '').split('\n')[0]}`);
  return lines.join('\n');
}
