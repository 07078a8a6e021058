/**
 * Bangladesh fiscal year, July to June: FY "2023-24" is 2023-07-01 to
 * 2024-06-30. Q1 Jul–Sep, Q2 Oct–Dec, Q3 Jan–Mar, Q4 Apr–Jun.
 * Dates are ISO strings; day arithmetic goes through plain day numbers.
 */
import { toAsciiDigits, toBengaliDigits } from './bengali-digits.ts';
import { dayNumber, isoFromDayNumber, isoParts } from './iso-date.ts';

/** Quarter number within a fiscal year. */
export type QuarterNumber = 1 | 2 | 3 | 4;

/** One quarter of a fiscal year with its inclusive ISO bounds. */
export interface FiscalQuarter {
  /** "2023-24" */
  fiscalYear: string;
  /** Calendar year the fiscal year starts in (2023 for "2023-24"). */
  startYear: number;
  quarter: QuarterNumber;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO, inclusive. */
  end: string;
}

// [start month, start-year offset, end month, last day] per quarter.
const QUARTER_SHAPE: Record<QuarterNumber, readonly [number, number, number, number]> = {
  1: [7, 0, 9, 30],
  2: [10, 0, 12, 31],
  3: [1, 1, 3, 31],
  4: [4, 1, 6, 30],
};

const DHAKA_OFFSET_MS = 6 * 3_600_000;

function fiscalYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function quarterOfStartYear(startYear: number, quarter: QuarterNumber): FiscalQuarter {
  const [sm, yearOffset, em, ed] = QUARTER_SHAPE[quarter];
  const y = startYear + yearOffset;
  return {
    fiscalYear: fiscalYearLabel(startYear),
    startYear,
    quarter,
    start: `${y}-${pad2(sm)}-01`,
    end: `${y}-${pad2(em)}-${pad2(ed)}`,
  };
}

/** The fiscal quarter an ISO date falls in; throws on an invalid date. */
export function fiscalQuarterOf(iso: string): FiscalQuarter {
  const [y, m] = isoParts(iso);
  const startYear = m >= 7 ? y : y - 1;
  const quarter = (m >= 7 ? Math.ceil((m - 6) / 3) : Math.ceil(m / 3) + 2) as QuarterNumber;
  return quarterOfStartYear(startYear, quarter);
}

/** "2023-24" for any date from 2023-07-01 to 2024-06-30. */
export function fiscalYearOf(iso: string): string {
  return fiscalQuarterOf(iso).fiscalYear;
}

/** Canonical "2022-23" for "2022-23", "2022-2023", "২০২২-২৩", "২০২২-২০২৩" (optionally "FY"/"অর্থবছর"), or null if the years are not consecutive. */
export function parseFiscalYear(s: string): string | null {
  const cleaned = toAsciiDigits(s)
    .replace(/^\s*(?:FY|F\.Y\.)\s*/i, '')
    .replace(/\s*(?:অর্থ\s*-?\s*বছর|অর্থবছরের?)\s*$/u, '')
    .trim();
  const m = /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$/.exec(cleaned);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] ?? '';
  const consecutive = end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
  return consecutive ? fiscalYearLabel(start) : null;
}

function startYearOf(fiscalYear: string): number {
  const canonical = parseFiscalYear(fiscalYear);
  if (canonical === null) {
    throw new Error(`"${fiscalYear}" is not a fiscal year: expected two consecutive years such as "2023-24"`);
  }
  return Number(canonical.slice(0, 4));
}

/** The quarter `quarter` of a fiscal year given in any form `parseFiscalYear` accepts; throws otherwise. */
export function quarterBounds(fiscalYear: string, quarter: QuarterNumber): FiscalQuarter {
  if (!(quarter in QUARTER_SHAPE)) throw new Error(`quarter must be 1, 2, 3 or 4, not ${String(quarter)}`);
  return quarterOfStartYear(startYearOf(fiscalYear), quarter);
}

/** The four quarters of a fiscal year, Q1 first. */
export function quartersOfFiscalYear(fiscalYear: string): FiscalQuarter[] {
  const startYear = startYearOf(fiscalYear);
  return ([1, 2, 3, 4] as const).map((q) => quarterOfStartYear(startYear, q));
}

/** The quarter before q (Q1 of 2023-24 → Q4 of 2022-23). */
export function previousQuarter(q: FiscalQuarter): FiscalQuarter {
  return q.quarter === 1 ? quarterOfStartYear(q.startYear - 1, 4) : quarterOfStartYear(q.startYear, (q.quarter - 1) as QuarterNumber);
}

/** The quarter after q (Q4 of 2022-23 → Q1 of 2023-24). */
export function nextQuarter(q: FiscalQuarter): FiscalQuarter {
  return q.quarter === 4 ? quarterOfStartYear(q.startYear + 1, 1) : quarterOfStartYear(q.startYear, (q.quarter + 1) as QuarterNumber);
}

/** The ISO date n days after (or before, for negative n) an ISO date. */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addDays needs a whole number of days, not ${n}`);
  return isoFromDayNumber(dayNumber(iso) + n);
}

/** Days from a to b (positive when b is later; 0 for the same day). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Today's date in Dhaka (UTC+6 all year, no daylight saving) as ISO. */
export function todayInDhaka(now: Date = new Date()): string {
  // Fixed offset arithmetic instead of Intl: no dependence on the ICU data shipped with the runtime.
  return new Date(now.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 10);
}

/** "২০২২-২৩" for "2022-23" (any form parseFiscalYear accepts). */
export function formatFiscalYearBn(fiscalYear: string): string {
  return toBengaliDigits(fiscalYearLabel(startYearOf(fiscalYear)));
}

const QUARTER_ORDINALS_BN: Record<QuarterNumber, string> = { 1: '১ম', 2: '২য়', 3: '৩য়', 4: '৪র্থ' };

/** "৪র্থ ত্রৈমাসিক" for 4, as the seeds print it. */
export function formatQuarterBn(quarter: QuarterNumber): string {
  const ordinal = QUARTER_ORDINALS_BN[quarter];
  if (ordinal === undefined) throw new Error(`quarter must be 1, 2, 3 or 4, not ${String(quarter)}`);
  return `${ordinal} ত্রৈমাসিক`;
}
