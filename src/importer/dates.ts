/**
 * Gregorian dates as offices really print them, on top of the domain parser
 * (parseGregorianDateBn): two-digit years ("29/1/18", "08-08-18খ্রীঃ"), era
 * words glued to the year with a long ী ("খ্রীঃ", "খৃঃ"), English ordinal
 * suffixes on Bengali digits ("২৮th November ২০২৩"), ASCII and Bengali digits
 * mixed. The printed text is always kept by the callers; this only reads it.
 */
import { parseGregorianDateBn, toAsciiDigits } from '../domain/bengali-digits.ts';

// Era words printed after the year, in every spelling seen (long or short i, with ঃ, : or .).
const ERA = /(?:খ্রি|খ্রী|খৃ)(?:ষ্টাব্দ|স্টাব্দ|ঃ|:|\.)?|ইং(?:রেজি)?\.?|ঈসায়ী/gu;

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (no office prints a 1960s charter). */
function fullYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC_SHORT_YEAR = /(?<![\d.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\d])/;

/** ISO date of a printed Gregorian date in any shape above, or null. */
export function parsePrintedDate(printed: string): string | null {
  const cleaned = printed
    .normalize('NFC')
    .replace(ERA, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/giu, '$1');
  const whole = parseGregorianDateBn(cleaned);
  if (whole) return whole;
  const s = toAsciiDigits(cleaned);
  const m = NUMERIC_SHORT_YEAR.exec(s);
  if (m) return iso(fullYear(Number(m[4])), Number(m[3]), Number(m[1]));
  return null;
}

export interface FoundDate {
  iso: string;
  /** The date as printed. */
  text: string;
  index: number;
}

const DIGIT = '[0-9০-৯]';
const CANDIDATES = new RegExp(
  [
    // 15/04/2024, 29/1/18, 08-08-18খ্রীঃ, 2024-04-15
    `${DIGIT}{1,4}\\s*[/.-]\\s*${DIGIT}{1,2}\\s*[/.-]\\s*${DIGIT}{2,4}(?:\\s*(?:খ্রি|খ্রী|খৃ|ইং)[\\u0980-\\u09FF.]*)?`,
    // ২১ সেপ্টম্বর, ২০১৭ / ২৮th November ২০২৩ / ১লা জানুয়ারি ২০২০
    `${DIGIT}{1,2}(?:\\s?(?:লা|রা|ঠা|ই|শে|st|nd|rd|th))?\\s+[\\p{L}\\p{M}]+\\.?[,'’]?\\s+${DIGIT}{4}`,
    // November 28, 2023
    `[A-Za-z]+\\.?\\s+${DIGIT}{1,2}(?:st|nd|rd|th)?,?\\s+${DIGIT}{4}`,
  ].join('|'),
  'gu',
);

/** Every Gregorian date printed in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(CANDIDATES)) {
    const value = parsePrintedDate(m[0]);
    if (value) out.push({ iso: value, text: m[0].trim(), index: m.index });
  }
  return out;
}

/**
 * The date a meeting was held, among the dates of the minutes' prose: one in
 * a sentence about the meeting being held (অনুষ্ঠিত / সভা … তারিখে), not the
 * next meeting (আগামী, পরবর্তী) nor a deadline (মধ্যে). Null when none is.
 */
export function findMeetingDate(sentences: string[]): (FoundDate & { sentence: number }) | null {
  for (const [i, raw] of sentences.entries()) {
    for (const sentence of raw.split(/(?<=।)/u)) {
      if (!/সভা/u.test(sentence) || /আগামী|পরবর্তী/u.test(sentence)) continue;
      if (!/অনুষ্ঠিত|তারিখে|তারিখ\s*[:ঃ]/u.test(sentence)) continue;
      const found = findDates(sentence).find((d) => !/মধ্যে/u.test(sentence.slice(d.index + d.text.length, d.index + d.text.length + 20)));
      if (found) return { ...found, sentence: i };
    }
  }
  return null;
}
