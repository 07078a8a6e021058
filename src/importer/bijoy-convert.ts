/**
 * Bijoy (SutonnyMJ and related ASCII fonts) to Unicode Bengali, for
 * `npm run import -- --convert-bijoy`. Bijoy text is a sequence of glyph codes
 * in visual order: vowel signs that print before a consonant (ি ে ৈ) are typed
 * before it, and the reph (র্) is typed after the consonant it sits on. We map
 * glyph codes to Unicode (longest code first), then move those signs to their
 * logical place, then join ে + া → ো and ে + ৗ → ৌ.
 *
 * The conversion is good for ordinary prose; rare conjunct glyphs differ
 * between fonts, so every converted line is reported for an editor to check.
 */

import { isBijoyWord } from './bijoy.ts';

/** The reph while reordering: after mapping, "র্" + consonant could be a real conjunct, the reph never is. */
const REPH = '\uE000';

/** Glyph codes to Unicode. Multi-character codes first (matched longest first). */
const MAP: [string, string][] = [
  // conjuncts built from a half form and a second glyph
  ['š¿', 'ন্ত্র'],
  ['š—', 'ন্ত'],
  ['š‘', 'ন্তু'],
  ['š’', 'ন্থ'],
  ['š^', 'ন্ব'],
  ['›U', 'ন্ট'],
  ['›`', 'ন্দ'],
  ['›Ø', 'ন্দ্ব'],
  ['¯¿', 'স্ত্র'],
  ['¯—', 'স্ত'],
  ['¯‘', 'স্তু'],
  ['¯’', 'স্থ'],
  ['¯‹', 'স্ক'],
  ['¯Œ', 'স্ক্র'],
  ['¯ú', 'স্প'],
  ['¯^', 'স্ব'],
  ['¯§', 'স্ম'],
  ['¯', 'স্'],
  ['®‹', 'ষ্ক'],
  ['®Œ', 'ষ্ক্র'],
  ['®ú', 'ষ্প'],
  ['®§', 'ষ্ম'],
  ['®', 'ষ্'],
  ['¤ú', 'ম্প'],
  ['¤^', 'ম্ব'],
  ['¤¢', 'ম্ভ'],
  ['¤£', 'ম্ভ্র'],
  ['¤§', 'ম্ম'],
  ['¤', 'ম্'],
  ['˜M', 'দ্গ'],
  ['˜N', 'দ্ঘ'],
  ['˜¡', 'দ্ব'],
  ['™¢', 'দ্ভ'],
  ['˜', 'দ্'],
  ['™', 'দ্'],
  ['•¶', 'ঙ্ক্ষ'],
  ['•L', 'ঙ্খ'],
  ['•N', 'ঙ্ঘ'],
  ['•', 'ঙ্'],
  ['”P', 'চ্চ'],
  ['”Q', 'চ্ছ'],
  ['”T', 'চ্ঞ'],
  ['”', 'চ্'],
  ['š', 'ন্'],
  ['›', 'ন্'],
  ['Av', 'আ'],
  // single-glyph conjuncts
  ['°', 'ক্ক'],
  ['±', 'ক্ট'],
  ['³', 'ক্ত'],
  ['µ', 'ক্র'],
  ['¶', 'ক্ষ'],
  ['·', 'ক্স'],
  ['¸', 'গু'],
  ['»', 'গ্ধ'],
  ['¼', 'ঙ্ক'],
  ['½', 'ঙ্গ'],
  ['¾', 'জ্জ'],
  ['À', 'জ্ঝ'],
  ['Á', 'জ্ঞ'],
  ['Â', 'ঞ্চ'],
  ['Ã', 'ঞ্ছ'],
  ['Ä', 'ঞ্জ'],
  ['Å', 'ঞ্ঝ'],
  ['Æ', 'ট্ট'],
  ['Ç', 'ড্ড'],
  ['È', 'ণ্ট'],
  ['É', 'ণ্ঠ'],
  ['Ê', 'ণ্ড'],
  ['Ë', 'ত্ত'],
  ['Ì', 'ত্থ'],
  ['Î', 'ত্র'],
  ['Ï', 'দ্দ'],
  ['×', 'দ্ধ'],
  ['Ø', 'দ্ব'],
  ['Ù', 'দ্ম'],
  ['Ú', 'ন্ঠ'],
  ['Û', 'ন্ড'],
  ['Ü', 'ন্ধ'],
  ['Ý', 'ন্স'],
  ['Þ', 'প্ট'],
  ['ß', 'প্ত'],
  ['à', 'প্প'],
  ['á', 'প্স'],
  ['â', 'ব্জ'],
  ['ã', 'ব্দ'],
  ['ä', 'ব্ধ'],
  ['å', 'ভ্র'],
  ['ç', 'ম্ফ'],
  ['é', 'ল্ক'],
  ['ê', 'ল্গ'],
  ['ë', 'ল্ট'],
  ['ì', 'ল্ড'],
  ['í', 'ল্প'],
  ['î', 'ল্ফ'],
  ['ï', 'শু'],
  ['ð', 'শ্চ'],
  ['ò', 'ষ্ণ'],
  ['ó', 'ষ্ট'],
  ['ô', 'ষ্ঠ'],
  ['õ', 'ষ্ফ'],
  ['ö', 'স্খ'],
  ['÷', 'স্ট'],
  ['ù', 'স্ফ'],
  ['û', 'হু'],
  ['ü', 'হৃ'],
  ['ý', 'হ্ন'],
  ['þ', 'হ্ম'],
  ['¿', 'ত্র'],
  ['—', 'ত'],
  ['Í', 'ত'],
  ['‘', 'তু'],
  ['’', 'থ'],
  ['‹', 'ক'],
  ['Œ', 'ক্র'],
  ['ú', 'প'],
  // phala and other signs
  ['Ö', '্র'],
  ['«', '্র'],
  ['ª', '্র'],
  ['¨', '্য'],
  ['©', REPH],
  ['&', '্'],
  ['œ', '্ন'],
  ['¥', '্ম'],
  ['§', '্ম'],
  ['¡', '্ব'],
  ['^', '্ব'],
  ['Ÿ', '্ব'],
  ['¦', '্ব'],
  ['¬', '্ল'],
  ['ø', '্ল'],
  ['¢', '্ভ'],
  ['£', '্ভ্র'],
  ['è', '্ণ'],
  // vowels
  ['A', 'অ'],
  ['B', 'ই'],
  ['C', 'ঈ'],
  ['D', 'উ'],
  ['E', 'ঊ'],
  ['F', 'ঋ'],
  ['G', 'এ'],
  ['H', 'ঐ'],
  ['I', 'ও'],
  ['J', 'ঔ'],
  // consonants
  ['K', 'ক'],
  ['L', 'খ'],
  ['M', 'গ'],
  ['N', 'ঘ'],
  ['O', 'ঙ'],
  ['P', 'চ'],
  ['Q', 'ছ'],
  ['R', 'জ'],
  ['S', 'ঝ'],
  ['T', 'ঞ'],
  ['U', 'ট'],
  ['V', 'ঠ'],
  ['W', 'ড'],
  ['X', 'ঢ'],
  ['Y', 'ণ'],
  ['Z', 'ত'],
  ['_', 'থ'],
  ['`', 'দ'],
  ['a', 'ধ'],
  ['b', 'ন'],
  ['c', 'প'],
  ['d', 'ফ'],
  ['e', 'ব'],
  ['f', 'ভ'],
  ['g', 'ম'],
  ['h', 'য'],
  ['i', 'র'],
  ['j', 'ল'],
  ['k', 'শ'],
  ['l', 'ষ'],
  ['m', 'স'],
  ['n', 'হ'],
  ['o', 'ড়'],
  ['p', 'ঢ়'],
  ['q', 'য়'],
  ['r', 'ৎ'],
  ['s', 'ং'],
  ['t', 'ঃ'],
  ['u', 'ঁ'],
  // vowel signs
  ['v', 'া'],
  ['w', 'ি'],
  ['x', 'ী'],
  ['y', 'ু'],
  ['z', 'ু'],
  ['~', 'ূ'],
  ['“', 'ু'],
  ['–', 'ু'],
  ['ƒ', 'ূ'],
  ['‚', 'ূ'],
  ['…', 'ৃ'],
  ['„', 'ৃ'],
  ['æ', 'ু'],
  ['‡', 'ে'],
  ['†', 'ে'],
  ['ˆ', 'ৈ'],
  ['‰', 'ৈ'],
  ['Š', 'ৗ'],
  // digits and punctuation
  ['0', '০'],
  ['1', '১'],
  ['2', '২'],
  ['3', '৩'],
  ['4', '৪'],
  ['5', '৫'],
  ['6', '৬'],
  ['7', '৭'],
  ['8', '৮'],
  ['9', '৯'],
  ['|', '।'],
  ['Ô', '‘'],
  ['Õ', '’'],
  ['Ò', '“'],
  ['Ó', '”'],
];

