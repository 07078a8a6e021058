/**
 * Offline support, office by office: "save this office" stores the files listed in
 * `offline-packs/<id>.json`, which the office's own build writes: its pages and
 * media, its own search bundle (so a saved office searches offline at any country
 * size), the shared search engine and the scripts and fonts its pages load, each
 * with a content hash so a later visit fetches only what changed.
 * The service worker and its shell (offline page, search page) are national.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hashOf, referencedFiles, urlOf, withImports, type OfficePack, type OfflineFile } from './offline-files.ts';
import { listFiles } from './publish.ts';
import { officeSearchDir, ownerOf } from './site-layout.ts';

export const PACKS_DIR = 'offline-packs';

/** An office's offline pack, and the shared assets (`_astro/…`, `pagefind/…`) its pages load. */
export function officePackWithShared(siteDir: string, officeId: string, base: string): { pack: OfficePack; shared: string[] } {
  const own = listFiles(path.join(siteDir, 'offices', officeId)).map((f) => `offices/${officeId}/${f}`);
  const pages = own.filter((f) => f.endsWith('index.html'));
  const bundle = own.filter((f) => f.startsWith(`${officeSearchDir(officeId)}/`));
  const media = own.filter((f) => f.startsWith(`offices/${officeId}/media/`));
  const engine = listFiles(path.join(siteDir, 'pagefind')).map((f) => `pagefind/${f}`);
  const wanted = new Set<string>([...pages, ...media, ...bundle, ...(bundle.length ? engine : [])]);
  for (const page of pages) {
    const html = fs.readFileSync(path.join(siteDir, page), 'utf8');
    for (const ref of withImports(siteDir, referencedFiles(html, base))) wanted.add(ref);
  }
  const files: OfflineFile[] = [...wanted].sort().map((file) => {
    const data = fs.readFileSync(path.join(siteDir, file));
    return { url: urlOf(base, file), rev: hashOf(data).slice(0, 12), size: data.length };
  });
  const version = hashOf(files.map((f) => `${f.url} ${f.rev}`).join('\n')).slice(0, 16);
  const pack = { version, office: officeId, files, bytes: files.reduce((sum, f) => sum + f.size, 0), search: bundle.length > 0 };
  return { pack, shared: [...wanted].filter((f) => ownerOf(f).kind === 'shared').sort() };
}

export function officePack(siteDir: string, officeId: string, base: string): OfficePack {
  return officePackWithShared(siteDir, officeId, base).pack;
}

export function writeOfficePack(siteDir: string, pack: OfficePack): string {
  const rel = `${PACKS_DIR}/${pack.office}.json`;
  fs.mkdirSync(path.join(siteDir, PACKS_DIR), { recursive: true });
  fs.writeFileSync(path.join(siteDir, rel), JSON.stringify(pack));
  return rel;
}
