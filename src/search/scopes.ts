/**
 * What the search page reads about each scope, `search/scopes/<id>.json` for every office
 * and `_country.json` (written by build:national), so a search of any office reads one
 * small file and never asks for one that is not there:
 * - `offices`: the Pagefind bundles it opens with mergeIndex, or none when the scope has
 *   more than MAX_MERGED_BUNDLES published offices: then the national catalogue answers
 *   (src/search/catalogue.ts), because every bundle adds its own metadata, index chunks
 *   and result fragments to the first query (measured in docs/search.md);
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

/** Most office bundles one search opens at once (docs/search.md: each adds about 9 KB to the first query). */
export const MAX_MERGED_BUNDLES = 4;

export interface SearchScope {
  name?: string;
  offices: string[];
  count: number;
  part?: string;
  children?: Array<[string, string, number]>;
  parent?: [string, string];
}

export function searchScopes(offices: readonly CatalogueOffice[], listLimit: number, maxMerged = MAX_MERGED_BUNDLES): Map<string, SearchScope> {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const children = new Map<string, string[]>();
  for (const o of offices) if (o.parent && o.parent !== o.id && byId.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o.id]);
  const { partOf } = catalogueLayout(offices);
  /** The published offices of a subtree, or none once there are more than maxMerged; and the subtree's size. */
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
    return { bundles: bundles.length <= maxMerged ? bundles : [], count: seen.size };
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
  scopes.set('_country', { offices: all.length <= maxMerged ? all : [], count: offices.length, children: listed(roots) });
  return scopes;
}
