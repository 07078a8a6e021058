/** The importer's pure parts, table-driven: Bijoy detection, table shapes, value parsers, MDX escaping. */
import { describe, expect, it } from 'vitest';
import { detectBijoy } from '../../src/importer/bijoy.ts';
import { bijoyToUnicode, convertBijoyText } from '../../src/importer/bijoy-convert.ts';
import { itemsFromHtml } from '../../src/importer/docx.ts';
import { findDueText, findImplementer, parseFee, parsePersonLines, parsePersonText, parseTimeLimit, splitNumbered } from '../../src/importer/fields.ts';
import { escapeMdx, renderBody } from '../../src/importer/mdx.ts';
import { splitRecipient } from '../../src/importer/letter.ts';
import { itemsFromText, type SourceTable } from '../../src/importer/source.ts';

describe('Bijoy detection', () => {
  it.each([
    ['the DOMAIN example', 'MYcÖRvZš¿x evsjv‡`k miKvi'],
    ['a Unicode heading over a Bijoy body', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nDc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq\nmfvi Kvh©weeiYx Ges wm×všÍ'],
    ['known words only', 'Ges miKvi mfv'],
  ])('finds %s', (_name, text) => {
    expect(detectBijoy(text)).toBeDefined();
  });

  it.each([
    ['Unicode Bengali', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার এবং কার্যালয়'],
    ['English with accents', 'The café served a naïve résumé; © 2024 Government of Bangladesh'],
    ['a seed-like mix', 'স্থান: Zoom Online Platform. E- Commerce System ‘কেন্দ্রীয়’ “ক”'],
  ])('does not flag %s', (_name, text) => {
    expect(detectBijoy(text)).toBeUndefined();
  });

  it('names the first line with Bijoy text', () => {
    expect(detectBijoy('সভার কার্যবিবরণী\n\nMYcÖRvZš¿x evsjv‡`k miKvi')?.line).toBe(3);
  });
});

describe('table shapes', () => {
  const table = (text: string) => itemsFromText(text).find((i): i is SourceTable => i.kind === 'table');
  it.each([
    ['tab-separated', 'ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tক\tখ', 'tab'],
    ['HTML <p> fragments', '<p>ক্রম</p>\t<p>বিষয়</p>\t<p>সিদ্ধান্ত</p>\n<p>১</p>\t<p>ক</p>\t<p>খ</p>', 'html'],
    ['a Markdown pipe table', '| ক্রম | বিষয় | সিদ্ধান্ত |\n| --- | --- | --- |\n| ১ | ক | খ |', 'markdown'],
    ['bare pipes', 'ক্রম | বিষয় | সিদ্ধান্ত\n১ | ক | খ', 'pipe'],
    ['tab rows under a dashed separator row', 'ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tক\tখ\n---\t---\t---', 'tab'],
  ])('reads %s', (_name, text, shape) => {
    const t = table(text);
    expect(t?.rows.map((r) => r.cells)).toEqual([
      ['ক্রম', 'বিষয়', 'সিদ্ধান্ত'],
      ['১', 'ক', 'খ'],
    ]);
    expect(t?.shapes).toEqual([shape]);
  });

  it('joins rows split by blank lines when they have the same width, and keeps input lines', () => {
    const t = table('ক\tখ\n১\t২\n\n৩\t৪\n\nমাঝে লেখা\n\n৫\t৬');
    expect(t?.rows.map((r) => [r.cells[0], r.line])).toEqual([
      ['ক', 1],
      ['১', 2],
      ['৩', 4],
    ]);
  });

  it('keeps a short row adjacent to its table, so the missing cell can be reported', () => {
    expect(table('ক\tখ\tগ\n১\t২')?.rows.map((r) => r.cells.length)).toEqual([3, 2]);
  });

  it('expands merged cells: a row span repeats, a column span leaves the other columns empty', () => {
    const items = itemsFromHtml('<table><tr><td>ক</td><td rowspan="2">খ</td></tr><tr><td>গ</td></tr><tr><td colspan="2">ঘ</td></tr></table>');
    expect(items[0]?.kind === 'table' && items[0].rows.map((r) => r.cells)).toEqual([
      ['ক', 'খ'],
      ['গ', 'খ'],
      ['ঘ', ''],
    ]);
  });

  it('reads Word tables from mammoth HTML, a cell keeping its lines', () => {
    const items = itemsFromHtml('<h2>সিটিজেন চার্টার</h2><p>ভিশন:</p><table><tr><td><p>ক</p></td><td><p>খ</p><p>গ</p></td></tr></table><ul><li>এক</li></ul>');
    expect(items.map((i) => (i.kind === 'line' ? [i.line, i.text] : [i.line, i.rows.map((r) => r.cells)]))).toEqual([
      [1, '## সিটিজেন চার্টার'],
      [2, 'ভিশন:'],
      [3, [['ক', 'খ\nগ']]],
      [4, '- এক'],
    ]);
  });
});

describe('people as printed', () => {
  it.each([
    ['name and designation on one line', 'মো: হাবিবুর রহমান বিভাগীয় কমিশনার', { name: 'মো: হাবিবুর রহমান', designation: 'বিভাগীয় কমিশনার' }],
    [
      'a bracketed rank stays with the name',
      'জনাব এ. বি. এম. আরশাদ হোসেন (অতিরিক্ত সচিব) মহাপরিচালক ফোনঃ ০২-৪১০২৪০৭২',
      { name: 'জনাব এ. বি. এম. আরশাদ হোসেন (অতিরিক্ত সচিব)', designation: 'মহাপরিচালক', phone: ['০২-৪১০২৪০৭২'] },
    ],
    [
      'office after the designation',
      'জনাব মোঃ আবুজর রহমান প্রোগ্রামার আইসিটি অধিদপ্তর, কুষ্টিয়া abuzordoict@gmail.com www.doict.kushtia.gov.bd',
      {
        name: 'জনাব মোঃ আবুজর রহমান',
        designation: 'প্রোগ্রামার',
        office: 'আইসিটি অধিদপ্তর, কুষ্টিয়া',
        email: ['abuzordoict@gmail.com'],
        website: ['www.doict.kushtia.gov.bd'],
      },
    ],
    [
      'comma-separated name, designation, office',
      'জনাব মোঃ গোলাম রাব্বী পিএএ, উপপরিচালক, স্থানীয় সরকার, নাটোর',
      { name: 'জনাব মোঃ গোলাম রাব্বী পিএএ', designation: 'উপপরিচালক', office: 'স্থানীয় সরকার, নাটোর' },
    ],
    [
      'a stray URL fragment becomes a note',
      'ra.kushtia.gov.bd/ জনাব মো: আলমগীর হোসেন সহকারী প্রোগ্রামার alamiu৫৬@gmail.com',
      { name: 'জনাব মো: আলমগীর হোসেন', note: 'ra.kushtia.gov.bd/', email: ['alamiu৫৬@gmail.com'] },
    ],
    [
      'no name: an address',
      'অভিযোগ গ্রহণ কেন্দ্র আইসিটি বিভাগ, আগারগাঁও, ঢাকা-১২০৭। ওয়েব পোর্টালঃ www.ictd.gov.bd',
      { address: 'অভিযোগ গ্রহণ কেন্দ্র আইসিটি বিভাগ, আগারগাঁও, ঢাকা-১২০৭।', website: ['www.ictd.gov.bd'] },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parsePersonText(text)).toMatchObject(expected);
  });

  it('a signature block: name in brackets, designation lines, office lines, contacts', () => {
    expect(
      parsePersonLines(['(মেজবাহ উদ্দিন)', 'অতিরিক্ত সচিব (উন্নয়ন) ও', 'চিফ ইনোভেশন অফিসার', 'স্থানীয় সরকার বিভাগ', 'ফোন: ৯৫৪৫৪১৬', 'ই-মেইল: lgcc2@lgd.gov.bd']),
    ).toEqual({
      name: 'মেজবাহ উদ্দিন',
      designation: 'অতিরিক্ত সচিব (উন্নয়ন) ও\nচিফ ইনোভেশন অফিসার',
      office: 'স্থানীয় সরকার বিভাগ',
      phone: ['৯৫৪৫৪১৬'],
      email: ['lgcc2@lgd.gov.bd'],
      website: [],
    });
  });
});

describe('values', () => {
  it.each([
    ['বিনামূল্যে', { kind: 'free', text: 'বিনামূল্যে' }],
    ['১,০০০/- টাকা (ট্রেজারি চালান)', { kind: 'paid', amount: 1000, payment: '(ট্রেজারি চালান)', text: '১,০০০/- টাকা (ট্রেজারি চালান)' }],
    ['সরকার নির্ধারিত ফি', { kind: 'paid', text: 'সরকার নির্ধারিত ফি' }],
  ])('fee %s', (text, expected) => {
    expect(parseFee(text)).toEqual(expected);
  });

  it.each([
    ['তাৎক্ষণিক/কার্য দিবস (প্রযোজ্য ক্ষেত্রে)', { unit: 'immediate' }],
    ['৩ কার্যদিবস', { value: 3, unit: 'working-days' }],
    ['এক মাস', { value: 1, unit: 'months' }],
    ['১৫ (পনের) দিন', { value: 15, unit: 'days' }],
    ['৭২ ঘণ্টা', { value: 72, unit: 'hours' }],
    ['যথাসম্ভব দ্রুত', {}],
  ])('time limit %s', (text, expected) => {
    expect(parseTimeLimit(text)).toEqual({ ...expected, text });
  });

  it.each([
    ['১) প্রাপ্তচিঠি ২) সংশ্লিষ্ট তথ্য। ৩) আলোচনা', ['প্রাপ্তচিঠি', 'সংশ্লিষ্ট তথ্য।', 'আলোচনা']],
    ['(১) প্রতি ০৩ মাস অন্তর হালনাগাদ করা।', ['প্রতি ০৩ মাস অন্তর হালনাগাদ করা।']],
    ['১। ক করতে হবে। ২। খ করতে হবে।', ['ক করতে হবে।', 'খ করতে হবে।']],
    ['কর্মপরিকল্পনার ২.১ অংশে ১০-২০তম গ্রেড', ['কর্মপরিকল্পনার ২.১ অংশে ১০-২০তম গ্রেড']],
  ])('numbered items in %s', (text, expected) => {
    expect(splitNumbered(text)).toEqual(expected);
  });

  it.each([
    ['… পুনর্গঠন করে আগামী ১০ দিনের মধ্যে আপলোড করতে হবে।', 'আগামী ১০ দিনের মধ্যে', undefined],
    ['… নির্ধারিত সময়ের মধ্যে সিটি কর্পোরেশন-২ শাখার মাধ্যমে বাস্তবায়ন করা হবে।', 'নির্ধারিত সময়ের মধ্যে', 'সিটি কর্পোরেশন-২ শাখা'],
    ['… সূচকসমূহের ধারণাপত্র সংশ্লিষ্ট শাখা হতে আগামী ১৫ দিনের মধ্যে প্রেরণ করতে হবে।', 'আগামী ১৫ দিনের মধ্যে', 'সংশ্লিষ্ট শাখা'],
    ['সভা আয়োজন করতে হবে।', undefined, undefined],
    ['৩১ ডিসেম্বর ২০২৪ তারিখের মধ্যে প্রশাসন শাখা হতে প্রেরণ করতে হবে।', '৩১ ডিসেম্বর ২০২৪ তারিখের মধ্যে', 'প্রশাসন শাখা'],
  ])('deadline and implementer in %s', (text, due, by) => {
    expect([findDueText(text), findImplementer(text)]).toEqual([due, by]);
  });

  it.each([
    [
      'ভারপ্রাপ্ত কর্মকর্তা, আইসিটি সেল, ঢাকা। স্মারকটি ওয়েবসাইটে আপলোডের অনুরোধ করা হলো।',
      { recipient: 'ভারপ্রাপ্ত কর্মকর্তা, আইসিটি সেল, ঢাকা।', note: 'স্মারকটি ওয়েবসাইটে আপলোডের অনুরোধ করা হলো।' },
    ],
    ['একান্ত সচিব, রংপুর (বিভাগীয় কমিশনার মহোদয়ের সদয় অবগতির জন্য)।', { recipient: 'একান্ত সচিব, রংপুর', note: '(বিভাগীয় কমিশনার মহোদয়ের সদয় অবগতির জন্য)।' }],
    ['ব্যক্তিগত সহকারী, সদর দপ্তর (অঃদাঃ), মহোদয়ের সদয় অবগতির জন্য।', { recipient: 'ব্যক্তিগত সহকারী, সদর দপ্তর (অঃদাঃ)', note: 'মহোদয়ের সদয় অবগতির জন্য।' }],
    ['কারা উপমহাপরিদর্শক, (চিফ ইনোভেশন অফিসার), ঢাকা বিভাগ, ঢাকা।', { recipient: 'কারা উপমহাপরিদর্শক, (চিফ ইনোভেশন অফিসার), ঢাকা বিভাগ, ঢাকা।' }],
  ])('recipient and note in %s', (text, expected) => {
    expect(splitRecipient(text)).toEqual(expected);
  });
});

describe('the MDX body', () => {
  it('escapes what MDX would run as code', () => {
    expect(escapeMdx('দাম {১০০} টাকা <বেশি> নয়')).toBe('দাম &#123;১০০&#125; টাকা &lt;বেশি&gt; নয়');
    expect(escapeMdx('export default 1')).toBe('&#101;xport default 1');
  });

  it('keeps printed line groups with hard breaks, tables as GFM, headings from ##', () => {
    const items = itemsFromText('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা প্রশাসকের কার্যালয়\n\n### আদেশ\n\nক\tখ|গ\n১\t২');
    expect(renderBody(items)).toBe('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\\\nজেলা প্রশাসকের কার্যালয়\n\n## আদেশ\n\n| ক | খ\\|গ |\n| --- | --- |\n| ১ | ২ |');
  });
});

describe('Bijoy to Unicode (--convert-bijoy)', () => {
  it.each([
    ['MYcÖRvZš¿x evsjv‡`k miKvi', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'],
    ['Ges', 'এবং'],
    ['Kvh©vjq', 'কার্যালয়'],
    ['GKv e‡m Zywg', 'একা বসে তুমি'],
    ['‡`L‡Qv wK GKB AvKvk?', 'দেখছো কি একই আকাশ?'],
    ['w`b ‡k‡l Zvi Zviv¸‡jv w`‡e ‡`Lv|', 'দিন শেষে তার তারাগুলো দিবে দেখা।'],
    ['Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq', 'উপজেলা নির্বাহী অফিসারের কার্যালয়'],
    ['‡mev cÖ`vb cÖwZkÖæwZ', 'সেবা প্রদান প্রতিশ্রুতি'],
    ['Kg©KZ©v', 'কর্মকর্তা'],
    ['KwgwU cybM©Vb', 'কমিটি পুনর্গঠন'],
    ['‡cvU©vj', 'পোর্টাল'],
    ['wm×všÍ', 'সিদ্ধান্ত'],
    ['¯§viK bs: 05.44', 'স্মারক নং: ০৫.৪৪'],
  ])('%s → %s', (bijoy, unicode) => {
    expect(bijoyToUnicode(bijoy)).toBe(unicode.normalize('NFC'));
  });

  it('converts only the Bijoy lines of a mixed page', () => {
    const { text, lines } = convertBijoyText('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nZoom Online Platform\nmfvi Kvh©weeiYx');
    expect(lines).toEqual([3]);
    expect(text).toBe('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nZoom Online Platform\nসভার কার্যবিবরণী'.normalize('NFC'));
  });
});
