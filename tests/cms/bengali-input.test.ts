/** What an editor types into the admin's number and date inputs means (cms/bengali-input.ts). */
import { describe, expect, it } from 'vitest';
import { isoOfParts, readNumber, readWholeDate } from '../../cms/bengali-input.ts';

describe('a number typed in the admin', () => {
  it.each([
    ['৫০০', true, 500],
    ['500', true, 500],
    ['১,২৫০', true, 1250],
    [' ৫০ ', true, 50],
    ['১২.৫', false, 12.5],
    ['১২.৫', true, '১২.৫'],
    ['৫০০ টাকা', true, '৫০০ টাকা'],
    ['', true, ''],
  ])('%j (whole: %s) is kept as %j', (typed, int, stored) => {
    expect(readNumber(typed, int)).toBe(stored);
  });
});

describe('a date typed day / month / year', () => {
  it.each([
    [{ day: '১৫', month: '০৭', year: '২০২৪' }, '2024-07-15'],
    [{ day: '5', month: '7', year: '2024' }, '2024-07-05'],
    [{ day: '', month: '', year: '' }, ''],
    [{ day: '৩১', month: '০৪', year: '২০২৪' }, '2024-04-31'],
    [{ day: '১৫', month: '০৭', year: '' }, '-07-15'],
  ])('%j is stored as %j', (parts, stored) => {
    expect(isoOfParts(parts)).toBe(stored);
  });
});

describe('a whole date pasted into one box', () => {
  it.each([
    ['2024-09-15', { day: '15', month: '09', year: '2024' }],
    ['১৫/০৯/২০২৪', { day: '15', month: '09', year: '2024' }],
    ['5.9.2024', { day: '5', month: '9', year: '2024' }],
    [' ১৫-৯-২০২৪ ', { day: '15', month: '9', year: '2024' }],
    ['১৫', undefined],
    ['২০২৪', undefined],
    ['15/09/24', undefined],
    ['১৫ সেপ্টেম্বর ২০২৪', undefined],
  ])('%j spreads over the boxes as %j', (typed, parts) => {
    expect(readWholeDate(typed)).toEqual(parts);
  });
});
