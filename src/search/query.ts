/**
 * Turns what a citizen typed into the Pagefind queries to run, best first.
 * Pagefind requires every query word on a page and matches each as a prefix;
 * it has no OR, so alternatives (digit scripts, stems, spellings) are separate
 * queries whose results the client merges (src/search/client.ts).
 */
import { digitVariants, foldQuery, unique } from './fold.ts';
import { countAksharas, stemWord } from './stem.ts';
import { alternativesOf, LONGEST_PHRASE, PHRASE_SYNONYMS } from './words.ts';

export { SYNONYMS } from './words.ts';

export interface PlannedQuery {
  /** The string handed to Pagefind. */
  text: string;
  /** How much a hit from this query counts, 0-1: as typed 1, stemmed less, guessed spellings least. */
  weight: number;
}

export interface QueryPlan {
  /** Folded words as typed. */
  words: string[];
  /** Always run. */
  primary: PlannedQuery[];
  /** Run only when the primary queries find nothing: common spelling confusions. */
  fallback: PlannedQuery[];
}

// Punctuation that separates words in typed queries; hyphens stay ("ই-নথি", "e-Nothi").
const SEPARATORS = /[\s,;:!?।॥"“”'‘’()[\]{}<>/|]+/u;

export const WEIGHT_AS_TYPED = 1;
export const WEIGHT_STEMMED = 0.8;
export const WEIGHT_SYNONYM = 0.7;
export const WEIGHT_SPELLING = 0.5;
const MAX_FALLBACK = 16;

/**
 * Spelling confusions we undo, one class at a time: long and short ই/উ, the
 * three sibilants, the two ন, and য/জ. Each applies to a whole word, so a word
 * gets at most one variant per class (not every combination).
 */
const SPELLING_SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u09C0/g, '\u09BF'], // ী → ি
  [/\u09BF/g, '\u09C0'], // ি → ী
  [/\u09C2/g, '\u09C1'], // ূ → ু
  [/\u09C1/g, '\u09C2'], // ু → ূ
  [/\u0988/g, '\u0987'], // ঈ → ই
  [/\u0987/g, '\u0988'], // ই → ঈ
  [/[\u09B6\u09B7]/g, '\u09B8'], // শ ষ → স
  [/\u09B8/g, '\u09B6'], // স → শ
  [/\u09B8/g, '\u09B7'], // স → ষ
  [/\u09A3/g, '\u09A8'], // ণ → ন
  [/\u09A8/g, '\u09A3'], // ন → ণ
  [/\u099C/g, '\u09AF'], // জ → য
  [/\u09AF(?!\u09BC)/g, '\u099C'], // য → জ (not য়)
];

// What Pagefind keeps of a word when indexing: letters (Bengali vowel signs are
// alphabetic), digits, and the characters we pass as includeCharacters (হসন্ত, nukta).
const NOT_INDEXED = /[^\p{Alphabetic}\p{N}\u09CD\u09BC-]/gu;

