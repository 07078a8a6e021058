/**
 * Writing imported files: inside the office folder only, all or nothing, and
 * never over a file that changed after the import looked at it.
 *
 * The importer plans every target first (remembering what each one held, or
 * that it was absent), then commits: it checks no target changed since it was
 * planned (an editor saving the same file in the CMS, another import), writes
 * each file to a temporary name beside its target, and only when every
 * temporary file is complete renames them into place. A full disk or any write
 * error removes the temporary files and leaves the content as it was.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isInside, isReallyInside } from '../content-model/confine.ts';

export interface PlannedWrite {
  /** Absolute path of the file to write. */
  target: string;
  content: string;
  /** What the target held when planned: a sha-256 of its bytes, or null when it did not exist. */
  seen: string | null;
}

/** sha-256 of a file's bytes, or null when there is no file. */
export function fingerprint(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * The absolute target of `relativePath` inside `officeDir`, or why it is refused:
 * a path that leaves the office folder, by `..` or through a symbolic link.
 */
export function officeTarget(officeDir: string, relativePath: string): { target: string } | { refused: string } {
  const target = path.resolve(officeDir, relativePath);
  if (path.isAbsolute(relativePath) || !isInside(officeDir, target) || target === path.resolve(officeDir)) {
    return { refused: `"${relativePath}" is not a file inside the office folder` };
  }
  if (!isReallyInside(officeDir, target)) return { refused: `"${relativePath}" leads out of the office folder through a symbolic link` };
  return { target };
}

export type CommitResult =
  { ok: true; written: string[] } | { ok: false; conflicts: string[]; failure?: undefined } | { ok: false; failure: string; conflicts?: undefined };

/** Write every planned file, or none (see the module comment). */
export function commitWrites(plans: PlannedWrite[]): CommitResult {
  const conflicts = plans.filter((p) => fingerprint(p.target) !== p.seen).map((p) => p.target);
  if (conflicts.length) return { ok: false, conflicts };
  const temporary: { plan: PlannedWrite; temp: string }[] = [];
  try {
    for (const plan of plans) {
      fs.mkdirSync(path.dirname(plan.target), { recursive: true });
      const temp = path.join(path.dirname(plan.target), `.${path.basename(plan.target)}.import-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
      temporary.push({ plan, temp });
      fs.writeFileSync(temp, plan.content, { flag: 'wx' });
    }
  } catch (error) {
    removeAll(temporary.map((t) => t.temp));
    return { ok: false, failure: describeWriteError(error) };
  }
  const written: string[] = [];
  const late: string[] = [];
  for (const { plan, temp } of temporary) {
    try {
      if (plan.seen === null) {
        // A hard link creates the target only if nothing is there: a file saved since the check is kept.
        fs.linkSync(temp, plan.target);
        fs.unlinkSync(temp);
      } else if (fingerprint(plan.target) === plan.seen) {
        fs.renameSync(temp, plan.target);
      } else {
        throw Object.assign(new Error('changed'), { code: 'EEXIST' });
      }
      written.push(plan.target);
    } catch (error) {
      removeAll([temp]);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') late.push(plan.target);
      else return { ok: false, failure: describeWriteError(error) };
    }
  }
  return late.length ? { ok: false, conflicts: late } : { ok: true, written };
}

function removeAll(files: string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'the disk is full: nothing was written; free some space and import again';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `the office folder cannot be written (${code}): nothing was written`;
  return `writing failed (${code ?? String(error)}): nothing was written`;
}
