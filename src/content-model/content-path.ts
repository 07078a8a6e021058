/**
 * What a content path says (the office it belongs to, a document's id), read from the
 * path's text alone: no file system, so the admin in the browser and the build agree.
 */

/** `<office>/<file-stem>`: the id of a document, and the tail of its URL. */
export function documentIdFromPath(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/);
  const office = parts[0] ?? '';
  const file = parts[parts.length - 1] ?? '';
  return `${office}/${file.replace(/\.(md|mdx)$/, '')}`;
}

const OFFICE_OF_CONTENT_PATH = /(?:^|\/)offices\/([^/]+)\//;

/**
 * The office folder a content path belongs to, wherever the path starts (a diagnostic's
 * `offices/<id>/…`, a path below the content root, an absolute path); '' when none. The
 * build (per-office errors) and `astro dev` (per-office re-checks) both use it.
 */
export function officeOfContentPath(file: string): string {
  return OFFICE_OF_CONTENT_PATH.exec(file.split('\\').join('/'))?.[1] ?? '';
}

/** The office id a path relative to the offices dir belongs to (its first folder). */
export function officeIdFromPath(relativePath: string): string {
  return relativePath.split(/[\\/]/)[0] ?? '';
}
