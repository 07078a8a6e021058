/**
 * Where content lives. One folder per office under `<root>/offices/<office-id>/`,
 * so an office's editors, reviewers and build shard all map to one folder.
 * The root is a setting (`PORTAL_CONTENT_DIR`) so the same build runs on synthetic content.
 */
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/index.ts';

/** Absolute path of the content root: `$PORTAL_CONTENT_DIR`, else `<repo>/content`. */
export function contentRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env['PORTAL_CONTENT_DIR'] || 'content');
}

/** Absolute path of the folder holding one folder per office. */
export function officesDir(root = contentRoot()): string {
  return path.join(root, 'offices');
}

/** The file name of an office's metadata inside its folder. */
export const OFFICE_FILE = 'office.yaml';

/** The folder of an office's media (defined with the pure media rules, ./media-path.ts). */
export { MEDIA_FOLDER } from './media-path.ts';

/** Glob (relative to the offices dir) of every document of a kind. */
export function documentGlob(kind: DocumentKind): string {
  return `*/${DOCUMENT_KINDS[kind].folder}/*.{md,mdx}`;
}

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
