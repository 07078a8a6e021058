/**
 * Runs a query plan against Pagefind's JS API and merges the answers. Kept free
 * of the DOM so the bench and the page share it.
 */
import { planQuery, type PlannedQuery } from './query.ts';

/** The part of Pagefind's `pagefind.js` API we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Options every search uses: Bengali vowel signs are letters, not accents to strip. */
export const PAGEFIND_OPTIONS = { exactDiacritics: true, excerptLength: 24 } as const;

export interface SearchFilters {
  office?: string | undefined;
  kind?: string | undefined;
  fy?: string | undefined;
}

export interface MergedResult {
  id: string;
  score: number;
  result: PagefindResult;
  /** The query that found it best. */
  query: string;
}

export interface SearchOutcome {
  results: MergedResult[];
  /** True when the results come from spelling guesses (the page says so). */
  usedSpellingFallback: boolean;
  queries: string[];
}

/** Merge the answers of several queries: each page keeps its best weighted score. */
export function mergeResults(answers: ReadonlyArray<{ query: PlannedQuery; results: readonly PagefindResult[] }>): MergedResult[] {
  const best = new Map<string, MergedResult>();
  for (const { query, results } of answers) {
    for (const result of results) {
      const score = result.score * query.weight;
      const seen = best.get(result.id);
      if (!seen || score > seen.score) best.set(result.id, { id: result.id, score, result, query: query.text });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Pagefind filter object: only the filters that are set. */
export function pagefindFilters(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['office', 'kind', 'fy'] as const) {
    const value = filters[key];
    if (value) out[key] = value;
  }
  return out;
}

async function runAll(pagefind: PagefindApi, queries: readonly PlannedQuery[], filters: Record<string, string>) {
  return Promise.all(
    queries.map(async (query) => ({ query, results: (await pagefind.search(query.text, { filters }))?.results ?? [] })),
  );
}

/** Everything a typed query finds, best first. */
export async function searchPortal(pagefind: PagefindApi, raw: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
  const plan = planQuery(raw);
  const pf = pagefindFilters(filters);
  const primary = await runAll(pagefind, plan.primary, pf);
  let results = mergeResults(primary);
  let usedSpellingFallback = false;
  let queries = plan.primary.map((q) => q.text);
  if (results.length === 0 && plan.fallback.length > 0) {
    results = mergeResults(await runAll(pagefind, plan.fallback, pf));
    usedSpellingFallback = results.length > 0;
    queries = queries.concat(plan.fallback.map((q) => q.text));
  }
  return { results, usedSpellingFallback, queries };
}
