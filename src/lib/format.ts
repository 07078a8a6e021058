/** Display formatting shared by pages, the CMS preview and feeds. */
import { formatBanglaDate, toBanglaDate } from '../domain/bangla-calendar.ts';
import { formatGregorianDateBn, toAsciiDigits, toBengaliDigits } from '../domain/bengali-digits.ts';

/** "২৩ মার্চ ২০২৩ খ্রিষ্টাব্দ" and "৯ চৈত্র ১৪২৯ বঙ্গাব্দ" for an ISO date; the Bangla date is computed, never typed. */
export function dualDate(iso: string): { gregorian: string; bangla: string } {
  return { gregorian: `${formatGregorianDateBn(iso)} খ্রিষ্টাব্দ`, bangla: formatBanglaDate(toBanglaDate(iso)) };
}

/** Bengali digits for a number or numeric string. */
export const bn = (value: string | number): string => toBengaliDigits(value);

/** A count in Bengali digits grouped the way Bangladesh writes them: ৫০,০০০ and ১,২৩,৪৫৬ (not for years or ids). */
export const bnCount = (n: number): string => toBengaliDigits(n.toLocaleString('en-IN'));

/** `tel:` target for a printed phone number, or undefined when it has too few digits to dial. */
export function telHref(printed: string): string | undefined {
  const digits = toAsciiDigits(printed).replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 7 ? `tel:${digits}` : undefined;
}

/** `mailto:` target when the printed address is a plausible single address. */
export function mailHref(printed: string): string | undefined {
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(printed.trim()) ? `mailto:${printed.trim()}` : undefined;
}

/** A web address made clickable (printed ones often lack the scheme). */
export function webHref(printed: string): string | undefined {
  const s = printed.trim();
  if (/^https?:\/\/[^\s]+\.[^\s]+/.test(s)) return s;
  if (/^www\.[^\s]+\.[^\s]+$/.test(s)) return `http://${s}`;
  return undefined;
}
