/**
 * Bangladesh phone numbers as offices print them: Bengali digits, "+৮৮০",
 * labels such as "ফোনঃ", old landlines "০২-৪১০২৪০৭২". Validation is
 * libphonenumber-js with its "max" (full-pattern) metadata cut down to +880,
 * so landline area codes and mobile prefixes are checked exactly without
 * shipping every country's metadata to the browser.
 *
 * A bare 5–8 digit local number ("৯৫৪৫৪১৬") is judged invalid: without an
 * area code it cannot be dialled from a mobile phone, and Dhaka numbers have
 * had 8 digits after 02 since the 2010s, so the printed number is both
 * incomplete and possibly out of date. The reason says so.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { toAsciiDigits } from './bengali-digits.ts';
import { BD_PHONE_METADATA } from './phone-metadata-bd.ts';
import { normalizeBengali } from './text.ts';

/** The verdict on one printed phone number. */
export interface PhoneCheck {
  /** Exactly as given. */
  raw: string;
  valid: boolean;
  /** "+8801922367232" when the number could be read, valid or not. */
  e164?: string;
  kind?: 'mobile' | 'landline';
  /** Plain-English reason when not valid. */
  problem?: string;
}

// Labels printed before a number; "মোঃ" is deliberately absent (it abbreviates the name Mohammad).
const LABEL =
  /^(?:ফোন|টেলিফোন|টেলি|মোবাইল|মোবা|মোব|ফ্যাক্স|ফোন\s*নং|ফোন\s*নম্বর|মোবাইল\s*নং|মোবাইল\s*নম্বর|phone|tel|telephone|mobile|mob|cell|fax)\s*(?:নং|নম্বর|no\.?)?\s*[:ঃ.\-–]*\s*/iu;

/** Removes a leading label such as "ফোনঃ", "মোবা:" or "Tel." from a printed phone number. */
export function stripPhoneLabel(s: string): string {
  return s.replace(LABEL, '');
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function explain(national: string, international: boolean): string {
  const n = national.length;
  if (!international && n >= 5 && n <= 8 && !national.startsWith('0')) {
    return `it has no area code (${n} digits); write it with the area code, e.g. 02-… for Dhaka, where numbers now have 8 digits after 02`;
  }
  const local = national.startsWith('0') ? national : `0${national}`;
  if (local.startsWith('01')) {
    return local.length === 11
      ? `"${local.slice(0, 3)}" is not an assigned Bangladesh mobile prefix (mobile numbers start 013 to 019)`
      : `a Bangladesh mobile number has 11 digits (01XXXXXXXXX), this one has ${local.length}`;
  }
  if (local.startsWith('02')) {
    return `a Dhaka landline is 02 followed by 8 digits (02-XXXXXXXX), this one has ${local.length - 2} after 02`;
  }
  return 'the digits do not match any Bangladesh mobile or landline numbering (check the area code and the number of digits)';
}

/** Reads a printed phone number (Bengali or ASCII digits, optional label) and says whether it is a valid Bangladesh number. */
export function checkPhone(raw: string): PhoneCheck {
  const text = stripPhoneLabel(toAsciiDigits(normalizeBengali(String(raw))).trim()).trim();
  if (text === '') return { raw, valid: false, problem: 'it is empty' };

  const letters = text.match(/[\p{L}\p{M}]+/gu);
  if (letters) {
    return { raw, valid: false, problem: `it contains letters ("${letters.join('", "')}"); a phone number has only digits, +, spaces and dashes` };
  }

  const compact = text.replace(/[\s\-–().\/]/g, '');
  const international = /^(?:\+|00)/.test(compact);
  const digits = digitsOf(compact);
  if (international && !/^(?:\+|00)880/.test(compact)) {
    return {
      raw,
      valid: false,
      problem: `it is not a Bangladesh number (country code +${digits.replace(/^00/, '').slice(0, 3)}…); Bangladesh numbers start with +880 or 0`,
    };
  }
  if (digits.length < 5) return { raw, valid: false, problem: `it has only ${digits.length} digits` };

  const parsed = parsePhoneNumberFromString(compact, 'BD', BD_PHONE_METADATA);
  if (!parsed) {
    return { raw, valid: false, problem: 'it could not be read as a phone number' };
  }
  const e164 = parsed.number;
  if (!parsed.isValid()) {
    const problem = explain(parsed.nationalNumber, international);
    // An impossible length gives a meaningless E.164 string, so it is only reported for plausible numbers.
    return parsed.isPossible() ? { raw, valid: false, e164, problem } : { raw, valid: false, problem };
  }
  const type = parsed.getType();
  const kind = type === 'MOBILE' ? 'mobile' : type === 'FIXED_LINE' ? 'landline' : undefined;
  return kind === undefined ? { raw, valid: true, e164 } : { raw, valid: true, e164, kind };
}

const PHONE_CHUNK = /\+?[0-9]+/g;
// What may sit between two digit groups of one number: a space, a dash, or brackets around an area code.
const JOINER = /^(?:\s?[-–]\s?|\s|\)\s?)$/;
const DATE_LIKE = /^(?:\d{4}\s*[-–]\s*\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\s*[-–]\s*\d{1,2}\s*[-–]\s*\d{4}|\d{4}\s*[-–]\s*\d{2,4})$/;

/** Phone-looking runs (7 to 15 digits, Bengali or ASCII, with +, spaces, dashes) in free text, exactly as printed. */
export function extractPhones(text: string): string[] {
  // Bengali and ASCII digits are both one UTF-16 unit, so offsets in the ASCII copy index the original.
  const ascii = toAsciiDigits(text);
  const isDigit = (at: number) => /[0-9]/.test(ascii[at] ?? '');
  const chunks = [...ascii.matchAll(PHONE_CHUNK)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    // Digit groups joined by dots or slashes are memo numbers, decimals or dates, never phone numbers.
    const dotted = (/[./]/.test(ascii[start - 1] ?? '') && isDigit(start - 2)) || (/[./]/.test(ascii[end] ?? '') && isDigit(end + 1));
    return { start, end, digits: digitsOf(m[0]), dotted };
  });

  const found: string[] = [];
  let i = 0;
  while (i < chunks.length) {
    const first = chunks[i];
    if (first === undefined) break;
    // BD numbers have at most 11 digits written locally, 13 with 880 in front.
    const head = ascii.slice(first.start, first.end);
    const limit = /^(?:\+|00)?880/.test(head) || head.startsWith('+') ? 15 : 11;
    // A group starting with 0 begins a new number unless the run so far already looks like one (0…, +…, 880…).
    const phoneStart = /^(?:\+|0|880)/.test(head);
    let last = first;
    let count = first.digits.length;
    let dotted = first.dotted;
    let j = i + 1;
    for (; j < chunks.length; j++) {
      const next = chunks[j];
      if (next === undefined || ascii[next.start] === '+' || (!phoneStart && ascii[next.start] === '0')) break;
      if (!JOINER.test(ascii.slice(last.end, next.start)) || count + next.digits.length > limit) break;
      count += next.digits.length;
      dotted ||= next.dotted;
      last = next;
    }
    const candidate = ascii.slice(first.start, last.end);
    // Keep "(02) 41024072" whole, bracket included.
    const start = ascii[first.start - 1] === '(' && candidate.includes(')') ? first.start - 1 : first.start;
    if (count >= 7 && count <= 15 && !dotted && !DATE_LIKE.test(candidate)) found.push(text.slice(start, last.end));
    i = j;
  }
  return found;
}
