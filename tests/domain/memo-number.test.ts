import { describe, expect, it } from 'vitest';
import { isWellFormedMemoNumber, parseMemoNumber } from '../../src/domain/memo-number.ts';

describe('parseMemoNumber on the seed letters', () => {
  it.each([
    {
      raw: '৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫',
      groups: ['58', '04', '0000', '024', '01', '003', '23'],
      year: 2023,
      serial: '185',
      codes: [],
    },
    {
      raw: '০৫.৪৭.০০০০..০০৫.১২.০০২.১৭.২৯৯',
      groups: ['05', '47', '0000', '005', '12', '002', '17'],
      year: 2017,
      serial: '299',
      codes: ['empty-group', 'no-dash'],
    },
    {
      raw: '৫৮.০৪.০০০০.০২১.০৩.০২০-২২- ১০৩০',
      groups: ['58', '04', '0000', '021', '03', '020', '22'],
      year: 2022,
      serial: '1030',
      codes: ['whitespace', 'extra-dash'],
    },
    {
      raw: '৪৬.০০.০০০০.০৭১.১৪.০৪৬.২০২১. ৪৭৮;',
      groups: ['46', '00', '0000', '071', '14', '046', '2021'],
      year: 2021,
      serial: '478',
      codes: ['trailing-punctuation', 'whitespace', 'no-dash', 'four-digit-year'],
    },
  ])('reads $raw and reports $codes', ({ raw, groups, year, serial, codes }) => {
    const parsed = parseMemoNumber(raw);
    expect(parsed.raw).toBe(raw);
    expect(parsed.groups).toEqual(groups);
    expect(parsed.year).toBe(year);
    expect(parsed.serial).toBe(serial);
    expect(parsed.problems.map((p) => p.code)).toEqual(codes);
    expect(isWellFormedMemoNumber(raw)).toBe(codes.length === 0);
  });
});

describe('parseMemoNumber on other shapes', () => {
  it.each([
    ['58.04.0000.024.01.003.23-185', [], 'ASCII digits'],
    ['৫৬.০০.০০০০.০০০০.১১.০০০৭.২৪-১২৩৪', [], 'wider 2024-scheme groups'],
    ['৫৬.০০.০০০০.০০০.০০.১১.০০৭.২৪-১২৩', [], 'eight groups'],
    ['৫৬.০০.০০০০.০০৭.২৪-১২৩', ['group-count'], 'too few groups'],
    ['৫৬.০০.০০০০.০০০.০০.১১.০০৭.০১.২৪-১২৩', ['group-count'], 'too many groups'],
    ['স্মারক নং: ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫', ['label-included'], 'the label typed into the field'],
    ['৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-', ['no-serial'], 'a dash with nothing after it'],
    ['৫৮.০৪.০০০০.০২৪.০১.০০৩.২০২৩-১৮৫', ['four-digit-year'], 'a 4-digit year before the dash'],
    ['৫৮.০৪.০০০০.০২৪.০১.০০৩.৩-১৮৫', ['no-year'], 'a 1-digit year'],
    ['.৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫', ['leading-punctuation'], 'a leading dot'],
    ['ডিসি/রাজ/১২৩', ['not-dotted-digits'], 'an old slash-style reference'],
    ['', ['empty'], 'an empty field'],
  ])('reads %j and reports %j (%s)', (raw, codes) => {
    const parsed = parseMemoNumber(raw);
    expect(parsed.raw).toBe(raw);
    expect(parsed.problems.map((p) => p.code)).toEqual(codes);
  });

  it.each([null, undefined, 42, '   '])('never throws, even on %j', (input) => {
    expect(() => parseMemoNumber(input as unknown as string)).not.toThrow();
  });

  it('explains each problem in plain English with the usual shape', () => {
    const { problems } = parseMemoNumber('০৫.৪৭.০০০০..০০৫.১২.০০২.১৭.২৯৯');
    expect(problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "it has an empty group (two separators in a row: ".."); the usual shape is dotted digit groups, a 2-digit year, then a dash and the serial, e.g. ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫",
        "the serial (299) is not after a dash; the usual shape is dotted digit groups, a 2-digit year, then a dash and the serial, e.g. ৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫",
      ]
    `);
  });

  it('keeps ascii as the trimmed raw text with ASCII digits', () => {
    expect(parseMemoNumber(' ৪৬.০০.০০০০.০৭১.১৪.০৪৬.২০২১. ৪৭৮; ').ascii).toBe('46.00.0000.071.14.046.2021. 478;');
  });
});
