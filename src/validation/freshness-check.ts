/**
 * The freshness check as the command line, the build gate and the Astro integration run it: read the
 * policy and the content, decide the as-of date, evaluate every office.
 */
import { loadContentTree, type ContentTree } from '../content-model/load.ts';
import { contentRoot } from '../content-model/paths.ts';
import { freshnessOfficesFromTree } from './freshness-offices.ts';
import { loadFreshnessPolicy, policyPath, PolicyError, resolveAsOf, type ResolvedAsOf } from '../content-model/freshness-policy.ts';
import { evaluateOffices, type FreshnessReport } from '../domain/freshness/index.ts';

/** Bad arguments or a bad policy: the message is one line. */
export class FreshnessInputError extends Error {}

export interface FreshnessCheck {
  report: FreshnessReport;
  resolved: ResolvedAsOf;
  notes: string[];
}

export function checkFreshness(options: {
  asOf?: string | undefined;
  officeIds?: string[] | undefined;
  policyFile?: string | undefined;
  env?: Record<string, string | undefined>;
  root?: string;
  /** The content tree, when the caller has already read it. */
  tree?: ContentTree;
}): FreshnessCheck {
  const env = options.env ?? process.env;
  const file = options.policyFile ?? policyPath(env);
  let policy;
  let resolved: ResolvedAsOf;
  try {
    policy = loadFreshnessPolicy(file);
    resolved = resolveAsOf({ argument: options.asOf, env, policy, policyFile: file });
  } catch (error) {
    if (error instanceof PolicyError) throw new FreshnessInputError(error.message);
    throw error;
  }
  const root = options.root ?? contentRoot(env);
  const all = options.tree ?? loadContentTree(root);
  const wanted = options.officeIds;
  if (wanted) {
    const unknown = wanted.filter((id) => !all.officeIds.includes(id));
    if (unknown.length) {
      throw new FreshnessInputError(`no office "${unknown.join('", "')}" in ${root}/offices (known: ${all.officeIds.join(', ') || 'none'})`);
    }
  }
  const tree = wanted ? loadContentTree(root, { officeIds: wanted }) : all;
  const { offices, invalidFiles } = freshnessOfficesFromTree(tree);
  const notes = invalidFiles.length
    ? [
        `${invalidFiles.length} file${invalidFiles.length === 1 ? '' : 's'} left out because they fail their schema (run npm run validate): ${invalidFiles.slice(0, 5).join(', ')}${invalidFiles.length > 5 ? ', ...' : ''}`,
      ]
    : [];
  return { report: evaluateOffices(offices, policy, resolved.asOf), resolved, notes };
}
