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
import { parseSourceFile, refusedSourceFile, sourceFileOfText, type SourceFile } from './source-file.ts';

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
  /**
   * Entries of the offices folder that are symbolic links (absolute paths), which the
   * loader skips, when the whole folder was listed. Unset: not looked at (offices were
   * named), and the validator lists the folder itself.
   */
  linkedOffices?: string[];
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
  const { files, ...listed } = listContentFiles(root, options);
  return { ...listed, files: files.map((file) => readContentFile(file)) };
}

/** Where every content file is (sorted), without reading them: for readers that skip unchanged files. */
export function listContentFiles(root: string, options: LoadOptions = {}): Omit<ContentTree, 'files'> & { files: ContentFileRef[] } {
  const dir = officesDir(root);
  const files: ContentFileRef[] = [];
  const strayFiles: ContentTree['strayFiles'] = [];
  if (!fs.existsSync(dir)) return { root, officeIds: [], files, strayFiles, linkedOffices: [] };
  const kinds = options.kinds;
  const documentsOf = options.documentOfficeIds;
  // Named offices are looked up one by one: listing a country's offices folder to read a
  // few of them would cost what the country costs (and, per office, its square).
  const { officeIds, linkedOffices } = options.officeIds ? namedOfficeFolders(dir, options.officeIds) : listOfficeFolders(root);

  const folderLimits: NonNullable<ContentTree['folderLimits']> = [];
  for (const officeId of officeIds) {
    const officeDir = path.join(dir, officeId);
    const before = files.length + strayFiles.length;
    const officeFull = () => files.length + strayFiles.length - before >= LIMITS.filesPerOffice;
    // Each folder is listed once, with file types: the count the limit needs, then the files
    // (a country's run is mostly these system calls).
    const entries = fs.readdirSync(officeDir, { withFileTypes: true });
    const listings = new Map<string, fs.Dirent[]>();
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'media') continue;
      if (!entry.isDirectory()) {
        found++;
        continue;
      }
      const listing = fs.readdirSync(path.join(officeDir, entry.name), { withFileTypes: true });
      listings.set(entry.name, listing);
      found += listing.length;
    }
    const tooMany = filesPerOfficeFinding(found);
    if (tooMany) folderLimits.push({ displayPath: displayPathOf(officeDir), finding: tooMany });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
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
      for (const item of (listings.get(entry.name) ?? []).sort(byName)) {
        if (officeFull()) break;
        const file = item.name;
        const filePath = path.join(absolutePath, file);
        if (file.startsWith('.')) continue;
        // A link is followed to see whether it is a file (the symbolic-link check reports it).
        if (
          kind &&
          (kind === 'standard' ? /\.yaml$/ : /\.mdx?$/).test(file) &&
          (item.isFile() || (item.isSymbolicLink() && (fs.statSync(filePath, { throwIfNoEntry: false })?.isFile() ?? false)))
        ) {
          files.push({ kind, officeId, id: documentIdFromPath(`${officeId}/${file.replace(/\.yaml$/, '')}`), absolutePath: filePath });
        } else {
          strayFiles.push({ absolutePath: filePath, displayPath: displayPathOf(filePath) });
        }
      }
    }
  }
  return { root, officeIds, files, strayFiles, folderLimits, ...(linkedOffices ? { linkedOffices } : {}) };
}

/**
 * The office folders under `<root>/offices`, sorted: the directory listing and nothing
 * more (no file is read). A folder that is a symbolic link, or hidden, is not an office.
 */
export function listOfficeIds(root: string): string[] {
  return listOfficeFolders(root).officeIds;
}

/** The office folders (sorted) and the entries that are links to folders or files elsewhere (absolute paths), from one listing. */
export function listOfficeFolders(root: string): { officeIds: string[]; linkedOffices: string[] } {
  const dir = officesDir(root);
  if (!fs.existsSync(dir)) return { officeIds: [], linkedOffices: [] };
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  return {
    officeIds: entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort(),
    linkedOffices: entries.filter((e) => e.isSymbolicLink()).map((e) => path.join(dir, e.name)),
  };
}

/** Named offices that are folders, sorted; links in the offices folder are left to the validator (it lists them once). */
function namedOfficeFolders(dir: string, ids: Iterable<string>): { officeIds: string[]; linkedOffices?: string[] } {
  return { officeIds: [...new Set(ids)].filter((id) => isOfficeFolder(dir, id)).sort() };
}

/**
 * Whether `id` is an office of the content tree (a folder under offices/, as
 * listOfficeIds() finds them), from one lstat: how a command about a few offices
 * knows that a parent or a named office exists without listing or reading the others.
 */
export function officeExists(root: string, id: string): boolean {
  return isOfficeFolder(officesDir(root), id);
}

function isOfficeFolder(dir: string, id: string): boolean {
  if (!id || id.startsWith('.') || id.includes('/') || id.includes('\\') || id.includes('\0')) return false;
  return fs.lstatSync(path.join(dir, id), { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/**
 * Offices that `officeExists()` answers for, memoised: what a validation of some offices
 * passes as `knownOfficeIds`, so a parent outside the offices checked is found on disk
 * (it exists when its folder does) without reading any other office.
 */
export function officesOnDisk(root: string): { has(id: string): boolean } {
  const seen = new Map<string, boolean>();
  return {
    has(id: string): boolean {
      let found = seen.get(id);
      if (found === undefined) seen.set(id, (found = officeExists(root, id)));
      return found;
    },
  };
}

/** Names in code-unit order, as `string[].sort()` orders them. */
const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Read and parse one content file (`raw`: its text, when the caller has read it already). A file over the size limit is never read into memory. */
export function readContentFile(file: ContentFileRef, raw?: string): ContentFile {
  const displayPath = displayPathOf(file.absolutePath);
  if (raw !== undefined) return { ...file, source: sourceFileOfText(displayPath, raw, file.kind === 'office') };
  const tooBig = fileSizeFinding(fs.statSync(file.absolutePath).size);
  if (tooBig) return { ...file, source: refusedSourceFile(displayPath, tooBig) };
  return {
    ...file,
    source: parseSourceFile(displayPath, raw ?? fs.readFileSync(file.absolutePath, 'utf8'), file.kind === 'office' || file.kind === 'standard'),
  };
}
