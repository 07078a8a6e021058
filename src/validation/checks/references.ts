/**
 * Check: what one file names points at things that may exist: a dated file's name starts
 * with its date (folders sort by date, and the CMS names files the way a person would), an
 * office's parent is an office on the portal, a focal point photo is in the office's own
 * media folder. No file system here: the caller says which offices exist and, when it can,
 * what is on disk (`MediaLookup`), so the admin runs the same checks in the browser.
 */
import { officeMediaPath } from '../../content-model/media-path.ts';
import type { ContentFile } from '../../content-model/load.ts';
import type { Diagnostic } from '../diagnostic.ts';

/**
 * What is at a path inside the office folder (`media/fp.jpg`): a file in the office's media
 * folder, something that resolves elsewhere (a link), or nothing. Without one (the admin,
 * which cannot see the disk) a photo that stays in the media folder passes.
 */
export type MediaLookup = (officePath: string) => 'inside' | 'outside' | 'missing';

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
  media?: MediaLookup,
): Diagnostic[] {
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
    const found = media?.(confined.path) ?? 'inside';
    if (found === 'inside') return [];
    if (found === 'outside') {
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
