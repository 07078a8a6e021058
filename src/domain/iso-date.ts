/**
 * ISO calendar dates (YYYY-MM-DD) as plain values. Day numbers are computed
 * arithmetically (proleptic Gregorian, days since 1970-01-01) rather than with
 * `Date`, so nothing here can be shifted by the machine's time zone and years
 * below 100 are not mistaken for 19xx.
 */

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month (month 1-12). */
export function daysInGregorianMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO YYYY-MM-DD from parts, or null when they are not a real calendar date. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInGregorianMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/** [year, month, day] of an ISO date; throws a plain-English Error when it is not a real date. */
export function isoParts(iso: string): [number, number, number] {
  if (typeof iso !== 'string' || !isIsoDate(iso)) {
    throw new Error(`"${String(iso)}" is not a valid date: expected a real calendar date written YYYY-MM-DD`);
  }
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Days since 1970-01-01 for a Gregorian date given as parts (no validation). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: eras of 400 years starting in March.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 for an ISO date; throws on an invalid date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = isoParts(iso);
  return dayNumberFromParts(y, m, d);
}

/** The ISO date a day number (days since 1970-01-01) falls on. */
export function isoFromDayNumber(n: number): string {
  // Inverse of dayNumberFromParts (Hinnant's civil_from_days).
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
