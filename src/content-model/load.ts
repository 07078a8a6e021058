/**
 * Reads the whole content tree from disk, outside Astro, for the validator, the
 * freshness gate and other command-line tools. Nothing here judges content; it
 * only parses and keeps line information.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, STANDARDS_FOLDER, type DocumentKind } from '../schemas/index.ts';
import { OFFICE_FILE, documentIdFromPath, officesDir } from './paths.ts';
import { fileSizeFinding, filesPerOfficeFinding, LIMITS, type LimitFinding } from './limits.ts';
import { parseSourceFile, refusedSourceFile, type SourceFile } from './source-file.ts';

/** What a content file is: an office's metadata, one of its documents, or a standard service it sets. */
export type ContentKind = 'office' | DocumentKind | 'standard';

export interface ContentFile {
  kind: ContentKind;
  officeId: string;
  /** `<office>/<stem>` for documents and standard services, `<office>` for the office file. */
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
  /** Limits reached by a whole folder (too many files), named by the folder's path. */
  folderLimits?: { displayPath: string; finding: LimitFinding }[];
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
  const { officeIds, files, strayFiles, folderLimits } = listContentFiles(root, options);
  return { root, officeIds, files: files.map((file) => readContentFile(file)), strayFiles, ...(folderLimits ? { folderLimits } : {}) };
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

  const folderLimits: NonNullable<ContentTree['folderLimits']> = [];
  for (const officeId of officeIds) {
    const officeDir = path.join(dir, officeId);
    const before = files.length + strayFiles.length;
    const officeFull = () => files.length + strayFiles.length - before >= LIMITS.filesPerOffice;
    const found = countOfficeFiles(officeDir);
    const tooMany = filesPerOfficeFinding(found);
    if (tooMany) folderLimits.push({ displayPath: displayPathOf(officeDir), finding: tooMany });
    for (const entry of fs.readdirSync(officeDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolutePath = path.join(officeDir, entry.name);
      if (officeFull()) break;
      if (entry.isFile()) {
        if (entry.name === OFFICE_FILE) {
          if (!kinds || kinds.has('office')) files.push({ kind: 'office', officeId, id: officeId, absolutePath });
        } else if (!kinds && !entry.name.startsWith('.')) {
          strayFiles.push({ absolutePath, displayPath: displayPathOf(absolutePath) });
        }
        continue;
      }
      if (!entry.isDirectory() || entry.name === 'media' || entry.name.startsWith('.')) continue;
      const kind: ContentKind | undefined = entry.name === STANDARDS_FOLDER ? 'standard' : KIND_BY_FOLDER.get(entry.name);
      if (kinds && (!kind || !kinds.has(kind))) continue;
      if (documentsOf && !documentsOf.has(officeId)) continue;
      for (const file of fs.readdirSync(absolutePath).sort()) {
        if (officeFull()) break;
        const filePath = path.join(absolutePath, file);
        if (file.startsWith('.')) continue;
        if (kind && (kind === 'standard' ? /\.yaml$/ : /\.mdx?$/).test(file) && fs.statSync(filePath).isFile()) {
          files.push({ kind, officeId, id: documentIdFromPath(`${officeId}/${file.replace(/\.yaml$/, '')}`), absolutePath: filePath });
        } else {
          strayFiles.push({ absolutePath: filePath, displayPath: displayPathOf(filePath) });
        }
      }
    }
  }
  return { root, officeIds, files, strayFiles, folderLimits };
}

/** Files the loader would look at in one office folder (media/ excluded: images are not read). */
function countOfficeFiles(officeDir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(officeDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'media') continue;
    count += entry.isDirectory() ? fs.readdirSync(path.join(officeDir, entry.name)).length : 1;
  }
  return count;
}

/** Read and parse one content file (`raw`: its text, when the caller has read it already). A file over the size limit is never read into memory. */
export function readContentFile(file: ContentFileRef, raw?: string): ContentFile {
  const displayPath = displayPathOf(file.absolutePath);
  const tooBig = fileSizeFinding(raw === undefined ? fs.statSync(file.absolutePath).size : Buffer.byteLength(raw));
  if (tooBig) return { ...file, source: refusedSourceFile(displayPath, tooBig) };
  return {
    ...file,
    source: parseSourceFile(displayPath, raw ?? fs.readFileSync(file.absolutePath, 'utf8'), file.kind === 'office' || file.kind === 'standard'),
  };
}
