/**
 * Runs a query plan against Pagefind's JS API and merges the answers. Kept free
 * of the DOM so the bench and the page share it.
 */
import { pagefindTerm, planQuery, termMatches, type PlannedQuery } from './query.ts';

/** A part of a page that matched, from one heading with an id to the next (Pagefind's sub-result). */
export interface PagefindSubResult {
  title: string;
  /** The page's URL with `#<heading id>`. */
  url: string;
  excerpt: string;
  anchor?: { id: string; element?: string; text?: string };
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
}

/** The part of Pagefind's `pagefind.js` API we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (what excerpts are cut from). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
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
  /** Adds another bundle (an office's own index) to the one being searched. */
  mergeIndex?(basePath: string, options?: Record<string, unknown>): Promise<void>;
  /** Forgets the loaded bundles, so options() can point at others. */
  destroy?(): Promise<void>;
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
  /** Every query that found it, best first. */
  queries: string[];
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
      if (!seen) best.set(result.id, { id: result.id, score, result, queries: [query.text] });
      else if (score > seen.score) best.set(result.id, { id: result.id, score, result, queries: [query.text, ...seen.queries] });
      else seen.queries.push(query.text);
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

// ASCII punctuation: Pagefind also indexes the parts of "e-Nothi" or "১৫/০৪/২০২৪" split on it.
const ASCII_PUNCTUATION = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]+/g;

/** The forms Pagefind indexes for the words of a text: each whole word and its parts. */
export function indexedForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const word of text.toLowerCase().split(/\s+/)) {
    const whole = pagefindTerm(word);
    if (whole) forms.add(whole);
    for (const part of word.split(ASCII_PUNCTUATION)) {
      const form = pagefindTerm(part);
      if (form) forms.add(form);
    }
  }
  return forms;
}

/**
 * True when every word of a Pagefind query starts some word of the page (what a real match
 * means), and a word of one akshara is a whole word there (src/search/query.ts termMatches()).
 */
export function pageHasTerms(query: string, pageText: string): boolean {
  const forms = [...indexedForms(pageText)];
  return query
    .split(' ')
    .map(pagefindTerm)
    .filter((t) => t.length > 0)
    .every((term) => forms.some((form) => termMatches(term, form)));
}

function pageText(data: PagefindResultData): string {
  return `${data.content ?? ''} ${Object.values(data.meta).join(' ')}`;
}

/** How many of a query's best pages are read to tell a real answer from Pagefind's prefix fallback. */
const LOOKED_AT = 5;

/**
 * Runs the queries. When no indexed word starts with a query word, Pagefind
 * falls back to the longest indexed word that is a prefix of it ("আদালতের"
 * would match "আ"), for every page alike. So one look at the best page of each
 * query tells whether the whole answer is real; if not, the query found nothing.
 */
async function runAll(pagefind: PagefindApi, queries: readonly PlannedQuery[], filters: Record<string, string>, prefetch: number) {
  const answers = await Promise.all(queries.map(async (query) => ({ query, results: (await pagefind.search(query.text, { filters }))?.results ?? [] })));
  // Start loading the pages likely to be shown while the answers are checked: one round trip, not two.
  for (const merged of mergeResults(answers).slice(0, prefetch)) void merged.result.data().catch(() => undefined);
  // Scopes merge several offices' bundles and each falls back on its own, so the best page may come
  // from a bundle that fell back while another holds the real match: look at the first few, not one.
  return Promise.all(
    answers.map(async ({ query, results }) => {
      const top = results.slice(0, LOOKED_AT);
      if (top.length === 0) return { query, results };
      const real = await Promise.all(top.map(async (r) => pageHasTerms(query.text, pageText(await r.data()))));
      return { query, results: real.some(Boolean) ? results : [] };
    }),
  );
}

/** Everything a typed query finds, best first. */
export async function searchPortal(pagefind: PagefindApi, raw: string, filters: SearchFilters = {}, prefetch = 0): Promise<SearchOutcome> {
  const plan = planQuery(raw);
  const pf = pagefindFilters(filters);
  const primary = await runAll(pagefind, plan.primary, pf, prefetch);
  let results = mergeResults(primary);
  let usedSpellingFallback = false;
  let queries = plan.primary.map((q) => q.text);
  if (results.length === 0 && plan.fallback.length > 0) {
    results = mergeResults(await runAll(pagefind, plan.fallback, pf, prefetch));
    usedSpellingFallback = results.length > 0;
    queries = queries.concat(plan.fallback.map((q) => q.text));
  }
  return { results, usedSpellingFallback, queries };
}

export interface ShownResults {
  shown: PagefindResultData[];
  /** Results looked at and dropped because the page does not hold the words (see pageHasTerms). */
  dropped: number;
}

/**
 * Loads the first `count` real results. Pagefind with exact diacritics also
 * accepts an indexed word that is the query word minus trailing vowel signs
 * ("কারা" finds "কার"); the page text tells, and we read it anyway to show it.
 */
export async function loadShown(results: readonly MergedResult[], count: number, maxLooked = count * 3): Promise<ShownResults> {
  const shown: PagefindResultData[] = [];
  let dropped = 0;
  for (let start = 0; start < results.length && shown.length < count && start < maxLooked; start += count) {
    // Pagefind hands out one shared object per page, so each answer is copied before another query can reuse it.
    const batch = await Promise.all(results.slice(start, start + count).map(async (r) => ({ r, data: { ...(await r.result.data()) } })));
    for (const { r, data } of batch) {
      if (shown.length >= count) break;
      const text = pageText(data);
      if (r.queries.some((q) => pageHasTerms(q, text))) shown.push(data);
      else dropped++;
    }
  }
  return { shown, dropped };
}

/** A service on a charter page that a result matched: where it links and what it shows. */
export interface ServiceMatch {
  /** The service's name, as its heading prints it without the serial number. */
  name: string;
  /** `<charter page>#<service anchor>` (src/domain/service-anchor.ts). */
  url: string;
  excerpt: string;
}

/** A service's heading id (contract 1: `serviceAnchor()` ids all start so). */
const SERVICE_ANCHOR = /^service-/;
// The heading starts with the row's serial ("১. নামজারি"); the name is the rest.
const SERIAL = /^\s*[০-৯0-9]+\s*[.)।]?\s+/;

const matchScore = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((n, l) => n + (l.balanced_score ?? l.weight ?? 0), 0);

/** The address of the part of a page that matched best (`page#heading`), when that part has a heading with an id. */
export function bestPart(data: PagefindResultData): string | undefined {
  const best = [...(data.sub_results ?? [])].sort((a, b) => matchScore(b) - matchScore(a))[0];
  return best?.anchor?.id ? best.url : undefined;
}

/**
 * The services of a page that matched, best first: a hit in a charter's service links to
 * that service, not to the top of the charter. Empty when the page's best match is
 * elsewhere (its title, vision, a minutes page), so those results keep linking to the page.
 */
export function serviceMatches(data: PagefindResultData): ServiceMatch[] {
  const subs = data.sub_results ?? [];
  const best = [...subs].sort((a, b) => matchScore(b) - matchScore(a))[0];
  if (!best || !SERVICE_ANCHOR.test(best.anchor?.id ?? '')) return [];
  return subs
    .filter((sub) => SERVICE_ANCHOR.test(sub.anchor?.id ?? ''))
    .sort((a, b) => matchScore(b) - matchScore(a))
    .map((sub) => ({ name: (sub.anchor?.text ?? sub.title).replace(SERIAL, '').trim(), url: sub.url, excerpt: sub.excerpt }));
}
