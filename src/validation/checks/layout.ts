/**
 * Check: files sit where the content model wants them and point at things that exist.
 * The file name of a dated document starts with its date, so folders sort by date
 * and the CMS's naming convention is the same as a hand-written file's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isReallyInside, officeMediaPath } from '../../content-model/confine.ts';
import { LIMITS } from '../../content-model/limits.ts';
import { displayPathOf, type ContentFile, type ContentTree } from '../../content-model/load.ts';
import { MEDIA_FOLDER, officesDir } from '../../content-model/paths.ts';
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

/** A dated file's name starts with the document's own date. */
export function checkFileDate(file: ContentFile, date: string): Diagnostic[] {
  const stem = file.id.split('/')[1] ?? '';
  if (stem.startsWith(date)) return [];
  return [
    {
      file: file.source.displayPath,
      line: 1,
      field: '',
      severity: 'warning',
      code: 'file-layout',
      message: `the file name should start with the document's date ${date} (e.g. ${date}${file.kind === 'charter' ? '' : '-short-title'}.mdx), so documents sort by date`,
    },
  ];
}

/** An office's parent, when named, is an office on the portal. */
export function checkParent(file: ContentFile, parent: string | undefined, officeIds: { has(id: string): boolean }): Diagnostic[] {
  if (!parent || officeIds.has(parent)) return [];
  return [
    {
      file: file.source.displayPath,
      line: file.source.lineOf(['parent']),
      field: 'parent',
      severity: 'error',
      code: 'reference',
      message: `parent office "${parent}" does not exist: use the folder name of an office under content/offices, or put a printed name in parentName`,
    },
  ];
}

/**
 * A focal point photo named in office.yaml is a file in the office's own media
 * folder. A path that leaves it (`../..`, an absolute path, another office, a web
 * address) is an error: the page would link whatever it names. A photo that is
 * merely missing is a warning (the page shows no photo).
 */
export function checkPhotos(
  file: ContentFile,
  office: { focalPoint?: { photo?: string | undefined } | undefined; alternateFocalPoint?: { photo?: string | undefined } | undefined },
): Diagnostic[] {
  const officeDir = path.dirname(file.absolutePath);
  return (['focalPoint', 'alternateFocalPoint'] as const).flatMap((key): Diagnostic[] => {
    const photo = office[key]?.photo;
    if (!photo) return [];
    const where = { file: file.source.displayPath, line: file.source.lineOf([key, 'photo']), field: `${key}.photo` };
    const confined = officeMediaPath(file.officeId, photo);
    if ('refused' in confined) {
      return [
        {
          ...where,
          severity: 'error' as const,
          code: 'unsafe-content',
          message: `photo "${photo}" is refused because ${confined.refused}: a photo must be a file in this office's media folder, e.g. media/focal-point.jpg (ছবিটি এই অফিসের media/ ফোল্ডারে রাখুন)`,
        },
      ];
    }
    const absolute = path.join(officeDir, confined.path);
    if (isFileInside(path.join(officeDir, MEDIA_FOLDER), absolute)) return [];
    if (fs.existsSync(absolute)) {
      return [
        {
          ...where,
          severity: 'error' as const,
          code: 'unsafe-content',
          message: `photo "${photo}" is a link to a file outside this office's media folder: put the image itself in media/`,
        },
      ];
    }
    return [
      {
        ...where,
        severity: 'warning' as const,
        code: 'reference',
        message: `photo "${photo}" is not in this office's folder: add the image to media/ or correct the file name`,
      },
    ];
  });
}

/** An existing regular file whose real location (links followed) is inside `dir`. */
function isFileInside(dir: string, file: string): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false) && isReallyInside(dir, file);
}
