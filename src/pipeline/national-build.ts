/**
 * The national layer: only national work. From every `office.yaml` (the tree) and
 * each office's own published record (`offices/<id>/compliance.json`), it renders the
 * home page, the directory, the search page, the country and per-parent compliance
 * dashboards (HTML, JSON, CSV) and the open-data office list; it writes the search
 * scopes, the CMS shell, the service worker and the sitemaps. It never renders or
 * re-indexes an office's pages, and a stale office does not fail it: the roll-ups list
 * it as stale. The one office files it deletes are those of offices no longer in
 * content (src/pipeline/office-removal.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAdmin } from '../../cms/build-admin.ts';
import { loadFreshnessPolicy, policyPath, resolveAsOf } from '../content-model/freshness-policy.ts';
import { readOfficeDirectory } from '../content-model/office-directory.ts';
import { scopeEnv } from '../content-model/scope.ts';
import { LIST_LIMIT, nationalModel, type OfficeRecord } from '../lib/national-model.ts';
import { CATALOGUE_DIR, catalogueFiles, type CatalogueOffice } from '../search/catalogue.ts';
import { searchScopes as scopesFor, type SearchScope } from '../search/scopes.ts';
import { CONFIG_MARK, hashOf, referencedFiles, siteBase, urlOf, withImports } from './offline-files.ts';
import { PACKS_DIR } from './office-offline.ts';
import { addSharedFiles, listFiles, publishUnit, readManifest, renderDir, sha256, type PublishReport } from './publish.ts';
import { removeOffice, removedOffices } from './office-removal.ts';
import { NATIONAL_MANIFEST, officeComplianceFile, officeManifestFile, officeSearchDir, ownerOf } from './site-layout.ts';
import { noClock, type BuildClock } from './build-clock.ts';
import { catalogueStandards, writeStandardsData } from './standards-data.ts';
import { startAstro, type AstroRun } from './astro-process.ts';
import { codeFingerprint } from './build-key.ts';

/** Scopes with more offices than this search the national catalogue (src/search/scopes.ts). */
export { MAX_MERGED_BUNDLES } from '../search/scopes.ts';
/** URLs per sitemap file (the protocol allows 50,000). */
const SITEMAP_URLS = 45_000;

