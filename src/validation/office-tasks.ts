/**
 * What a whole-country command does with one chunk of offices: read those offices'
 * files, check them, and hand back only the small result (diagnostics, or the
 * freshness rules' input), so the files themselves are dropped before the next chunk
 * is read. Run in the command's own thread or in a worker (./office-pool.ts); either
 * way the result is the same.
 */
import { loadContentTree, officesOnDisk } from '../content-model/load.ts';
import { diskStandardsContext, type StandardsSource } from '../content-model/standards.ts';
import type { FreshnessOffice } from '../domain/freshness/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { freshnessOfficesFromTree } from './freshness-offices.ts';
import { validateTree } from './index.ts';

export type OfficeTask = { kind: 'validate' | 'freshness'; root: string; officeIds: string[] };

export interface ValidateChunk {
  kind: 'validate';
  files: number;
  offices: number;
  diagnostics: Diagnostic[];
}

export interface FreshnessChunk {
  kind: 'freshness';
  offices: FreshnessOffice[];
  invalidFiles: string[];
}

export type OfficeTaskResult = ValidateChunk | FreshnessChunk;

/**
 * The standard services, read once per thread for the whole run, not once per chunk: listing them
 * looks into every office's folder (0.7 s at 50,000 offices), and a country is 2,500 chunks of 20.
 * A whole-country command is one run over content that does not change under it.
 */
const standardsByRoot = new Map<string, StandardsSource>();
function standardsOf(root: string): StandardsSource {
  let found = standardsByRoot.get(root);
  if (!found) standardsByRoot.set(root, (found = diskStandardsContext(root)));
  return found;
}

export function runOfficeTask(task: OfficeTask): OfficeTaskResult {
  // Links in the offices folder are listed once by the caller (validateOffices), not once per chunk.
  const tree = { ...loadContentTree(task.root, { officeIds: task.officeIds }), linkedOffices: [] };
  const standards = standardsOf(task.root);
  if (task.kind === 'freshness') {
    const { offices, invalidFiles } = freshnessOfficesFromTree(tree, process.cwd(), () => standards.all());
    return { kind: 'freshness', offices, invalidFiles };
  }
  // A parent outside the chunk exists when its folder does: one lstat, no other office read.
  const { diagnostics } = validateTree(tree, [], { knownOfficeIds: officesOnDisk(task.root), standards });
  return { kind: 'validate', files: tree.files.length, offices: tree.officeIds.length, diagnostics };
}
