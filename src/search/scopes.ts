/**
 * What the search page reads about each scope, `search/scopes/<id>.json` for every office
 * and `_country.json` (written by build:national), so a search of any office reads one
 * small file and never asks for one that is not there:
 * - `offices`: the Pagefind bundles it opens with mergeIndex, or none when they are too
 *   many for the first query: then the national catalogue answers (src/search/catalogue.ts),
 *   because every bundle adds its own metadata, index chunks and result fragments to the
 *   first query (measured in docs/search.md). When the build can weigh the bundles (the
 *   national layer reads their index files), a scope merges them while their index bytes
 *   fit MERGED_INDEX_BYTES, so an office with no documents of its own (a one-page bundle)
 *   does not push a small area or country into the catalogue; unweighed, at most
 *   MAX_MERGED_BUNDLES;
 * - `name`: the office's Bengali name (the page shows which area it searches);
 * - `count`: offices in it; `part`: the catalogue part that holds it;
 * - `children`: the offices right under it as [id, Bengali name, has offices under it], for
 *   choosing a place one level at a time (at most `listLimit`; the directory pages list the rest);
 *   none for an office with no offices under it;
 * - `parent`: the office right above it as [id, Bengali name], the wider scope a search with
 *   no results offers.
 * Pure, so tests and the bench compute a country's scopes without a build.
 */
import { catalogueLayout, type CatalogueOffice } from './catalogue.ts';

/** Most office bundles one search opens at once when their sizes are unknown (docs/search.md: each adds 10–16 KB to the first query). */
export const MAX_MERGED_BUNDLES = 4;
/**
 * Index bytes (entry, metadata, index chunks, filters: Pagefind writes them compressed) that
 * the merged bundles of one scope may weigh: the four sample offices with documents weigh
 * 33 KB, and their merged first query is the budget's worst case (docs/search.md).
 */
export const MERGED_INDEX_BYTES = 36 * 1024;
/** Most bundles merged however light: each is one more request per index file kind. */
export const MAX_WEIGHED_BUNDLES = 2 * MAX_MERGED_BUNDLES;

/** A published office's bundle weight in bytes (see MERGED_INDEX_BYTES), or undefined when unknown. */
export type BundleBytes = (office: string) => number | undefined;

export interface SearchScope {
  name?: string;
  offices: string[];
  count: number;
  part?: string;
  children?: Array<[string, string, number]>;
  parent?: [string, string];
}

export function searchScopes(
  offices: readonly CatalogueOffice[],
  listLimit: number,
  maxMerged = MAX_MERGED_BUNDLES,
  bundleBytes?: BundleBytes,
): Map<string, SearchScope> {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const children = new Map<string, string[]>();
  for (const o of offices) if (o.parent && o.parent !== o.id && byId.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o.id]);
  const { partOf } = catalogueLayout(offices);
  /** Whether these bundles are opened together (full text) rather than the scope searched in the catalogue. */
  const mergeable = (bundles: readonly string[]): boolean => {
    if (bundles.length <= maxMerged) return true;
    if (!bundleBytes || bundles.length > MAX_WEIGHED_BUNDLES) return false;
    let total = 0;
    for (const id of bundles) {
      const bytes = bundleBytes(id);
      if (bytes === undefined) return false;
      total += bytes;
    }
    return total <= MERGED_INDEX_BYTES;
  };
  /** The published offices of a subtree, or none when too many to merge; and the subtree's size. */
  const subtree = (id: string): { bundles: string[]; count: number } => {
    const bundles: string[] = [];
    const queue = [id];
    const seen = new Set<string>();
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      if (seen.has(at)) continue;
      seen.add(at);
      if (byId.get(at)?.published) bundles.push(at);
      queue.push(...(children.get(at) ?? []));
    }
    return { bundles: mergeable(bundles) ? bundles : [], count: seen.size };
  };
  const listed = (ids: readonly string[]): Array<[string, string, number]> =>
    ids
      .map((id) => byId.get(id))
      .filter((o) => o !== undefined)
      .sort((a, b) => a.name.bn.localeCompare(b.name.bn, 'bn') || (a.id < b.id ? -1 : 1))
      .slice(0, listLimit)
      .map((o) => [o.id, o.name.bn, children.has(o.id) ? 1 : 0]);
  const scopes = new Map<string, SearchScope>();
  for (const office of [...offices].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const id = office.id;
    const under = children.get(id);
    const part = partOf.get(id);
    const above = office.parent && office.parent !== id ? byId.get(office.parent) : undefined;
    const facts = { ...(part ? { part } : {}), ...(above ? { parent: [above.id, above.name.bn] as [string, string] } : {}) };
    if (under) {
      const { bundles, count } = subtree(id);
      scopes.set(id, { name: office.name.bn, offices: bundles, count, ...facts, children: listed(under) });
    } else {
      // An office with no offices under it searches its own bundle.
      scopes.set(id, { name: office.name.bn, offices: office.published ? [id] : [], count: 1, ...facts });
    }
  }
  const all = offices.filter((o) => o.published).map((o) => o.id);
  const roots = offices.filter((o) => !o.parent || !byId.has(o.parent)).map((o) => o.id);
  scopes.set('_country', { offices: mergeable(all) ? all : [], count: offices.length, children: listed(roots) });
  return scopes;
}
