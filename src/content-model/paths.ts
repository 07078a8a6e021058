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

// Reading ids and offices from paths needs no file system: ./content-path.ts (the admin bundles it).
export { documentIdFromPath, officeIdFromPath, officeOfContentPath } from './content-path.ts';
