/**
 * Content validation: runs every check over a content tree. The build, `npm run
 * validate`, the importer and CI all call this one function, so they can never
 * disagree about what is valid. Each file is checked by `checkDocument()`
 * (./document.ts), the same entry the admin runs in the browser before a save;
 * this adds what only the whole tree can tell (stray files, links, folder limits,
 * offices without office.yaml).
 */
import type { ContentFile, ContentTree } from '../content-model/load.ts';
import { diskStandardsContext } from '../content-model/standards.ts';
import { checkMissingOfficeFiles, checkStrayFiles, checkSymbolicLinks, mediaOnDisk } from './checks/layout.ts';
import { checkFolderLimits } from './checks/limits.ts';
import type { StandardsContext } from './checks/standards.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { checkDocument, type DocumentData, type FileCheck, type KnownOffices } from './document.ts';

export { checkDocument, contentFileAt, validateDocument, type DocumentContext, type DocumentResult, type FileCheck, type KnownOffices } from './document.ts';

export interface ValidFile {
  file: ContentFile;
  data: DocumentData;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Files that passed their schema (they may still have warnings). */
  valid: ValidFile[];
}

/**
 * `knownOfficeIds`: every office on the portal, when the tree holds only some of them
 * (an office build, `validate --office`), so a parent outside the tree is not reported as missing.
 * `standards`: how the standard services are read (default: from disk under the tree's root,
 * on the build's day, read only when a charter or standard asks; src/content-model/standards.ts).
 */
export function validateTree(
  tree: ContentTree,
  extraChecks: FileCheck[] = [],
  options: { knownOfficeIds?: KnownOffices; standards?: StandardsContext } = {},
): ValidationResult {
  const diagnostics: Diagnostic[] = [...checkFolderLimits(tree), ...checkStrayFiles(tree), ...checkMissingOfficeFiles(tree), ...checkSymbolicLinks(tree)];
  const valid: ValidFile[] = [];
  const knownOfficeIds = options.knownOfficeIds ?? new Set(tree.officeIds);
  const standards = options.standards ?? lazyStandards(() => diskStandardsContext(tree.root));

  for (const file of tree.files) {
    const result = checkDocument(file, { knownOfficeIds, media: mediaOnDisk(file), extraChecks, standards });
    diagnostics.push(...result.diagnostics);
    if (result.data !== undefined) valid.push({ file, data: result.data });
  }
  return { diagnostics: sortDiagnostics(diagnostics), valid };
}

/** A standards context read from disk only when a check first asks (most offices' trees never do). */
function lazyStandards(read: () => StandardsContext): StandardsContext {
  let context: StandardsContext | undefined;
  const get = () => (context ??= read());
  return {
    get day() {
      return get().day;
    },
    find: (ref) => get().find(ref),
    placeOf: (id) => get().placeOf(id),
    all: () => get().all(),
    officeExists: (id) => get().officeExists(id),
  };
}
