/**
 * Content validation: runs every check over a content tree. The build, `npm run
 * validate`, the importer and CI all call this one function, so they can never
 * disagree about what is valid.
 */
import type { ContentFile, ContentTree } from '../content-model/load.ts';
import type { CharterFile, Minutes, Office, OfficeOrder, StandardService } from '../schemas/index.ts';
import { diskStandardsContext } from '../content-model/standards.ts';
import { checkCharterStandards, checkStandardFile, type StandardsContext } from './checks/standards.ts';
import { checkContacts } from './checks/contacts.ts';
import { checkContentSafety } from './checks/content-safety.ts';
import { checkDualDate } from './checks/dual-date.ts';
import { checkFileDate, checkMissingOfficeFiles, checkParent, checkPhotos, checkStrayFiles, checkSymbolicLinks } from './checks/layout.ts';
import { checkFileLimits, checkFolderLimits } from './checks/limits.ts';
import { checkMemoNumber } from './checks/memo-number.ts';
import { checkSchema } from './checks/schema.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';

export interface ValidFile {
  file: ContentFile;
  data: Office | CharterFile | Minutes | OfficeOrder | StandardService;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Files that passed their schema (they may still have warnings). */
  valid: ValidFile[];
}

/** Extra checks a caller adds (e.g. the content safety policy), run on every file that parsed. */
export type FileCheck = (file: ContentFile, data: unknown) => Diagnostic[];

/**
 * `knownOfficeIds`: every office on the portal, when the tree holds only some of them
 * (an office build), so a parent outside the tree is not reported as missing.
 * `standards`: how the standard services are read (default: from disk under the tree's root,
 * on the build's day; src/content-model/standards.ts).
 */
export function validateTree(
  tree: ContentTree,
  extraChecks: FileCheck[] = [],
  options: { knownOfficeIds?: ReadonlySet<string>; standards?: StandardsContext } = {},
): ValidationResult {
  const diagnostics: Diagnostic[] = [...checkFolderLimits(tree), ...checkStrayFiles(tree), ...checkMissingOfficeFiles(tree), ...checkSymbolicLinks(tree)];
  const valid: ValidFile[] = [];
  const officeIds = options.knownOfficeIds ?? new Set(tree.officeIds);
  let standards = options.standards;
  const standardsContext = () => (standards ??= diskStandardsContext(tree.root));

  for (const file of tree.files) {
    const { data, diagnostics: schemaDiagnostics } = checkSchema(file);
    diagnostics.push(...checkFileLimits(file), ...schemaDiagnostics);
    // Before the schema gate: hostile content is refused by name even when it also breaks the schema.
    diagnostics.push(...checkContentSafety(file));
    if (data === undefined) continue;
    diagnostics.push(...checkContacts(file, data));
    for (const check of extraChecks) diagnostics.push(...check(file, data));
    switch (file.kind) {
      case 'office':
        diagnostics.push(...checkParent(file, (data as Office).parent, officeIds), ...checkPhotos(file, data as Office));
        break;
      case 'charter':
        diagnostics.push(...checkFileDate(file, (data as CharterFile).effectiveDate));
        diagnostics.push(...checkCharterStandards(file, data as CharterFile, standardsContext()));
        break;
      case 'standard':
        diagnostics.push(
          ...checkStandardFile(file, data as StandardService, { officeExists: (id) => officeIds.has(id) || standardsContext().officeExists(id) }),
        );
        break;
      case 'minutes':
        diagnostics.push(...checkFileDate(file, (data as Minutes).meetingDate));
        diagnostics.push(...checkDualDate(file, data as Minutes), ...checkMemoNumber(file, data as Minutes));
        break;
      case 'order':
        diagnostics.push(...checkFileDate(file, (data as OfficeOrder).date));
        diagnostics.push(...checkDualDate(file, data as OfficeOrder), ...checkMemoNumber(file, data as OfficeOrder));
        break;
    }
    valid.push({ file, data: data as ValidFile['data'] });
  }
  return { diagnostics: sortDiagnostics(diagnostics), valid };
}