const BY_LENGTH = [...MAP].sort((a, b) => b[0].length - a[0].length);
const FIRST = new Map<string, [string, string][]>();
for (const pair of BY_LENGTH) {
  const key = pair[0][0] ?? '';
  FIRST.set(key, [...(FIRST.get(key) ?? []), pair]);
}

const CONSONANT = /[কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎ]/u;
const PRE_KAR = new Set(['ি', 'ে', 'ৈ']);

/** Split into Unicode "units": a consonant with any nukta, or one other character. */
function units(s: string): string[] {
  return [...s.normalize('NFC').matchAll(/[কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ]\u09BC?|./gsu)].map((m) => m[0]);
}

function isConsonant(u: string | undefined): boolean {
  return u !== undefined && CONSONANT.test(u.normalize('NFC')[0] ?? '');
}

/** The end (exclusive) of the consonant cluster starting at `i`: C (্ C)*, with a following ্য/্র phala. */
function clusterEnd(u: string[], i: number): number {
  let j = i + 1;
  while (u[j] === '্' && isConsonant(u[j + 1])) j += 2;
  return j;
}

/** Visual order (Bijoy) to logical order (Unicode). */
function reorder(input: string[]): string[] {
  let u = [...input];
  // Reph: typed after the consonant cluster it sits on → before it.
  for (let i = 0; i < u.length; i++) {
    if (u[i] !== REPH) continue;
    let start = i - 1;
    while (start >= 0 && !isConsonant(u[start])) start -= 1;
    if (start < 0) continue;
    while (start >= 2 && u[start - 1] === '্' && isConsonant(u[start - 2])) start -= 2;
    u = [...u.slice(0, start), REPH, ...u.slice(start, i), ...u.slice(i + 1)];
  }
  // Pre-base vowel signs: typed before the consonant cluster (and its reph) → after it.
  const out: string[] = [];
  for (let i = 0; i < u.length; i++) {
    const c = u[i] ?? '';
    if (PRE_KAR.has(c) && (isConsonant(u[i + 1]) || u[i + 1] === REPH)) {
      let start = i + 1;
      if (u[start] === REPH) start += 1;
      const end = clusterEnd(u, start);
      out.push(...u.slice(i + 1, end), c);
      i = end - 1;
      continue;
    }
    out.push(c);
  }
  return out.map((x) => (x === REPH ? 'র্' : x));
}

