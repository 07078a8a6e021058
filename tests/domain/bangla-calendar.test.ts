import { describe, expect, it } from 'vitest';
import {
  BANGLA_MONTHS,
  banglaMonthLength,
  compareBanglaDates,
  formatBanglaDate,
  fromBanglaDate,
  isValidBanglaDate,
  parseBanglaDate,
  toBanglaDate,
  type BanglaDate,
} from '../../src/domain/bangla-calendar.ts';

const bd = (year: number, month: number, day: number): BanglaDate => ({ year, month, day });

describe('toBanglaDate on the seed letters', () => {
  it.each([
    ['2023-03-23', bd(1429, 12, 9), '০২ চৈত্র ১৪২৯', false],
    ['2022-09-19', bd(1429, 6, 4), '০৬ আশ্বিন ১৪২৯', false],
    ['2023-06-25', bd(1430, 3, 11), '১১ আষাঢ় ১৪৩০', true],
    ['2021-08-01', bd(1428, 4, 17), '১৭ শ্রাবণ ১৪২৮', true],
  ])('gives %s as %o, so the printed "%s" matches: %s', (iso, expected, printed, matches) => {
    expect(toBanglaDate(iso)).toEqual(expected);
    const parsed = parseBanglaDate(printed);
    expect(parsed).not.toBeNull();
    expect(compareBanglaDates(parsed as BanglaDate, toBanglaDate(iso)) === 0).toBe(matches);
  });
});

describe('toBanglaDate at the edges', () => {
  it.each([
    ['2023-04-13', bd(1429, 12, 30), 'the last day of চৈত্র'],
    ['2023-04-14', bd(1430, 1, 1), 'পহেলা বৈশাখ'],
    ['2022-12-31', bd(1429, 9, 16), '31 December'],
    ['2023-01-01', bd(1429, 9, 17), '1 January, same Bangla year'],
    ['2023-02-13', bd(1429, 10, 30), 'the last day of মাঘ'],
    ['2023-02-14', bd(1429, 11, 1), '1 ফাল্গুন'],
    ['2023-02-21', bd(1429, 11, 8), 'Language Martyrs Day, 8 ফাল্গুন'],
    ['2023-03-14', bd(1429, 11, 29), 'the last day of a 29-day ফাল্গুন (2023 is common)'],
    ['2023-03-15', bd(1429, 12, 1), '1 চৈত্র after a common year ফাল্গুন'],
    ['2024-02-29', bd(1430, 11, 16), 'the Gregorian leap day'],
    ['2024-03-14', bd(1430, 11, 30), 'the 30th of ফাল্গুন in a leap year'],
    ['2024-03-15', bd(1430, 12, 1), '1 চৈত্র after a leap year ফাল্গুন'],
    ['2000-03-14', bd(1406, 11, 30), '30 ফাল্গুন in 2000, a 400-year leap year'],
    ['2100-03-14', bd(1506, 11, 29), '29 ফাল্গুন in 2100, not a leap year'],
    ['2024-12-16', bd(1431, 9, 1), 'Victory Day, 1 পৌষ'],
    ['2023-10-17', bd(1430, 7, 1), '1 কার্তিক after six 31-day months'],
    ['1950-01-01', bd(1356, 9, 17), 'the first supported day'],
    ['2100-12-31', bd(1507, 9, 16), 'the last supported day'],
  ])('gives %s as %o (%s)', (iso, expected) => {
    expect(toBanglaDate(iso)).toEqual(expected);
    expect(fromBanglaDate(expected)).toBe(iso);
  });

  it.each(['2023-02-29', '2023-13-01', '23-03-2023', '2023-03-23T10:00:00Z', '', 'not a date'])('throws a clear error for %j', (bad) => {
    expect(() => toBanglaDate(bad)).toThrow(/not a valid date.*YYYY-MM-DD/);
  });
});

describe('month lengths', () => {
  it.each([
    [1430, 1, 31],
    [1430, 6, 31],
    [1430, 7, 30],
    [1430, 10, 30],
    [1430, 11, 30],
    [1429, 11, 29],
    [1430, 12, 30],
  ])('year %d month %d has %d days', (year, month, days) => {
    expect(banglaMonthLength(year, month)).toBe(days);
  });

  it.each([
    [bd(1430, 11, 30), true],
    [bd(1429, 11, 30), false],
    [bd(1429, 13, 1), false],
    [bd(1429, 1, 0), false],
    [bd(1429, 7, 31), false],
  ])('says %o exists in the revised calendar: %s', (d, expected) => {
    expect(isValidBanglaDate(d)).toBe(expected);
  });

  it('refuses to convert a date that does not exist', () => {
    expect(() => fromBanglaDate(bd(1429, 11, 30))).toThrow(/not a date in the revised Bangla calendar/);
  });
});