/** Words of a typed query, folded, split on punctuation, with characters the index never holds removed. */
export function queryWords(raw: string): string[] {
  return foldQuery(raw)
    .split(SEPARATORS)
    .map((w) => w.replace(NOT_INDEXED, '').replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Pagefind's own reading of a query word: lower case, hyphens and other punctuation dropped. */
export function pagefindTerm(word: string): string {
  return word.toLowerCase().replace(/[^\p{Alphabetic}\p{N}\u09CD\u09BC]/gu, '');
}

/**
 * Letters typed for one another one at a time: ড় and ঢ় sound like র and many keyboards
 * put them far apart (a citizen types "ভেরামারা" for ভেড়ামারা), and a nukta is often left
 * out (ড for ড়, য for য়). Unlike the classes above, a word often holds the right letter
 * and the wrong one ("ভেড়ামারা" has a ড় and a র), so each occurrence is changed alone.
 * Text here is folded: ড় is ড + nukta.
 */
const LETTER_SWAPS: ReadonlyArray<readonly [from: string, to: string]> = [
  ['\u09B0', '\u09A1\u09BC'], // র → ড়
  ['\u09B0', '\u09A2\u09BC'], // র → ঢ়
  ['\u09A1\u09BC', '\u09B0'], // ড় → র
  ['\u09A2\u09BC', '\u09B0'], // ঢ় → র
  ['\u09A1\u09BC', '\u09A2\u09BC'], // ড় → ঢ়
  ['\u09A2\u09BC', '\u09A1\u09BC'], // ঢ় → ড়
  ['\u09A1', '\u09A1\u09BC'], // ড → ড় (nukta left out)
  ['\u09A2', '\u09A2\u09BC'], // ঢ → ঢ়
  ['\u09AF', '\u09AF\u09BC'], // য → য়
];
const VIRAMA = '\u09CD';
const NUKTA = '\u09BC';

/** Variants of one word with one letter at one place typed for another (LETTER_SWAPS). */
export function letterVariants(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of LETTER_SWAPS) {
    for (let at = word.indexOf(from, 1); at > 0; at = word.indexOf(from, at + 1)) {
      const after = word[at + from.length];
      // ড and য already followed by a nukta are the other letter; these letters are never in a cluster
      // with হসন্ত on either side (র্ম, প্র are র, not ড়).
      if (after === NUKTA || after === VIRAMA || word[at - 1] === VIRAMA) continue;
      out.push(word.slice(0, at) + to + word.slice(at + from.length));
    }
  }
  return unique(out);
}

/** Variants of one word with one confusion class undone, or one letter typed for another. */
export function spellingVariants(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of SPELLING_SWAPS) {
    from.lastIndex = 0;
    const v = word.replace(from, to);
    if (v !== word) out.push(v);
  }
  return unique([...letterVariants(word), ...out]);
}

/**
 * Endings a word of one akshara may carry and still be that word. Pagefind matches every
 * query word as a prefix, so "ফি" would also find ফিরে, ফিল্ড, ফিঙ্গারপ্রিন্ট and "কর" every
 * কর্মকর্তা: a short word must match whole (or inflected), checked on each page shown.
 */
const SHORT_WORD_ENDINGS = new Set(['', 'র', 'ের', 'এর', 'কে', 'েতে', 'য়', 'ও', 'ই', 'সহ', 'সমূহ', 'গুলো', 'দের', 'রা', 'েরা', 's', 'es']);
const BENGALI_LETTERS = /^[\u0980-\u09E5\u09F0-\u09FF]+$/;
const LATIN_LETTERS = /^[a-z]+$/;

// Two consonants with their inherent vowels and nothing else ("কর", "মত", "দল"): the start of countless words.
const TWO_BARE_CONSONANTS = /^[\u0995-\u09B9]\u09BC?[\u0995-\u09B9]\u09BC?$/;

/**
 * True for a query term that must match whole (or inflected): one Bengali akshara ("ফি"), two bare
 * consonants ("কর", which starts করা, করতে, করেন…), or one or two Latin letters.
 */
export function isShortTerm(term: string): boolean {
  if (BENGALI_LETTERS.test(term)) return countAksharas(term) <= 1 || TWO_BARE_CONSONANTS.test(term);
  return LATIN_LETTERS.test(term) && term.length <= 2;
}

// A term that ends in a consonant with its inherent vowel ("কর", "কাজ", "তথ্য").
const BARE_CONSONANT_END = /[\u0995-\u09B9]\u09BC?$/;
const STARTS_WITH_VOWEL_SIGN = /^[\u09BE-\u09CC\u09D7]/;
/** Case endings that start with a vowel sign, whole: "কাজের", "কাজেরা", "কাজেতে"; not -ে alone, which is also the verb (করে, করেন). */
const VOWEL_SIGN_ENDINGS = new Set(['ের', 'েরা', 'েতে']);

/**
 * Whether an indexed word is a match for a query term (both read as Pagefind reads them).
 * Pagefind matches by prefix; a prefix is a real match unless it splits a syllable:
 * - a term of one akshara matches whole (or inflected): "ফি" is not ফিরে;
 * - a term ending in a bare consonant does not match where that consonant starts a cluster
 *   ("কর" is not কর্ম, "আদালত" never আদালত্…): that is another word;
 * - a term of two aksharas ending in a bare consonant takes a vowel sign only as a case ending
 *   ("কর" finds করের, not করা, করে or করেন; "কাজ" finds কাজের, not কাজী).
 * So a short query cannot match every page, which is what Pagefind's own folding did to Bengali.
 */
