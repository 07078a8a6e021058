/**
 * A light Bengali suffix stripper for search queries.
 *
 * Pagefind matches every query word as a prefix of indexed words, so the query
 * only needs the stem: "আদালতের" is searched as "আদালত", which finds both
 * "আদালত" and "আদালতের". Stripping too much can therefore only widen a search
 * (never lose the word as written), and the guards below keep stems from
 * becoming so short that they match unrelated words. The suffix list and why
 * each entry is in or out is in docs/search.md.
 *
 * Input is folded text (src/search/fold.ts): NFC with nukta letters as base + ়.
 */

const VOWEL_SIGN = /[\u09BE-\u09C4\u09C7\u09C8\u09CB\u09CC\u09D7]$/;
const INDEPENDENT_VOWEL = /[\u0985-\u0994]$/;
const CONSONANT = /[\u0995-\u09B9\u09CE]$/;

type Before = 'any' | 'vowel' | 'consonant';

interface SuffixRule {
  suffix: string;
  /** What the stem must end with: inflections differ after a vowel and after a consonant. */
  before: Before;
}

/**
 * Three layers, outermost first; each strips at most one suffix, so
 * "স্টেকহোল্ডারগণের" → "স্টেকহোল্ডারগণ" → "স্টেকহোল্ডার" and no further (the
 * -র of a loanword such as অফিসার or স্টেকহোল্ডার is not a case ending once a
 * plural marker has come off). Longest first within a layer.
 */
const LAYERS: readonly (readonly SuffixRule[])[] = [
  // The inclusive particle "ও" (সেবাও = the service too), written as the independent vowel.
  [{ suffix: 'ও', before: 'any' }],
  // Case endings (genitive, accusative/dative, locative), and plural markers fused with a case.
  [
    { suffix: 'গুলোকে', before: 'any' },
    { suffix: 'গুলোতে', before: 'any' },
    { suffix: 'গুলিতে', before: 'any' },
    { suffix: 'দেরকে', before: 'any' },
    { suffix: 'দের', before: 'any' },
    { suffix: 'েরা', before: 'consonant' },
    { suffix: 'রা', before: 'vowel' },
    { suffix: 'ের', before: 'consonant' },
    { suffix: 'র', before: 'vowel' },
    { suffix: 'কে', before: 'any' },
    { suffix: 'েতে', before: 'consonant' },
    { suffix: 'তে', before: 'vowel' },
    { suffix: 'য়', before: 'vowel' },
    { suffix: 'ে', before: 'consonant' },
  ],
  // Plural and collective markers.
  [
    { suffix: 'গুলো', before: 'any' },
    { suffix: 'গুলি', before: 'any' },
    { suffix: 'সমূহ', before: 'any' },
    { suffix: 'বৃন্দ', before: 'any' },
    { suffix: 'গণ', before: 'any' },
  ],
];

/** Smallest stem, in aksharas (a consonant cluster joined by হসন্ত counts once). */
export const MIN_STEM_AKSHARAS = 2;

/** Aksharas in a Bengali word: consonants and independent vowels not joined to the one before by হসন্ত. */
export function countAksharas(word: string): number {
  let n = 0;
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const joined = i > 0 && chars[i - 1] === '\u09CD';
    if (!joined && (CONSONANT.test(c) || INDEPENDENT_VOWEL.test(c))) n++;
  }
  return n;
}

function endsWithClass(stem: string, before: Before): boolean {
  if (before === 'any') return true;
  // য় (য + nukta) and other nukta letters end with the nukta sign: they are consonants.
  const last = stem.endsWith('\u09BC') ? stem.slice(0, -1) : stem;
  if (before === 'vowel') return VOWEL_SIGN.test(last) || INDEPENDENT_VOWEL.test(last);
  return CONSONANT.test(last);
}

function stripOnce(word: string, rules: readonly SuffixRule[]): string | undefined {
  for (const rule of rules) {
    if (!word.endsWith(rule.suffix)) continue;
    const stem = word.slice(0, -rule.suffix.length);
    if (stem.endsWith('\u09CD')) continue; // a suffix never follows হসন্ত: the "suffix" is part of a cluster
    if (countAksharas(stem) < MIN_STEM_AKSHARAS) continue;
    if (!endsWithClass(stem, rule.before)) continue;
    return stem;
  }
  return undefined;
}

const BENGALI_WORD = /^[\u0980-\u09FF]+$/;
const LATIN_PLURAL = /^([a-z]{3,}[^s])s$/;

/**
 * The stem of one folded query word: Bengali inflections stripped (one per layer), English plurals ("offices") singular; anything else unchanged.
 */
export function stemWord(word: string): string {
  if (BENGALI_WORD.test(word)) {
    let current = word;
    for (const layer of LAYERS) current = stripOnce(current, layer) ?? current;
    return current;
  }
  const latin = LATIN_PLURAL.exec(word);
  return latin?.[1] ?? word;
}
