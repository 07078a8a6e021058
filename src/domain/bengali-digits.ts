/**
 * Bengali digits and Gregorian dates as Bangladesh offices print them.
 * JavaScript's `\d` does not match ০-৯, so everything numeric goes through
 * `toAsciiDigits` before parsing.
 */
import { isIsoDate as isIsoDateImpl, isoFromParts } from './iso-date.ts';
import { normalizeBengali } from './text.ts';

const BENGALI_ZERO = 0x09e6;

/** Replaces Bengali digits ০-৯ with ASCII 0-9 and leaves every other character alone. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - BENGALI_ZERO));
}

/** Replaces ASCII digits with Bengali digits; numbers are written out with `String` first. */
export function toBengaliDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(BENGALI_ZERO + Number(d)));
}

/** A number in Bengali digits with South Asian grouping (১,২৩,৪৫৬) from 1000 up. */
export function formatBengaliNumber(n: number): string {
  if (!Number.isFinite(n)) return toBengaliDigits(String(n));
  const sign = n < 0 ? '-' : '';
  const [intPart = '0', fraction] = String(Math.abs(n)).split('.');
  // Exponent notation (≥ 1e21) is left as is; no office prints such numbers.
  if (!/^\d+$/.test(intPart)) return toBengaliDigits(String(n));
  let grouped = intPart;
  if (intPart.length > 3) {
    const head = intPart.slice(0, -3);
    grouped = `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${intPart.slice(-3)}`;
  }
  return toBengaliDigits(sign + grouped + (fraction === undefined ? '' : `.${fraction}`));
}

/** Gregorian month names as printed in Bangladesh, January first. */
export const GREGORIAN_MONTHS_BN: readonly string[] = [
  'জানুয়ারি',
  'ফেব্রুয়ারি',
  'মার্চ',
  'এপ্রিল',
  'মে',
  'জুন',
  'জুলাই',
  'আগস্ট',
  'সেপ্টেম্বর',
  'অক্টোবর',
  'নভেম্বর',
  'ডিসেম্বর',
];

const MONTH_ALIASES: ReadonlyArray<readonly string[]> = [
  ['জানুয়ারি', 'জানুয়ারী', 'জানুআরি', 'january', 'jan'],
  ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুআরি', 'ফেব্রূয়ারি', 'february', 'feb'],
  ['মার্চ', 'march', 'mar'],
  ['এপ্রিল', 'april', 'apr'],
  ['মে', 'may'],
  ['জুন', 'june', 'jun'],
  ['জুলাই', 'july', 'jul'],
  ['আগস্ট', 'আগষ্ট', 'অগাস্ট', 'অগস্ট', 'আগাস্ট', 'august', 'aug'],
  ['সেপ্টেম্বর', 'সেপ্টম্বর', 'সেপ্টেমবর', 'september', 'sept', 'sep'],
  ['অক্টোবর', 'অক্টোবার', 'october', 'oct'],
  ['নভেম্বর', 'নভেম্বার', 'november', 'nov'],
  ['ডিসেম্বর', 'ডিসেম্বার', 'december', 'dec'],
];

// Folds spelling noise that offices mix freely: long/short i and u, ষ/স, case.
function monthKey(word: string): string {
  return normalizeBengali(word)
    .toLowerCase()
    .replace(/\u09C0/g, '\u09BF')
    .replace(/\u09C2/g, '\u09C1')
    .replace(/\u09B7/g, '\u09B8')
    .replace(/\.$/, '');
}

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(MONTH_ALIASES.flatMap((aliases, i) => aliases.map((a) => [monthKey(a), i + 1] as const)));

/** Month number 1-12 for a Gregorian month name in Bengali or English (spelling variants allowed), else undefined. */
export function gregorianMonthFromName(name: string): number | undefined {
  return MONTH_BY_KEY.get(monthKey(name));
}

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  return isIsoDateImpl(s);
}

/** "২৩ মার্চ ২০২৩" for "2023-03-23" (day without a leading zero); throws on an invalid ISO date. */
export function formatGregorianDateBn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isIsoDate(iso)) throw new Error(`"${iso}" is not a valid ISO date (YYYY-MM-DD)`);
  return `${toBengaliDigits(Number(m[3]))} ${GREGORIAN_MONTHS_BN[Number(m[2]) - 1]} ${toBengaliDigits(m[1] ?? '')}`;
}

// Era words offices append after the year; removed before matching.
const ERA_SUFFIX = /(খ্রি(?:ষ্টাব্দ|স্টাব্দ)?|খৃ(?:ষ্টাব্দ|স্টাব্দ)?|ইং(?:রেজি)?)\s*[.ঃ:]?/giu;
// Ordinal endings after the day: ১লা, ২রা, ৪ঠা, ৫ই, ২৩শে.
const DAY = String.raw`(\d{1,2})(?:\s?(?:লা|রা|ঠা|ই|শে|st|nd|rd|th))?`;
const WORD = String.raw`([\p{L}\p{M}]+\.?)`;
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\d\p{L}])${DAY}\s+${WORD}\s+(\d{4})(?!\d)`, 'u');
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}])${WORD}\s+${DAY}\s+(\d{4})(?!\d)`, 'u');

/** ISO date for a Gregorian date as printed ("২৩ মার্চ, ২০২৩।", "১৫/০৪/২০২৪", "28 July 2021", ...), or null if it is not a real date. */
export function parseGregorianDateBn(printed: string): string | null {
  const s = toAsciiDigits(normalizeBengali(printed));

  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  // Day first, as Bangladesh prints it; the separator must repeat so "15/04-2024" is not read.
  const numeric = /(?<![\d.])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/.exec(s);
  if (numeric) return isoFromParts(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));

  const words = s
    .replace(ERA_SUFFIX, ' ')
    .replace(/[,'’‘`।]/g, ' ')
    .replace(/\s+/g, ' ');
  const dmy = DAY_MONTH_YEAR.exec(words);
  if (dmy) {
    const month = gregorianMonthFromName(dmy[2] ?? '');
    if (month !== undefined) return isoFromParts(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(words);
  if (mdy) {
    const month = gregorianMonthFromName(mdy[1] ?? '');
    if (month !== undefined) return isoFromParts(Number(mdy[3]), month, Number(mdy[2]));
  }
  return null;
}