/** Convert one line of Bijoy text to Unicode Bengali (NFC). */
export function bijoyToUnicode(text: string): string {
  const mapped: string[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = FIRST.get(text[i] ?? '') ?? [];
    const hit = candidates.find(([from]) => text.startsWith(from, i));
    if (hit) {
      mapped.push(hit[1]);
      i += hit[0].length;
    } else {
      mapped.push(text[i] ?? '');
      i += 1;
    }
  }
  // NFC joins ে + া into ো and ে + ৗ into ৌ once they are adjacent.
  return reorder(units(mapped.join('')))
    .join('')
    .normalize('NFC');
}

/** Whether one line is Bijoy: Latin text, no Bengali letters, and a Bijoy mark or a common Bijoy word in it. */
export function isBijoyLine(line: string): boolean {
  if (/[\u0980-\u09FF]/u.test(line) || !/[A-Za-z]/.test(line)) return false;
  return line.split(/\s+/).some((w) => isBijoyWord(w));
}

/** Convert the Bijoy lines of a text; returns the text and the 1-based numbers of the lines converted. */
export function convertBijoyText(text: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const out = text.split('\n').map((line, i) => {
    if (!isBijoyLine(line)) return line;
    lines.push(i + 1);
    return bijoyToUnicode(line);
  });
  return { text: out.join('\n'), lines };
}
