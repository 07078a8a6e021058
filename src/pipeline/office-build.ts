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
import { SEARCH_SERVICES, closeSearchIndexer, indexOffice, type OfficeIndexReport } from './office-search.ts';
import { boundedStarts, Channel } from './work-queue.ts';
import { startAstro, type AstroRun } from './astro-process.ts';
import { publishedOfficeIds, removeOffice } from './office-removal.ts';
import { addSharedFiles, listFiles, publishUnit, readManifest, renderDir, replacePublishedFile, sha256 } from './publish.ts';
import { officeRecord, type OfficeRecord } from '../lib/national-model.ts';
import { nationalRenderEnv, nationalRenderOf, type ExpectedOffices, type NationalModelFile, type NationalRender } from './national-build.ts';
import { officeComplianceFile, officeManifestFile } from './site-layout.ts';
import { siteBase } from './offline-files.ts';
import { drawQrCodes } from '../lib/qr.ts';
import { buildQrCacheFile, fileQrCache } from '../lib/qr-cache.ts';
import { DOCUMENT_KINDS } from '../schemas/index.ts';
import { noClock, type BuildClock } from './build-clock.ts';
import { codeFingerprint } from './build-key.ts';

export interface OfficeBuildOptions {
  repo: string;
  contentRoot: string;
  /** The published folder. */
  outDir: string;
  /** Where what is published (the offices' manifests) is read, when not `outDir` (npm run build: the published folder, while its staging copy is linked). */
  manifestsFrom?: string;
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
   * The national pages, rendered by the last batch's Astro process too (`npm run build`:
   * one Astro process for a small deployment's offices and national pages): `model` is
   * given what the offices are expected to publish, and `rendered` gets the render, whose
   * folder is then the caller's (buildNational uses it when the model it reads back from
   * the published offices is the same, and discards it either way).
   */
  /**
   * Work of the caller's run in this process while the first batch's Astro process starts up
   * (seconds of module loading, content sync and bundling on its own core): `npm run build`
   * validates the content then. If it throws, that Astro is stopped and the error thrown; nothing is published.
   */
  beside?: () => void;
  national?: {
    /** The national model of what the offices are expected to publish, or its pages kept from an earlier build (then none are rendered). */
    prepare: (expected: ExpectedOffices) => { model: NationalModelFile } | { kept: NationalRender };
    rendered: (render: NationalRender) => void;
  };
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

/** One batch's Astro process, running or done, and the offices it has announced. */
interface BatchRun {
  offices: string[];
  staging: string;
  run: AstroRun;
  /** Offices whose pages Astro has written, as it writes them. */
  arrived: Channel<string>;
  began: number;
  /** Whether the batch removes its render folder (not when the national pages in it were handed over). */
  ownsStaging: boolean;
  /** The QR codes of its pages, drawn ahead (settles when done). */
  qr: Promise<number>;
}

/**
 * The addresses the QR codes of these offices' pages encode (src/components/QrCode.astro: a
 * document page's own address, and an office's current charter at its stable address),
 * in the order Astro renders them. A guess that no page uses costs one drawing, never a wrong page.
 */
