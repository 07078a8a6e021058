import { describe, expect, it } from 'vitest';
import {
  GREGORIAN_MONTHS_BN,
  formatBengaliNumber,
  formatGregorianDateBn,
  isIsoDate,
  parseGregorianDateBn,
  toAsciiDigits,
  toBengaliDigits,
} from '../../src/domain/bengali-digits.ts';

describe('digit conversion', () => {
  it.each([
    ['০১২৩৪৫৬৭৮৯', '0123456789'],
    ['স্মারক নং ৫৮.০৪-১৮৫', 'স্মারক নং 58.04-185'],
    ['already 123', 'already 123'],
    ['', ''],
  ])('toAsciiDigits turns %j into %j', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it.each([
    ['0123456789', '০১২৩৪৫৬৭৮৯'],
    [1429, '১৪২৯'],
    [-5, '-৫'],
    ['2023-24', '২০২৩-২৪'],
  ] as const)('toBengaliDigits turns %j into %j', (input, expected) => {
    expect(toBengaliDigits(input)).toBe(expected);
  });

  it('round-trips every digit', () => {
    expect(toAsciiDigits(toBengaliDigits('9876543210'))).toBe('9876543210');
  });
});

describe('formatBengaliNumber', () => {
  it.each([
    [0, '০'],
    [7, '৭'],
    [999, '৯৯৯'],
    [1000, '১,০০০'],
    [12345, '১২,৩৪৫'],
    [123456, '১,২৩,৪৫৬'],
    [12345678, '১,২৩,৪৫,৬৭৮'],
    [-1234.5, '-১,২৩৪.৫'],
    [90.5, '৯০.৫'],
  ])('writes %d as %s with South Asian grouping', (n, expected) => {
    expect(formatBengaliNumber(n)).toBe(expected);
  });
});

describe('Gregorian month names', () => {
  it('lists twelve NFC names, January first', () => {
    expect(GREGORIAN_MONTHS_BN).toHaveLength(12);
    expect(GREGORIAN_MONTHS_BN[0]).toBe('জানুয়ারি'.normalize('NFC'));
    expect(GREGORIAN_MONTHS_BN[11]).toBe('ডিসেম্বর');
    for (const m of GREGORIAN_MONTHS_BN) expect(m).toBe(m.normalize('NFC'));
  });
});

describe('formatGregorianDateBn', () => {
  it.each([
    ['2023-03-23', '২৩ মার্চ ২০২৩'],
    ['2021-08-01', '১ আগস্ট ২০২১'],
    ['2024-02-29', '২৯ ফেব্রুয়ারি ২০২৪'],
    ['2022-09-19', '১৯ সেপ্টেম্বর ২০২২'],
  ])('prints %s as %s, day without a leading zero', (iso, expected) => {
    expect(formatGregorianDateBn(iso)).toBe(expected.normalize('NFC'));
  });

  it('throws a clear error on an invalid date', () => {
    expect(() => formatGregorianDateBn('2023-02-30')).toThrow(/not a valid/);
  });
});

describe('parseGregorianDateBn', () => {
  it.each([
    ['২৩ মার্চ, ২০২৩', '2023-03-23'],
    ['২৩ মার্চ, ২০২৩।', '2023-03-23'],
    ['২২ জুন, ২০২৩ খ্রি.', '2023-06-22'],
    ["১৯ সেপ্টেম্বর' ২০২২", '2022-09-19'],
    ['০১ আগস্ট ২০২১', '2021-08-01'],
    ['২৫ জুন ২০২৩', '2023-06-25'],
    ['১৫/০৪/২০২৪', '2024-04-15'],
    ['১৫-০৪-২০২৪', '2024-04-15'],
    ['15.04.2024', '2024-04-15'],
    ['23 মার্চ 2023', '2023-03-23'],
    ['28 July 2021', '2021-07-28'],
    ['July 28, 2021', '2021-07-28'],
    ['৫ আগষ্ট ২০২১', '2021-08-05'],
    ['১ ফেব্রুয়ারী ২০২০', '2020-02-01'],
    ['২ জানুয়ারী ২০২০ খ্রিষ্টাব্দ', '2020-01-02'],
    ['২ সেপ্টম্বর ২০২০ খ্রিস্টাব্দ', '2020-09-02'],
    ['২৩ মার্চ ২০২৩ খ্রিষ্টাব্দ', '2023-03-23'],
    ['২৩শে মার্চ ২০২৩', '2023-03-23'],
    ['2023-03-23', '2023-03-23'],
    ['২৯ ফেব্রুয়ারি ২০২৪', '2024-02-29'],
  ])('reads %j as %s', (printed, expected) => {
    expect(parseGregorianDateBn(printed)).toBe(expected);
  });

  it.each([
    ['৩১ ফেব্রুয়ারি ২০২৩', 'a day that does not exist'],
    ['২৯ ফেব্রুয়ারি ২০২৩', 'a leap day in a common year'],
    ['৩১/০৪/২০২৪', 'the 31st of a 30-day month'],
    ['১৫/১৩/২০২৪', 'month 13'],
    ['২৩ চৈত্র ১৪২৯', 'a Bangla date'],
    ['তারিখ নেই', 'no date at all'],
    ['', 'an empty string'],
  ])('returns null for %j (%s)', (printed) => {
    expect(parseGregorianDateBn(printed)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2023-03-23', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2023-3-23', false],
    ['২০২৩-০৩-২৩', false],
    ['2023-03-23T00:00:00Z', false],
    ['', false],
  ])('says %j is a real ISO date: %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});
