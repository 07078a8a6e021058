/**
 * An office removed from content leaves the published site: every file it owns
 * (src/pipeline/site-layout.ts) is deleted, so the published folder holds exactly
 * the offices a clean build of the same content would publish, and the next deploy
 * deletes them from the remote.
 *
 * Which offices are published is read from the folder itself, from every place an
 * office's files live (not only its manifest: a stale office that never built has
 * only its record, and a removal that was interrupted may have left any part). Their
 * own folders are deleted last, so whatever a killed removal left is found again by
 * the next build and removed then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKS_DIR } from './office-offline.ts';
import { listFiles, readManifest } from './publish.ts';
import { officeManifestFile, ownerOf } from './site-layout.ts';

const OFFICE_ID = /^[a-z0-9][a-z0-9-]*$/;

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Every office with any file in the published folder, sorted. */
export function publishedOfficeIds(outDir: string): string[] {
  const ids = new Set<string>();
  for (const entry of entries(path.join(outDir, 'offices'))) if (entry.isDirectory()) ids.add(entry.name);
  for (const entry of entries(path.join(outDir, 'api', 'offices'))) {
    const id = entry.isDirectory() ? entry.name : /^(.+)\.json$/.exec(entry.name)?.[1];
    if (id) ids.add(id);
  }
  for (const entry of entries(path.join(outDir, 'admin'))) {
    // admin/ also holds the CMS shell's own folders (fonts/): an office's entry is its index.html or options.json.
    if (!entry.isDirectory()) continue;
    const own = entries(path.join(outDir, 'admin', entry.name)).map((e) => e.name);
    if (own.includes('index.html') || own.includes('options.json')) ids.add(entry.name);
  }
  for (const entry of entries(path.join(outDir, PACKS_DIR))) {
    const id = /^(.+)\.json$/.exec(entry.name)?.[1];
    if (id) ids.add(id);
  }
  return [...ids].filter((id) => OFFICE_ID.test(id)).sort();
}

/** Published offices that are not in `known` (the content's offices). */
export function removedOffices(outDir: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
  return publishedOfficeIds(outDir).filter((id) => !known.has(id));
}

/** Delete every file one office owns from the published folder; the site-relative paths deleted, sorted. */
export function removeOffice(outDir: string, id: string): string[] {
  if (!OFFICE_ID.test(id)) throw new Error(`not an office id: "${id}"`);
  const removed = new Set<string>();
  const remove = (file: string) => {
    const full = path.join(outDir, file);
    if (!fs.existsSync(full)) return;
    fs.rmSync(full, { force: true });
    removed.add(file);
  };
  // Whatever the manifest lists outside the office's folders, then the known places, then its own folder last.
  const manifest = readManifest(outDir, officeManifestFile(id));
  const own = `offices/${id}/`;
  const owned = (file: string) => {
    const owner = ownerOf(file);
    return owner.kind === 'office' && owner.id === id && !file.split('/').includes('..');
  };
  for (const file of Object.keys(manifest?.files ?? {})) if (!file.startsWith(own) && owned(file)) remove(file);
  for (const file of listFiles(outDir, `api/offices/${id}`)) remove(file);
  for (const file of [`api/offices/${id}.json`, `admin/${id}/index.html`, `admin/${id}/options.json`, `${PACKS_DIR}/${id}.json`]) remove(file);
  for (const file of listFiles(outDir, `offices/${id}`)) if (file !== officeManifestFile(id)) remove(file);
  remove(officeManifestFile(id));
  // Its folders are its own: what is left in them (empty folders, half-written files of a killed build) goes too.
  for (const dir of [`api/offices/${id}`, `admin/${id}`, `offices/${id}`]) fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
  return [...removed].sort();
}