export interface NationalBuildResult {
  offices: number;
  /** Offices no longer in content whose published files this build deleted. */
  removed: string[];
  published: number;
  stale: number;
  pages: number;
  report: PublishReport;
  seconds: { model: number; astro: number; finish: number };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** What office builds still running will publish: their records and that they are published. */
export interface ExpectedOffices {
  records: ReadonlyMap<string, OfficeRecord>;
  published: readonly string[];
}

/** The national pages being rendered by Astro (in the background), for one model. */
export interface NationalRender {
  /** sha256 of the model JSON it renders. */
  modelKey: string;
  staging: string;
  done: Promise<{ status: number | null; output: string }>;
  /** Stop it (when running) and remove its folders. */
  discard(): void;
  /** Rendered by an office batch's Astro process (its log is that batch's). */
  withOffices?: boolean;
  /** Kept from an earlier build with the same model and code (keptNationalRender): nothing was rendered. */
  kept?: boolean;
}

/** The national layer's inputs: every office's record and manifest as published in `outDir`, with `expected` laid over them. */
function nationalInputs(contentRoot: string, outDir: string, expected?: ExpectedOffices) {
  const directory = readOfficeDirectory(contentRoot);
  const records = new Map<string, OfficeRecord>();
  const published = new Set<string>();
  const keys: string[] = [];
  for (const id of directory.keys()) {
    const record = expected?.records.get(id) ?? readJson<OfficeRecord>(path.join(outDir, officeComplianceFile(id)));
    if (record?.freshness?.id === id) records.set(id, record);
    const manifest = readManifest(outDir, officeManifestFile(id));
    if (manifest) {
      published.add(id);
      keys.push(`${id} ${manifest.key}`);
    }
  }
  for (const id of expected?.published ?? []) if (directory.has(id)) published.add(id);
  const policyFile = policyPath();
  const policy = loadFreshnessPolicy(policyFile);
  const resolved = resolveAsOf({ policy, policyFile });
  return { directory, records, published, keys, policy, resolved };
}

/** A national model written to a file for an Astro process to render (PORTAL_NATIONAL_MODEL). */
export interface NationalModelFile {
  /** sha256 of the model JSON. */
  modelKey: string;
  file: string;
  /** Remove the file (and its folder). */
  remove(): void;
}

function writeNationalModel(json: string): NationalModelFile {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-national-'));
  const file = path.join(work, 'national.json');
  fs.writeFileSync(file, json);
  return { modelKey: sha256(json), file, remove: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** The environment that makes an Astro build render the national pages of a model. */
export function nationalRenderEnv(model: NationalModelFile): Record<string, string> {
  return { PORTAL_NATIONAL_MODEL: model.file };
}

/**
 * National pages rendered by `run` into `staging` (alone, or with the last batch of
 * offices: `npm run build` renders a small deployment in one Astro process). The
 * folder and the model file are the render's: discard() removes them once Astro has stopped.
 */
export function nationalRenderOf(run: AstroRun, staging: string, model: NationalModelFile, withOffices = false): NationalRender {
  return {
    withOffices,
    modelKey: model.modelKey,
    staging,
    done: run.done,
    discard: () => {
      const remove = () => {
        model.remove();
        fs.rmSync(staging, { recursive: true, force: true });
      };
      if (run.exited()) return remove();
      // Removed once it has stopped (a running Astro would write into the folder again); if this
      // process exits first, the next build's renderDir() removes the folder of a dead process.
      run.stop();
      void run.done.then(remove);
    },
  };
}

/** Start Astro on the national pages of a model (the national scope: no office's documents). */
function renderNational(repo: string, model: NationalModelFile): NationalRender {
  const staging = renderDir(repo, 'national');
  const run = startAstro({
    repo,
    env: {
      PORTAL_OUT_DIR: staging,
      PORTAL_VALIDATED: '1',
      ...nationalRenderEnv(model),
      PORTAL_SCOPE: scopeEnv({ offices: [], context: [], national: true }),
    },
  });
  return nationalRenderOf(run, staging, model);
}

/**
 * The national model of what office builds still running are expected to publish (their
 * records and that they are published, laid over what `outDir` has), written for Astro.
 */
export function expectedNationalModel(options: { contentRoot: string; outDir: string; expected: ExpectedOffices }): NationalModelFile {
  const { directory, records, published, policy, resolved } = nationalInputs(options.contentRoot, options.outDir, options.expected);
  return writeNationalModel(JSON.stringify(nationalModel([...directory.values()], records, policy, resolved, published)));
}

/**
 * Start rendering the national pages before the office builds have published, from the
 * records and manifests they are expected to leave. buildNational uses it only when the
 * model it then reads from the published offices is the same, byte for byte; otherwise
 * it renders again. (`npm run build` renders them in the last office batch's Astro
 * process instead: src/pipeline/office-build.ts, `national`.)
 */
export function startNationalRender(options: { repo: string; contentRoot: string; outDir: string; expected: ExpectedOffices }): NationalRender {
  return renderNational(options.repo, expectedNationalModel(options));
}

/**
 * The national pages Astro rendered, kept between builds in the build's cache dir
 * (`PORTAL_CACHE_DIR`, else Astro's default), under the key of what they were rendered
 * from: the model and the code. A warm `npm run build` whose national model did not change
 * (an edit to a document's text changes no office record) renders no national page: the
 * kept files are linked into its render folder instead. Only the last render is kept.
 */
function keptRendersDir(repo: string): string {
  return path.join(path.resolve(repo, process.env['PORTAL_CACHE_DIR'] || 'node_modules/.astro'), 'protishruti-national');
}

const renderKey = (repo: string, modelKey: string) => sha256(`${modelKey}\n${codeFingerprint(repo, policyPath())}`);
/** Written last into a kept render's folder: the folder is complete. */
const KEPT_MARK = '.complete';

function linkFiles(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    const target = path.join(to, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(path.join(from, file), target);
    } catch {
      fs.copyFileSync(path.join(from, file), target);
    }
  }
}

/** The national pages rendered from `modelKey` by this code in an earlier build, as a render; undefined when none is kept. */
export function keptNationalRender(repo: string, modelKey: string): NationalRender | undefined {
  const dir = path.join(keptRendersDir(repo), renderKey(repo, modelKey));
  if (!fs.existsSync(path.join(dir, KEPT_MARK))) return undefined;
  const staging = renderDir(repo, 'national');
  try {
    linkFiles(dir, staging, listFiles(dir));
  } catch {
    fs.rmSync(staging, { recursive: true, force: true });
    return undefined;
  }
  return {
    modelKey,
    staging,
    kept: true,
    done: Promise.resolve({ status: 0, output: '' }),
    discard: () => fs.rmSync(staging, { recursive: true, force: true }),
  };
}

/** Keep what Astro rendered of the national layer (its files and the shared assets), for the next build with the same key. */
function keepNationalRender(repo: string, modelKey: string, staging: string, files: readonly string[]): void {
  const parent = keptRendersDir(repo);
  const dir = path.join(parent, renderKey(repo, modelKey));
  if (fs.existsSync(path.join(dir, KEPT_MARK))) return;
  // Linked beside it and renamed into place when complete: a build reading kept renders never sees half of one.
  const partial = `${dir}.${process.pid}.tmp`;
  try {
    fs.rmSync(parent, { recursive: true, force: true });
    linkFiles(
      staging,
      partial,
      files.filter((f) => ownerOf(f).kind !== 'office' && !f.startsWith('pagefind/')),
    );
    fs.writeFileSync(path.join(partial, KEPT_MARK), '');
    fs.renameSync(partial, dir);
  } catch {
    // Not kept (a read-only or full cache dir, or another build keeping one): the next build renders them again.
    fs.rmSync(partial, { recursive: true, force: true });
  }
}

export async function buildNational(options: {
  repo: string;
  contentRoot: string;
  outDir: string;
  log?: (line: string) => void;
  /** Records where the time goes (src/pipeline/build-clock.ts); nothing by default. */
  clock?: BuildClock;
  /** National pages already being rendered (startNationalRender): used when their model is this build's. */
  early?: NationalRender;
}): Promise<NationalBuildResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const clock = options.clock ?? noClock;
  const started = Date.now();
  const startedPrecise = performance.timeOrigin + performance.now();
  // Offices no longer in content leave the published folder first, so nothing below counts them.
  const removed = removeOfficesNotInContent(options.contentRoot, options.outDir, log);
  const { directory, records, published, keys, policy, resolved } = nationalInputs(options.contentRoot, options.outDir);
  // What the search catalogue and scopes need of each office (src/search/catalogue.ts), taken before the records go.
  const catalogueOffices: CatalogueOffice[] = [...directory.values()].map((o) => ({
    id: o.id,
    parent: o.parent,
    name: o.name,
    published: published.has(o.id),
    services: records.get(o.id)?.services,
  }));
  const searchScopes = scopesFor(catalogueOffices, LIST_LIMIT, undefined, (id) => bundleIndexBytes(options.outDir, id));
  // The model is not kept past this block: at 50,000 offices it is the bulk of this process's memory.
  const { render, summary, modelKey } = (() => {
    const model = nationalModel([...directory.values()], records, policy, resolved, published);
    records.clear();
    const json = JSON.stringify(model);
    const key = sha256(json);
    const summary = model.freshness.report.summary;
    if (options.early?.modelKey === key) return { render: options.early, summary, modelKey: key };
    options.early?.discard();
    return { render: keptNationalRender(options.repo, key) ?? renderNational(options.repo, writeNationalModel(json)), summary, modelKey: key };
  })();
  const staging = render.staging;
  log(`national: ${directory.size} offices, ${published.size} published, ${summary.stale} stale ${resolved.note}`);
  const modelDone = Date.now();
  if (clock.recording) clock.spans.push({ step: 'national: model', start: startedPrecise, end: performance.timeOrigin + performance.now() });
  try {
    const astro = await clock.time('astro: national', () => render.done);
    if (clock.recording && !render.withOffices) clock.astroLogs.push(astro.output);
    if (astro.status !== 0) {
      process.stderr.write(astro.output.slice(-6000));
      throw new Error('Astro could not render the national pages (see the output above)');
    }
    const astroDone = Date.now();
    // What Astro rendered, kept for the next build with the same model and code (before the steps below add to it).
    if (!render.kept) keepNationalRender(options.repo, modelKey, staging, listFiles(staging));
    await clock.time('national: scopes, CMS shell, sitemaps, service worker', async () => {
      writeSearchScopes(staging, searchScopes);
      const catalogueStarted = Date.now();
      const catalogue = writeCatalogue(staging, catalogueOffices, catalogueStandards(options.contentRoot, resolved.asOf));
      log(
        `national: search catalogue of ${catalogue.files} files, ${(catalogue.bytes / 1024 / 1024).toFixed(1)} MiB, in ${((Date.now() - catalogueStarted) / 1000).toFixed(1)} s`,
      );
      writeStandardsData(staging, options.contentRoot, catalogueOffices, {
        day: resolved.asOf,
        base: siteBase(),
        site: process.env['PORTAL_SITE'] || 'https://portal.example',
      });
      await buildAdmin({ repo: options.repo, contentRoot: options.contentRoot, siteDir: staging, officeEntries: false });
      writeSitemaps(staging, options.outDir, [...published]);
    });
    const files = listFiles(staging);
    clock.time('publish: national', () =>
      addSharedFiles(
        staging,
        options.outDir,
        files.filter((f) => ownerOf(f).kind === 'shared'),
      ),
    );
    clock.time('national: scopes, CMS shell, sitemaps, service worker', () => writeServiceWorker(staging, options.outDir, options.repo, keys));
    const national = listFiles(staging).filter((f) => ownerOf(f).kind === 'national');
    const report = clock.time('publish: national', () =>
      publishUnit({ stagingDir: staging, outDir: options.outDir, files: national, manifestPath: NATIONAL_MANIFEST, key: modelKey }),
    );
    const pages = national.filter((f) => f.endsWith('.html')).length;
    log(`national: ${pages} pages, ${report.written.length} files written, ${report.unchanged} unchanged, ${report.deleted.length} removed`);
    return {
      offices: directory.size,
      removed,
      published: published.size,
      stale: summary.stale,
      pages,
      report,
      seconds: { model: (modelDone - started) / 1000, astro: (astroDone - modelDone) / 1000, finish: (Date.now() - astroDone) / 1000 },
    };
  } finally {
    render.discard();
  }
}

export class NationalInputError extends Error {}

/**
 * Delete the published files of every office that is no longer in content
 * (src/pipeline/office-removal.ts). The national layer reads every office.yaml, so it is
 * where a removal is always seen, whichever offices were built before it. A content root
 * with no office at all is refused rather than taken as "remove every office".
 */
function removeOfficesNotInContent(contentRoot: string, outDir: string, log: (line: string) => void): string[] {
  const directory = readOfficeDirectory(contentRoot);
  const gone = removedOffices(outDir, directory);
  if (gone.length && directory.size === 0)
    throw new NationalInputError(
      `no office in ${contentRoot} (PORTAL_CONTENT_DIR), but ${gone.length} are published in ${outDir}: refusing to remove them all; check the content root`,
    );
  for (const id of gone) log(`national: removed office ${id} (no longer in content): ${removeOffice(outDir, id).length} files deleted`);
  return gone;
}

/** The national search catalogue (src/search/catalogue.ts) under `search/catalogue/`. */
export function writeCatalogue(
  siteDir: string,
  offices: readonly CatalogueOffice[],
  standards?: Parameters<typeof catalogueFiles>[2],
): { files: number; bytes: number } {
  let bytes = 0;
  const files = catalogueFiles(offices, undefined, standards);
  for (const [rel, text] of files) {
    const file = path.join(siteDir, CATALOGUE_DIR, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.size, bytes };
}

/**
 * What an office's published search bundle weighs for a first query's index: its entry,
 * metadata, index chunks and filters (Pagefind writes them compressed; fragments are read per
 * shown result, whatever the scope). Undefined when the bundle is not there. Asked only for
 * scopes of a few offices (src/search/scopes.ts), never for the whole of a large country.
 */
function bundleIndexBytes(outDir: string, office: string): number | undefined {
  const dir = path.join(outDir, officeSearchDir(office));
  if (!fs.existsSync(path.join(dir, 'pagefind-entry.json'))) return undefined;
  let bytes = 0;
  const add = (file: string) => (bytes += fs.statSync(file).size);
  for (const name of fs.readdirSync(dir)) if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) add(path.join(dir, name));
  for (const sub of ['index', 'filter']) {
    const at = path.join(dir, sub);
    if (fs.existsSync(at)) for (const name of fs.readdirSync(at)) add(path.join(at, name));
  }
  return bytes;
}

/** `search/scopes/<id>.json` for every office, and `_country.json` (src/search/scopes.ts). */
function writeSearchScopes(siteDir: string, scopes: Map<string, SearchScope>): void {
  const dir = path.join(siteDir, 'search', 'scopes');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, scope] of scopes) fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(scope)}\n`);
}

/** Office pages join the national sitemap index in files of SITEMAP_URLS, from each office's manifest. */
function writeSitemaps(siteDir: string, outDir: string, published: string[]): void {
  const indexFile = path.join(siteDir, 'sitemap-index.xml');
  if (!fs.existsSync(indexFile)) return;
  const site = (process.env['PORTAL_SITE'] || 'https://portal.example').replace(/\/$/, '');
  const base = siteBase();
  const urls: string[] = [];
  for (const id of published.sort()) {
    const manifest = readManifest(outDir, officeManifestFile(id));
    for (const file of Object.keys(manifest?.files ?? {})) {
      if (!file.startsWith(`offices/${id}/`) || !file.endsWith('index.html') || file.includes('/pagefind/')) continue;
      urls.push(`${site}${urlOf(base, file)}`);
    }
  }
  const names: string[] = [];
  for (let i = 0; i < urls.length; i += SITEMAP_URLS) {
    const name = `sitemap-offices-${i / SITEMAP_URLS}.xml`;
    names.push(name);
    const body = urls
      .slice(i, i + SITEMAP_URLS)
      .map((u) => `<url><loc>${u}</loc></url>`)
      .join('');
    fs.writeFileSync(
      path.join(siteDir, name),
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`,
    );
  }
  const index = fs.readFileSync(indexFile, 'utf8');
  const extra = names.map((n) => `<sitemap><loc>${site}${base}${n}</loc></sitemap>`).join('');
  // A new file, not the same one rewritten: the render's may be a hard link (a kept render, keptNationalRender).
  fs.rmSync(indexFile);
  fs.writeFileSync(indexFile, index.replace('</sitemapindex>', `${extra}</sitemapindex>`));
}

