/**
 * স্মারক নং (memo numbers): dotted digit groups — office code groups, file
 * number, a 2-digit year — then a dash and the serial, e.g.
 * ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫. Printed letters often deviate (double dots,
 * 4-digit years, stray spaces); those are real documents, so we read what we
 * can, keep the text verbatim and describe what is off instead of rejecting.
 */
import { toAsciiDigits } from './bengali-digits.ts';
import { normalizeBengali } from './text.ts';

/** One thing that is off about a memo number, in plain English. */
export interface MemoNumberProblem {
  code: string;
  message: string;
}

/** What could be read from a memo number. */
export interface ParsedMemoNumber {
  /** Exactly as given. */
  raw: string;
  /** `raw` trimmed, with Bengali digits turned into ASCII; nothing else changed. */
  ascii: string;
  /** The numeric groups before the serial, year group last; empty groups (double dots) left out. */
  groups: string[];
  /** Four-digit year read from the year group (a 2-digit "23" is 2023). */
  year?: number;
  /** The serial after the dash (or after the last dot when there is no dash). */
  serial?: string;
  problems: MemoNumberProblem[];
}

/** Group count (year group included) accepted as the usual shape; the 2024 scheme may add a group. */
export const MEMO_GROUP_RANGE = { min: 6, max: 8 } as const;

const USUAL_SHAPE = 'the usual shape is dotted digit groups, a 2-digit year, then a dash and the serial, e.g. ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫';
const LABEL = /^(?:স্মারক|স্মাঃ|স্মা\.)\s*(?:নং|নম্বর|নম্বরঃ|নম্বর:)?\s*[:ঃ.\-]?\s*/u;

/** Reads a memo number without ever throwing: the groups, year and serial it could find, and every deviation from the usual shape. */
export function parseMemoNumber(raw: string): ParsedMemoNumber {
  const ascii = toAsciiDigits(String(raw)).trim();
  const problems: MemoNumberProblem[] = [];
  const problem = (code: string, message: string) => problems.push({ code, message });
  const result = (groups: string[], year?: number, serial?: string): ParsedMemoNumber => ({
    raw,
    ascii,
    groups,
    ...(year === undefined ? {} : { year }),
    ...(serial === undefined ? {} : { serial }),
    problems,
  });

  if (ascii === '') {
    problem('empty', `the memo number is empty; ${USUAL_SHAPE}`);
    return result([]);
  }

  let s = normalizeBengali(ascii);
  const label = LABEL.exec(s);
  if (label && label[0] !== '') {
    problem('label-included', `it starts with the label "${label[0].trim()}"; the field should hold only the number`);
    s = s.slice(label[0].length);
  }

  let dashWithoutSerial = false;
  const trailing = /[\s;,:।.\-]+$/u.exec(s);
  if (trailing) {
    const mark = trailing[0].trim();
    if (mark === '-') {
      dashWithoutSerial = true;
    } else {
      problem('trailing-punctuation', `it ends with "${mark}", which is not part of a memo number`);
    }
    s = s.slice(0, trailing.index);
  }
  const leading = /^[.\-]+/.exec(s);
  if (leading) {
    problem('leading-punctuation', `it starts with "${leading[0]}"; a memo number starts with a digit`);
    s = s.slice(leading[0].length);
  }

  if (/\s/.test(s)) {
    problem('whitespace', 'it has a space inside; a memo number is written without spaces');
    s = s.replace(/\s+/g, '');
  }

  if (!/^[0-9.\-]+$/.test(s)) {
    const odd = [...new Set(s.match(/[^0-9.\-]+/g))].map((t) => `"${t}"`).join(', ');
    problem('not-dotted-digits', `it contains ${odd}, but a memo number has only digits, dots and a dash; ${USUAL_SHAPE}`);
    return result(s.split(/[.\-]+/).filter((g) => /^\d+$/.test(g)));
  }

  if (/\.\.|\.-|-\./.test(s)) {
    problem('empty-group', `it has an empty group (two separators in a row: "${/\.\.|\.-|-\./.exec(s)?.[0]}"); ${USUAL_SHAPE}`);
  }

  const dashParts = s.split('-').filter((p) => p !== '');
  let head: string;
  let serial: string | undefined;
  if (dashWithoutSerial && dashParts.length === 1) {
    head = s;
  } else if (dashParts.length === 1) {
    // No dash: the serial is commonly written after one more dot.
    const dotted = s.split('.').filter((g) => g !== '');
    serial = dotted.length > 1 ? dotted.pop() : undefined;
    head = dotted.join('.');
    problem('no-dash', `the serial${serial ? ` (${serial})` : ''} is not after a dash; ${USUAL_SHAPE}`);
  } else {
    serial = dashParts.pop();
    head = dashParts.join('-');
    if (dashParts.length > 1) {
      problem(
        'extra-dash',
        `it has ${dashParts.length} dashes; only the serial follows a dash, the year is joined by a dot (….০২০.২২-১০৩০, not ….০২০-২২-১০৩০)`,
      );
    }
  }

  const groups = head.split(/[.\-]/).filter((g) => g !== '');
  const yearGroup = groups.at(-1);
  let year: number | undefined;
  if (yearGroup === undefined) {
    problem('no-groups', `no dotted groups were found before the serial; ${USUAL_SHAPE}`);
  } else if (yearGroup.length === 2) {
    const yy = Number(yearGroup);
    // Digital memo numbers started in the 2010s; a 2-digit year above 70 can only be 19xx.
    year = yy > 70 ? 1900 + yy : 2000 + yy;
  } else if (yearGroup.length === 4) {
    year = Number(yearGroup);
    problem('four-digit-year', `the year group "${yearGroup}" has 4 digits; the usual shape uses 2 (${yearGroup.slice(2)})`);
  } else {
    problem('no-year', `the group before the serial ("${yearGroup}") is not a 2-digit year; ${USUAL_SHAPE}`);
  }

  if (groups.length > 0 && (groups.length < MEMO_GROUP_RANGE.min || groups.length > MEMO_GROUP_RANGE.max)) {
    problem(
      'group-count',
      `it has ${groups.length} dotted groups before the serial; usual memo numbers have ${MEMO_GROUP_RANGE.min} to ${MEMO_GROUP_RANGE.max} (7 in ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫)`,
    );
  }
  if (serial === undefined) {
    problem('no-serial', dashWithoutSerial ? 'nothing follows the dash: the serial number is missing' : `no serial number was found; ${USUAL_SHAPE}`);
  }

  return result(groups, year, serial);
}

/** True when the memo number has the usual shape and nothing to warn about. */
export function isWellFormedMemoNumber(raw: string): boolean {
  return parseMemoNumber(raw).problems.length === 0;
}
