import { describe, expect, it } from 'vitest';
import { officeLineage, pageInfoOf, prepareHtmlForIndex, searchFacts, separateBlocks, type OfficeInfo } from '../../scripts/lib/search-index.ts';

const offices = new Map<string, OfficeInfo>([
  ['ministry', { id: 'ministry', nameBn: 'মন্ত্রণালয়', nameEn: 'Ministry', parent: undefined }],
  ['division', { id: 'division', nameBn: 'বিভাগ', nameEn: 'Division', parent: 'ministry' }],
  ['upazila', { id: 'upazila', nameBn: 'উপজেলা কার্যালয়, ভেড়ামারা', nameEn: 'Upazila', parent: 'division' }],
]);

const page = (body: string) =>
  `<!doctype html><html lang="bn"><body data-page-kind="minutes" data-office="upazila"><header data-pagefind-ignore="all">x</header><article data-pagefind-body data-document-date="2023-06-25">${body}</article></body></html>`;

describe('the search index build step', () => {
  it('files a page under its office and every office above it, so a parent office search includes its children', () => {
    expect(officeLineage('upazila', offices)).toEqual(['upazila', 'division', 'ministry']);
    expect(officeLineage('unknown', offices)).toEqual(['unknown']);
  });

  it('reads kind, office and date from the page the layouts render', () => {
    expect(pageInfoOf(page('<h1>t</h1>'), '/offices/upazila/minutes/x/')).toEqual({
      url: '/offices/upazila/minutes/x/',
      kind: 'minutes',
      officeId: 'upazila',
      date: '2023-06-25',
    });
  });

  it('gives filters for office, kind and fiscal year, and the office name, kind and Bengali date to show', () => {
    const facts = searchFacts({ url: '/', kind: 'minutes', officeId: 'upazila', date: '2023-06-25' }, offices);
    expect(facts.filters).toEqual({ kind: ['minutes'], office: ['upazila', 'division', 'ministry'], fy: ['2022-23'] });
    expect(facts.meta).toMatchObject({ office: 'উপজেলা কার্যালয়, ভেড়ামারা', kind: 'সভার কার্যবিবরণী', date: '২৫ জুন ২০২৩' });
    expect(facts.sort).toEqual({ date: '2023-06-25' });
  });

  it('folds the text and adds empty filter and meta elements inside the indexed body, changing nothing else', () => {
    const html = page('<h1>সম\u09DFসীমা ও দায়িত্ব\u200Dপ্রাপ্ত</h1>');
    const out = prepareHtmlForIndex(html, pageInfoOf(html, '/x/'), offices);
    expect(out).toContain('<h1>সময়সীমা ও দায়িত্বপ্রাপ্ত</h1>');
    expect(out).toMatch(/<article data-pagefind-body[^>]*><span data-pagefind-filter="kind\[data-v\]" data-v="minutes"><\/span>/);
    expect(out).toContain('<span data-pagefind-filter="office[data-v]" data-v="ministry"></span>');
    expect(out).toContain('<span data-pagefind-meta="date[data-v]" data-v="২৫ জুন ২০২৩"></span>');
    expect(out.replace(/<span data-pagefind-[^>]*><\/span>/g, '')).toBe(separateBlocks(html.replace('সম\u09DFসীমা', 'সময়সীমা').replace('\u200D', '')));
  });

  it('keeps words in neighbouring cells apart, since the built HTML has no space between tags', () => {
    expect(separateBlocks('<dl><dt>সময়</dt><dd>সকাল</dd></dl><p>ক</p> <p>খ</p>')).toBe('<dl><dt>সময়</dt> <dd>সকাল</dd> </dl><p>ক</p> <p>খ</p>');
  });

  it('escapes quotes in office names put into attributes', () => {
    const quoted = new Map([['q', { id: 'q', nameBn: 'এ "বি" & সি', nameEn: '', parent: undefined }]]);
    const html = '<body data-page-kind="office" data-office="q"><div data-pagefind-body>x</div></body>';
    expect(prepareHtmlForIndex(html, pageInfoOf(html, '/'), quoted)).toContain('data-v="এ &quot;বি&quot; &amp; সি"');
  });
});
