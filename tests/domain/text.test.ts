import { describe, expect, it } from 'vitest';
import { collapseWhitespace, hasBidiControls, normalizeBengali } from '../../src/domain/text.ts';

describe('normalizeBengali', () => {
  it.each([
    ['precomposed য় (U+09DF)', '\u09DF', '\u09AF\u09BC'],
    ['precomposed ড় (U+09DC)', '\u09DC', '\u09A1\u09BC'],
    ['precomposed ঢ় (U+09DD)', '\u09DD', '\u09A2\u09BC'],
    ['base + nukta য়', '\u09AF\u09BC', '\u09AF\u09BC'],
    ['a word with precomposed য় (অগ্রহায়ণ)', 'অগ্রহা\u09DFণ', 'অগ্রহা\u09AF\u09BCণ'],
    ['ত্ + ZWJ as খণ্ড-ত', 'উ\u09A6\u09CD\u09AC\u09C3\u09A4\u09CD\u200D', 'উ\u09A6\u09CD\u09AC\u09C3\u09CE'],
    ['ZWNJ inside a conjunct', 'ক\u09CD\u200Cষ', 'ক\u09CDষ'],
    ['zero-width space, word joiner and BOM', '\uFEFFসেবা\u200B\u2060', 'সেবা'],
    ['text that is already clean', 'সিটিজেন চার্টার', 'সিটিজেন চার্টার'],
  ])('folds %s to one canonical NFC form', (_label, input, expected) => {
    expect(normalizeBengali(input)).toBe(expected);
    expect(normalizeBengali(input)).toBe(normalizeBengali(input).normalize('NFC'));
  });

  it('makes both spellings of আষাঢ় compare equal', () => {
    expect(normalizeBengali('আষা\u09DD')).toBe(normalizeBengali('আষা\u09A2\u09BC'));
  });
});

describe('hasBidiControls', () => {
  it.each([
    ['plain Bengali', 'সেবা', false],
    ['left-to-right mark', 'a\u200Eb', true],
    ['right-to-left mark', 'a\u200Fb', true],
    ['right-to-left override', '\u202Egnp.exe', true],
    ['first strong isolate', '\u2068x\u2069', true],
    ['Arabic letter mark', 'a\u061Cb', true],
    ['ZWJ, which is not a bidi control', 'ত\u09CD\u200D', false],
  ])('reports %s as %s', (_label, input, expected) => {
    expect(hasBidiControls(input)).toBe(expected);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['সেবা\n\tপ্রদান', 'সেবা প্রদান'],
    ['a\u00A0\u00A0b', 'a b'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});
