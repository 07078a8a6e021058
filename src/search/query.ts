/**
 * Turns what a citizen typed into the Pagefind queries to run, best first.
 * Pagefind requires every query word on a page and matches each as a prefix;
 * it has no OR, so alternatives (digit scripts, stems, spellings) are separate
 * queries whose results the client merges (src/search/client.ts).
 */
import { digitVariants, foldQuery, unique } from './fold.ts';
import { stemWord } from './stem.ts';

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

/**
 * Words citizens type in the other script (or spell out) for terms the
 * documents print one way: Pagefind cannot know "e-Nothi" is "ই-নথি". Keys are
 * folded query words; kept small and literal, each a term the seeds use.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'e-nothi': ['ই-নথি'],
  enothi: ['ই-নথি'],
  nothi: ['নথি'],
  'ই-নথি': ['e-nothi'],
  ইনথি: ['e-nothi'],
  grs: ['জিআরএস', 'অভিযোগ প্রতিকার'],
  জিআরএস: ['grs'],
  charter: ['সেবা প্রদান প্রতিশ্রুতি', 'সিটিজেন চার্টার'],
  চার্টার: ['প্রতিশ্রুতি'],
  minutes: ['কার্যবিবরণী'],
  fee: ['মূল্য'],
  innovation: ['উদ্ভাবন', 'ইনোভেশন'],
  ইনোভেশন: ['উদ্ভাবন'],
  উদ্ভাবন: ['ইনোভেশন'],
};

/** Pagefind's own reading of a query word: lower case, hyphens and other punctuation dropped. */
export function pagefindTerm(word: string): string {
  return word.toLowerCase().replace(/[^\p{Alphabetic}\p{N}\u09CD\u09BC]/gu, '');
}

/** Variants of one word with one confusion class undone. */
export function spellingVariants(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of SPELLING_SWAPS) {
    from.lastIndex = 0;
    const v = word.replace(from, to);
    if (v !== word) out.push(v);
  }
  return unique(out);
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
  words.forEach((word, i) => {
    for (const synonym of SYNONYMS[word] ?? SYNONYMS[stems[i] ?? ''] ?? []) {
      add(primary, stems.map((s, j) => (j === i ? synonym : s)).join(' '), WEIGHT_SYNONYM);
    }
  });

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
