/**
 * Reads the whole content tree from disk, outside Astro, for the validator, the
 * freshness gate and other command-line tools. Nothing here judges content; it
 * only parses and keeps line information.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/index.ts';
import { OFFICE_FILE, documentIdFromPath, officesDir } from './paths.ts';
import { fileSizeFinding, filesPerOfficeFinding, LIMITS, type LimitFinding } from './limits.ts';
import { parseSourceFile, refusedSourceFile, type SourceFile } from './source-file.ts';

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

/** Read every office folder under `<root>/offices`, in sorted order so output is stable. */
export function loadContentTree(root: string, options: { officeIds?: string[] } = {}): ContentTree {
  const dir = officesDir(root);
  const files: ContentFile[] = [];
  const strayFiles: ContentTree['strayFiles'] = [];
  if (!fs.existsSync(dir)) return { root, officeIds: [], files, strayFiles };
  const wanted = options.officeIds ? new Set(options.officeIds) : undefined;
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
          files.push(readFile('office', officeId, officeId, absolutePath, true));
        } else if (!entry.name.startsWith('.')) {
          strayFiles.push({ absolutePath, displayPath: displayPathOf(absolutePath) });
        }
        continue;
      }
      if (!entry.isDirectory() || entry.name === 'media' || entry.name.startsWith('.')) continue;
      const kind = KIND_BY_FOLDER.get(entry.name);
      for (const file of fs.readdirSync(absolutePath).sort()) {
        if (officeFull()) break;
        const filePath = path.join(absolutePath, file);
        if (file.startsWith('.')) continue;
        if (kind && /\.mdx?$/.test(file) && fs.statSync(filePath).isFile()) {
          files.push(readFile(kind, officeId, documentIdFromPath(`${officeId}/${file}`), filePath, false));
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

function readFile(kind: ContentFile['kind'], officeId: string, id: string, absolutePath: string, isYaml: boolean): ContentFile {
  const displayPath = displayPathOf(absolutePath);
  // Size first: a file over the limit is never read into memory.
  const tooBig = fileSizeFinding(fs.statSync(absolutePath).size);
  if (tooBig) return { kind, officeId, id, absolutePath, source: refusedSourceFile(displayPath, tooBig) };
  const raw = fs.readFileSync(absolutePath, 'utf8');
  return { kind, officeId, id, absolutePath, source: parseSourceFile(displayPath, raw, isYaml) };
}
