/**
 * Legacy Bijoy text: Bengali typed with the Bijoy keyboard in an ASCII font
 * (SutonnyMJ and friends) looks like Latin gibberish once the font is gone:
 * `MYcÖRvZš¿x evsjv‡`k miKvi` is গণপ্রজাতন্ত্রী বাংলাদেশ সরকার. Importing it
 * as text would publish nonsense, so the importer stops and says so.
 *
 * Signals: Latin words with Windows-1252 marks inside them (‡ † Ö © ¨ š ¿ ...,
 * which Bijoy maps to vowel signs and conjuncts) and very common words in
 * their Bijoy spelling (Ges = এবং, miKvi = সরকার). One accented word is not
 * enough (café, naïve); the marks must recur or come with known words.
 */

/** Windows-1252 and Latin-1 punctuation/letters Bijoy fonts use for Bengali signs. */
// Not NBSP, soft hyphen, dashes or curly quotes: English text uses those next to letters ("Jul–Sep", ‘term’).
const BIJOY_MARK = /[\u0080-\u009F\u00A1-\u00AC\u00AE-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2020-\u2022\u2030\u2039\u203A]/u;
const STRONG_MARK = /[‡†Ö©¨š¿Š¯ª¤¦×ÿ~`]/u;

/** Frequent words as Bijoy spells them (Bengali in the comment). */
const KNOWN_WORDS = new Set([
  'Ges', // এবং
  'miKvi', // সরকার
  'Kvh©vjq', // কার্যালয়
  'evsjv‡`k', // বাংলাদেশ
  'mfv', // সভা
  'mfvcwZ', // সভাপতি
  'ZvwiL', // তারিখ
  'welq', // বিষয়
  'Kiv', // করা
  'wefvM', // বিভাগ
  'Awdm', // অফিস
  'KwgwU', // কমিটি
  'Rb¨', // জন্য
  'n‡e', // হবে
  'Kg©KZ©v', // কর্মকর্তা
  '‡mev', // সেবা
  'Dc‡Rjv', // উপজেলা
  '†Rjv', // জেলা
]);

/** One word with Bijoy marks between Latin letters, or a common word in Bijoy spelling. */
export function isBijoyWord(raw: string): boolean {
  const word = raw.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, '');
  if (!/[A-Za-z]/.test(word)) return false;
  if (KNOWN_WORDS.has(word)) return true;
  return new RegExp(`[A-Za-z]${BIJOY_MARK.source}|${BIJOY_MARK.source}[A-Za-z]`, 'u').test(word) && (STRONG_MARK.test(word) || /[A-Za-z].*[A-Za-z]/.test(word));
}

export interface BijoyFinding {
  /** 1-based line of the first Bijoy-looking word. */
  line: number;
  /** A few of the words found, as printed. */
  sample: string[];
  markedWords: number;
  knownWords: number;
}

/** Says whether the text looks like Bijoy-encoded Bengali, and where. */
export function detectBijoy(text: string): BijoyFinding | undefined {
  let marked = 0;
  let known = 0;
  let latinWords = 0;
  let firstLine = 0;
  const sample: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const raw of line.split(/\s+/)) {
      const word = raw.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, '');
      if (!/[A-Za-z]/.test(word)) continue;
      latinWords += 1;
      const isKnown = KNOWN_WORDS.has(word);
      // A mark between Latin letters, or a strong Bijoy mark anywhere in a Latin word.
      const isMarked =
        new RegExp(`[A-Za-z]${BIJOY_MARK.source}|${BIJOY_MARK.source}[A-Za-z]`, 'u').test(word) && (STRONG_MARK.test(word) || /[A-Za-z].*[A-Za-z]/.test(word));
      if (!isKnown && !isMarked) continue;
      if (isKnown) known += 1;
      if (isMarked) marked += 1;
      if (!firstLine) firstLine = i + 1;
      if (sample.length < 4) sample.push(word);
    }
  });
  const strongMarked = marked >= 5 && marked / Math.max(latinWords, 1) >= 0.15;
  if (known >= 2 || (marked >= 2 && known >= 1) || strongMarked) {
    return { line: firstLine, sample, markedWords: marked, knownWords: known };
  }
  return undefined;
}
