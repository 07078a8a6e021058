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
import { scopeEnv } from '../content-model/scope.ts';
import { evaluateOffices, type FreshnessReport } from '../domain/freshness/index.ts';
import { policyForBrowser, stableSince } from '../domain/freshness/browser.ts';
import { formatFreshnessText } from '../domain/freshness/report.ts';
import { formatDiagnosticsText, type Diagnostic } from '../validation/diagnostic.ts';
import { validateTree } from '../validation/index.ts';
import { finishOffice, officeFinishInputs } from './office-finish.ts';
import { closeSearchIndexer } from './office-search.ts';
import { addSharedFiles, listFiles, publishUnit, readManifest, renderDir, sha256, writeFileAtomic } from './publish.ts';
import { officeRecord } from '../lib/national-model.ts';
import { officeComplianceFile, officeManifestFile, ownerOf } from './site-layout.ts';

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
}

export type OfficeStatus = 'built' | 'unchanged' | 'invalid' | 'stale' | 'failed';

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
 * only through the days its badges' readings began (stableSince), so an office whose
 * content did not change keeps its key, and its files, until its status changes.
 */
function officeKey(root: string, id: string, context: readonly string[], code: string, badges: string): string {
  const dir = path.join(officesDir(root), id);
  const parts = [`code ${code}`, `badges ${badges}`];
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
  const unknown = options.officeIds.filter((id) => !directory.has(id));
  if (unknown.length) throw new BuildInputError(`no office "${unknown.join('", "')}" in ${officesDir(root)} (each office is a folder with an office.yaml)`);
  const ids = [...new Set(options.officeIds)].sort();
  const outcomes = new Map<string, OfficeOutcome>();

  // 1. Validation: an office with an error is not built; the others go on.
  const tree = loadContentTree(root, { officeIds: ids });
  const { diagnostics } = validateTree(tree, [], { knownOfficeIds: new Set(directory.keys()) });
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
  const freshnessOffices = freshnessOfficesFromTree(validTree).offices;
  const report = evaluateOffices(freshnessOffices, policy, resolved.asOf);
  log(`freshness: checking ${report.offices.length} office${report.offices.length === 1 ? '' : 's'} ${resolved.note}`);
  const staleReport = { ...report, offices: report.offices.filter((o) => o.status === 'stale' || o.status === 'due-soon') };
  if (staleReport.offices.length)
    log(formatFreshnessText(staleReport, { asOfNote: resolved.note, color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] }));
  const inputs = new Map(freshnessOffices.map((o) => [o.id, o]));
  for (const office of report.offices) {
    if (office.status !== 'stale') continue;
    // Its pages stay as they were, but the national layer must see it is stale: only its record is updated.
    const input = inputs.get(office.id);
    if (input) writeFileAtomic(path.join(options.outDir, officeComplianceFile(office.id)), `${JSON.stringify(officeRecord(input))}\n`);
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
    const badges = office
      ? (['office', 'charter'] as const).map((scope) => stableSince({ asOf: resolved.asOf, scope, office, policy: browserPolicy }, resolved.asOf)).join(' ')
      : resolved.asOf;
    const key = officeKey(root, id, contextOffices([id], directory), code, badges);
    keys.set(id, key);
    if (!options.force && readManifest(options.outDir, officeManifestFile(id))?.key === key) outcomes.set(id, { id, status: 'unchanged' });
    else toBuild.push(id);
  }

  // 4. Render and publish, batch by batch.
  const finishInputs = officeFinishInputs(directory, freshnessOffices);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batches: OfficeBuildResult['batches'] = [];
  try {
    for (let start = 0; start < toBuild.length; start += batchSize) {
      const batch = toBuild.slice(start, start + batchSize);
      const began = Date.now();
      const staging = renderDir(options.repo, 'offices');
      try {
        const astro = runAstro(options.repo, staging, { offices: batch, context: contextOffices(batch, directory) });
        if (!astro.ok) {
          process.stderr.write(astro.output.slice(-6000));
          for (const id of batch) outcomes.set(id, { id, status: 'failed', message: 'Astro could not render this batch of offices (see the output above)' });
          continue;
        }
        // Shared assets go in with the first office published, not before: a build killed while
        // indexing leaves the published folder exactly as it was.
        let shared = listFiles(staging).filter((f) => ownerOf(f).kind === 'shared');
        for (const id of batch) {
          await finishOffice(staging, id, finishInputs);
          addSharedFiles(staging, options.outDir, [...shared, ...listFiles(path.join(staging, 'pagefind')).map((f) => `pagefind/${f}`)]);
          shared = [];
          const own = listFiles(staging).filter((f) => {
            const owner = ownerOf(f);
            return owner.kind === 'office' && owner.id === id;
          });
          const published = publishUnit({
            stagingDir: staging,
            outDir: options.outDir,
            files: own,
            manifestPath: officeManifestFile(id),
            key: keys.get(id) ?? '',
          });
          outcomes.set(id, { id, status: 'built', written: published.written.length, deleted: published.deleted.length });
        }
      } finally {
        fs.rmSync(staging, { recursive: true, force: true });
      }
      batches.push({ offices: batch.length, seconds: (Date.now() - began) / 1000 });
      log(`offices: batch of ${batch.length} built in ${((Date.now() - began) / 1000).toFixed(1)} s (${start + batch.length}/${toBuild.length})`);
    }
  } finally {
    if (toBuild.length) await closeSearchIndexer();
  }
  return { outcomes: ids.map((id) => outcomes.get(id) ?? { id, status: 'failed', message: 'not built' }), report, resolved, batches };
}

/** One line per office that did not publish, and a count of the rest. */
export function summarizeOutcomes(outcomes: readonly OfficeOutcome[]): string {
  const count = (status: OfficeStatus) => outcomes.filter((o) => o.status === status).length;
  const lines = [
    `offices: ${count('built')} built, ${count('unchanged')} unchanged, ${count('stale')} stale, ${count('invalid')} with errors, ${count('failed')} failed`,
  ];
  for (const o of outcomes)
    if (o.status === 'stale' || o.status === 'invalid' || o.status === 'failed') lines.push(`  ${o.id}: ${o.status}: ${(o.message ?? '').split('\n')[0]}`);
  return lines.join('\n');
}
