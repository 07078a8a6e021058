/**
 * The catalogue's file format: where it lives, the shapes of its JSON files, the limits that
 * bound a query's bytes, and the one spelling of a word both sides use (see ../catalogue.ts).
 */
import { toAsciiDigits, toBengaliDigits } from '../../domain/bengali-digits.ts';
import type { OfficeServices } from '../../domain/charter-services.ts';
import { unique } from '../fold.ts';
import { pagefindTerm, queryWords } from '../query.ts';

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

/**
 * What the catalogue says of a standard service (src/schemas/standard-service.ts): its
 * version in force when the national layer ran, for the country-scope answer ("নামজারি ফি"
 * answers with the fee and the legal basis without opening a charter).
 */
export interface CatalogueStandard {
  ref: string;
  name: string;
  fee: string;
  timeLimit: string;
  /** The acts, rules and circulars that set it, one line each. */
  basis: string[];
  /** The next version's day and what it changes, when one is scheduled. */
  next?: { day: string; fee?: string; timeLimit?: string };
}

/**
 * `areas.json`: part id → [Bengali name, English name, parent part ('' for a root), offices in the part];
 * and the term shards that exist (`t`), so a query never asks for one that does not (a 404).
 */
export interface AreasFile {
  p: Record<string, [string, string, string, number]>;
  /** Keys of the term shards written (`terms/<key>.json`), sorted; absent in catalogues built before it was added. */
  t?: string[];
}
/**
 * One office in a part file: [id, Bengali name, English name, parent index (-1 outside the part), charter stem ('' none),
 * service indexes, published 1|0, and, when it states deviations from standard services, their service indexes].
 */
export type PartOffice = [string, string, string, number, string, number[], number] | [string, string, string, number, string, number[], number, number[]];
export interface PartFile {
  /** Service names used in this part (a standard service's name once for the standard, again for offices that copy it by hand). */
  s: string[];
  /** Service index → the standard service it is (rows that use the standard), when any in the part. */
  t?: Record<string, string>;
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
/**
 * `services/<id>.json`: [name, offices offering it, offices per part], and for a standard service
 * [.., the standard (its version in force, legal basis), offices deviating from it, deviating per part].
 */
export type ServiceFile =
  [string, number, Record<string, number>] | [string, number, Record<string, number>, CatalogueStandard, number, Record<string, number>];

/** The catalogue id of a standard service: every office using it counts under it, whatever else shares its name. */
export function standardServiceId(ref: string): string {
  return `s-${ref.replace('/', '--')}`;
}

/**
 * Words a standard service's entry answers to besides its name: what its file tells (fee, time
 * limit, papers, legal basis), so "নামজারি ফি" or "নামজারি আইন" finds the standard, and the
 * words of its legal basis ("ভূমি ব্যবস্থাপনা ম্যানুয়াল").
 */
export const STANDARD_FIELD_WORDS = ['ফি', 'খরচ', 'মূল্য', 'সময়', 'সময়সীমা', 'কাগজ', 'কাগজপত্র', 'আইন', 'বিধি', 'পরিপত্র', 'fee', 'cost', 'time', 'law'];

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
