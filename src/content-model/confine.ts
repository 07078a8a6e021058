/**
 * Confinement: every path that comes from content or from a request stays inside
 * the folder it belongs to. An office's content may only point at its own media
 * folder; the static server only serves the site folder; the importer and the CMS
 * only write inside the content root. One module, so all of them refuse the same
 * tricks: `..`, absolute paths, backslashes, percent-encoded dots and slashes
 * (a browser decodes `%2e%2e` to `..` when it resolves a link), NUL bytes, and
 * names that look like a path on disk but are another site's address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_FOLDER } from './paths.ts';

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

/** True when `candidate` is `root` itself or below it (both absolute), by path, not by string prefix. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real location of `candidate` (symbolic links followed, as far as it exists)
 * is inside the real `root`: a link inside the folder that points elsewhere is outside.
 */
export function isReallyInside(root: string, candidate: string): boolean {
  if (!isInside(root, candidate)) return false;
  const realRoot = realpathOrSelf(root);
  let existing = path.resolve(candidate);
  const rest: string[] = [];
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return isInside(realRoot, path.join(realpathOrSelf(existing), ...rest));
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The file a URL path names inside a site folder, or undefined when the request
 * must be refused (it leaves the folder, or is not a plain path). Never throws.
 */
export function sitePathToFile(root: string, pathname: string): string | undefined {
  const decoded = safeDecode(pathname);
  if (decoded === undefined || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((s) => s === '..')) return undefined;
  const file = path.join(root, decoded);
  return isReallyInside(root, file) ? file : undefined;
}

/**
 * Regular files below `dir` (relative paths with `/`), never following a symbolic
 * link: Node's recursive readdir follows links to folders, so a `media -> /` link
 * would otherwise publish every image on the build machine.
 */
export function plainFilesUnder(dir: string): string[] {
  const files: string[] = [];
  const pending = [''];
  while (pending.length) {
    const relative = pending.pop()!;
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile()) files.push(child);
    }
  }
  return files.sort();
}
