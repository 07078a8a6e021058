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
