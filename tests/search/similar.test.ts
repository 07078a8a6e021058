/**
 * "Did you mean" (src/search/similar.ts): the services nearest to a query that found
 * nothing, by how alike their folded words are, and the catalogue answering it for a
 * scope from its files (src/search/catalogue/query.ts nearestServices()).
 */
import { describe, expect, it } from 'vitest';
import { looseKey, nearestNames, wordSimilarity } from '../../src/search/similar.ts';
import { foldQuery } from '../../src/search/fold.ts';

const SERVICES = ['নামজারি ও জমাখারিজ', 'ভূমি উন্নয়ন কর আদায় ও দাখিলা প্রদান', 'জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান', 'ই-নথি বিষয়ক পরামর্শ', 'ত্রাণ সহায়তা প্রদান'];
const f = foldQuery;

describe('near names', () => {
  it.each([
    ['ী for ি and য for জ at once', 'নামযারী', 'নামজারি'],
    ['ড় typed as র', 'ভেরামারা', 'ভেড়ামারা'],
    ['ণ for ন and শ for স', 'প্রশিক্ষন', 'প্রসিক্ষণ'],
  ])('folds the spelling confusions away: %s', (_why, a, b) => {
    expect(looseKey(f(a))).toBe(looseKey(f(b)));
  });

  it.each([
    ['two confusions', 'নামযারী', 'নামজারি', 1],
    ['a letter missing', 'নামজরি', 'নামজারি', 0.8],
    ['the start of a word', 'নামজা', 'নামজারি', 0.95],
    ['held inside a longer word', 'খারিজ', 'জমাখারিজ', 0.85],
  ])('scores alike words high: %s', (_why, typed, word, atLeast) => {
    expect(wordSimilarity(f(typed), f(word))).toBeGreaterThanOrEqual(atLeast);
  });

  it('scores unlike words low', () => {
    expect(wordSimilarity(f('ঘঙচছ'), f('নামজারি'))).toBeLessThan(0.5);
    expect(wordSimilarity(f('ফি'), f('ফিরে'))).toBeLessThan(0.7);
  });

  it('offers the nearest names, best first, and none when nothing is near', () => {
    expect(nearestNames([f('নামযারী')], SERVICES).map((n) => n.name)).toEqual(['নামজারি ও জমাখারিজ']);
    expect(nearestNames([f('জন্ম'), f('নিবন্দন')], SERVICES)[0]?.name).toBe('জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান');
    expect(nearestNames([f('ঘঙচছ')], SERVICES)).toEqual([]);
  });

  it('a name must be near every typed word, not one of them', () => {
    expect(nearestNames([f('নামজারি'), f('ঘঙচছ')], SERVICES)).toEqual([]);
  });
});
