import { describe, expect, it } from 'vitest';
import { officeLineage, pageInfoOf, prepareHtmlForIndex, searchFacts, separateBlocks, type OfficeInfo } from '../../scripts/lib/search-index.ts';
import { ignoreTableHeaders, serviceHeadings } from '../../src/search/index-html.ts';

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
    expect(separateBlocks('<dl><dt>সময়</dt><dd>সকাল</dd></dl><p>ক</p> <p>খ</p>')).toBe('<dl><dt>সময়</dt> <dd>সকাল</dd> </dl> <p>ক</p> <p>খ</p>');
  });

  it.each([
    [
      'an officer’s name and designation',
      '<strong>আলমগীর হোসেন</strong><span>সহকারী প্রোগ্রামার</span>',
      '<strong>আলমগীর হোসেন</strong> <span>সহকারী প্রোগ্রামার</span>',
    ],
    ['a list right after text', 'তথ্য<ul><li>ক</li><li>খ</li></ul>', 'তথ্য <ul><li>ক</li> <li>খ</li> </ul>'],
    ['a line break', 'ক<br>খ', 'ক <br>খ'],
    ['text right after an inline element stays one word', '<b>সেবা</b>র মূল্য', '<b>সেবা</b>র মূল্য'],
  ])('separates two things the page shows apart: %s', (_why, html, out) => {
    expect(separateBlocks(html)).toBe(out);
  });

  it('keeps the header row out of the index and puts each cell’s label beside its value, as a phone shows it', () => {
    expect(ignoreTableHeaders('<table><thead><tr><th>সেবার নাম</th></tr></thead><thead data-pagefind-ignore>')).toBe(
      '<table><thead data-pagefind-ignore><tr><th>সেবার নাম</th></tr></thead><thead data-pagefind-ignore>',
    );
    expect(ignoreTableHeaders('<td data-label="ক্র.নং" class="cell-number">১.</td><td data-label="সময়সীমা" class="cell-time">৭ দিন</td>')).toBe(
      '<td data-label="ক্র.নং" class="cell-number">১.</td><td data-label="সময়সীমা" class="cell-time"><span>সময়সীমা:</span> ৭ দিন</td>',
    );
  });

  it('gives each service name cell a heading with the service’s anchor, so a hit links to the service', () => {
    const cell = (name: string) => `<tr><th scope="row" class="cell-name">${name}</th><td>বিনামূল্যে</td></tr>`;
    const html = `<table>${cell('নামজারি ও জমাখারিজ')}${cell('তথ্য &amp; পরামর্শ')}${cell('নামজারি ও জমাখারিজ')}</table>`;
    expect(serviceHeadings(html)).toBe(
      '<table><tr><th scope="row" class="cell-name"><h4 id="service-নামজারি-ও-জমাখারিজ">নামজারি ও জমাখারিজ</h4></th><td>বিনামূল্যে</td></tr>' +
        '<tr><th scope="row" class="cell-name"><h4 id="service-তথ্য-পরামর্শ">তথ্য &amp; পরামর্শ</h4></th><td>বিনামূল্যে</td></tr>' +
        '<tr><th scope="row" class="cell-name"><h4 id="service-নামজারি-ও-জমাখারিজ-2">নামজারি ও জমাখারিজ</h4></th><td>বিনামূল্যে</td></tr></table>',
    );
    // A page whose own markup has the service headings is left as it is.
    const own = '<h3 id="service-নামজারি">নামজারি</h3><th class="cell-name">x</th>';
    expect(serviceHeadings(own)).toBe(own);
  });

  it('escapes quotes in office names put into attributes', () => {
    const quoted = new Map([['q', { id: 'q', nameBn: 'এ "বি" & সি', nameEn: '', parent: undefined }]]);
    const html = '<body data-page-kind="office" data-office="q"><div data-pagefind-body>x</div></body>';
    expect(prepareHtmlForIndex(html, pageInfoOf(html, '/'), quoted)).toContain('data-v="এ &quot;বি&quot; &amp; সি"');
  });
});
