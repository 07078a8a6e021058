import { describe, expect, it } from 'vitest';
import { countAksharas, stemWord } from '../../src/search/stem.ts';
import { foldQuery } from '../../src/search/fold.ts';

describe('stemWord strips Bengali inflections to the stem Pagefind then matches as a prefix', () => {
  const cases: [string, string, string][] = [
    ['আদালতের', 'আদালত', 'genitive -এর after a consonant'],
    ['সেবার', 'সেবা', 'genitive -র after a vowel'],
    ['কর্মকর্তাকে', 'কর্মকর্তা', 'accusative -কে'],
    ['ঢাকাতে', 'ঢাকা', 'locative -তে after a vowel'],
    ['কমিটিতে', 'কমিটি', 'locative -তে keeps the -টি of কমিটি'],
    ['সেবায়', 'সেবা', 'locative -য় after a vowel'],
    ['দপ্তরে', 'দপ্তর', 'locative -এ after a consonant'],
    ['সেবাগুলো', 'সেবা', 'plural -গুলো'],
    ['সেবাগুলোর', 'সেবা', 'plural then genitive, two layers'],
    ['সেবাসমূহের', 'সেবা', '-সমূহ then -এর'],
    ['কর্মকর্তাদের', 'কর্মকর্তা', 'plural -দের'],
    ['কর্মকর্তারা', 'কর্মকর্তা', 'plural -রা after a vowel'],
    ['নাগরিকগণ', 'নাগরিক', 'honorific plural -গণ'],
    ['স্টেকহোল্ডারগণের', 'স্টেকহোল্ডার', '-গণ then -এর'],
    ['সেবাও', 'সেবা', 'the particle ও'],
    ['ওয়েব', 'ওয়েব', 'nothing to strip'],
    ['অফিসার', 'অফিসা', 'a loanword -র looks like the genitive; the prefix অফিসা still finds অফিসার'],
  ];
  it.each(cases)('%s → %s (%s)', (word, stem) => {
    expect(stemWord(foldQuery(word))).toBe(foldQuery(stem));
  });
});

describe('stemWord leaves words alone where stripping would leave too little or cut a word', () => {
  const cases: [string, string][] = [
    ['সময়', 'য় here follows a consonant: it is part of the word'],
    ['বিষয়', 'same for বিষয়'],
    ['দপ্তর', 'র after a consonant is not the genitive'],
    ['বছর', 'same for বছর'],
    ['কে', 'one akshara'],
    ['কারা', 'stem কা would be one akshara'],
    ['ধারা', 'stem ধা would be one akshara'],
    ['কমিটি', 'bare -টি is not in the list (কমিটি, কোটি, ছুটি end in it)'],
    ['মূল্য', 'no suffix'],
    ['ই-নথি', 'hyphenated words are left for Pagefind'],
  ];
  it.each(cases)('%s (%s)', (word) => {
    expect(stemWord(foldQuery(word))).toBe(foldQuery(word));
  });
});

describe('stemWord makes English plurals singular and leaves other Latin words', () => {
  it.each([
    ['offices', 'office'],
    ['prisons', 'prison'],
    ['grs', 'grs'],
    ['process', 'process'],
    ['rangpur', 'rangpur'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('countAksharas counts a consonant cluster once', () => {
  it.each([
    ['কা', 1],
    ['দ্বা', 1],
    ['কর্ম', 2],
    ['সেবা', 2],
    ['আদালত', 4],
  ])('%s has %i', (word, n) => {
    expect(countAksharas(word)).toBe(n);
  });
});
