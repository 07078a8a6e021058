/**
 * A content tree as plain data, from any source (the working tree, a git
 * commit): what the semantic diff compares. Files are identified by their path
 * under the content root, so the same document in two snapshots pairs up.
 */
import { DOCUMENT_KINDS, STANDARDS_FOLDER, type DocumentKind } from '../schemas/index.ts';
import { OFFICE_FILE } from './paths.ts';
import { parseSourceFile } from './source-file.ts';
import type { ContentSnapshot, SnapshotFile } from '../core/snapshot.ts';

// The snapshot types live in src/core/snapshot.ts (the domain's diff reads them); re-exported here.
export type { ContentSnapshot, SnapshotFile };

const KIND_BY_FOLDER = new Map<string, DocumentKind>(
  (Object.entries(DOCUMENT_KINDS) as [DocumentKind, { folder: string }][]).map(([kind, spec]) => [spec.folder, kind]),
);

/** Which kind of content a path under the content root is, or undefined for anything else (media, stray files). */
export function classifyContentPath(relativePath: string): { officeId: string; kind: SnapshotFile['kind'] } | undefined {
  const parts = relativePath.split('/');
  if (parts[0] !== 'offices' || !parts[1]) return undefined;
  if (parts.length === 3 && parts[2] === OFFICE_FILE) return { officeId: parts[1], kind: 'office' };
  if (parts.length === 4 && parts[2] === STANDARDS_FOLDER && /\.yaml$/.test(parts[3] ?? '')) return { officeId: parts[1], kind: 'standard' };
  const kind = parts.length === 4 ? KIND_BY_FOLDER.get(parts[2] ?? '') : undefined;
  if (kind && /\.mdx?$/.test(parts[3] ?? '')) return { officeId: parts[1], kind };
  return undefined;
}

/** Build a snapshot from file texts keyed by their path under the content root; other files are ignored. */
export function snapshotFromTexts(files: Iterable<{ path: string; text: string }>): ContentSnapshot {
  const out: ContentSnapshot = [];
  for (const { path, text } of files) {
    const where = classifyContentPath(path);
    if (!where) continue;
    const source = parseSourceFile(path, text, where.kind === 'office' || where.kind === 'standard');
    out.push({ path, officeId: where.officeId, kind: where.kind, data: source.data, body: source.body });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
