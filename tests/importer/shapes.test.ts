/**
 * Real-world shapes, one block reader at a time ("parse, then extract"):
 * printed dates, page chrome, flattened tables, meeting titles, prose
 * attendees and places, kind detection from the whole document.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findMeetingDate, parsePrintedDate } from '../../src/importer/dates.ts';
import { detectKind } from '../../src/importer/detect.ts';
import { rebuildFlattenedTables } from '../../src/importer/flattened-tables.ts';
import { isMeetingTitle, proseAttendees, prosePlace } from '../../src/importer/minutes.ts';
import { stripPageChrome } from '../../src/importer/page-chrome.ts';
import { shaped } from '../../src/importer/read-input.ts';
import { itemsFromText, type SourceTable } from '../../src/importer/source.ts';

const NBSP = '\u00A0';

describe('printed dates', () => {
  it.each([
    ['29/1/18', '2018-01-29'],
    ['08-08-18খ্রীঃ', '2018-08-08'],
    ['২৪/০৭/২০১৮ইং', '2018-07-24'],
    ['২১ সেপ্টম্বর, ২০১৭', '2017-09-21'],
    ['২৮th November ২০২৩', '2023-11-28'],
    ['১৫-04-24খ্রীঃ', '2024-04-15'],
    ['১২ Sept ২০২২', '2022-09-12'],
    ['২৮ জুলাই, 2021', '2021-07-28'],
    ['১লা জানুয়ারি ২০২০', '2020-01-01'],
    ['15/04/2024', '2024-04-15'],
    ['31/12/99', '1999-12-31'],
  ])('%s → %s', (printed, iso) => expect(parsePrintedDate(printed)).toBe(iso));

  it.each([['৩১/০২/২০২০'], ['২০১৭-০৪'], ['১২ ছাগল ২০২০'], ['13/13/13']])('%s is not a date', (printed) => expect(parsePrintedDate(printed)).toBeNull());

  it('finds every date in a line, the memo number not among them', () => {
    const found = findDates(`নং : ২০১৭-০৪${NBSP.repeat(20)}তারিখ: ২৪/০৭/২০১৮ইং; সভা ২১ সেপ্টম্বর, ২০১৭`);
    expect(found.map((d) => [d.iso, d.text])).toEqual([
      ['2018-07-24', '২৪/০৭/২০১৮ইং'],
      ['2017-09-21', '২১ সেপ্টম্বর, ২০১৭'],
    ]);
  });

  it.each([
    [['পত্রের তারিখ ২৪/০৭/২০১৮', 'গত ২১ সেপ্টম্বর, ২০১৭ তারিখে সভাকক্ষে সভা অনুষ্ঠিত হয়।'], '2017-09-21'],
    [['পরবর্তী সভা আগামী ২১ ডিসেম্বর, ২০১৭ তারিখে অনুষ্ঠিত হবে।', 'সভা ০৫/১০/২০১৭ তারিখে অনুষ্ঠিত হয়।'], '2017-10-05'],
    [['সিদ্ধান্ত ৩০/09/17 তারিখের মধ্যে বাস্তবায়ন করতে হবে।'], undefined],
  ])('the meeting date among several: %j', (sentences, iso) => expect(findMeetingDate(sentences)?.iso).toBe(iso));
});

describe('page chrome', () => {
  it.each([
    [
      'menu at the top, Text size and the last-updated line',
      ['প্রথম পাতা', 'অফিস সম্পর্কিত', 'যোগাযোগ', 'Text size A A A', '', 'অফিস আদেশ', 'সর্ব-শেষ হাল-নাগাদ: ২৮th November ২০২৩'],
      [1, 2, 3, 4, 7],
    ],
    ['a single heading that is a menu word is kept', ['সেবাসমূহ', 'ক্র নং\tসেবার নাম'], []],
    ['credits at the bottom', ['অফিস আদেশ', 'পরিকল্পনা এবং বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই', 'শেয়ার করুন'], [2, 3]],
  ])('%s', (_, lines, removed) => {
    const result = stripPageChrome(itemsFromText(lines.join('\n')));
    expect(result.removed).toEqual(removed);
  });

  it('keeps the page’s own last-updated date', () => {
    expect(stripPageChrome(itemsFromText('সর্ব-শেষ হাল-নাগাদ: ০৫ March ২০২৪')).pageUpdated).toEqual({ iso: '2024-03-05', text: '০৫ March ২০২৪', line: 1 });
  });
});

describe('tables flattened to one cell per line', () => {
  const header = ['ক্র নং |', 'সেবার নাম |', 'মূল্য |'];
  const table = (lines: string[]) => rebuildFlattenedTables(itemsFromText(lines.join('\n'))).find((i): i is SourceTable => i.kind === 'table');
  it.each([
    [
      'header, ---| and (১)…(৩)',
      [...header, '---|', '(১) |', '(২) |', '(৩) |', '১ |', 'জন্ম নিবন্ধন |', 'বিনামূল্যে |', '২ |', 'নাগরিক সনদ |', '৫০ টাকা |'],
      [
        ['ক্র নং', 'সেবার নাম', 'মূল্য'],
        ['(১)', '(২)', '(৩)'],
        ['১', 'জন্ম নিবন্ধন', 'বিনামূল্যে'],
        ['২', 'নাগরিক সনদ', '৫০ টাকা'],
      ],
    ],
    [
      'bare column numbers just before a row starting with ১',
      [...header, '১ |', '২ |', '৩ |', '১ |', 'জন্ম নিবন্ধন |', 'বিনামূল্যে |'],
      [
        ['ক্র নং', 'সেবার নাম', 'মূল্য'],
        ['১', '২', '৩'],
        ['১', 'জন্ম নিবন্ধন', 'বিনামূল্যে'],
      ],
    ],
    [
      'the last row cut short stays short',
      [...header, '---|', '১ |', 'জন্ম নিবন্ধন |', 'বিনামূল্যে |', '২ |', 'নাগরিক সনদ |'],
      [
        ['ক্র নং', 'সেবার নাম', 'মূল্য'],
        ['১', 'জন্ম নিবন্ধন', 'বিনামূল্যে'],
        ['২', 'নাগরিক সনদ'],
      ],
    ],
    [
      'a cell over two lines',
      [...header, '---|', '১ |', 'জন্ম', 'নিবন্ধন |', 'বিনামূল্যে |'],
      [
        ['ক্র নং', 'সেবার নাম', 'মূল্য'],
        ['১', 'জন্ম নিবন্ধন', 'বিনামূল্যে'],
      ],
    ],
    [
      'a heading merged across the table',
      [...header, '---|', 'দাপ্তরিক সেবা |', '১ |', 'প্রতিবেদন |', 'বিনামূল্যে |'],
      [
        ['ক্র নং', 'সেবার নাম', 'মূল্য'],
        ['দাপ্তরিক সেবা', 'দাপ্তরিক সেবা', 'দাপ্তরিক সেবা'],
        ['১', 'প্রতিবেদন', 'বিনামূল্যে'],
      ],
    ],
  ])('%s', (_, lines, rows) => {
    expect(table(lines)?.rows.map((r) => r.cells)).toEqual(rows);
  });

  it('keeps every row’s input line', () => {
    expect(table([...header, '---|', '১ |', 'জন্ম নিবন্ধন |', 'বিনামূল্যে |'])?.rows.map((r) => r.line)).toEqual([1, 5]);
  });

  it('leaves a lone line ending in a pipe alone', () => {
    expect(rebuildFlattenedTables(itemsFromText('দেখুন |\nসাধারণ লেখা')).every((i) => i.kind === 'line')).toBe(true);
  });
});

describe('minutes in other shapes', () => {
  it.each([
    ['সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন টিমের ৪র্থ সভা', true],
    ['স্থানীয় সরকার বিভাগের ইনোভেশন টিমের মাসিক সভা', true],
    ['৩য় ত্রৈমাসিক সমন্বয় সভার কার্যবিবরণী', true],
    ['পরবর্তী সভা আগামী মাসে অনুষ্ঠিত হবে। মাসিক সভা', false],
    ['সভাপতি সভার কার্যক্রম শুরু করেন', false],
  ])('%s is a meeting title: %s', (text, expected) => expect(isMeetingTitle(text)).toBe(expected));

  it('reads attendees named in running prose', () => {
    const people = proseAttendees(
      'সভায় উপস্থিত ছিলেন জনাব মোঃ রফিকুল ইসলাম, সহকারী কমিশনার (ভূমি), জনাবা সালমা খাতুন, উপজেলা মহিলা বিষয়ক কর্মকর্তা ও জনাব মোঃ কামাল হোসেন, উপজেলা আইসিটি কর্মকর্তা।',
    );
    expect(people.map((p) => p.name)).toEqual(['জনাব মোঃ রফিকুল ইসলাম', 'জনাবা সালমা খাতুন', 'জনাব মোঃ কামাল হোসেন']);
  });

  it.each([
    ['গত ২১ সেপ্টম্বর, ২০১৭ তারিখে উপজেলা নির্বাহী অফিসারের সভাকক্ষে সেবা প্রদান প্রতিশ্রুতি টিমের সভা অনুষ্ঠিত হয়।', 'উপজেলা নির্বাহী অফিসারের সভাকক্ষ'],
    ['জেলা প্রশাসকের সম্মেলন কক্ষে সভা অনুষ্ঠিত হয়।', 'জেলা প্রশাসকের সম্মেলন কক্ষ'],
    ['সভাকক্ষে কোনো সভা নেই বলে জানানো হয়', 'সভাকক্ষ'],
    ['কোনো স্থান নেই।', undefined],
  ])('the place in prose: %s', (text, place) => expect(prosePlace(text)).toBe(place));
});

describe('kind from the whole document', () => {
  const kindOf = (text: string) => detectKind(shaped({ displayPath: 'x.txt', format: 'text', items: itemsFromText(text) }).items)?.kind;
  it.each([
    [
      'a one-cell-per-line service table',
      'প্রথম পাতা\nযোগাযোগ\n\nনাগরিক সেবা\nক্র নং |\nসেবার নাম |\nসেবার মূল্য |\nদায়িত্বপ্রাপ্ত কর্মকর্তা |\n---|\n১ |\nজন্ম নিবন্ধন |\nবিনামূল্যে |\nজনাব ক |',
      'charter',
    ],
    ['নাগরিক সনদ as the heading', 'নাগরিক সনদ\n\nআমাদের সেবা সম্পর্কে', 'charter'],
    ['a team meeting without কার্যবিবরণী', 'উপজেলা কার্যালয়\nসেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন টিমের ৪র্থ সভা\n\nসভায় উপস্থিত ছিলেন …', 'minutes'],
    ['a monthly meeting', 'ইনোভেশন টিমের মাসিক সভা\n\n১। সিদ্ধান্ত', 'minutes'],
  ])('%s', (_, text, kind) => expect(kindOf(text)).toBe(kind));
});
