/**
 * Build step: offline support. Runs after Astro and after the Pagefind step, on
 * the staging site, and writes:
 *
 * - `sw.js`: the service worker (src/offline/sw.js) with this build's version (a
 *   hash of every file's content, so any change to any page makes browsers pick
 *   up a new worker and migrate their saved pages) and its shell files;
 * - `offline-packs/<office>.json`: for "save this office", every file the office
 *   needs offline: its pages, the search page, Pagefind's core and index, and the
 *   office's own search fragments (not the other offices'), each with a content hash.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BuildStep } from '../../src/content-model/build-step.ts';

export interface OfflineFile {
  url: string;
  rev: string;
  size: number;
}

export interface OfficePack {
  version: string;
  office: string;
  files: OfflineFile[];
  bytes: number;
  /** Whether offline search comes with the pack (false when the shared word index is over the budget). */
  search: boolean;
}

/**
 * Pagefind's word index is one for the whole portal (chunks split by word, not by
 * office), so saving an office's search means saving all of it. Up to this size
 * it comes with every office pack; above it (a national portal) offices are saved
 * without offline search rather than costing a citizen megabytes on 2G.
 */
export const OFFLINE_SEARCH_BUDGET = 1.5 * 1024 * 1024;

const GENERATED = new Set(['sw.js']);
const PACKS_DIR = 'offline-packs';
const CONFIG_MARK = /\/\*__PROTISHRUTI_SW_CONFIG__\*\/ \{[^\n]*\};/;

/** The site's base path as Astro uses it (astro.config.mjs reads the same variable). */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['PORTAL_BASE'] || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

function walk(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, root) : [path.relative(root, full).split(path.sep).join('/')];
  });
}

const hashOf = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');

/** Site-relative file path -> URL the browser asks for (directory pages end in `/`). */
function urlOf(base: string, file: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** Same-site files a page refers to (scripts, styles, fonts in its inline CSS), as site-relative file paths. */
export function referencedFiles(html: string, base: string): string[] {
  const found = new Set<string>();
  const patterns = [/(?:src|href)="([^"#?]+)"/g, /url\(([^)"'#?]+)\)/g, /url\("([^"#?]+)"\)/g];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const ref = match[1] ?? '';
      if (ref.startsWith(`${base}_astro/`)) found.add(ref.slice(base.length));
    }
  }
  return [...found].filter((file) => file.endsWith('.woff2') || !/\.woff$/.test(file)).sort();
}

/** The page URL a Pagefind fragment belongs to (fragments are gzip with a `pagefind_dcd` marker before their JSON). */
export function fragmentUrl(data: Buffer): string | undefined {
  try {
    const text = zlib.gunzipSync(data).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    return (JSON.parse(json) as { url?: string }).url;
  } catch {
    return undefined;
  }
}

/** Scripts a script imports (statically or dynamically), as site-relative file paths. */
export function importedScripts(code: string, file: string): string[] {
  const dir = path.posix.dirname(file);
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(path.posix.normalize(path.posix.join(dir, match[1] ?? '')));
  }
  return [...found];
}

/** A page's files with everything their scripts import, transitively. */
function withImports(siteDir: string, start: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (all.has(file)) continue;
    all.add(file);
    if (file.endsWith('.js') && fs.existsSync(path.join(siteDir, file))) queue.push(...importedScripts(fs.readFileSync(path.join(siteDir, file), 'utf8'), file));
  }
  return all;
}

export interface OfflineOutput {
  version: string;
  shell: OfflineFile[];
  packs: OfficePack[];
}

