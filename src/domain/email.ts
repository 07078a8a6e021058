/**
 * Email addresses as printed in charters. Offices type them by hand, so the
 * seeds hold two addresses run together and Bengali digits inside an address;
 * this module says what is wrong in plain words and never rewrites the value.
 */
import { toAsciiDigits } from './bengali-digits.ts';

/** The verdict on one printed email address. */
export interface EmailCheck {
  /** Exactly as given. */
  raw: string;
  valid: boolean;
  /** Plain-English reason when not valid. */
  problem?: string;
}

const LABEL = /^(?:ই-?\s?মেইল|ইমেল|ই-মেল|e-?mail|mail)\s*[:ঃ.\-–]*\s*|^mailto:/iu;
const LOCAL_CHARS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL_CHARS = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

function verdict(raw: string, problem?: string): EmailCheck {
  return problem === undefined ? { raw, valid: true } : { raw, valid: false, problem };
}

/** Says whether a printed email address is a single well-formed address, and if not, what is wrong. */
export function checkEmail(raw: string): EmailCheck {
  const s = String(raw).trim().replace(LABEL, '').trim();
  if (s === '') return verdict(raw, 'it is empty');
  if (/\s/.test(s)) return verdict(raw, 'it contains a space; an email address has no spaces');

  const bengaliDigits = s.match(/[\u09E6-\u09EF]+/g);
  if (bengaliDigits) {
    return verdict(
      raw,
      `it contains the Bengali digit${bengaliDigits.join('').length > 1 ? 's' : ''} "${bengaliDigits.join('')}"; email addresses only work with Latin digits 0-9 (the address was probably meant to be ${toAsciiDigits(s)})`,
    );
  }
  const nonAscii = s.match(/[^\x20-\x7E]+/g);
  if (nonAscii) return verdict(raw, `it contains non-Latin characters ("${nonAscii.join('", "')}"); write the address in Latin letters`);

  const at = s.split('@').length - 1;
  if (at === 0) return verdict(raw, 'it has no @; an address looks like name@office.gov.bd');
  if (at > 1) return verdict(raw, `it has ${at} @ signs; an address has exactly one (this looks like two addresses run together)`);

  const [local = '', domain = ''] = s.split('@');
  if (local === '') return verdict(raw, 'nothing comes before the @');
  if (domain === '') return verdict(raw, 'nothing comes after the @');
  if (!LOCAL_CHARS.test(local)) return verdict(raw, `the part before the @ ("${local}") has characters an address cannot contain`);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return verdict(raw, `the part before the @ ("${local}") has a misplaced dot (at the start, the end, or two in a row)`);
  }
  if (local.length > 64) return verdict(raw, 'the part before the @ is longer than 64 characters');

  if (/[.,;:]$/.test(domain)) return verdict(raw, `it ends with "${domain.at(-1)}", which is not part of the address`);
  const labels = domain.split('.');
  if (labels.length < 2) return verdict(raw, `the domain "${domain}" has no top-level domain (an ending such as .bd or .com)`);
  if (labels.some((l) => l === '')) return verdict(raw, `the domain "${domain}" has an empty part (two dots in a row, or a dot at the start)`);
  const bad = labels.find((l) => !LABEL_CHARS.test(l));
  if (bad !== undefined) return verdict(raw, `the domain part "${bad}" may only hold letters, digits and inner hyphens`);
  const tld = labels.at(-1) ?? '';
  if (!/^[A-Za-z]{2,}$/.test(tld))
    return verdict(raw, `the domain ending ".${tld}" is not a real top-level domain (it should be letters, such as .bd or .com)`);
  if (domain.length > 253) return verdict(raw, 'the domain is longer than 253 characters');
  return verdict(raw);
}

const EMAIL_RUN = /[A-Za-z0-9\u09E6-\u09EF._%+\-]+(?:@[A-Za-z0-9\u09E6-\u09EF._%+\-]+)+/g;

/** Email-looking runs in free text, exactly as printed (two addresses run together stay one run, so checkEmail can flag it). */
export function extractEmails(text: string): string[] {
  return [...text.matchAll(EMAIL_RUN)].map((m) => m[0].replace(/[.\-]+$/, '')).filter((e) => !e.startsWith('@') && !e.endsWith('@'));
}
