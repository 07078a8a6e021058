/**
 * The national search catalogue: what area and country search read at any size.
 *
 * Full-text search of 500,000 pages cannot fit a phone's first query, so scopes too
 * large for Pagefind (docs/search.md) search a static catalogue of *distinct
 * services, offices and places* that points into office pages instead. Built by the
 * national layer from the offices' records (never from documents); read by the
 * search page in the browser and by Node tests and the bench, with the same
 * folding, stems, digits and synonyms as the rest of search.
 *
 * Files under `search/catalogue/` (all JSON):
 * - `areas.json`: the partition tree: each part's root office, its parent part,
 *   its office count. A *part* is a subtree of at most PART_MAX offices (a district
 *   in a country), or a large office with its leaf children (a division's own office).
 * - `parts/<part>.json`: every office of the part: id, names, parent (index in the
 *   part), newest charter, and the services it offers (indexes into the part's list).
 * - `terms/<key>.json`: folded words of service and office names, sharded by their
 *   first two characters, each pointing to the services whose names hold it and to
 *   the highest offices whose names hold it (a place: "ভেড়ামারা" → the upazila's
 *   office; its offices under it hold the word too), or only a count when too many.
 * - `services/<id>.json`: one distinct service: its name, how many offices offer it
 *   and how many in each part, so the country scope shows counts, never a list.
 */
import { toAsciiDigits, toBengaliDigits } from '../domain/bengali-digits.ts';
import type { OfficeServices } from '../domain/charter-services.ts';
import { unique } from './fold.ts';
import { pagefindTerm, queryWords, SYNONYMS } from './query.ts';
import { stemWord } from './stem.ts';

export const CATALOGUE_DIR = 'search/catalogue';
/** Offices per part: a part is loaded whole by an area search, so this bounds its bytes (measured in docs/search.md). */
export const PART_MAX = 200;
/** A word held by more top offices than this points to a count, not a list (the citizen narrows by area). */
export const TERM_OFFICES_MAX = 40;
/** Parts an area search may load for one query (a district's upazilas; a place name several districts use). */
export const MAX_PARTS_LOADED = 10;
/**
 * Offices a query may read in those parts: about 75 bytes gzip each, so the parts stay under
 * about 115 KB and the first query under 150 KB (docs/search.md has the arithmetic).
 */
export const MAX_OFFICES_READ = 1_500;
/** Results an answer carries (the page shows ten). */
export const MAX_HITS = 10;
/**
 * Services an answer carries: each is one more file to read (a country-wide answer read 20
 * in 490 ms on a 4× throttled CPU, 5 in about half that); the most offered come first.
 */
export const MAX_SERVICE_HITS = 5;

export interface CatalogueOffice {
  id: string;
  parent?: string | undefined;
  name: { bn: string; en: string };
  /** Whether its pages are published (an unpublished office is a place, never a hit). */
  published: boolean;
  services?: OfficeServices | undefined;
}

/** `areas.json`: part id → [Bengali name, English name, parent part ('' for a root), offices in the part]. */
export interface AreasFile {
  p: Record<string, [string, string, string, number]>;
}
/** One office in a part file: [id, Bengali name, English name, parent index (-1 outside the part), charter stem ('' none), service indexes, published 1|0]. */
export type PartOffice = [string, string, string, number, string, number[], number];
export interface PartFile {
  /** Service names used in this part. */
  s: string[];
  o: PartOffice[];
  /**
   * The folded words of the offices' names (both languages) → the offices (indexes in `o`) named
   * with them: a query matches a few hundred words instead of folding every name on a phone.
   */
  w: Record<string, number[]>;
}
/**
 * One word's entry: [services holding it as [id, offices offering it], most offered first; top offices as
 * [id, part, Bengali name], or their count when more than TERM_OFFICES_MAX].
 */
export type TermEntry = [Array<[string, number]>, Array<[string, string, string]> | number];
export type TermShard = Record<string, TermEntry>;
/** `services/<id>.json`: [name, offices offering it, offices per part]. */
export type ServiceFile = [string, number, Record<string, number>];

