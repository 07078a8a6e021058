/**
 * What a whole-country command does with one chunk of offices: read those offices'
 * files, check them, and hand back only the small result (diagnostics, or the
 * freshness rules' input), so the files themselves are dropped before the next chunk
 * is read. Run in the command's own thread or in a worker (./office-pool.ts); either
 * way the result is the same.
 */
import { loadContentTree, officesOnDisk } from '../content-model/load.ts';
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

export function runOfficeTask(task: OfficeTask): OfficeTaskResult {
  // Links in the offices folder are listed once by the caller (validateOffices), not once per chunk.
  const tree = { ...loadContentTree(task.root, { officeIds: task.officeIds }), linkedOffices: [] };
  if (task.kind === 'freshness') {
    const { offices, invalidFiles } = freshnessOfficesFromTree(tree);
    return { kind: 'freshness', offices, invalidFiles };
  }
  // A parent outside the chunk exists when its folder does: one lstat, no other office read.
  const { diagnostics } = validateTree(tree, [], { knownOfficeIds: officesOnDisk(task.root) });
  return { kind: 'validate', files: tree.files.length, offices: tree.officeIds.length, diagnostics };
}