export function termMatches(term: string, word: string): boolean {
  if (!word.startsWith(term)) return false;
  const rest = word.slice(term.length);
  if (rest === '') return true;
  if (isShortTerm(term)) return SHORT_WORD_ENDINGS.has(rest);
  if (BENGALI_LETTERS.test(term) && BARE_CONSONANT_END.test(term)) {
    if (rest.startsWith(VIRAMA)) return false;
    if (STARTS_WITH_VOWEL_SIGN.test(rest) && countAksharas(term) <= 2) return VOWEL_SIGN_ENDINGS.has(rest);
  }
  return true;
}

/** Most queries the primary plan runs (before digit variants): each is one more Pagefind search. */
const MAX_PRIMARY = 12;

interface AlternativeSpan {
  start: number;
  /** One past the last word. */
  end: number;
  alternatives: readonly string[];
}

/** Where the query's words have alternatives (src/search/words.ts): phrases first, longest first, then single words. */
function alternativeSpans(words: readonly string[], stems: readonly string[]): AlternativeSpan[] {
  const spans: AlternativeSpan[] = [];
  for (let i = 0; i < words.length;) {
    let found: AlternativeSpan | undefined;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 2 && !found; n--) {
      const alternatives = PHRASE_SYNONYMS.get(words.slice(i, i + n).join(' ')) ?? PHRASE_SYNONYMS.get(stems.slice(i, i + n).join(' '));
      if (alternatives) found = { start: i, end: i + n, alternatives };
    }
    if (!found) {
      const alternatives = alternativesOf(words[i] ?? '', stems[i] ?? '');
      if (alternatives.length > 0) found = { start: i, end: i + 1, alternatives };
    }
    if (found) spans.push(found);
    i = found?.end ?? i + 1;
  }
  return spans;
}

/** The stems with the given spans replaced, each by its chosen alternative. */
function replaced(stems: readonly string[], choices: ReadonlyArray<readonly [AlternativeSpan, string]>): string {
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const choice = choices.find(([span]) => span.start === i);
    if (choice) {
      out.push(choice[1]);
      i = choice[0].end - 1;
    } else out.push(stems[i] ?? '');
  }
  return out.join(' ');
}

/** Which queries to run for what was typed. */
export function planQuery(raw: string): QueryPlan {
  const words = queryWords(raw);
  if (words.length === 0) return { words, primary: [], fallback: [] };
  const stems = words.map(stemWord);

  const primary: PlannedQuery[] = [];
  const seen = new Set<string>();
  const add = (list: PlannedQuery[], text: string, weight: number) => {
    for (const variant of digitVariants(text)) {
      if (seen.has(variant)) continue;
      seen.add(variant);
      list.push({ text: variant, weight });
    }
  };
  add(primary, words.join(' '), WEIGHT_AS_TYPED);
  add(primary, stems.join(' '), WEIGHT_STEMMED);
  const spans = alternativeSpans(words, stems);
  // Every span at its first alternative ("land mutation fee" → "ভূমি নামজারি মূল্য"), then each span's
  // other alternatives one at a time on top of that, so an English query of several words is read whole.
  const first = spans.map((span) => [span, span.alternatives[0] ?? ''] as const);
  const alternatives = [replaced(stems, first)];
  spans.forEach((span, k) => {
    for (const alternative of span.alternatives.slice(1))
      alternatives.push(
        replaced(
          stems,
          first.map((c, j) => (j === k ? ([span, alternative] as const) : c)),
        ),
      );
  });
  if (spans.length > 0) for (const text of unique(alternatives).slice(0, MAX_PRIMARY - 2)) add(primary, text, WEIGHT_SYNONYM);

  const fallback: PlannedQuery[] = [];
  stems.forEach((stem, i) => {
    for (const variant of spellingVariants(stem)) {
      if (fallback.length >= MAX_FALLBACK) return;
      const text = stems.map((s, j) => (j === i ? stemWord(variant) : s)).join(' ');
      add(fallback, text, WEIGHT_SPELLING);
    }
  });
  return { words, primary, fallback: fallback.slice(0, MAX_FALLBACK) };
}