/** One spelling per word: folded like queries, digits in Bengali, hyphens dropped (as Pagefind reads them). */
export function catalogueWords(text: string): string[] {
  const out: string[] = [];
  for (const word of queryWords(text)) {
    const whole = toBengaliDigits(toAsciiDigits(pagefindTerm(word)));
    if (whole) out.push(whole);
    if (word.includes('-')) for (const part of word.split('-')) if (part) out.push(toBengaliDigits(toAsciiDigits(pagefindTerm(part))));
  }
  return unique(out.filter((w) => w.length > 0));
}

/** The shard a term (or a query form of at least two characters) lives in: its first two code points in hex. */
export function termKey(term: string): string {
  return [...term]
    .slice(0, 2)
    .map((c) => (c.codePointAt(0) ?? 0).toString(16))
    .join('-');
}

/** Stable id of a distinct service (FNV-1a of its folded words): a new service elsewhere never renames one. */
export function serviceId(name: string): string {
  let hash = 0x811c9dc5;
  for (const c of catalogueWords(name).join(' ')) {
    hash ^= c.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface CatalogueLayout {
  /** The part each office is in. */
  partOf: Map<string, string>;
  /** Part id (its root office) → its offices, root first, then in tree order. */
  parts: Map<string, string[]>;
  /** Part id → parent part id ('' for a root). */
  parentPart: Map<string, string>;
}

/**
 * Cuts the office tree into parts of at most `partMax` offices: a subtree that fits
 * is one part; a larger office is a part of its own with its leaf children, and
 * each of its other children is cut the same way.
 */
export function catalogueLayout(offices: readonly CatalogueOffice[], partMax = PART_MAX): CatalogueLayout {
  const ids = new Set(offices.map((o) => o.id));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const o of [...offices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (o.parent && ids.has(o.parent) && o.parent !== o.id) children.set(o.parent, [...(children.get(o.parent) ?? []), o.id]);
    else roots.push(o.id);
  }
  const size = new Map<string, number>();
  const sizeOf = (id: string, seen: Set<string>): number => {
    const known = size.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const n = 1 + (children.get(id) ?? []).reduce((sum, c) => sum + sizeOf(c, seen), 0);
    size.set(id, n);
    return n;
  };
  const partOf = new Map<string, string>();
  const parts = new Map<string, string[]>();
  const parentPart = new Map<string, string>();
  const addSubtree = (id: string, part: string) => {
    const stack = [id];
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      if (partOf.has(at)) continue;
      partOf.set(at, part);
      parts.get(part)?.push(at);
      stack.push(...[...(children.get(at) ?? [])].reverse());
    }
  };
  const cut = (id: string, parent: string) => {
    parts.set(id, []);
    parentPart.set(id, parent);
    if (sizeOf(id, new Set()) <= partMax) return addSubtree(id, id);
    partOf.set(id, id);
    parts.get(id)?.push(id);
    for (const child of children.get(id) ?? []) {
      if ((children.get(child) ?? []).length === 0) addSubtree(child, id);
      else cut(child, id);
    }
  };
  for (const root of roots) cut(root, '');
  // Offices in a parent loop are reached from no root: each loop is a part of its own.
  for (const o of offices) if (!partOf.has(o.id)) cut(o.id, '');
  return { partOf, parts, parentPart };
}

/**
 * Every catalogue file, by path under CATALOGUE_DIR, as JSON text. Deterministic
 * (sorted keys and lists), so an office edit changes only the files it feeds.
 */
export function catalogueFiles(offices: readonly CatalogueOffice[], partMax = PART_MAX): Map<string, string> {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const layout = catalogueLayout(offices, partMax);
  const files = new Map<string, string>();

  const areas: AreasFile = { p: {} };
  for (const [part, members] of [...layout.parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const root = byId.get(part);
    areas.p[part] = [root?.name.bn ?? part, root?.name.en ?? '', layout.parentPart.get(part) ?? '', members.length];
  }
  files.set('areas.json', JSON.stringify(areas));

  const services = new Map<string, { name: string; count: number; parts: Map<string, number> }>();
  const ids = new Map<string, string>();
  for (const [part, members] of layout.parts) {
    const index = new Map(members.map((id, i) => [id, i]));
    const names: string[] = [];
    const nameIndex = new Map<string, number>();
    const rows: PartOffice[] = members.map((id) => {
      const o = byId.get(id);
      const offered = o?.published ? (o.services?.services ?? []) : [];
      const refs = offered.map((name) => {
        let at = nameIndex.get(name);
        if (at === undefined) {
          at = names.length;
          names.push(name);
          nameIndex.set(name, at);
        }
        let sid = ids.get(name);
        if (sid === undefined) ids.set(name, (sid = serviceId(name)));
        const entry = services.get(sid) ?? { name, count: 0, parts: new Map<string, number>() };
        entry.count++;
        entry.parts.set(part, (entry.parts.get(part) ?? 0) + 1);
        services.set(sid, entry);
        return at;
      });
      return [
        id,
        o?.name.bn ?? id,
        o?.name.en ?? '',
        index.get(o?.parent ?? '') ?? -1,
        o?.published ? (o.services?.charter ?? '') : '',
        refs,
        o?.published ? 1 : 0,
      ];
    });
    const named = new Map<string, number[]>();
    members.forEach((id, i) => {
      const o = byId.get(id);
      for (const w of catalogueWords(`${o?.name.bn ?? id} ${o?.name.en ?? ''}`)) named.set(w, [...(named.get(w) ?? []), i]);
    });
    const w = Object.fromEntries([...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    files.set(`parts/${part}.json`, JSON.stringify({ s: names, o: rows, w } satisfies PartFile));
  }
  for (const [sid, s] of [...services].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = Object.fromEntries([...s.parts].sort(([a], [b]) => (a < b ? -1 : 1)));
    files.set(`services/${sid}.json`, JSON.stringify([s.name, s.count, parts] satisfies ServiceFile));
  }

  // Words → services, and → the highest offices whose names hold them.
  const terms = new Map<string, { services: Set<string>; offices: Set<string> }>();
  const termOf = (t: string) => {
    let entry = terms.get(t);
    if (!entry) terms.set(t, (entry = { services: new Set(), offices: new Set() }));
    return entry;
  };
  for (const [sid, s] of services) for (const w of catalogueWords(s.name)) termOf(w).services.add(sid);
  const wordsOf = new Map(offices.map((o) => [o.id, new Set(catalogueWords(`${o.name.bn} ${o.name.en}`))]));
  for (const o of offices) {
    // A word is listed at the highest office of each part that holds it: "ঢাকা" names the division's
    // office, the district's and every upazila part under it, so a search reads only those parts.
    const parent = o.parent && layout.partOf.get(o.parent) === layout.partOf.get(o.id) ? o.parent : undefined;
    const parentWords = parent ? wordsOf.get(parent) : undefined;
    for (const w of wordsOf.get(o.id) ?? []) if (!parentWords?.has(w)) termOf(w).offices.add(o.id);
  }
  const shards = new Map<string, TermShard>();
  for (const [term, entry] of [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const key = termKey(term);
    const shard = shards.get(key) ?? {};
    const top = [...entry.offices].sort();
    shard[term] = [
      // Most offered first, so a query reads the summaries of the services most likely shown.
      [...entry.services]
        .sort((a, b) => (services.get(b)?.count ?? 0) - (services.get(a)?.count ?? 0) || (a < b ? -1 : 1))
        .map((sid) => [sid, services.get(sid)?.count ?? 0]),
      top.length > TERM_OFFICES_MAX ? top.length : top.map((id) => [id, layout.partOf.get(id) ?? id, byId.get(id)?.name.bn ?? id]),
    ];
    shards.set(key, shard);
  }
  for (const [key, shard] of shards) files.set(`terms/${key}.json`, JSON.stringify(shard));
  return files;
}

// ---------------------------------------------------------------------------------------------
// Query side: the browser page, the Node tests and the bench run this.

/** Reads one catalogue file by its path under CATALOGUE_DIR; undefined when it does not exist. */
export type CatalogueLoader = (file: string) => Promise<unknown>;

export interface CatalogueScope {
  /** The office whose area is searched; none for the whole country. */
  office?: string | undefined;
  /** The part that holds it (from `search/scopes/<office>.json`). */
  part?: string | undefined;
}

export interface OfficeHit {
  kind: 'office';
  id: string;
  name: string;
  /** The office's page, or its charter's service table when a service matched. */
  url: string;
  /** The service of this office that matched, as its charter prints it. */
  service?: string;
  /** Names of the offices above it, nearest first (at most two). */
  above: string[];
  score: number;
}

export interface ServiceHit {
  kind: 'service';
  id: string;
  name: string;
  /** Offices offering it in the scope. */
  count: number;
  /** Where to narrow: the areas right under the scope with their counts, most first. */
  areas: Array<{ id: string; name: string; count: number }>;
}

export interface CatalogueAnswer {
  offices: OfficeHit[];
  /** Offices that matched in the loaded parts (more than shown when over MAX_HITS). */
  officeTotal: number;
  services: ServiceHit[];
  /** Words that name more offices than the catalogue lists (the citizen should choose an area or add a place). */
  broad: Array<{ word: string; offices: number }>;
  /** Catalogue files read, for the bench. */
  files: string[];
}

interface WordMatch {
  word: string;
  forms: string[];
  /** Service id → offices offering it. */
  services: Map<string, number>;
  offices: Array<[string, string, string]>;
  /** Top offices beyond the listed ones (counts of capped terms). */
  more: number;
}

/**
 * Words office names use for "office", which citizens use interchangeably ("ভূমি অফিস" for
 * "সহকারী কমিশনারের (ভূমি) কার্যালয়"). Only here, not in the full-text plan: in documents
 * "অফিস আদেশ" (office order) is a phrase of its own.
 */
export const CATALOGUE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  অফিস: ['কার্যালয়'],
  কার্যালয়: ['অফিস'],
  দপ্তর: ['কার্যালয়', 'অফিস'],
  office: ['কার্যালয়', 'অফিস'],
};

/** The forms a query word is matched by, as prefixes of catalogue words: the stem, the word, one-word synonyms. */
export function queryForms(word: string): string[] {
  const norm = (w: string) => toBengaliDigits(toAsciiDigits(pagefindTerm(w)));
  const stem = stemWord(word);
  const synonyms = [...(SYNONYMS[word] ?? SYNONYMS[stem] ?? []), ...(CATALOGUE_SYNONYMS[word] ?? CATALOGUE_SYNONYMS[stem] ?? [])].filter(
    (s) => !s.includes(' '),
  );
  return unique([norm(stem), norm(word), ...synonyms.map(norm)]).filter((f) => [...f].length >= 2);
}

const startsAny = (words: readonly string[], forms: readonly string[]) => words.some((w) => forms.some((f) => w.startsWith(f)));

function asShard(value: unknown): TermShard {
  return value && typeof value === 'object' ? (value as TermShard) : {};
}

/** Runs a typed query against the catalogue within a scope. `base` is the site's base path ("/"). */
export async function searchCatalogue(raw: string, scope: CatalogueScope, load: CatalogueLoader, base = '/'): Promise<CatalogueAnswer> {
  const files: string[] = [];
  const cache = new Map<string, Promise<unknown>>();
  const read = (file: string) => {
    let p = cache.get(file);
    if (!p) {
      files.push(file);
      cache.set(file, (p = load(file).catch(() => undefined)));
    }
    return p;
  };
  const empty: CatalogueAnswer = { offices: [], officeTotal: 0, services: [], broad: [], files };
  const words = queryWords(raw).filter((w) => queryForms(w).length > 0);
  if (words.length === 0) return empty;

  const areasPromise = read('areas.json');
  const matches: WordMatch[] = await Promise.all(
    words.map(async (word) => {
      const forms = queryForms(word);
      const m: WordMatch = { word, forms, services: new Map(), offices: [], more: 0 };
      const shards = await Promise.all(unique(forms.map(termKey)).map(async (key) => asShard(await read(`terms/${key}.json`))));
      for (const shard of shards) {
        for (const [term, [sids, top]] of Object.entries(shard)) {
          if (!forms.some((f) => term.startsWith(f))) continue;
          for (const [sid, count] of sids) m.services.set(sid, count);
          if (typeof top === 'number') m.more += top;
          else for (const o of top) if (!m.offices.some((x) => x[0] === o[0])) m.offices.push(o);
        }
      }
      return m;
    }),
  );
  const areas = ((await areasPromise) as AreasFile | undefined)?.p ?? {};
  if (matches.some((m) => m.services.size === 0 && m.offices.length === 0 && m.more === 0)) return empty;

  // The part tree: which parts lie under an office that is itself a part root.
  const partsUnder = (root: string): string[] => Object.keys(areas).filter((p) => p === root || chainOf(p).includes(root));
  const chainOf = (part: string): string[] => {
    const chain: string[] = [];
    for (let at = areas[part]?.[2] ?? ''; at && !chain.includes(at); at = areas[at]?.[2] ?? '') chain.push(at);
    return chain;
  };
  const scopeSpans = scope.office !== undefined && areas[scope.office] !== undefined && partsUnder(scope.office).length > 1;
  const scopeParts: string[] | undefined = !scope.office ? undefined : scopeSpans ? partsUnder(scope.office) : [scope.part ?? scope.office];

  // Which parts to read: the scope's parts, or the parts where the names of the places the query names are.
  let toRead = scopeParts;
  for (const m of matches) {
    if (m.offices.length === 0 || m.more > 0) continue;
    let parts = unique(m.offices.map((o) => o[1]));
    if (scopeParts) parts = parts.filter((p) => scopeParts.includes(p));
    if (parts.length > 0 && (!toRead || parts.length < toRead.length)) toRead = parts;
  }
  if (toRead && (toRead.length > MAX_PARTS_LOADED || toRead.reduce((n, p) => n + (areas[p]?.[3] ?? 0), 0) > MAX_OFFICES_READ)) toRead = undefined;

  const answer: CatalogueAnswer = { ...empty };
  if (toRead) {
    const hits = await officeHits(matches, toRead, scope, areas, read, base);
    answer.offices = hits.slice(0, MAX_HITS);
    answer.officeTotal = hits.length;
  } else {
    // Too wide to list offices: offices whose own names match every word (a district's office, an upazila's)…
    const named = matches[0]?.offices.filter((o) => matches.every((m) => m.offices.some((x) => x[0] === o[0]))) ?? [];
    const within = named.filter((o) => !scopeParts || scopeParts.includes(o[1]));
    answer.offices = within.slice(0, MAX_HITS).map((o) => ({ kind: 'office', id: o[0], name: o[2], url: `${base}offices/${o[0]}/`, above: [], score: 1 }));
    answer.officeTotal = within.length;
    answer.broad = matches.filter((m) => m.more > 0).map((m) => ({ word: m.word, offices: m.more + m.offices.length }));
  }
  // …and the services every word names, with counts and where to narrow.
  // Services named by the most words of the query (all of them when one service holds every word).
  const votes = new Map<string, number>();
  const offered = new Map<string, number>();
  for (const m of matches) {
    for (const [sid, count] of m.services) {
      votes.set(sid, (votes.get(sid) ?? 0) + 1);
      offered.set(sid, count);
    }
  }
  const most = Math.max(0, ...votes.values());
  const common = [...votes]
    .filter(([, n]) => n === most)
    .map(([sid]) => sid)
    .sort((a, b) => (offered.get(b) ?? 0) - (offered.get(a) ?? 0) || (a < b ? -1 : 1));
  if (answer.offices.length === 0 || !toRead) {
    const loaded = await Promise.all(
      common.slice(0, MAX_SERVICE_HITS).map(async (sid) => [sid, (await read(`services/${sid}.json`)) as ServiceFile | undefined] as const),
    );
    answer.services = loaded
      .filter((x): x is readonly [string, ServiceFile] => x[1] !== undefined)
      .map(([sid, [name, , perPart]]) => serviceHit(sid, name, perPart, scope, scopeParts, areas, chainOf))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || byName.compare(a.name, b.name));
  }
  return answer;
}

/** A service's count in the scope, split by the areas right under the scope. */
function serviceHit(
  sid: string,
  name: string,
  perPart: Record<string, number>,
  scope: CatalogueScope,
  scopeParts: string[] | undefined,
  areas: AreasFile['p'],
  chainOf: (part: string) => string[],
): ServiceHit {
  const byArea = new Map<string, number>();
  let count = 0;
  for (const [part, n] of Object.entries(perPart)) {
    if (scopeParts && !scopeParts.includes(part)) continue;
    count += n;
    // The area right under the scope on the way down to this part (the part itself at the bottom).
    const path = [...chainOf(part)].reverse().concat(part);
    const at = scope.office ? path.indexOf(scope.office) : -1;
    const area = path[at + 1] ?? path[at] ?? part;
    byArea.set(area, (byArea.get(area) ?? 0) + n);
  }
  const list = [...byArea].map(([id, n]) => ({ id, name: areas[id]?.[0] ?? id, count: n })).sort((a, b) => b.count - a.count || byName.compare(a.name, b.name));
  return { kind: 'service', id: sid, name, count, areas: list };
}

/** One collator for every sort: `localeCompare` with a locale builds one per call (a tenth of a query's time on a phone). */
const byName = new Intl.Collator('bn');

/** The folded words of a part's office and service names, worked out once per loaded file. */
const wordsCache = new WeakMap<PartFile, string[][]>();
function serviceWordsOf(file: PartFile): string[][] {
  let words = wordsCache.get(file);
  if (!words) wordsCache.set(file, (words = file.s.map((s) => catalogueWords(s))));
  return words;
}

/** The offices of a part whose names hold a word starting with one of the forms. */
function namedIn(file: PartFile, forms: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const [word, offices] of Object.entries(file.w ?? {})) if (forms.some((f) => word.startsWith(f))) for (const i of offices) out.add(i);
  return out;
}

/** Whether an office (with the ids above it in its part) lies in the scope's area. */
function inScope(id: string, above: readonly string[], part: string, office: string | undefined, areas: AreasFile['p']): boolean {
  if (!office || id === office || above.includes(office)) return true;
  // The whole part lies under the scope when the scope is a part root above it.
  for (let at = areas[part]?.[2] ?? ''; at; at = areas[at]?.[2] ?? '') if (at === office) return true;
  return false;
}

async function officeHits(
  matches: readonly WordMatch[],
  parts: readonly string[],
  scope: CatalogueScope,
  areas: AreasFile['p'],
  read: (file: string) => Promise<unknown>,
  base: string,
): Promise<OfficeHit[]> {
  const hits: OfficeHit[] = [];
  const loaded = await Promise.all(parts.map(async (p) => [p, (await read(`parts/${p}.json`)) as PartFile | undefined] as const));
  for (const [part, file] of loaded) {
    if (!file) continue;
    const serviceWords = serviceWordsOf(file);
    const named = matches.map((m) => namedIn(file, m.forms));
    // The part's root sits under other parts' roots: their names are places too.
    const outside = [] as string[][];
    for (let at = areas[part]?.[2] ?? ''; at && outside.length < 8; at = areas[at]?.[2] ?? '')
      outside.push(catalogueWords(`${areas[at]?.[0] ?? ''} ${areas[at]?.[1] ?? ''}`));
    file.o.forEach((o, i) => {
      if (!o[6]) return;
      const chain: number[] = [];
      for (let at = o[3]; at >= 0 && !chain.includes(at); at = file.o[at]?.[3] ?? -1) chain.push(at);
      if (
        !inScope(
          o[0],
          chain.map((c) => file.o[c]?.[0] ?? ''),
          part,
          scope.office,
          areas,
        )
      )
        return;
      let score = 0;
      let service: string | undefined;
      for (const [k, m] of matches.entries()) {
        const hasName = named[k] ?? new Set<number>();
        if (hasName.has(i)) {
          score += 3;
          continue;
        }
        const offered = o[5].find((s) => startsAny(serviceWords[s] ?? [], m.forms));
        if (offered !== undefined) {
          score += 2;
          service ??= file.s[offered];
          continue;
        }
        if (chain.some((c) => hasName.has(c)) || outside.some((w) => startsAny(w, m.forms))) {
          score += 1;
          continue;
        }
        return;
      }
      const charter = o[4];
      hits.push({
        kind: 'office',
        id: o[0],
        name: o[1],
        url: service && charter ? `${base}offices/${o[0]}/charters/${charter}/#services` : `${base}offices/${o[0]}/`,
        ...(service ? { service } : {}),
        above: chain
          .slice(0, 2)
          .map((c) => file.o[c]?.[1] ?? '')
          .filter(Boolean),
        score: score - chain.length * 0.01,
      });
    });
  }
  return hits.sort((a, b) => b.score - a.score || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}