function qrAddresses(files: ContentTree['files'], offices: ReadonlySet<string>, env: NodeJS.ProcessEnv = process.env): string[] {
  const site = env['PORTAL_SITE'] || 'https://portal.example';
  const base = siteBase(env);
  const addresses: string[] = [];
  for (const file of files) {
    // Standard services have no page of their own (a charter row shows them).
    if (file.kind === 'office' || file.kind === 'standard' || !offices.has(file.officeId)) continue;
    const doc = file.id.split('/')[1] ?? '';
    if (file.kind === 'charter') addresses.push(new URL(`${base}offices/${file.officeId}/charter/`, site).href);
    addresses.push(new URL(`${base}offices/${file.officeId}/${DOCUMENT_KINDS[file.kind].folder}/${doc}/`, site).href);
  }
  return [...new Set(addresses)];
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
    const published = readManifest(options.manifestsFrom ?? options.outDir, officeManifestFile(id));
    if (!options.force && published?.key === key) {
      outcomes.set(id, { id, status: 'unchanged' });
      // Same inputs, same files; but the record may have been replaced while the office was stale (and its content
      // has since gone back to what was published): then it is put back to what this key publishes. Only where
      // the manifests are read is where they are written (npm run build reads the published folder, writes a copy).
      const record = office && !options.manifestsFrom && officeRecordText(office, services.get(id));
      if (record && published.files[officeComplianceFile(id)] !== sha256(record))
        replacePublishedFile(options.outDir, officeManifestFile(id), officeComplianceFile(id), record);
    } else toBuild.push(id);
  }

  // 4. Render, finish and publish, batch by batch, on both cores (docs/scale.md, "Both cores"):
  //    - Astro renders a batch office by office and says as soon as an office's pages are all
  //      written (src/integration/prerender.ts); that office is indexed (Pagefind, a process of its
  //      own) and finished (CMS entry, record, offline pack) here while Astro renders the next;
  //    - when a batch's Astro has exited, the next batch's starts at once, and the batch's
  //      offices are published beside it (all of them after the last is finished: a build killed
  //      while a batch is rendering or indexing has published nothing of it).
  const finishInputs = officeFinishInputs(directory, freshnessOffices, process.env, services);
  if (clock.recording)
    clock.spans.push({ step: 'office inputs (validate, gate, keys)', start: inputsStarted, end: performance.timeOrigin + performance.now() });
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batchLists: string[][] = [];
  for (let start = 0; start < toBuild.length; start += batchSize) batchLists.push(toBuild.slice(start, start + batchSize));
  const batches: OfficeBuildResult['batches'] = [];
  /** What the offices are expected to publish (the national layer's model, rendered with the last batch). */
  const expected = (): ExpectedOffices => {
    const built = toBuild.filter((id) => outcomes.get(id)?.status !== 'failed');
    const records = new Map<string, OfficeRecord>();
    for (const id of built) {
      const input = finishInputs.freshness.get(id);
      // As the national layer will read it back from the office's compliance.json.
      if (input) records.set(id, JSON.parse(JSON.stringify(officeRecord(input, services.get(id)))) as OfficeRecord);
    }
    return { records, published: built };
  };
  /** Shared assets already added to the published folder by this build. */
  const sharedAdded = new Set<string>();

  const startBatch = (index: number): BatchRun => {
    const offices = batchLists[index] ?? [];
    const last = index === batchLists.length - 1;
    const staging = renderDir(options.repo, 'offices');
    const prepared = last && options.national ? options.national.prepare(expected()) : undefined;
    if (prepared && 'kept' in prepared) options.national?.rendered(prepared.kept);
    const model = prepared && 'model' in prepared ? prepared.model : undefined;
    const arrived = new Channel<string>();
    const run = startAstro({
      repo: options.repo,
      env: {
        PORTAL_OUT_DIR: staging,
        PORTAL_VALIDATED: '1',
        PORTAL_SCOPE: scopeEnv({ offices, context: contextOffices(offices, directory), national: Boolean(model) }),
        ...(model ? nationalRenderEnv(model) : {}),
      },
      onOffice: (id) => arrived.push(id),
    });
    // While this Astro process starts up (seconds of module loading, content sync and bundling),
    // the other core draws the QR codes its pages will show into the build's QR cache.
    const qr = drawQrCodes(qrAddresses(tree.files, new Set(offices)), fileQrCache(buildQrCacheFile(process.env, options.repo))).catch(() => 0);
    void clock.time('astro: office batches', () => run.done).then(() => arrived.close());
    if (model && options.national) options.national.rendered(nationalRenderOf(run, staging, model, true));
    return { offices, staging, run, arrived, began: Date.now(), ownsStaging: !model, qr };
  };

  /** One batch: its offices finished as Astro writes them, then published once all are. */
  const finishBatch = async (batch: BatchRun, last: boolean): Promise<void> => {
    const inBatch = new Set(batch.offices);
    const indexing = boundedStarts(SEARCH_SERVICES, (id: string, slot: number) => indexOffice(batch.staging, id, finishInputs.infos, slot));
    const bundles = new Map<string, Promise<OfficeIndexReport>>();
    const finished = new Map<string, readonly string[]>();
    let failure: unknown;
    const finish = async (id: string) => {
      if (!inBatch.has(id) || finished.has(id) || failure) return;
      const bundle = bundles.get(id) ?? indexing(id);
      bundles.delete(id);
      try {
        finished.set(id, await finishOffice(batch.staging, id, finishInputs, clock, bundle));
      } catch (error) {
        failure = error;
      }
    };
    try {
      // Offices as Astro writes them: each is indexed at once (at most SEARCH_SERVICES at a time) and finished in order.
      const startIndexing = (id: string) => {
        if (!inBatch.has(id) || bundles.has(id)) return;
        const bundle = indexing(id);
        bundle.catch(() => undefined); // a failure is reported when its office is finished
        bundles.set(id, bundle);
      };
      for await (const id of batch.arrived.each(startIndexing)) await finish(id);
      const astro = await batch.run.done;
      if (clock.recording) clock.astroLogs.push(astro.output);
      if (astro.status !== 0) {
        process.stderr.write(astro.output.slice(-6000));
        for (const id of batch.offices)
          outcomes.set(id, { id, status: 'failed', message: 'Astro could not render this batch of offices (see the output above)' });
        return;
      }
      // Offices Astro did not announce (a render without the events): finished now, in order.
      for (const id of batch.offices) await finish(id);
      if (failure) throw failure;
      // The last batch stops the Pagefind processes before it publishes: while Pagefind runs, nothing of it is published.
      if (last) await clock.time('search: per-office Pagefind', () => closeSearchIndexer());
      const rendered = clock.time('render folders: list and remove', () => filesByOwner(listFiles(batch.staging)));
      for (const id of batch.offices) {
        const published = clock.time('publish: offices', () => {
          // Shared assets go in with the first office that loads them (named by their content, never changed).
          const shared = (finished.get(id) ?? []).filter((f) => !sharedAdded.has(f));
          addSharedFiles(batch.staging, options.outDir, shared);
          for (const f of shared) sharedAdded.add(f);
          return publishUnit({
            stagingDir: batch.staging,
            outDir: options.outDir,
            files: ownFiles(batch.staging, id, rendered.offices.get(id) ?? []),
            manifestPath: officeManifestFile(id),
            key: keys.get(id) ?? '',
          });
        });
        outcomes.set(id, { id, status: 'built', written: published.written.length, deleted: published.deleted.length });
      }
    } finally {
      // Work still under way for this batch (a failure above) settles before its folder goes.
      await Promise.allSettled([...bundles.values(), batch.qr]);
      if (batch.ownsStaging) clock.time('render folders: list and remove', () => fs.rmSync(batch.staging, { recursive: true, force: true }));
      batches.push({ offices: batch.offices.length, seconds: (Date.now() - batch.began) / 1000 });
      log(`offices: batch of ${batch.offices.length} built in ${((Date.now() - batch.began) / 1000).toFixed(1)} s`);
    }
  };

  try {
    let current = batchLists.length ? startBatch(0) : undefined;
    // The caller's own work while the first batch's Astro starts up (npm run build validates the content then).
    try {
      options.beside?.();
    } catch (error) {
      if (current) {
        current.run.stop();
        await Promise.allSettled([current.run.done, current.qr]);
        // A render holding the national pages is the caller's (it discards it).
        if (current.ownsStaging) fs.rmSync(current.staging, { recursive: true, force: true });
      }
      throw error;
    }
    for (let index = 0; current; index++) {
      // The next batch's Astro starts as soon as this one's has exited (never two at once: they
      // would share the content cache), beside this batch's last offices and its publishing.
      const batch: BatchRun = current;
      const next = index + 1 < batchLists.length ? batch.run.done.then(() => startBatch(index + 1)) : undefined;
      await finishBatch(batch, !next);
      current = next ? await next : undefined;
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
