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
import { safeDecode } from './media-path.ts';

// The pure part (no file system), shared with the admin in the browser: ./media-path.ts.
export { officeMediaPath, safeDecode } from './media-path.ts';

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
