/**
 * Folding shared by the index (src/search/index-html.ts) and the browser
 * (src/search/query.ts), so a word is spelled one way on both sides.
 *
 * Only display-equivalent folds happen at index time (NFC, one nukta form, no
 * zero-width characters, one খণ্ড-ত): the indexed text is what Pagefind shows in
 * excerpts, and those folds do not change how it looks. Folds that would
 * change what a reader sees (digits, stems, spelling variants) happen on the
 * query side only, as extra queries.
 */
import { toAsciiDigits, toBengaliDigits } from '../domain/bengali-digits.ts';
import { normalizeBengali } from '../domain/text.ts';

/**
 * Characters Pagefind must keep inside words. By default it drops every
 * character that is not alphanumeric, and Bengali হসন্ত (virama) and nukta are
 * marks, not letters: "কর্ম" would be indexed as "করম" and "বড়" as "বড".
 * Passed to Pagefind as `includeCharacters` when indexing.
 */
export const PAGEFIND_INCLUDE_CHARACTERS = '\u09CD\u09BC';

/** The index-side fold: text looks the same, compares the same. */
export function foldForIndex(text: string): string {
  return normalizeBengali(text);
}

/** The query-side fold: the index fold, lower case, one space between words. */
export function foldQuery(query: string): string {
  return normalizeBengali(query)
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

const HAS_DIGIT = /[0-9\u09E6-\u09EF]/;

/**
 * The same text with every digit in ASCII and with every digit in Bengali, so
 * "2023" finds "২০২৩" and back. Text without digits gives itself only.
 */
export function digitVariants(text: string): string[] {
  if (!HAS_DIGIT.test(text)) return [text];
  return unique([toBengaliDigits(toAsciiDigits(text)), toAsciiDigits(text)]);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
