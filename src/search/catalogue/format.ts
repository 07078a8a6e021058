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
 * `areas.json`: part id → [Bengali name, English name, parent part ('' for a root), offices in the part];
 * and the term shards that exist (`t`), so a query never asks for one that does not (a 404).
 */
export interface AreasFile {
  p: Record<string, [string, string, string, number]>;
  /** Keys of the term shards written (`terms/<key>.json`), sorted; absent in catalogues built before it was added. */
  t?: string[];
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
