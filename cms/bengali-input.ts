/**
 * What an editor types into the admin's number and date inputs means (cms/admin/inputs.ts
 * draws the inputs). Pure, so the rules are tested without a browser: Bengali and English
 * digits both count, and what is not a number or a date is kept as typed, for the build's
 * check to name, never dropped.
 */
import { toAsciiDigits } from '../src/domain/bengali-digits.ts';
import { isoFromParts } from '../src/domain/iso-date.ts';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A typed number: the number (৫০০ -> 500; grouping commas and spaces ignored), '' for nothing, or the text as typed when it is not a number (or not whole where a whole number is wanted). */
export function readNumber(typed: string, int: boolean): number | string {
  const ascii = toAsciiDigits(typed).replace(/[,\s]/g, '').replace(/।$/, '');
  if (ascii === '') return '';
  if (!NUMBER.test(ascii)) return typed;
  const value = Number(ascii);
  return int && !Number.isInteger(value) ? typed : value;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Three boxes as stored: ISO `YYYY-MM-DD` when they make a date, '' when all are empty, else what was typed (`2024-4-`), which the build's check refuses by name. */
export function isoOfParts(parts: DateParts): string {
  const [day = '', month = '', year = ''] = [parts.day, parts.month, parts.year].map((p) => toAsciiDigits(p).trim());
  if (!day && !month && !year) return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    return isoFromParts(Number(year), Number(month), Number(day)) ?? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

/**
 * A whole date typed or pasted into one of the three boxes: ISO `2024-09-15`, or day first as
 * offices write it (`১৫/০৯/২০২৪`, `15.09.2024`, `15-9-2024`), in Bengali or English digits.
 * Its parts, to spread over the boxes; undefined for anything else (a box's own digits).
 */
export function readWholeDate(typed: string): DateParts | undefined {
  const ascii = toAsciiDigits(typed).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(ascii);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(ascii);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return { day, month, year };
}
