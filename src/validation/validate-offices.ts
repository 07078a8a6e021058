/**
 * `npm run validate` at any size: the named offices (only their files are read, and a
 * parent outside them is looked up on disk), or every office chunk by chunk
 * (./office-pool.ts), so memory follows the largest chunk and the diagnostics found,
 * never the country's files. The same checks as validateTree() over the whole tree, in
 * the same order (sortDiagnostics).
 */
import { listOfficeFolders, type ContentTree } from '../content-model/load.ts';
import { checkSymbolicLinks } from './checks/layout.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { runOverOffices } from './office-pool.ts';

export interface OfficesValidation {
  diagnostics: Diagnostic[];
  /** Content files read. */
  files: number;
  /** Office folders checked. */
  offices: number;
}

export async function validateOffices(options: {
  root: string;
  /** Only these offices (unknown ones are skipped, as the loader skips them); default every office. */
  officeIds?: readonly string[] | undefined;
  jobs?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}): Promise<OfficesValidation> {
  const { officeIds: all, linkedOffices } = listOfficeFolders(options.root);
  const officeIds = options.officeIds ? [...new Set(options.officeIds)].sort() : all;
  // Office folders that are links are skipped by the loader: reported once, from the listing.
  const linkedOnly: ContentTree = { root: options.root, officeIds: [], files: [], strayFiles: [], linkedOffices };
  const diagnostics: Diagnostic[] = checkSymbolicLinks(linkedOnly);
  let files = 0;
  let offices = 0;
  await runOverOffices({ root: options.root, kind: 'validate', officeIds, jobs: options.jobs, onProgress: options.onProgress }, (result) => {
    if (result.kind !== 'validate') return;
    for (const d of result.diagnostics) diagnostics.push(d);
    files += result.files;
    offices += result.offices;
  });
  return { diagnostics: sortDiagnostics(diagnostics), files, offices };
}
