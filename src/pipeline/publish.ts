/**
 * Publishing a unit (one office, or the national layer) into the published folder
 * without disturbing anything else in it:
 *
 * 1. every new or changed file is written beside its target and renamed over it
 *    (a reader never sees half a file; an unchanged file is not touched, so its
 *    bytes and time stay and a deploy sends nothing for it);
 * 2. files the unit published last time and no longer has are deleted, after the
 *    new ones are in place (no page links to a file that is not there yet);
 * 3. the manifest (input key, every file with its hash) is written last, so an
 *    interrupted publish is redone by the next build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Manifest {
  /** Hash of everything the unit's output depends on: same key, same files. */
  key: string;
  /** Site-relative path -> sha256 of its bytes. */
  files: Record<string, string>;
}

export const sha256 = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

export function readManifest(outDir: string, manifestPath: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(outDir, manifestPath), 'utf8')) as Manifest;
    return typeof parsed.key === 'string' && parsed.files && typeof parsed.files === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface PublishReport {
  written: string[];
  unchanged: number;
  deleted: string[];
}

/** Write `data` to `file` atomically (a temporary file in the same folder, then rename). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Publish `files` (site-relative paths under `stagingDir`) into `outDir` as one unit
 * whose manifest lives at `manifestPath`.
 */
export function publishUnit(options: { stagingDir: string; outDir: string; files: readonly string[]; manifestPath: string; key: string }): PublishReport {
  const { stagingDir, outDir, files, manifestPath, key } = options;
  const previous = readManifest(outDir, manifestPath);
  const hashes: Record<string, string> = {};
  const report: PublishReport = { written: [], unchanged: 0, deleted: [] };
  for (const file of [...files].sort()) {
    const data = fs.readFileSync(path.join(stagingDir, file));
    const hash = sha256(data);
    hashes[file] = hash;
    const target = path.join(outDir, file);
    if (previous?.files[file] === hash && fs.existsSync(target)) {
      report.unchanged++;
      continue;
    }
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === hash) {
      report.unchanged++;
      continue;
    }
    writeFileAtomic(target, data);
    report.written.push(file);
  }
  for (const file of Object.keys(previous?.files ?? {})) {
    if (hashes[file] !== undefined) continue;
    fs.rmSync(path.join(outDir, file), { force: true });
    removeEmptyParents(path.dirname(path.join(outDir, file)), outDir);
    report.deleted.push(file);
  }
  writeFileAtomic(path.join(outDir, manifestPath), `${JSON.stringify({ key, files: hashes } satisfies Manifest)}\n`);
  return report;
}

/** Copy shared, content-named files (e.g. `_astro/*`) that the published folder does not have yet. */
export function addSharedFiles(stagingDir: string, outDir: string, files: readonly string[]): number {
  let added = 0;
  for (const file of files) {
    const target = path.join(outDir, file);
    const source = path.join(stagingDir, file);
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === sha256(fs.readFileSync(source))) continue;
    writeFileAtomic(target, fs.readFileSync(source));
    added++;
  }
  return added;
}

function removeEmptyParents(dir: string, stop: string): void {
  for (let current = dir; current.startsWith(stop) && current !== stop; current = path.dirname(current)) {
    try {
      fs.rmdirSync(current);
    } catch {
      return;
    }
  }
}

/**
 * A fresh folder for one Astro build to render into. It must be inside the repository:
 * Astro keeps its prerender chunks in the output folder when it is inside the working
 * directory, and otherwise in the shared `.astro/` folder, where two builds running at
 * once (an office build and the national layer, or tests) delete each other's chunks.
 */
export function renderDir(repo: string, name: string): string {
  const parent = path.join(repo, 'node_modules', '.cache', 'protishruti-render');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `${name}-`));
}

/** Every file under a folder, site-relative with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // Astro's build leftovers (.prerender/) are never part of a site.
    .filter((file) => !file.startsWith('.'))
    .sort();
}
