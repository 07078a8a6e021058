/**
 * Reads the whole content tree from disk, outside Astro, for the validator, the
 * freshness gate and other command-line tools. Nothing here judges content; it
 * only parses and keeps line information.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/index.ts';
import { OFFICE_FILE, documentIdFromPath, officesDir } from './paths.ts';
import { parseSourceFile, type SourceFile } from './source-file.ts';

export interface ContentFile {
  kind: 'office' | DocumentKind;
  officeId: string;
  /** `<office>/<stem>` for documents, `<office>` for the office file. */
  id: string;
  /** Absolute path on disk. */
  absolutePath: string;
  source: SourceFile;
}

export interface ContentTree {
  root: string;
  officeIds: string[];
  files: ContentFile[];
  /** Files found where no kind of content belongs. */
  strayFiles: { absolutePath: string; displayPath: string }[];
}

/** Path shown to people: relative to the current directory when inside it, else absolute. */
export function displayPathOf(absolutePath: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolutePath);
  return (rel.startsWith('..') ? absolutePath : rel).split(path.sep).join('/');
}

const KIND_BY_FOLDER = new Map<string, DocumentKind>(
  (Object.entries(DOCUMENT_KINDS) as [DocumentKind, { folder: string }][]).map(([kind, spec]) => [spec.folder, kind]),
);

export interface LoadOptions {
  /** Only these offices (their office.yaml, and their documents unless `documentOfficeIds` says otherwise). */
  officeIds?: Iterable<string>;
  /** Read documents only of these offices (a build scope's context offices are loaded for their metadata only). */
  documentOfficeIds?: ReadonlySet<string>;
  /** Only files of these kinds (each Astro collection reads its own); strays are then not reported. */
  kinds?: ReadonlySet<ContentFile['kind']>;
}

/** A content file found on disk, not read yet. */
export type ContentFileRef = Omit<ContentFile, 'source'>;

/** Read every office folder under `<root>/offices`, in sorted order so output is stable. */
export function loadContentTree(root: string, options: LoadOptions = {}): ContentTree {
  const { officeIds, files, strayFiles } = listContentFiles(root, options);
  return { root, officeIds, files: files.map((file) => readContentFile(file)), strayFiles };
}

/** Where every content file is (sorted), without reading them: for readers that skip unchanged files. */
export function listContentFiles(root: string, options: LoadOptions = {}): Omit<ContentTree, 'files'> & { files: ContentFileRef[] } {
  const dir = officesDir(root);
  const files: ContentFileRef[] = [];
  const strayFiles: ContentTree['strayFiles'] = [];
  if (!fs.existsSync(dir)) return { root, officeIds: [], files, strayFiles };
  const wanted = options.officeIds ? new Set(options.officeIds) : undefined;
  const kinds = options.kinds;
  const documentsOf = options.documentOfficeIds;
  const officeIds = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((id) => !wanted || wanted.has(id))
    .sort();

  for (const officeId of officeIds) {
    const officeDir = path.join(dir, officeId);
    for (const entry of fs.readdirSync(officeDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolutePath = path.join(officeDir, entry.name);
      if (entry.isFile()) {
        if (entry.name === OFFICE_FILE) {
          if (!kinds || kinds.has('office')) files.push({ kind: 'office', officeId, id: officeId, absolutePath });
        } else if (!kinds && !entry.name.startsWith('.')) {
          strayFiles.push({ absolutePath, displayPath: displayPathOf(absolutePath) });
        }
        continue;
      }
      if (!entry.isDirectory() || entry.name === 'media' || entry.name.startsWith('.')) continue;
      const kind = KIND_BY_FOLDER.get(entry.name);
      if (kinds && (!kind || !kinds.has(kind))) continue;
      if (documentsOf && !documentsOf.has(officeId)) continue;
      for (const file of fs.readdirSync(absolutePath).sort()) {
        const filePath = path.join(absolutePath, file);
        if (file.startsWith('.')) continue;
        if (kind && /\.mdx?$/.test(file) && fs.statSync(filePath).isFile()) {
          files.push({ kind, officeId, id: documentIdFromPath(`${officeId}/${file}`), absolutePath: filePath });
        } else {
          strayFiles.push({ absolutePath: filePath, displayPath: displayPathOf(filePath) });
        }
      }
    }
  }
  return { root, officeIds, files, strayFiles };
}

/** Read and parse one content file (`raw`: its text, when the caller has read it already). */
export function readContentFile(file: ContentFileRef, raw = fs.readFileSync(file.absolutePath, 'utf8')): ContentFile {
  return { ...file, source: parseSourceFile(displayPathOf(file.absolutePath), raw, file.kind === 'office') };
}
