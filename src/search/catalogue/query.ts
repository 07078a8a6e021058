/** Answering a query from the catalogue: the browser page, the Node tests and the bench run this. */
import { toAsciiDigits, toBengaliDigits } from '../../domain/bengali-digits.ts';
import { unique } from '../fold.ts';
import { pagefindTerm, queryWords, SYNONYMS } from '../query.ts';
import { stemWord } from '../stem.ts';
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
  /** The office's page, or its charter's service table when a service matched. */
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
      .map(([sid, file]) => serviceHit(sid, file, scope, scopeParts, areas, chainOf))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || byName.compare(a.name, b.name));
  }
  return answer;
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
        return;
      }
      const charter = o[4];
      hits.push({
        kind: 'office',
        id: o[0],
        name: o[1],
        url: service && charter ? `${base}offices/${o[0]}/charters/${charter}/#services` : `${base}offices/${o[0]}/`,
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
