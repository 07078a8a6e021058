/** Answering a query from the catalogue: the browser page, the Node tests and the bench run this. */
import { toAsciiDigits, toBengaliDigits } from '../../domain/bengali-digits.ts';
import { serviceAnchor } from '../../domain/service-anchor.ts';
import { unique } from '../fold.ts';
import { pagefindTerm, queryWords, spellingVariants, termMatches } from '../query.ts';
import { NEAR_ENOUGH, nearestNames, wordSimilarity } from '../similar.ts';
import { stemWord } from '../stem.ts';
import { alternativesOf, isDetailWord } from '../words.ts';
import {
  MAX_PARTS_LOADED,
  MAX_OFFICES_READ,
  MAX_HITS,
  MAX_SERVICE_HITS,
  type AreasFile,
  type PartFile,
  type TermShard,
  type ServiceFile,
  type CatalogueStandard,
  catalogueWords,
  termKey,
} from './format.ts';

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
  /** The office's page, or the service in its current charter (`offices/<id>/charter/#<anchor>`) when a service matched. */
  url: string;
  /** The service of this office that matched, as its charter prints it. */
  service?: string;
  /** The matched service is a standard service this office gives differently (its charter says why). */
  deviates?: true;
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
  /** A standard service: its fee, time limit and legal basis, and how many offices in the scope deviate from it. */
  standard?: CatalogueStandard & { deviating: number };
}

export interface CatalogueAnswer {
  offices: OfficeHit[];
  /** Offices that matched in the loaded parts (more than shown when over MAX_HITS). */
  officeTotal: number;
  services: ServiceHit[];
  /** Words that name more offices than the catalogue lists (the citizen should choose an area or add a place). */
  broad: Array<{ word: string; offices: number }>;
  /** Typed words found only through a near spelling (ভেরামারা → ভেড়ামারা): the page says so. */
  nearSpelling: string[];
  /** Catalogue files read, for the bench. */
  files: string[];
}

interface WordMatch {
  word: string;
  forms: string[];
  /** A word about a service's details (fee, time…) next to words that name the service: it may match nothing. */
  optional: boolean;
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
  const stem = stemWord(word);
  const synonyms = [...alternativesOf(word, stem), ...(CATALOGUE_SYNONYMS[word] ?? CATALOGUE_SYNONYMS[stem] ?? [])].filter((s) => !s.includes(' '));
  return unique([catalogueForm(stem), catalogueForm(word), ...synonyms.map(catalogueForm)]).filter((f) => [...f].length >= 2);
}

/** A query word spelled as catalogue words are: as Pagefind reads it, digits in Bengali. */
const catalogueForm = (w: string) => toBengaliDigits(toAsciiDigits(pagefindTerm(w)));

/** Forms of a word that found nothing as typed: the near spellings the full-text search tries too (src/search/query.ts). */
export function spellingForms(word: string): string[] {
  const stem = stemWord(word);
  return unique(spellingVariants(stem).map((v) => catalogueForm(stemWord(v)))).filter((f) => [...f].length >= 2);
}

/** Most term shards the near spellings of one word may read (each is one more request). */
const MAX_SPELLING_SHARDS = 4;

