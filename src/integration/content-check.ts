/**
 * What the build refuses, for one build scope: content errors (the validator,
 * src/validation/index.ts) and stale offices (the freshness gate). The Astro
 * integration runs this before anything renders, in `astro dev` and in an `astro
 * build` not started by the pipeline; the pipeline's scripts run the same two
 * checks per office themselves (src/pipeline/office-build.ts, scripts/build.ts).
 *
 * Pure of Astro: it returns findings; the integration turns them into Astro errors.
 */
import fs from 'node:fs';
import { checkFreshness, FreshnessInputError, type FreshnessCheck } from '../validation/freshness-check.ts';
import { loadContentTree, type ContentTree } from '../content-model/load.ts';
import { officesDir } from '../content-model/paths.ts';
import { documentOffices, type BuildScope } from '../content-model/scope.ts';
import type { OfficeResult } from '../domain/freshness/index.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { validateTree } from '../validation/index.ts';

export interface ContentCheck {
  /** Files read (office.yaml and documents) and offices whose documents were read. */
  files: number;
  offices: number;
  errors: Diagnostic[];
  warnings: number;
  /** The gate's result; undefined when the gate did not run (national layer, or a policy error). */
  freshness?: FreshnessCheck;
  /** Offices of the scope that are stale: the build refuses them. */
  stale: OfficeResult[];
  /** The policy or the as-of date cannot be used: one line naming the file, line and field. */
  policyError?: string;
}

/** Every office folder's name, without reading any file (so a parent outside the scope is not "missing"). */
function officeFolders(root: string): Set<string> {
  const dir = officesDir(root);
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name),
  );
}

/**
 * The files one Astro build loads: everything (no scope), an office build's offices
 * with their documents and its context offices' office.yaml, or (national layer)
 * every office.yaml and no documents.
 */
export function scopeTree(root: string, scope: BuildScope): ContentTree {
  if (scope.offices === 'all') return loadContentTree(root);
  if (scope.offices.length === 0) return loadContentTree(root, { documentOfficeIds: new Set() });
  return loadContentTree(root, { officeIds: [...scope.offices, ...scope.context], documentOfficeIds: new Set(scope.offices) });
}

/** Whether a scope's offices are gated: the national layer is never failed by staleness (docs/scale.md). */
export function gatesFreshness(scope: BuildScope): boolean {
  return scope.offices === 'all' || scope.offices.length > 0;
}

export function checkContent(options: { root: string; scope: BuildScope; env?: Record<string, string | undefined> }): ContentCheck {
  const { root, scope } = options;
  const env = options.env ?? process.env;
  const tree = scopeTree(root, scope);
  const known = scope.offices === 'all' ? undefined : officeFolders(root);
  const { diagnostics } = validateTree(tree, [], known ? { knownOfficeIds: known } : {});
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const result: ContentCheck = {
    files: tree.files.length,
    offices: scope.offices === 'all' ? tree.officeIds.length : scope.offices.length,
    errors,
    warnings: diagnostics.length - errors.length,
    stale: [],
  };
  if (!gatesFreshness(scope)) return result;
  // Only the offices whose pages this build renders are gated (context offices carry no documents here).
  const rendered = documentOffices(scope);
  const gated: ContentTree = rendered
    ? { ...tree, officeIds: tree.officeIds.filter((id) => rendered.has(id)), files: tree.files.filter((f) => rendered.has(f.officeId)) }
    : tree;
  try {
    const freshness = checkFreshness({ root, tree: gated, env });
    result.freshness = freshness;
    result.stale = freshness.report.offices.filter((o) => o.status === 'stale');
  } catch (error) {
    if (!(error instanceof FreshnessInputError)) throw error;
    result.policyError = error.message;
  }
  return result;
}
