/**
 * Search, office by office: each office's pages go into its own Pagefind bundle at
 * `offices/<id>/pagefind/` (index data only), built by the office's build and never
 * again by anything else. The engine (pagefind.js, its worker and the WebAssembly)
 * is one shared copy at `pagefind/`, so a phone downloads it once for every office.
 *
 * The search page opens the bundles of the scope it searches (one office, or an
 * office and the offices under it) with Pagefind's `mergeIndex`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_INCLUDE_CHARACTERS } from '../search/fold.ts';
import { pageInfoOf, prepareHtmlForIndex, withoutStylesAndScripts, type OfficeInfo } from '../search/index-html.ts';
import type { OfficeDirectory } from '../content-model/office-directory.ts';
import { officeSearchDir } from './site-layout.ts';

/** Engine files: the same bytes for every bundle of one Pagefind version. */
const ENGINE_FILE = /^(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;
/** Pagefind's bundled UIs: the portal's search page uses the small core API instead. */
const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Pagefind loads its WebAssembly from the index's own folder. Every office has its
 * own index folder, so the engine is taught to load it from beside itself instead
 * (one cached copy). The build fails loudly if a Pagefind upgrade changes the line.
 */
const ENGINE_PATCHES: Record<string, [string, string][]> = {
  'pagefind.js': [
    ['const wasm_url=`${this.basePath}wasm.${language}.pagefind`', 'const wasm_url=new URL(`wasm.${language}.pagefind`,import.meta.url).href'],
    ['const workerUrl=`${basePath}pagefind-worker.js`', 'const workerUrl=new URL(`pagefind-worker.js`,import.meta.url).href'],
  ],
  'pagefind-worker.js': [
    ['const wasm_url=`${this.basePath}wasm.${language}.pagefind`', 'const wasm_url=new URL(`wasm.${language}.pagefind`,self.location.href).href'],
  ],
};

export function patchEngine(name: string, code: string): string {
  let patched = code;
  for (const [from, to] of ENGINE_PATCHES[name] ?? []) {
    if (!patched.includes(from)) {
      throw new Error(`Pagefind's ${name} no longer loads its files as this build expects (src/pipeline/office-search.ts): check the Pagefind version`);
    }
    patched = patched.replace(from, to);
  }
  return patched;
}

export function officeInfos(offices: OfficeDirectory): Map<string, OfficeInfo> {
  const infos = new Map<string, OfficeInfo>();
  for (const office of offices.values()) infos.set(office.id, { id: office.id, nameBn: office.name.bn, nameEn: office.name.en, parent: office.parent });
  return infos;
}

export interface OfficeIndexReport {
  pages: number;
  bytes: number;
}

/**
 * Index one office's pages (already rendered into `siteDir`) into its bundle in
 * `siteDir`, and put the engine files at `<siteDir>/pagefind/`.
 */
type PagefindApi = typeof pagefind;

/**
 * Pagefind's Node API runs one indexing process per module instance, and that process
 * handles one request at a time. A second instance of the same module (its file under
 * another URL) gets a process of its own, so two offices are indexed at once: on two
 * cores that took 1,000 pages' bundles from 8.9–10.1 s to 6.7–6.9 s. Where the module's
 * address cannot be resolved (code loaded by a bundler), every slot uses the one instance.
 */
const services = new Map<number, Promise<PagefindApi>>([[0, Promise.resolve(pagefind)]]);

/** How many Pagefind processes office builds index with at once. */
export const SEARCH_SERVICES = 2;

function searchService(slot: number): Promise<PagefindApi> {
  let service = services.get(slot);
  if (!service) {
    const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
    service = resolve ? (import(`${resolve('pagefind')}?service=${slot}`) as Promise<PagefindApi>).catch(() => pagefind) : Promise.resolve(pagefind);
    services.set(slot, service);
  }
  return service;
}

export async function indexOffice(
  siteDir: string,
  officeId: string,
  offices: ReadonlyMap<string, OfficeInfo>,
  /** Which Pagefind process indexes it (0 … SEARCH_SERVICES - 1); the bundle is the same from any. */
  slot = 0,
): Promise<OfficeIndexReport> {
  const pagesDir = path.join(siteDir, 'offices', officeId);
  const pages = fs
    .readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith(`${officeSearchDir(officeId)}/`))
    .sort();
  const { index, errors } = await (
    await searchService(slot % SEARCH_SERVICES)
  ).createIndex({ forceLanguage: 'bn', includeCharacters: PAGEFIND_INCLUDE_CHARACTERS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const bundle = path.join(siteDir, officeSearchDir(officeId));
  let indexed = 0;
  try {
    for (const rel of pages) {
      const html = fs.readFileSync(path.join(siteDir, rel), 'utf8');
      if (!/\bdata-pagefind-body\b/.test(html)) continue;
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      const added = await index.addHTMLFile({ url, content: prepareHtmlForIndex(withoutStylesAndScripts(html), pageInfoOf(html, url), offices) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${rel}: ${added.errors.join('; ')}`);
      indexed++;
    }
    if (indexed === 0) throw new Error(`no page of office ${officeId} is marked data-pagefind-body`);
    // Written straight into the office's bundle folder (no temporary copy to read back and
    // delete); the engine files Pagefind writes beside every index are then moved out to
    // the shared `pagefind/` once per site, and the bundled UIs dropped.
    fs.rmSync(bundle, { recursive: true, force: true });
    const result = await index.writeFiles({ outputPath: bundle });
    if (result.errors.length > 0) throw new Error(`Pagefind could not write the index of ${officeId}: ${result.errors.join('; ')}`);
    let bytes = 0;
    for (const entry of fs.readdirSync(bundle, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const rel = path.relative(bundle, file).split(path.sep).join('/');
      if (UNUSED_FILE.test(rel)) fs.rmSync(file);
      else if (ENGINE_FILE.test(rel)) moveEngineFile(file, path.join(siteDir, 'pagefind', rel), rel);
      else bytes += fs.statSync(file).size;
    }
    return { pages: indexed, bytes };
  } finally {
    await index.deleteIndex().catch(() => null);
  }
}

/** Engine files this process has written (each is written once, then the same bytes are dropped). */
const enginesWritten = new Set<string>();

/**
 * An engine file (the same bytes for every index of one Pagefind version) to the shared
 * folder: patched and moved there the first time this process writes it, else dropped.
 */
function moveEngineFile(from: string, to: string, name: string): void {
  if (enginesWritten.has(to) && fs.existsSync(to)) {
    fs.rmSync(from);
    return;
  }
  enginesWritten.add(to);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (name.endsWith('.js')) {
    fs.writeFileSync(to, patchEngine(name, fs.readFileSync(from, 'utf8')));
    fs.rmSync(from);
  } else fs.renameSync(from, to);
}

/** This process's Pagefind processes (Linux: read from /proc; none found elsewhere). */
function searchProcesses(): number[] {
  const found: number[] = [];
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return found;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (/pagefind/.test(command) && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) found.push(Number(name));
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}

/**
 * Stop Pagefind's service processes (after the last office), and wait until they have
 * exited: publishing starts only once no Pagefind process of this build is left.
 */
export async function closeSearchIndexer(): Promise<void> {
  const running = searchProcesses();
  for (const service of services.values()) await (await service).close();
  const deadline = Date.now() + 5000;
  while (running.some((pid) => fs.existsSync(`/proc/${pid}`)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}