const matchesAny = (word: string, forms: readonly string[]) => forms.some((f) => termMatches(f, word));
const startsAny = (words: readonly string[], forms: readonly string[]) => words.some((w) => matchesAny(w, forms));

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
  const empty: CatalogueAnswer = { offices: [], officeTotal: 0, services: [], broad: [], nearSpelling: [], files };
  const words = queryWords(raw).filter((w) => queryForms(w).length > 0);
  if (words.length === 0) return empty;
  // Fee, time, papers… ask about a service's details, which the catalogue does not hold: next to a
  // word that names the service or place they are not required ("নামজারি ফি" is the নামজারি service).
  const detail = words.map((w) => isDetailWord(w, stemWord(w)));
  // …and alone they name no service: a standard service's entry answers to them only next to its
  // name ("নামজারি ফি"), or "ফি" alone would list whichever standards are most offered. The page
  // asks for the service's name instead.
  if (detail.every(Boolean)) return empty;

  // The shards that exist are listed in areas.json (usually read already: the page warms it), so none is asked for in vain.
  const areasFile = (await read('areas.json')) as AreasFile | undefined;
  const shardExists = (key: string) => !areasFile?.t || areasFile.t.includes(key);
  const lookUp = async (m: WordMatch) => {
    const keys = unique(m.forms.map(termKey)).filter(shardExists);
    const shards = await Promise.all(keys.map(async (key) => asShard(await read(`terms/${key}.json`))));
    for (const shard of shards) {
      for (const [term, [sids, top]] of Object.entries(shard)) {
        if (!matchesAny(term, m.forms)) continue;
        for (const [sid, count] of sids) m.services.set(sid, count);
        if (typeof top === 'number') m.more += top;
        else for (const o of top) if (!m.offices.some((x) => x[0] === o[0])) m.offices.push(o);
      }
    }
  };
  const found = (m: WordMatch) => m.services.size > 0 || m.offices.length > 0 || m.more > 0;
  let matches: WordMatch[] = await Promise.all(
    words.map(async (word, i) => {
      const m: WordMatch = { word, forms: queryForms(word), optional: !!detail[i], services: new Map(), offices: [], more: 0 };
      await lookUp(m);
      return m;
    }),
  );
  const nearSpelling: string[] = [];
  // A word that found nothing as typed is tried in near spellings, as full-text search does.
  await Promise.all(
    matches
      .filter((m) => !found(m) && !m.optional)
      .map(async (m) => {
        const keys = new Set(m.forms.map(termKey));
        const forms = spellingForms(m.word).filter((f) => {
          if (keys.has(termKey(f))) return true;
          if (keys.size >= m.forms.length + MAX_SPELLING_SHARDS) return false;
          keys.add(termKey(f));
          return true;
        });
        const guess: WordMatch = { ...m, forms, services: new Map(), offices: [], more: 0 };
        await lookUp(guess);
        if (found(guess)) {
          Object.assign(m, guess);
          nearSpelling.push(m.word);
        }
      }),
  );
  const areas = areasFile?.p ?? {};
  matches = matches.filter((m) => !m.optional || found(m));
  if (matches.length === 0 || matches.some((m) => !found(m))) return empty;

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
    if (m.offices.length === 0 || m.more > 0 || m.optional) continue;
    let parts = unique(m.offices.map((o) => o[1]));
    if (scopeParts) parts = parts.filter((p) => scopeParts.includes(p));
    if (parts.length > 0 && (!toRead || parts.length < toRead.length)) toRead = parts;
  }
  if (toRead && (toRead.length > MAX_PARTS_LOADED || toRead.reduce((n, p) => n + (areas[p]?.[3] ?? 0), 0) > MAX_OFFICES_READ)) toRead = undefined;

  const answer: CatalogueAnswer = { ...empty, nearSpelling };
  if (toRead) {
    const hits = await officeHits(matches, toRead, scope, areas, read, base);
    answer.offices = hits.slice(0, MAX_HITS);
    answer.officeTotal = hits.length;
  } else {
    // Too wide to list offices: offices whose own names match every word (a district's office, an upazila's)…
    const required = matches.filter((m) => !m.optional);
    const named = required[0]?.offices.filter((o) => required.every((m) => m.offices.some((x) => x[0] === o[0]))) ?? [];
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
      .map(([sid, file]) => serviceHit(sid, file, scope, scopeParts, areas, chainOf))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || byName.compare(a.name, b.name));
  }
  return answer;
}

/**
 * A service in an office's current charter: the charter's stable address and the service's
 * anchor (src/domain/service-anchor.ts; a service's first row carries the anchor of its name).
 */
export function serviceUrl(base: string, office: string, service: string): string {
  return `${base}offices/${encodeURIComponent(office)}/charter/#${serviceAnchor(service)}`;
}

