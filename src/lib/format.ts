/** Display formatting shared by pages, the CMS preview and feeds. */
import { formatBanglaDate, toBanglaDate } from '../domain/bangla-calendar.ts';
import { formatGregorianDateBn, toAsciiDigits, toBengaliDigits } from '../domain/bengali-digits.ts';

/** Dates already written out: a page shows the same few dates several times, and a build shows each date on many pages. */
const dualDates = new Map<string, Readonly<{ gregorian: string; bangla: string }>>();

/** "২৩ মার্চ ২০২৩ খ্রিষ্টাব্দ" and "৯ চৈত্র ১৪২৯ বঙ্গাব্দ" for an ISO date; the Bangla date is computed, never typed. */
export function dualDate(iso: string): Readonly<{ gregorian: string; bangla: string }> {
  const known = dualDates.get(iso);
  if (known) return known;
  const written = Object.freeze({ gregorian: `${formatGregorianDateBn(iso)} খ্রিষ্টাব্দ`, bangla: formatBanglaDate(toBanglaDate(iso)) });
  if (dualDates.size >= 20_000) dualDates.clear();
  dualDates.set(iso, written);
  return written;
}

/**
 * THE way a page shows a date: "১৫ এপ্রিল ২০২৪ (২ বৈশাখ ১৪৩১ বঙ্গাব্দ)", both calendars, the
 * Bangla date computed. Every date on a citizen's page (documents, lists, badges, the
 * compliance dashboard, saved offices) goes through here or DualDate.astro, which prints
 * the same text; runs in the browser too. A letter's Bangla date as printed replaces the
 * computed one (the signed paper is what a citizen compares with). An invalid date is
 * returned as given.
 */
export function dualDateText(iso: string, printedBangla?: string): string {
  try {
    return `${formatGregorianDateBn(iso)} (${printedBangla?.trim() || formatBanglaDate(toBanglaDate(iso))})`;
  } catch {
    return iso;
  }
}

/** Bengali digits for a number or numeric string. */
export const bn = (value: string | number): string => toBengaliDigits(value);

/** A count in Bengali digits grouped the way Bangladesh writes them: ৫০,০০০ and ১,২৩,৪৫৬ (not for years or ids). */
export const bnCount = (n: number): string => toBengaliDigits(n.toLocaleString('en-IN'));

/** A count with its Bengali classifier written on, as Bengali does: ৪টি সেবা, ১২টি দপ্তর (never "৪ টি"). */
export const bnCountOf = (n: number, word: string): string => `${bnCount(n)}টি ${word}`;

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
