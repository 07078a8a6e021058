/**
 * The revised Bangla calendar in force in Bangladesh since 2019.
 *
 * 1 বৈশাখ is always 14 April. বৈশাখ–আশ্বিন have 31 days, কার্তিক–মাঘ 30,
 * ফাল্গুন 29 (30 when the Gregorian year it falls in is a leap year), চৈত্র 30.
 * All arithmetic is on plain day numbers (see iso-date.ts), never `Date` getters,
 * so the result does not depend on the machine's time zone: an ISO date is
 * already the Dhaka calendar day.
 */
import { toAsciiDigits, toBengaliDigits } from './bengali-digits.ts';
import { dayNumberFromParts, isLeapYear, isoFromDayNumber, isoParts } from './iso-date.ts';
import { normalizeBengali } from './text.ts';

/** A day in the Bangla calendar; month 1 = বৈশাখ … 12 = চৈত্র. */
export interface BanglaDate {
  year: number;
  month: number;
  day: number;
}

/** Bangla month names (NFC), বৈশাখ first. */
export const BANGLA_MONTHS: readonly string[] = ['বৈশাখ', 'জ্যৈষ্ঠ', 'আষাঢ়', 'শ্রাবণ', 'ভাদ্র', 'আশ্বিন', 'কার্তিক', 'অগ্রহায়ণ', 'পৌষ', 'মাঘ', 'ফাল্গুন', 'চৈত্র'];

/** Gregorian years minus this give the Bangla year from 14 April on. */
const YEAR_OFFSET = 593;

/** Days in a Bangla month under the revised calendar. */
export function banglaMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 10) return 30;
  // ফাল্গুন of Bangla year Y falls in February–March of Gregorian year Y + 594.
  if (month === 11) return isLeapYear(year + YEAR_OFFSET + 1) ? 30 : 29;
  return 30;
}

/** True when the date exists in the revised calendar (e.g. 30 ফাল্গুন only in leap years). */
export function isValidBanglaDate(d: BanglaDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= banglaMonthLength(d.year, d.month)
  );
}

/** The revised-calendar Bangla date of an ISO Gregorian date; throws on an invalid ISO date. */
export function toBanglaDate(isoDate: string): BanglaDate {
  const [gy, gm, gd] = isoParts(isoDate);
  const beforeBoishakh = gm < 4 || (gm === 4 && gd < 14);
  const year = gy - YEAR_OFFSET - (beforeBoishakh ? 1 : 0);
  let offset = dayNumberFromParts(gy, gm, gd) - dayNumberFromParts(year + YEAR_OFFSET, 4, 14);
  let month = 1;
  while (offset >= banglaMonthLength(year, month)) {
    offset -= banglaMonthLength(year, month);
    month += 1;
  }
  return { year, month, day: offset + 1 };
}

/** The ISO Gregorian date of a revised-calendar Bangla date; throws when that date does not exist. */
export function fromBanglaDate(d: BanglaDate): string {
  if (!isValidBanglaDate(d)) {
    throw new Error(`${d.day}/${d.month}/${d.year} is not a date in the revised Bangla calendar`);
  }
  let offset = d.day - 1;
  for (let m = 1; m < d.month; m++) offset += banglaMonthLength(d.year, m);
  return isoFromDayNumber(dayNumberFromParts(d.year + YEAR_OFFSET, 4, 14) + offset);
}

/** "৯ চৈত্র ১৪২৯ বঙ্গাব্দ"; `era: false` drops বঙ্গাব্দ, `padDay: true` prints "০৯". Accepts an ISO date too. */
export function formatBanglaDate(d: BanglaDate | string, opts: { era?: boolean; padDay?: boolean } = {}): string {
  const date = typeof d === 'string' ? toBanglaDate(d) : d;
  const day = opts.padDay ? String(date.day).padStart(2, '0') : String(date.day);
  const month = BANGLA_MONTHS[date.month - 1];
  if (month === undefined) throw new Error(`Bangla month ${date.month} does not exist (1 = বৈশাখ … 12 = চৈত্র)`);
  const text = `${toBengaliDigits(day)} ${month} ${toBengaliDigits(date.year)}`;
  return opts.era === false ? text : `${text} বঙ্গাব্দ`;
}

const MONTH_ALIASES: ReadonlyArray<readonly string[]> = [
  ['বৈশাখ', 'বোশেখ'],
  ['জ্যৈষ্ঠ', 'জৈষ্ঠ্য', 'জৈষ্ঠ', 'জ্যেষ্ঠ', 'জৈষ্ট'],
  ['আষাঢ়', 'আষাড়', 'আষাঢ'],
  ['শ্রাবণ', 'শ্রাবন'],
  ['ভাদ্র', 'ভাদ্রো'],
  ['আশ্বিন', 'আশ্বীন'],
  ['কার্তিক', 'কার্ত্তিক'],
  ['অগ্রহায়ণ', 'অগ্রহায়ন', 'অঘ্রাণ', 'অঘ্রান'],
  ['পৌষ'],
  ['মাঘ'],
  ['ফাল্গুন', 'ফাল্গুণ', 'ফালগুন'],
  ['চৈত্র', 'চৈত্রো'],
];

// Folds what offices spell interchangeably: ণ/ন, ঢ়/ড়, ী/ি, ূ/ু; nukta forms via normalizeBengali.
function monthKey(word: string): string {
  return normalizeBengali(word)
    .replace(/\u09A3/g, '\u09A8')
    .replace(/\u09A2\u09BC/g, '\u09A1\u09BC')
    .replace(/\u09C0/g, '\u09BF')
    .replace(/\u09C2/g, '\u09C1');
}

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(MONTH_ALIASES.flatMap((aliases, i) => aliases.map((a) => [monthKey(a), i + 1] as const)));

/** Month number 1-12 for a Bangla month name (spelling and nukta variants allowed), else undefined. */
export function banglaMonthFromName(name: string): number | undefined {
  return MONTH_BY_KEY.get(monthKey(name));
}

const PRINTED = /(?<![\d\p{L}])(\d{1,2})\s+([\p{L}\p{M}]+)\s+(\d{4})(?!\d)/u;

/**
 * Reads a printed Bangla date ("০২ চৈত্র, ১৪২৯।", "০৬ আশ্বিন' ১৪২৯", "৯ চৈত্র ১৪২৯ বঙ্গাব্দ"), or null.
 * Days up to 31 are accepted in any month because pre-2019 letters used other month lengths;
 * whether the date exists in the revised calendar is `isValidBanglaDate`'s question.
 */
export function parseBanglaDate(printed: string): BanglaDate | null {
  const s = toAsciiDigits(normalizeBengali(printed))
    .replace(/বঙ্গাব্দ|বাংলা\s*সন|বাং\.?|বাঃ/gu, ' ')
    .replace(/[,'’‘`।]/g, ' ')
    .replace(/\s+/g, ' ');
  const m = PRINTED.exec(s);
  if (!m) return null;
  const month = banglaMonthFromName(m[2] ?? '');
  const day = Number(m[1]);
  if (month === undefined || day < 1 || day > 31) return null;
  return { year: Number(m[3]), month, day };
}

/** Negative, zero or positive as a is before, the same as or after b (usable as a sort comparator). */
export function compareBanglaDates(a: BanglaDate, b: BanglaDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