/** A service's count in the scope, split by the areas right under the scope. */
function serviceHit(
  sid: string,
  file: ServiceFile,
  scope: CatalogueScope,
  scopeParts: string[] | undefined,
  areas: AreasFile['p'],
  chainOf: (part: string) => string[],
): ServiceHit {
  const [name, , perPart, standard, , deviatingPerPart] = file;
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
  const deviating = Object.entries(deviatingPerPart ?? {}).reduce((n, [part, d]) => n + (scopeParts && !scopeParts.includes(part) ? 0 : d), 0);
  return { kind: 'service', id: sid, name, count, areas: list, ...(standard ? { standard: { ...standard, deviating } } : {}) };
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
  for (const [word, offices] of Object.entries(file.w ?? {})) if (matchesAny(word, forms)) for (const i of offices) out.add(i);
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
      let deviates = false;
      for (const [k, m] of matches.entries()) {
        const hasName = named[k] ?? new Set<number>();
        if (hasName.has(i)) {
          score += 3;
          continue;
        }
        const offered = o[5].find((s) => startsAny(serviceWords[s] ?? [], m.forms));
        if (offered !== undefined) {
          score += 2;
          if (service === undefined) deviates = o[7]?.includes(offered) ?? false;
          service ??= file.s[offered];
          continue;
        }
        if (chain.some((c) => hasName.has(c)) || outside.some((w) => startsAny(w, m.forms))) {
          score += 1;
          continue;
        }
        if (m.optional) continue;
        return;
      }
      const charter = o[4];
      hits.push({
        kind: 'office',
        id: o[0],
        name: o[1],
        url: service && charter ? serviceUrl(base, o[0], service) : `${base}offices/${o[0]}/`,
        ...(service ? { service } : {}),
        ...(deviates ? { deviates: true as const } : {}),
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

/** Service summaries read to offer near services in a scope too large to read its offices. */
const MAX_NEAR_SERVICE_FILES = 8;

export interface NearService {
  name: string;
  /** Offices in the scope offering it. */
  count: number;
}

/**
 * The services nearest to a query that found nothing (src/search/similar.ts), from what the
 * catalogue already has: the services of the scope's offices when its parts can be read (an
 * office, an area, a small country), otherwise the services holding the words in the term
 * shards the query read (the words that start like the typed ones). Words about a service's
 * details (fee, time) are left out of the comparison; a query of nothing else has no nearest.
 */
export async function nearestServices(raw: string, scope: CatalogueScope, load: CatalogueLoader, limit = 5): Promise<NearService[]> {
  const read = (file: string) => load(file).catch(() => undefined);
  const words = queryWords(raw);
  const named = words.filter((w) => !isDetailWord(w, stemWord(w)));
  // Detail words alone are near no service's name (a standard's entry answers to "ফি" only to rank it
  // next to a name): the page asks for the service's name instead of offering names that are not near.
  if (named.length === 0) return [];
  const typed = unique(named.map((w) => catalogueForm(stemWord(w)))).filter((w) => w.length > 0);
  if (typed.length === 0) return [];
  const areasFile = (await read('areas.json')) as AreasFile | undefined;
  const areas = areasFile?.p ?? {};
  const chainOf = (part: string): string[] => {
    const chain: string[] = [];
    for (let at = areas[part]?.[2] ?? ''; at && !chain.includes(at); at = areas[at]?.[2] ?? '') chain.push(at);
    return chain;
  };
  const allParts = Object.keys(areas);
  let parts: string[];
  if (!scope.office) parts = allParts;
  else if (areas[scope.office]) parts = allParts.filter((p) => p === scope.office || chainOf(p).includes(scope.office ?? ''));
  else parts = [scope.part ?? scope.office];
  const offices = parts.reduce((n, p) => n + (areas[p]?.[3] ?? 0), 0);

  const offered = new Map<string, number>();
  if (parts.length > 0 && parts.length <= MAX_PARTS_LOADED && offices <= MAX_OFFICES_READ) {
    for (const [part, file] of await Promise.all(parts.map(async (p) => [p, (await read(`parts/${p}.json`)) as PartFile | undefined] as const))) {
      file?.o.forEach((o) => {
        const chain: string[] = [];
        for (let at = o[3]; at >= 0 && !chain.includes(file.o[at]?.[0] ?? ''); at = file.o[at]?.[3] ?? -1) chain.push(file.o[at]?.[0] ?? '');
        if (!o[6] || !inScope(o[0], chain, part, scope.office, areas)) return;
        for (const s of o[5]) {
          const name = file.s[s];
          if (name) offered.set(name, (offered.get(name) ?? 0) + 1);
        }
      });
    }
  } else {
    // Too many offices to read: the services named with words that start like the typed ones.
    const sids = new Map<string, string[]>();
    const keys = unique(typed.map(termKey)).filter((key) => !areasFile?.t || areasFile.t.includes(key));
    const shards = await Promise.all(keys.map(async (key) => asShard(await read(`terms/${key}.json`))));
    const counts = new Map<string, number>();
    for (const shard of shards) {
      for (const [term, [services]] of Object.entries(shard)) {
        for (const [sid, count] of services) {
          sids.set(sid, [...(sids.get(sid) ?? []), term]);
          counts.set(sid, count);
        }
      }
    }
    // Each word alone near a typed word (a name must be near every typed word: checked on the names below).
    const near = new Set([...new Set([...sids.values()].flat())].filter((term) => typed.some((t) => wordSimilarity(t, term) >= NEAR_ENOUGH)));
    const candidates = [...sids]
      .filter(([, terms]) => terms.some((t) => near.has(t)))
      .map(([sid]) => sid)
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
    const scopeParts = scope.office ? new Set(parts) : undefined;
    // Most offered first: each is one more file to read.
    const files = await Promise.all(
      candidates.slice(0, MAX_NEAR_SERVICE_FILES).map(async (sid) => (await read(`services/${sid}.json`)) as ServiceFile | undefined),
    );
    for (const file of files) {
      if (!file) continue;
      const count = Object.entries(file[2]).reduce((n, [p, c]) => n + (!scopeParts || scopeParts.has(p) ? c : 0), 0);
      if (count > 0) offered.set(file[0], count);
    }
  }
  return nearestNames(typed, offered.keys(), limit).map((n) => ({ name: n.name, count: offered.get(n.name) ?? 0 }));
}
