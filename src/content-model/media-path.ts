/**
 * Where a path written in an office's content may point (its own media folder), decided
 * without the file system: the validator, the site and the admin in the browser share it
 * (./confine.ts adds the checks that need the disk: symbolic links, real locations).
 */

/** The folder of an office's media (focal point photos, scanned signed copies), relative to the office folder. */
export const MEDIA_FOLDER = 'media';

/** Percent-decoding that never throws: a malformed escape is undefined, not an exception. */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * A path written in an office's content (a focal point `photo`, an image in a
 * body) as a path relative to the office folder inside `media/`, e.g.
 * `media/focal-point.jpg`; or why it is refused. `./media/x.jpg` and
 * `/offices/<own id>/media/x.jpg` are accepted as the same file.
 */
export function officeMediaPath(officeId: string, written: string): { path: string } | { refused: string } {
  const decoded = safeDecode(written.trim());
  if (decoded === undefined) return { refused: 'it has a broken %-escape' };
  if (/[\0-\x1f\x7f]/.test(decoded)) return { refused: 'it contains control characters' };
  if (decoded.includes('\\')) return { refused: 'it contains a backslash (use / between folders)' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('//')) return { refused: 'it is an address on another site, not a file in this office' };
  let relative = decoded.replace(/^\.\//, '');
  const ownSitePath = `/offices/${officeId}/`;
  if (relative.startsWith(ownSitePath)) relative = relative.slice(ownSitePath.length);
  else if (relative.startsWith('/')) return { refused: 'it is an absolute path, not a file in this office' };
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { refused: 'it leaves the folder with ".."' };
  if (segments[0] !== MEDIA_FOLDER || segments.length < 2 || segments.some((s) => s === '')) {
    return { refused: `it is not a file in the office's ${MEDIA_FOLDER}/ folder` };
  }
  return { path: segments.join('/') };
}