describe('formatBanglaDate', () => {
  it.each([
    [bd(1429, 12, 9), undefined, '৯ চৈত্র ১৪২৯ বঙ্গাব্দ'],
    [bd(1429, 12, 9), { padDay: true }, '০৯ চৈত্র ১৪২৯ বঙ্গাব্দ'],
    [bd(1429, 12, 9), { era: false }, '৯ চৈত্র ১৪২৯'],
    [bd(1430, 3, 11), undefined, '১১ আষাঢ় ১৪৩০ বঙ্গাব্দ'],
    ['2023-03-23', { padDay: true, era: false }, '০৯ চৈত্র ১৪২৯'],
  ] as const)('prints %o with %o as %s', (d, opts, expected) => {
    expect(formatBanglaDate(d, opts)).toBe(expected.normalize('NFC'));
  });

  it('stores every month name in NFC', () => {
    expect(BANGLA_MONTHS).toHaveLength(12);
    for (const m of BANGLA_MONTHS) expect(m).toBe(m.normalize('NFC'));
    expect(BANGLA_MONTHS[2]).toBe('আষা\u09A2\u09BC');
  });
});

describe('parseBanglaDate', () => {
  it.each([
    ['০২ চৈত্র, ১৪২৯', bd(1429, 12, 2)],
    ['০২ চৈত্র, ১৪২৯।', bd(1429, 12, 2)],
    ["০৬ আশ্বিন' ১৪২৯", bd(1429, 6, 6)],
    ['১১ আষাঢ়, ১৪৩০', bd(1430, 3, 11)],
    ['১১ আষা\u09DD, ১৪৩০', bd(1430, 3, 11)],
    ['১১ আষাড়, ১৪৩০', bd(1430, 3, 11)],
    ['১৭ শ্রাবণ ১৪২৮', bd(1428, 4, 17)],
    ['১৭ শ্রাবন ১৪২৮ বাং', bd(1428, 4, 17)],
    ['৯ চৈত্র ১৪২৯ বঙ্গাব্দ', bd(1429, 12, 9)],
    ['০৯ চৈত্র ১৪২৯ বঙ্গাব্দ / ২৩ মার্চ ২০২৩ খ্রিষ্টাব্দ', bd(1429, 12, 9)],
    ['৫ অগ্রহায়ন ১৪৩০', bd(1430, 8, 5)],
    ['৫ অগ্রহা\u09DFণ ১৪৩০', bd(1430, 8, 5)],
    ['৫ জৈষ্ঠ্য ১৪৩০', bd(1430, 2, 5)],
    ['৫ জ্যৈষ্ঠ ১৪৩০', bd(1430, 2, 5)],
    ['3 বৈশাখ 1430', bd(1430, 1, 3)],
  ])('reads %j as %o', (printed, expected) => {
    expect(parseBanglaDate(printed)).toEqual(expected);
  });

  it.each([
    ['২৩ মার্চ ২০২৩', 'a Gregorian month'],
    ['৩২ চৈত্র ১৪২৯', 'day 32'],
    ['চৈত্র ১৪২৯', 'no day'],
    ['', 'nothing'],
  ])('returns null for %j (%s)', (printed) => {
    expect(parseBanglaDate(printed)).toBeNull();
  });

  it('accepts 31 in a 30-day month because pre-2019 letters used other month lengths', () => {
    expect(parseBanglaDate('৩১ ফাল্গুন ১৪২২')).toEqual(bd(1422, 11, 31));
  });
});

describe('compareBanglaDates', () => {
  it.each([
    [bd(1429, 12, 9), bd(1430, 1, 1), -1],
    [bd(1430, 1, 1), bd(1429, 12, 9), 1],
    [bd(1430, 3, 11), bd(1430, 3, 11), 0],
    [bd(1430, 3, 11), bd(1430, 4, 1), -1],
  ])('orders %o against %o as %d', (a, b, sign) => {
    expect(Math.sign(compareBanglaDates(a, b))).toBe(sign);
  });
});
