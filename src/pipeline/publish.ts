/**
 * Publishing a unit (one office, or the national layer) into the published folder
 * without disturbing anything else in it:
 *
 * 1. every new or changed file is written beside its target, and only when all of
 *    them (and the new manifest) are written are they renamed over their targets
 *    (a reader never sees half a file, and a full disk or any failed write leaves
 *    the unit as it was; an unchanged file is not touched, so its bytes and time
 *    stay and a deploy sends nothing for it);
 * 2. files the unit published last time and no longer has are deleted, after the
 *    new ones are in place (no page links to a file that is not there yet);
 * 3. the manifest (input key, every file with its hash) is written last, so an
 *    interrupted publish is redone by the next build.
 *
 * A build killed at any point (SIGKILL, a power cut) leaves at most: temporary files
 * (`<name>.<pid>.tmp`, never listed as part of a site and removed by the next publish
 * into their folder), a render folder named by the dead process's id (removed by the
 * next build's renderDir) and, for `npm run build`, a staging copy or a half-done swap
 * (recoverSwap). None of them needs a person to clean up.
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

/** A temporary file writeFileAtomic left behind when its process died: `<name>.<pid>.tmp`. */
export const TEMPORARY_FILE = /\.(\d+)\.tmp$/;

/** Whether a process with this id is running (a leftover of a dead one may be removed). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temporary files of dead processes from one folder (not below it); how many were removed. */
export function sweepTemporaryFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = TEMPORARY_FILE.exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
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
  // Half-written files of a publish that was killed, in every folder this unit owns.
  const folders = new Set([...files, ...Object.keys(previous?.files ?? {}), manifestPath].map((f) => path.dirname(path.join(outDir, f))));
  for (const folder of folders) sweepTemporaryFiles(folder);
  const pending: { temporary: string; target: string }[] = [];
  const stage = (target: string, data: string | Uint8Array, source?: string) => {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    pending.push({ temporary, target });
    if (source) {
      // A hard link to the rendered file when both are on one file system: the same bytes,
      // not written a second time (the render folder is only ever deleted, never changed).
      try {
        fs.linkSync(source, temporary);
        return;
      } catch {
        // Another file system, no hard links there, or a leftover temporary file: write the bytes.
      }
    }
    fs.writeFileSync(temporary, data);
  };
  try {
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
      stage(target, data, path.join(stagingDir, file));
      report.written.push(file);
    }
    stage(path.join(outDir, manifestPath), `${JSON.stringify({ key, files: hashes } satisfies Manifest)}\n`);
  } catch (error) {
    for (const { temporary } of pending) fs.rmSync(temporary, { force: true });
    throw error;
  }
  // Every byte is on disk: now the renames (which need no space), deletions, the manifest last.
  const manifest = pending.pop();
  for (const { temporary, target } of pending) fs.renameSync(temporary, target);
  for (const file of Object.keys(previous?.files ?? {})) {
    if (hashes[file] !== undefined) continue;
    fs.rmSync(path.join(outDir, file), { force: true });
    removeEmptyParents(path.dirname(path.join(outDir, file)), outDir);
    report.deleted.push(file);
  }
  if (manifest) fs.renameSync(manifest.temporary, manifest.target);
  return report;
}

/**
 * Replace one file of a published unit outside a whole publish (a stale office's record:
 * its pages stay, its record is current), keeping the unit's manifest true to the bytes
 * on disk, since publishUnit trusts the manifest's hash of a file it does not rewrite.
 * The entry leaves the manifest before the file changes and comes back after it, so a
 * build killed in between leaves a manifest that claims nothing about the file.
 * Returns whether anything changed.
 */
export function replacePublishedFile(outDir: string, manifestPath: string, file: string, data: string | Uint8Array): boolean {
  const hash = sha256(data);
  const target = path.join(outDir, file);
  const manifest = readManifest(outDir, manifestPath);
  const onDisk = fs.existsSync(target) ? sha256(fs.readFileSync(target)) : undefined;
  if (onDisk === hash && (!manifest || manifest.files[file] === hash)) return false;
  const writeManifest = (files: Record<string, string>) => {
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileAtomic(path.join(outDir, manifestPath), `${JSON.stringify({ key: manifest?.key ?? '', files: sorted } satisfies Manifest)}\n`);
  };
  if (manifest && onDisk !== hash) {
    const { [file]: _dropped, ...others } = manifest.files;
    writeManifest(others);
  }
  if (onDisk !== hash) writeFileAtomic(target, data);
  if (manifest) writeManifest({ ...manifest.files, [file]: hash });
  return true;
}

/**
 * One line for a person when the disk filled up (or another write failed) during a
 * build, or undefined for any other error (which keeps its stack trace).
 */
export function writeFailure(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException;
  const where = e.path ? ` writing ${e.path}` : '';
  if (e.code === 'ENOSPC') return `the disk is full (ENOSPC)${where}; free some space and build again`;
  if (e.code === 'EDQUOT') return `the disk quota is used up (EDQUOT)${where}; free some space and build again`;
  if (e.code === 'EROFS' || e.code === 'EACCES' || e.code === 'EPERM') return `the output folder cannot be written (${e.code})${where}`;
  return undefined;
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
  // The process id in the name: a build that was killed leaves its folder, and the next build removes it.
  for (const entry of fs.readdirSync(parent)) {
    const pid = RENDER_DIR.exec(entry)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  return fs.mkdtempSync(path.join(parent, `${name}-${process.pid}-`));
}

/** A render folder: `<name>-<pid>-<random>`. */
export const RENDER_DIR = /^[a-z]+-(\d+)-[A-Za-z0-9]+$/;

/**
 * `npm run build`'s last step: the staging copy becomes the published folder. The old
 * folder is renamed aside first (two renames, no copy); recoverSwap undoes or finishes
 * a swap that a killed build left half done.
 */
export function swapIn(stagingDir: string, outDir: string): void {
  const previous = `${outDir}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(stagingDir, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
}

/**
 * Before a build: a published folder renamed aside by a killed swap is put back (the
 * site as it was), and what a killed build left beside it (staging copy, old folder) is
 * removed. Returns what it did, for the log.
 */
export function recoverSwap(stagingDir: string, outDir: string): string | undefined {
  const previous = `${outDir}.previous`;
  let did: string | undefined;
  if (!fs.existsSync(outDir) && fs.existsSync(previous)) {
    fs.renameSync(previous, outDir);
    did = `restored ${path.basename(outDir)}/ from an interrupted build`;
  }
  if (fs.existsSync(previous)) fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(stagingDir)) {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    did ??= `removed ${path.basename(stagingDir)}/ left by an interrupted build`;
  }
  return did;
}

/**
 * Every file under a folder, site-relative with forward slashes, sorted. With `under`
 * (a path inside `dir`, a folder or a file): only the files there, still relative to
 * `dir` and filtered the same way, so listing a few folders of a site gives the same
 * entries as filtering a listing of the whole site.
 */
export function listFiles(dir: string, under = ''): string[] {
  const start = under ? path.join(dir, under) : dir;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(start);
  } catch {
    return [];
  }
  const relative = (full: string) => path.relative(dir, full).split(path.sep).join('/');
  const files = stat.isDirectory()
    ? fs
        .readdirSync(start, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(path.join(entry.parentPath, entry.name)))
    : stat.isFile()
      ? [relative(start)]
      : [];
  return (
    files
      // Astro's build leftovers (.prerender/) and half-written files of a killed build are never part of a site.
      .filter((file) => !file.startsWith('.') && !TEMPORARY_FILE.test(file))
      .sort()
  );
}
