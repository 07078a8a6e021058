/**
 * Check: the content tree's folders hold what the content model wants (no stray files,
 * no links, every office with its office.yaml). What one file may name (its date in its
 * name, its parent office, its photos) is checked per document, without the disk, in
 * ./references.ts; this module gives it the disk's answer about media files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isReallyInside } from '../../content-model/confine.ts';
import { LIMITS } from '../../content-model/limits.ts';
import { displayPathOf, type ContentFile, type ContentTree } from '../../content-model/load.ts';
import { MEDIA_FOLDER, officesDir } from '../../content-model/paths.ts';
import type { MediaLookup } from './references.ts';
import type { Diagnostic } from '../diagnostic.ts';

export function checkStrayFiles(tree: ContentTree): Diagnostic[] {
  return tree.strayFiles.map((f) => ({
    file: f.displayPath,
    line: 1,
    field: '',
    severity: 'error' as const,
    code: 'file-layout',
    message:
      'this file is not where any kind of content lives: put office metadata in office.yaml, and charters, minutes and orders as .mdx files in charters/, minutes/ or orders/ (media in media/)',
  }));
}

/**
 * Nothing in an office folder is a symbolic link. Git stores links, so a pull request
 * could add `media -> /etc` or a photo that is a link to a file elsewhere on the build
 * machine; the build would then publish or read what the link points at.
 */
export function checkSymbolicLinks(tree: ContentTree): Diagnostic[] {
  const found: Diagnostic[] = [];
  const offices = officesDir(tree.root);
  // An office folder that is itself a link is skipped by the loader; say so instead of ignoring it.
  const linkedOffices =
    tree.linkedOffices ??
    (fs.existsSync(offices)
      ? fs
          .readdirSync(offices, { withFileTypes: true })
          .filter((e) => e.isSymbolicLink())
          .map((e) => path.join(offices, e.name))
      : []);
  for (const absolute of [...linkedOffices, ...tree.officeIds.flatMap((officeId) => symbolicLinksUnder(path.join(offices, officeId)))]) {
    found.push({
      file: displayPathOf(absolute),
      line: 1,
      field: '',
      severity: 'error',
      code: 'unsafe-content',
      message: 'this is a symbolic link, not a file: content must be plain files and folders (put a copy of the file here instead of a link)',
    });
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Symbolic links below `dir`, found without following any (Node's recursive readdir
 * follows links to folders, so `media -> /` would walk the whole machine), and
 * stopping after the files-per-office limit.
 */
function symbolicLinksUnder(dir: string): string[] {
  const links: string[] = [];
  const pending = [dir];
  let seen = 0;
  while (pending.length && seen <= LIMITS.filesPerOffice) {
    const current = pending.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      seen++;
      const absolute = path.join(current, entry.name);
      if (entry.isSymbolicLink()) links.push(absolute);
      else if (entry.isDirectory()) pending.push(absolute);
    }
  }
  return links;
}

export function checkMissingOfficeFiles(tree: ContentTree): Diagnostic[] {
  const withMetadata = new Set(tree.files.filter((f) => f.kind === 'office').map((f) => f.officeId));
  return tree.officeIds
    .filter((id) => !withMetadata.has(id))
    .map((id) => ({
      file: `${displayOfficesDir(tree)}/${id}/office.yaml`,
      line: 1,
      field: '',
      severity: 'error' as const,
      code: 'file-layout',
      message: `office folder "${id}" has no office.yaml: every office needs its metadata (names, kind, contacts)`,
    }));
}

function displayOfficesDir(tree: ContentTree): string {
  // From the root, not from another office's file: the same path whichever offices the tree holds.
  return displayPathOf(officesDir(tree.root));
}

/**
 * The disk's answer for a photo named in `file` (a path inside the office folder, e.g.
 * `media/fp.jpg`): a regular file whose real location is in the office's media folder,
 * a file that is a link to elsewhere, or nothing there.
 */
export function mediaOnDisk(file: ContentFile): MediaLookup {
  const officeDir = path.dirname(file.absolutePath);
  return (officePath) => {
    const absolute = path.join(officeDir, officePath);
    if (isFileInside(path.join(officeDir, MEDIA_FOLDER), absolute)) return 'inside';
    return fs.existsSync(absolute) ? 'outside' : 'missing';
  };
}

/** An existing regular file whose real location (links followed) is inside `dir`. */
function isFileInside(dir: string, file: string): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false) && isReallyInside(dir, file);
}
