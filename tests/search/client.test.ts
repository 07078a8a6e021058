import { describe, expect, it } from 'vitest';
import { indexedForms, loadShown, mergeResults, pageHasTerms, searchPortal, type PagefindApi, type PagefindResult } from '../../src/search/client.ts';

const result = (id: string, score: number, content = ''): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/${id}/`, excerpt: '', content, meta: { title: id } }),
});

describe('mergeResults', () => {
  it('keeps each page once, with its best weighted score, best first', () => {
    const merged = mergeResults([
      { query: { text: 'a', weight: 1 }, results: [result('x', 2), result('y', 1)] },
      { query: { text: 'b', weight: 0.5 }, results: [result('y', 10), result('z', 1)] },
    ]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['y', 5],
      ['x', 2],
      ['z', 0.5],
    ]);
    expect(merged[0]?.queries).toEqual(['b', 'a']);
  });
});

describe('pageHasTerms: a real match has every query word starting some word of the page', () => {
  it.each([
    ['আদালত', 'দৃ: আ: প্রোগ্রামার', false, 'Pagefind falls back to the word আ'],
    ['কারা', 'কার সঙ্গে যোগাযোগ', false, 'Pagefind accepts কার for কারা with exact diacritics'],
    ['কারা', 'কারাগার সমূহের', true, 'prefix'],
    ['enothi', 'ই-নথি e-Nothi', true, 'hyphenated word as a whole'],
    ['nothi', 'e-Nothi', true, 'part of a hyphenated word'],
    ['২০২৪', 'তারিখ ১৫/০৪/২০২৪', true, 'part of a date'],
    ['সেবা মূল্য', 'সেবার মূল্য ও পরিশোধ', true, 'all words'],
    ['সেবা আদালত', 'সেবার মূল্য', false, 'one word missing'],
  ])('%s in "%s" → %s (%s)', (query, text, expected) => {
    expect(pageHasTerms(query, text)).toBe(expected);
  });

  it('indexedForms lists whole words and their parts', () => {
    expect([...indexedForms('E-Commerce (PSCPMS);')]).toEqual(['ecommerce', 'e', 'commerce', 'pscpms']);
  });
});

describe('searchPortal', () => {
  const pages: Record<string, string> = { a: 'আদালতের রায়', b: 'সেবার মূল্য ২০২৩', c: 'আ: প্রোগ্রামার' };
  // A stand-in for Pagefind that matches by prefix like it does, and falls back to "আ" for unknown words.
  const fake: PagefindApi = {
    options: async () => undefined,
    search: async (term) => {
      const terms = term.split(' ');
      const ids = Object.keys(pages).filter((id) => terms.every((t) => pages[id]!.split(' ').some((w) => w.startsWith(t))));
      if (ids.length === 0 && terms.every((t) => t.startsWith('আ'))) return { results: [result('c', 1, pages['c'])] };
      return { results: ids.map((id) => result(id, 1, pages[id])) };
    },
  };

  it('finds the stem of an inflected word and the other digit script', async () => {
    const found = await searchPortal(fake, 'আদালত');
    expect(found.results.map((r) => r.id)).toEqual(['a']);
    const digits = await searchPortal(fake, 'সেবা 2023');
    expect(digits.results.map((r) => r.id)).toEqual(['b']);
  });

  it('drops a whole answer that rests on a fallback word', async () => {
    const found = await searchPortal(fake, 'আকাশ');
    expect(found.results).toEqual([]);
  });

  it('loadShown drops results whose page lacks the words', async () => {
    const shown = await loadShown(
      [
        { id: 'b', score: 2, result: result('b', 2, pages['b']), queries: ['সেবা'] },
        { id: 'c', score: 1, result: result('c', 1, pages['c']), queries: ['সেবা'] },
      ],
      10,
    );
    expect(shown.shown.map((d) => d.url)).toEqual(['/b/']);
    expect(shown.dropped).toBe(1);
  });
});