export function buildOffline(siteDir: string, repo: string, base = siteBase(), searchBudget = OFFLINE_SEARCH_BUDGET): OfflineOutput {
  const files = walk(siteDir).filter((f) => !GENERATED.has(f) && !f.startsWith(`${PACKS_DIR}/`)).sort();
  const info = new Map<string, OfflineFile>();
  for (const file of files) {
    const data = fs.readFileSync(path.join(siteDir, file));
    info.set(file, { url: urlOf(base, file), rev: hashOf(data).slice(0, 12), size: data.length });
  }
  const template = fs.readFileSync(path.join(repo, 'src/offline/sw.js'), 'utf8');
  // The worker's own code counts too: a change to how it stores files starts fresh caches.
  const version = hashOf(`${hashOf(template)}\n${files.map((f) => `${f} ${info.get(f)?.rev}`).join('\n')}`).slice(0, 16);
  const fileInfo = (file: string): OfflineFile => {
    const found = info.get(file);
    if (!found) throw new Error(`offline: ${file} is referenced but was not built`);
    return found;
  };
  const html = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');

  // The shell, stored when the worker installs: the offline page with its scripts
  // and fonts, and the manifest. Nothing else is precached: a citizen's first visit
  // on 2G should not download the portal. The page being read reports the files it
  // loaded, and the worker keeps those (see `cache-page` in src/offline/sw.js).
  const offlinePage = 'offline/index.html';
  if (!info.has(offlinePage)) throw new Error(`offline: ${offlinePage} was not built (src/pages/offline.astro is needed for the offline fallback)`);
  const shellFiles = new Set<string>([offlinePage, ...withImports(siteDir, referencedFiles(html(offlinePage), base))]);
  for (const optional of ['manifest.webmanifest', 'icon.svg']) if (info.has(optional)) shellFiles.add(optional);
  const shell = [...shellFiles].sort().map(fileInfo);

  // Pagefind: the core and the whole (shared) word index go with every office;
  // fragments (the page excerpts) only with the office they describe.
  const pagefindCore: string[] = [];
  const fragmentsByOffice = new Map<string, string[]>();
  for (const file of files.filter((f) => f.startsWith('pagefind/'))) {
    if (file.startsWith('pagefind/fragment/')) {
      const url = fragmentUrl(fs.readFileSync(path.join(siteDir, file)));
      // Pagefind may record URLs with or without the base path, depending on how pages were added.
      const relative = url?.startsWith(base) ? url.slice(base.length) : url?.replace(/^\//, '');
      const office = relative?.match(/^offices\/([^/]+)\//)?.[1];
      if (office) fragmentsByOffice.set(office, [...(fragmentsByOffice.get(office) ?? []), file]);
      continue;
    }
    const name = file.slice('pagefind/'.length);
    // The UI bundles are for the default Pagefind UI; the portal's search page loads the core API.
    if (/^pagefind-(component-|modular-)?ui\.(js|css)$/.test(name) && !searchUses(siteDir, files, name)) continue;
    pagefindCore.push(file);
  }
  const searchIndexBytes = pagefindCore.reduce((sum, f) => sum + (info.get(f)?.size ?? 0), 0);
  const withSearch = pagefindCore.length > 0 && info.has('search/index.html') && searchIndexBytes <= searchBudget;
  const searchPage = withSearch ? ['search/index.html'] : [];
  const searchCore = withSearch ? pagefindCore : [];

  const officesDir = path.join(siteDir, 'offices');
  const offices = fs.existsSync(officesDir) ? fs.readdirSync(officesDir).filter((d) => fs.existsSync(path.join(officesDir, d, 'index.html'))).sort() : [];
  const packs = offices.map((office): OfficePack => {
    const pages = files.filter((f) => f.startsWith(`offices/${office}/`) && f.endsWith('index.html'));
    const wanted = new Set<string>([...pages, ...searchPage, ...searchCore, ...(withSearch ? (fragmentsByOffice.get(office) ?? []) : [])]);
    for (const page of [...pages, ...searchPage]) for (const ref of withImports(siteDir, referencedFiles(html(page), base))) wanted.add(ref);
    const packFiles = [...wanted].sort().map(fileInfo);
    return { version, office, files: packFiles, bytes: packFiles.reduce((sum, f) => sum + f.size, 0), search: withSearch };
  });

  if (!CONFIG_MARK.test(template)) throw new Error('offline: src/offline/sw.js lost its /*__PROTISHRUTI_SW_CONFIG__*/ line; restore it so the build can fill in the version');
  const config = { version, base, offlinePage: `${base}offline/`, shell: shell.map(({ url, rev }) => ({ url, rev })), packs: `${base}${PACKS_DIR}/` };
  fs.writeFileSync(path.join(siteDir, 'sw.js'), template.replace(CONFIG_MARK, () => `${JSON.stringify(config)};`));
  fs.mkdirSync(path.join(siteDir, PACKS_DIR), { recursive: true });
  for (const pack of packs) fs.writeFileSync(path.join(siteDir, PACKS_DIR, `${pack.office}.json`), JSON.stringify(pack));
  return { version, shell, packs };
}

function searchUses(siteDir: string, files: string[], name: string): boolean {
  const candidates = files.filter((f) => f === 'search/index.html' || (f.startsWith('_astro/') && f.endsWith('.js')));
  return candidates.some((f) => fs.readFileSync(path.join(siteDir, f), 'utf8').includes(name));
}

export const offlineStep: BuildStep = {
  name: 'offline (service worker and office packs)',
  async run({ siteDir, repo }) {
    try {
      const { version, shell, packs } = buildOffline(siteDir, repo);
      const kb = (n: number) => `${Math.round(n / 1024)} KB`;
      const search = packs[0]?.search ? 'with offline search' : 'without offline search (word index over the budget, or no search page)';
      process.stdout.write(`offline: version ${version}, shell ${shell.length} files (${kb(shell.reduce((s, f) => s + f.size, 0))}), ${packs.length} office packs ${search}\n`);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
};
