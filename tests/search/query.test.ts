import { describe, expect, it } from 'vitest';
import { digitVariants, foldForIndex, foldQuery } from '../../src/search/fold.ts';
import { pagefindTerm, planQuery, queryWords, spellingVariants } from '../../src/search/query.ts';

describe('folding is the same for the index and the query', () => {
  it.each([
    ['precomposed য় (U+09DF)', 'সম\u09DFসীমা', 'সময়সীমা'],
    ['precomposed ড় (U+09DC)', 'ভে\u09DCামারা', 'ভেড়ামারা'],
    ['zero-width joiner', 'দায়িত্ব\u200Dপ্রাপ্ত', 'দায়িত্বপ্রাপ্ত'],
    ['zero-width non-joiner', 'কর্ম\u200Cশালা', 'কর্মশালা'],
    ['খণ্ড-ত as ত + হসন্ত + ZWJ', 'উত\u09CD\u200Dপাদিত', 'উৎপাদিত'],
  ])('%s', (_why, typed, printed) => {
    expect(foldQuery(typed)).toBe(foldForIndex(printed));
    expect(foldForIndex(typed)).toBe(foldForIndex(printed));
  });

  it('lower-cases and collapses spaces on the query side only', () => {
    expect(foldQuery('  GRS   e-Nothi ')).toBe('grs e-nothi');
    expect(foldForIndex('GRS')).toBe('GRS');
  });
});

describe('digitVariants finds Bengali and ASCII digits whichever is typed', () => {
  it.each([
    ['2023', ['২০২৩', '2023']],
    ['২০২৩', ['২০২৩', '2023']],
    ['১৫ এপ্রিল 2024', ['১৫ এপ্রিল ২০২৪', '15 এপ্রিল 2024']],
    ['সেবা', ['সেবা']],
  ])('%s', (text, variants) => {
    expect(digitVariants(text)).toEqual(variants);
  });
});

describe('queryWords splits on punctuation and drops what the index never holds', () => {
  it.each([
    ['সেবার মূল্য।', ['সেবার', 'মূল্য']],
    ['"GRS", ই-নথি?', ['grs', 'ই-নথি']],
    ['৳ ৫০০', ['৫০০']],
    ['  ', []],
  ])('%j', (raw, words) => {
    expect(queryWords(raw)).toEqual(words);
  });

  it('pagefindTerm reads a word as Pagefind does: no hyphen, lower case', () => {
    expect(pagefindTerm('e-Nothi')).toBe('enothi');
    expect(pagefindTerm('কর্মকর্তা')).toBe('কর্মকর্তা');
  });
});

describe('planQuery', () => {
  it('runs the query as typed first, then stemmed, each in both digit scripts', () => {
    const plan = planQuery('আদালতের 2023');
    expect(plan.primary.map((q) => q.text)).toEqual(['আদালতের ২০২৩', 'আদালতের 2023', 'আদালত ২০২৩', 'আদালত 2023']);
    expect(plan.primary[0]?.weight).toBeGreaterThan(plan.primary[2]?.weight ?? 1);
  });

  it('adds the other script for words the documents print one way', () => {
    expect(planQuery('e-Nothi').primary.map((q) => q.text)).toContain('ই-নথি');
    expect(planQuery('GRS').primary.map((q) => q.text)).toContain('অভিযোগ প্রতিকার');
  });

  it('keeps spelling guesses for when nothing is found, one confusion class per word', () => {
    const plan = planQuery('সময়সিমা');
    expect(plan.fallback.map((q) => q.text)).toContain(foldQuery('সময়সীমা'));
    expect(plan.fallback.length).toBeLessThanOrEqual(16);
  });

  it('plans nothing for an empty query', () => {
    expect(planQuery(' । ')).toEqual({ words: [], primary: [], fallback: [] });
  });

  it('spellingVariants swaps one class at a time', () => {
    expect(spellingVariants('প্রশিক্ষন')).toContain('প্রশিক্ষণ');
    expect(spellingVariants('বিনামুল্যে')).toContain('বিনামূল্যে');
  });
});
