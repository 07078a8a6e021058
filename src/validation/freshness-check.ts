/**
 * The freshness check as the command line, the build gate and the Astro integration run it: read the
 * policy and the content, decide the as-of date, evaluate every office.
 */
import { listOfficeIds, loadContentTree, officeExists, type ContentTree } from '../content-model/load.ts';
import { contentRoot } from '../content-model/paths.ts';
import { freshnessOfficesFromTree } from './freshness-offices.ts';
import { loadFreshnessPolicy, policyPath, PolicyError, resolveAsOf, type ResolvedAsOf } from '../content-model/freshness-policy.ts';
import { evaluateOffices, type FreshnessOffice, type FreshnessPolicy, type FreshnessReport } from '../domain/freshness/index.ts';
import { runOverOffices } from './office-pool.ts';

/** Bad arguments or a bad policy: the message is one line. */
export class FreshnessInputError extends Error {}

export interface FreshnessCheck {
  report: FreshnessReport;
  resolved: ResolvedAsOf;
  notes: string[];
}

export interface FreshnessCheckOptions {
  asOf?: string | undefined;
  officeIds?: string[] | undefined;
  policyFile?: string | undefined;
  env?: Record<string, string | undefined>;
  root?: string;
  /** The content tree, when the caller has already read it. */
  tree?: ContentTree;
}

function policyAndDate(options: FreshnessCheckOptions): { policy: FreshnessPolicy; resolved: ResolvedAsOf } {
  const env = options.env ?? process.env;
  const file = options.policyFile ?? policyPath(env);
  try {
    const policy = loadFreshnessPolicy(file);
    return { policy, resolved: resolveAsOf({ argument: options.asOf, env, policy, policyFile: file }) };
  } catch (error) {
    if (error instanceof PolicyError) throw new FreshnessInputError(error.message);
    throw error;
  }
}

/**
 * Named offices must exist: each is looked up on disk (one lstat), never by listing or
 * reading the others; the folder is listed only to say which offices there are.
 */
function refuseUnknownOffices(root: string, wanted: readonly string[]): void {
  const unknown = wanted.filter((id) => !officeExists(root, id));
  if (!unknown.length) return;
  const known = listOfficeIds(root);
  const shown = known.length <= 20 ? known.join(', ') || 'none' : `${known.length} offices, e.g. ${known.slice(0, 5).join(', ')}`;
  throw new FreshnessInputError(`no office "${unknown.join('", "')}" in ${root}/offices (known: ${shown})`);
}

function skippedNote(invalidFiles: string[]): string[] {
  return invalidFiles.length
    ? [
        `${invalidFiles.length} file${invalidFiles.length === 1 ? '' : 's'} left out because they fail their schema (run npm run validate): ${invalidFiles.slice(0, 5).join(', ')}${invalidFiles.length > 5 ? ', ...' : ''}`,
      ]
    : [];
}

/**
 * The check over a tree in memory: the build gate and the Astro integration (which have
 * read their tree already), and named offices (only their files are read).
 */
export function checkFreshness(options: FreshnessCheckOptions): FreshnessCheck {
  const { policy, resolved } = policyAndDate(options);
  const root = options.root ?? contentRoot(options.env ?? process.env);
  const wanted = options.officeIds;
  if (wanted) refuseUnknownOffices(root, wanted);
  const tree = wanted ? loadContentTree(root, { officeIds: wanted }) : (options.tree ?? loadContentTree(root));
  const { offices, invalidFiles } = freshnessOfficesFromTree(tree);
  return { report: evaluateOffices(offices, policy, resolved.asOf), resolved, notes: skippedNote(invalidFiles) };
}

/**
 * `npm run freshness`: named offices as checkFreshness() reads them; the whole country
 * office by office (./office-pool.ts), keeping only what the rules read of each office
 * (document kinds and dates, exemptions, focal points), never its files.
 */
export async function checkFreshnessOfOffices(
  options: FreshnessCheckOptions & { jobs?: number | undefined; onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<FreshnessCheck> {
  if (options.officeIds || options.tree) return checkFreshness(options);
  const { policy, resolved } = policyAndDate(options);
  const root = options.root ?? contentRoot(options.env ?? process.env);
  const offices: FreshnessOffice[] = [];
  const invalidFiles: string[] = [];
  await runOverOffices({ root, kind: 'freshness', officeIds: listOfficeIds(root), jobs: options.jobs, onProgress: options.onProgress }, (result) => {
    if (result.kind !== 'freshness') return;
    offices.push(...result.offices);
    invalidFiles.push(...result.invalidFiles);
  });
  return { report: evaluateOffices(offices, policy, resolved.asOf), resolved, notes: skippedNote(invalidFiles) };
}