/**
 * The service worker: its shell (offline page, search page, manifest, icon and what
 * they load) and a version that changes when the shell or any office changes, so
 * browsers update the offices they saved (each office's pack says what changed).
 */
export function writeServiceWorker(siteDir: string, outDir: string, repo: string, officeKeys: string[]): void {
  const base = siteBase();
  const has = (file: string) => fs.existsSync(path.join(siteDir, file)) || fs.existsSync(path.join(outDir, file));
  const read = (file: string) => fs.readFileSync(fs.existsSync(path.join(siteDir, file)) ? path.join(siteDir, file) : path.join(outDir, file));
  const html = (file: string) => read(file).toString('utf8');
  const pages = ['offline/index.html', 'search/index.html'].filter(has);
  if (!pages.includes('offline/index.html'))
    throw new Error('offline: offline/index.html was not built (src/pages/offline.astro is needed for the offline fallback)');
  const shellFiles = new Set<string>(pages);
  for (const page of pages) for (const ref of withImports(siteDir, referencedFiles(html(page), base))) shellFiles.add(ref);
  for (const optional of ['manifest.webmanifest', 'icon.svg']) if (has(optional)) shellFiles.add(optional);
  const shell = [...shellFiles]
    .filter(has)
    .sort()
    .map((file) => ({ url: urlOf(base, file), rev: hashOf(read(file)).slice(0, 12) }));
  const template = fs.readFileSync(path.join(repo, 'src/offline/sw.js'), 'utf8');
  if (!CONFIG_MARK.test(template))
    throw new Error('offline: src/offline/sw.js lost its /*__PROTISHRUTI_SW_CONFIG__*/ line; restore it so the build can fill in the version');
  const version = hashOf(`${hashOf(template)}\n${shell.map((f) => `${f.url} ${f.rev}`).join('\n')}\n${officeKeys.sort().join('\n')}`).slice(0, 16);
  const config = { version, base, offlinePage: `${base}offline/`, shell, packs: `${base}${PACKS_DIR}/` };
  fs.writeFileSync(
    path.join(siteDir, 'sw.js'),
    template.replace(CONFIG_MARK, () => `${JSON.stringify(config)};`),
  );
}
