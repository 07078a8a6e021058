/**
 * Bengali text normalisation shared by validation, search and the importer.
 *
 * NFC alone does not give one spelling per word: য় ড় ঢ় are composition
 * exclusions, so text in the wild holds either the precomposed code point or
 * base + nukta, and খণ্ড-ত may be ৎ or ত্ + ZWJ. We fold to the NFC side
 * (base + nukta, ৎ) because that is what `String.prototype.normalize` yields
 * and what the content store keeps.
 */

// Precomposed nukta letters are decomposed by NFC anyway; listed so the fold
// does not depend on the engine's Unicode tables being current.
const NUKTA_FOLD: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u09DC/g, '\u09A1\u09BC'],
  [/\u09DD/g, '\u09A2\u09BC'],
  [/\u09DF/g, '\u09AF\u09BC'],
];

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
// ত + virama + ZWJ is the pre-Unicode-4.1 way of writing khanda ta; ZWNJ is seen too.
const KHANDA_TA_LEGACY = /\u09A4\u09CD[\u200D\u200C]/g;
// U+061C (Arabic letter mark) reorders text like the others and is as invisible.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** NFC, one nukta form, no zero-width characters, one খণ্ড-ত: the key for comparing Bengali text. */
export function normalizeBengali(s: string): string {
  let out = s.normalize('NFC').replace(KHANDA_TA_LEGACY, '\u09CE');
  for (const [from, to] of NUKTA_FOLD) out = out.replace(from, to);
  return out.replace(ZERO_WIDTH, '').normalize('NFC');
}

/** True when the text holds Unicode bidi controls, which can make displayed text differ from stored text. */
export function hasBidiControls(s: string): boolean {
  return BIDI_CONTROLS.test(s);
}

/** Trims and turns every run of whitespace (including NBSP and line breaks) into one space. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}
