import { describe, expect, it } from 'vitest';
import { digitVariants, foldForIndex, foldQuery } from '../../src/search/fold.ts';
import { letterVariants, pagefindTerm, planQuery, queryWords, spellingVariants, termMatches } from '../../src/search/query.ts';
import { isDetailWord } from '../../src/search/words.ts';

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

describe('the words citizens type', () => {
  const texts = (q: string) => planQuery(q).primary.map((p) => p.text);

  it.each([
    ['ফি', ['মূল্য', 'বিনামূল্য', 'খরচ', 'টাকা']],
    ['খরচ', ['ফি', 'মূল্য', 'বিনামূল্য']],
    ['ফী', ['ফি', 'মূল্য']],
    ['fee', ['ফি', 'মূল্য', 'বিনামূল্য']],
    ['fees', ['ফি', 'মূল্য']],
    ['service', ['সেবা']],
    ['time', ['সময়']],
    ['office', ['কার্যালয়', 'দপ্তর']],
    ['complaint', ['অভিযোগ']],
    ['charter', ['প্রতিশ্রুতি', 'চার্টার']],
    ['citizen charter', ['সিটিজেন চার্টার', 'সেবা প্রদান প্রতিশ্রুতি']],
    ['সেবার মূল্য', ['সেবা ফি', 'সেবা বিনামূল্য']],
    ['land mutation fee', ['ভূমি নামজারি মূল্য', 'ভূমি নামজারি ফি']],
    ['namjari', ['নামজারি']],
  ])('"%s" is also searched as %j', (typed, also) => {
    for (const text of also) expect(texts(typed)).toContain(foldQuery(text));
  });

  it('keeps the query as typed first and every alternative below it', () => {
    const plan = planQuery('ফি');
    expect(plan.primary[0]).toEqual({ text: 'ফি', weight: 1 });
    expect(plan.primary.slice(1).every((q) => q.weight < 1)).toBe(true);
    expect(plan.primary.length).toBeLessThanOrEqual(12);
  });

  it('a Bengali word with one meaning is not widened: কারা, নামজারি, সভা run as typed and stemmed only', () => {
    for (const q of ['কারা', 'নামজারি', 'সভা']) expect(texts(q)).toEqual([q]);
  });

  it.each([
    ['ড় typed as র, one place at a time', 'ভেরামারা', 'ভেড়ামারা'],
    ['ঢ় typed as র', 'আষার', 'আষাঢ়'],
    ['ড় typed for ঢ়', 'আষাড়', 'আষাঢ়'],
    ['ড় typed as র after a vowel sign', 'দোরগোরা', 'দোরগোড়া'],
    ['ড় without its nukta', 'ভেডামারা', 'ভেড়ামারা'],
    ['য় without its nukta', 'সময', 'সময়'],
  ])('letterVariants: %s', (_why, typed, printed) => {
    expect(letterVariants(foldQuery(typed))).toContain(foldQuery(printed));
  });

  it('letterVariants leaves word-initial র and র in a cluster alone (প্র, র্ম are never ড়)', () => {
    expect(letterVariants('রংপুর')).toEqual(['রংপুড়', 'রংপুঢ়']);
    expect(letterVariants('প্রশিক্ষণ')).toEqual([]);
    expect(letterVariants('কর্ম')).toEqual([]);
  });

  it('ভেরামারা is planned as a near spelling, tried only when the query as typed finds nothing', () => {
    const plan = planQuery('ভেরামারা');
    expect(plan.primary.map((q) => q.text)).not.toContain(foldQuery('ভেড়ামা'));
    expect(plan.fallback.map((q) => q.text)).toContain(foldQuery('ভেড়ামা'));
  });

  it.each([
    ['ফি', 'ফি', true],
    ['ফি', 'ফির', true],
    ['ফি', 'ফিরে', false],
    ['ফি', 'ফিল্ড', false],
    ['কর', 'কর', true],
    ['কর', 'করের', true],
    ['কর', 'কর্মকর্তা', false],
    ['কর', 'করা', false],
    ['কর', 'করেন', false],
    ['কাজ', 'কাজের', true],
    ['কর', 'করে', false],
    ['কাজ', 'কাজী', false],
    ['আদালত', 'আদালতের', true],
    ['সেবা', 'সেবাসমূহ', true],
    ['সভা', 'সভাপতি', true],
    ['নামজারি', 'নামজারির', true],
    ['কারা', 'কারাগার', true],
    ['tk', 'tk', true],
    ['tk', 'tkt', false],
    ['২০২', '২০২৩', true],
  ])('a short word is matched whole, never as the start of every word: %s in %s → %s', (term, word, expected) => {
    expect(termMatches(foldQuery(term), foldQuery(word))).toBe(expected);
  });

  it('fee, time, papers and service are words about a service’s details; a place or a service name is not', () => {
    expect(['ফি', 'মূল্য', 'খরচ', 'fee', 'time', 'সময়', 'সেবা', 'service'].every((w) => isDetailWord(foldQuery(w), foldQuery(w)))).toBe(true);
    expect(['নামজারি', 'ভেড়ামারা', 'অফিস'].some((w) => isDetailWord(foldQuery(w), foldQuery(w)))).toBe(false);
  });
});
