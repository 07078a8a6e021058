import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fiscalQuarterOf,
  fiscalYearOf,
  formatFiscalYearBn,
  formatQuarterBn,
  nextQuarter,
  parseFiscalYear,
  previousQuarter,
  quarterBounds,
  quartersOfFiscalYear,
  todayInDhaka,
} from '../../src/domain/fiscal-year.ts';

describe('fiscalQuarterOf', () => {
  it.each([
    ['2024-06-30', '2023-24', 4, '2024-04-01', '2024-06-30'],
    ['2024-07-01', '2024-25', 1, '2024-07-01', '2024-09-30'],
    ['2023-09-30', '2023-24', 1, '2023-07-01', '2023-09-30'],
    ['2023-10-01', '2023-24', 2, '2023-10-01', '2023-12-31'],
    ['2023-12-31', '2023-24', 2, '2023-10-01', '2023-12-31'],
    ['2024-01-01', '2023-24', 3, '2024-01-01', '2024-03-31'],
    ['2024-02-29', '2023-24', 3, '2024-01-01', '2024-03-31'],
    ['2024-03-31', '2023-24', 3, '2024-01-01', '2024-03-31'],
    ['2024-04-01', '2023-24', 4, '2024-04-01', '2024-06-30'],
    ['1999-12-31', '1999-00', 2, '1999-10-01', '1999-12-31'],
  ] as const)('puts %s in FY %s quarter %d (%s to %s)', (iso, fy, quarter, start, end) => {
    const q = fiscalQuarterOf(iso);
    expect(q).toEqual({ fiscalYear: fy, startYear: Number(fy.slice(0, 4)), quarter, start, end });
    expect(fiscalYearOf(iso)).toBe(fy);
  });

  it('throws a clear error on an invalid date', () => {
    expect(() => fiscalQuarterOf('2023-02-29')).toThrow(/not a valid date/);
  });
});

describe('quarterBounds and neighbours', () => {
  it.each([
    ['2023-24', 1, '2023-07-01', '2023-09-30'],
    ['2023-24', 2, '2023-10-01', '2023-12-31'],
    ['2023-24', 3, '2024-01-01', '2024-03-31'],
    ['2023-24', 4, '2024-04-01', '2024-06-30'],
    ['২০২২-২৩', 4, '2023-04-01', '2023-06-30'],
  ] as const)('gives FY %s Q%d as %s to %s', (fy, q, start, end) => {
    expect(quarterBounds(fy, q)).toMatchObject({ quarter: q, start, end });
  });

  it.each([
    [quarterBounds('2023-24', 1), quarterBounds('2022-23', 4), quarterBounds('2023-24', 2)],
    [quarterBounds('2023-24', 4), quarterBounds('2023-24', 3), quarterBounds('2024-25', 1)],
    [quarterBounds('2023-24', 2), quarterBounds('2023-24', 1), quarterBounds('2023-24', 3)],
  ])('steps from $fiscalYear Q$quarter back and forward across year boundaries', (q, prev, next) => {
    expect(previousQuarter(q)).toEqual(prev);
    expect(nextQuarter(q)).toEqual(next);
    expect(addDays(prev.end, 1)).toBe(q.start);
    expect(addDays(q.end, 1)).toBe(next.start);
  });

  it('lists the four quarters of a fiscal year back to back', () => {
    const qs = quartersOfFiscalYear('2023-2024');
    expect(qs.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(qs[0]?.start).toBe('2023-07-01');
    expect(qs[3]?.end).toBe('2024-06-30');
    for (let i = 1; i < qs.length; i++) expect(addDays(qs[i - 1]?.end ?? '', 1)).toBe(qs[i]?.start);
  });

  it('refuses a fiscal year that is not two consecutive years', () => {
    expect(() => quarterBounds('2023-25', 1)).toThrow(/not a fiscal year/);
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['2023-24', '2023-24'],
    ['2023-2024', '2023-24'],
    ['২০২২-২০২৩', '2022-23'],
    ['২০২২-২৩', '2022-23'],
    ['2099-2100', '2099-00'],
    ['1999-00', '1999-00'],
    [' 2023 – 24 ', '2023-24'],
    ['2023/24', '2023-24'],
    ['FY 2023-24', '2023-24'],
    ['২০২২-২০২৩ অর্থবছর', '2022-23'],
    ['2023-25', null],
    ['2023-2025', null],
    ['2023-22', null],
    ['2023', null],
    ['23-24', null],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2023-07-01', 365, '2024-06-30'],
    ['2023-03-23', 0, '2023-03-23'],
  ])('adds to %s %d days giving %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
    expect(daysBetween(iso, expected)).toBe(n);
  });

  it.each([
    ['2023-07-01', '2024-07-01', 366],
    ['2022-07-01', '2023-07-01', 365],
    ['2024-07-01', '2023-07-01', -366],
  ])('counts from %s to %s as %d days', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
});

describe('todayInDhaka', () => {
  it.each([
    ['2024-06-30T18:00:00Z', '2024-07-01'],
    ['2024-06-30T17:59:59Z', '2024-06-30'],
    ['2023-12-31T18:00:00Z', '2024-01-01'],
    ['2024-03-01T00:00:00+06:00', '2024-03-01'],
    ['2024-02-28T23:30:00Z', '2024-02-29'],
  ])('reads the instant %s as %s in Dhaka', (instant, expected) => {
    expect(todayInDhaka(new Date(instant))).toBe(expected);
  });

  it('defaults to now and returns an ISO date', () => {
    expect(todayInDhaka()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('Bengali labels', () => {
  it.each([
    ['2022-23', '২০২২-২৩'],
    ['2023-2024', '২০২৩-২৪'],
  ])('prints fiscal year %s as %s', (fy, expected) => {
    expect(formatFiscalYearBn(fy)).toBe(expected);
  });

  it.each([
    [1, '১ম ত্রৈমাসিক'],
    [2, '২য় ত্রৈমাসিক'],
    [3, '৩য় ত্রৈমাসিক'],
    [4, '৪র্থ ত্রৈমাসিক'],
  ] as const)('prints quarter %d as %s', (q, expected) => {
    expect(formatQuarterBn(q)).toBe(expected.normalize('NFC'));
  });
});
