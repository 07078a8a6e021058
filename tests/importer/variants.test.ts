/** Shapes the seeds do not show (tests/fixtures/import/), imported in-process. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importFile } from '../../src/importer/index.ts';
import { itemsFromText } from '../../src/importer/source.ts';
import type { Charter, Minutes, OfficeOrder } from '../../src/schemas/index.ts';
import { charterSchema, minutesSchema, officeOrderSchema } from '../../src/schemas/index.ts';
import { repoRoot } from '../support/paths.ts';
import { makeDocx } from './make-docx.ts';
import { tempInput } from './support.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/import', name);

describe('minutes printed as labelled sections', async () => {
  const result = await importFile(fixture('minutes-sections.txt'), 'minutes-sections.txt');
  const minutes = minutesSchema.parse(result.data) as Minutes;

  it('is detected as minutes and has no errors', () => {
    expect(result.kind).toBe('minutes');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.relativePath).toBe('minutes/2023-12-12-charter-monitoring-2.mdx');
  });

  it('reads the header, the fiscal year and quarter from the title', () => {
    expect([minutes.fiscalYear, minutes.quarter, minutes.meetingNumber, minutes.meetingDate, minutes.time]).toEqual([
      '2023-24',
      2,
      2,
      '2023-12-12',
      'বিকাল ৩:০০ টা',
    ]);
    expect(minutes.chair).toMatchObject({ name: 'জনাব আবু নাসের ভূঞা', designation: 'জেলা প্রশাসক', office: 'নাটোর' });
  });

  it('reads each section with its number, decisions, implementer and deadline', () => {
    expect(minutes.agenda.map((a) => [a.number, a.topic, a.decisions.length])).toEqual([
      ['১', 'সিটিজেন চার্টার হালনাগাদকরণ', 2],
      ['২', 'প্রশিক্ষণ', 1],
    ]);
    expect(minutes.agenda[0]?.decisions[0]).toEqual({
      text: 'সকল শাখা আগামী ১৫ দিনের মধ্যে চার্টার হালনাগাদ করবে।',
      implementedBy: 'সকল শাখা প্রধান',
      dueText: 'আগামী ১৫ দিনের মধ্যে',
    });
    expect(minutes.agenda[1]?.decisions[0]).toMatchObject({ dueText: '৩১/১২/২০২৩ তারিখের মধ্যে', dueDate: '2023-12-31' });
    expect(minutes.agenda[0]?.decisions[0]?.dueDate).toBeUndefined();
  });

  it('reads a memo number and date printed on one line, and the distribution purpose', () => {
    expect([minutes.memoNumber, minutes.date]).toEqual(['০৫.৪৪.৬৯০০.০০৩.০৬.০০১.২৩-৯৮৭', '2023-12-13']);
    expect(minutes.distribution.map((r) => r.purpose)).toEqual(['information-and-action', 'information-and-action']);
    expect(minutes.signatory.email).toEqual(['dcnatore@mopa.gov.bd']);
  });

  it('keeps the letterhead and closing words in the body', () => {
    expect(result.body).toContain('জেলা প্রশাসকের কার্যালয়, নাটোর');
    expect(result.body).toContain('সভার সমাপ্তি ঘোষণা করেন।');
    expect(result.body).not.toContain('আলোচ্যসূচি-১');
  });
});

describe('a Markdown charter with 8 columns', async () => {
  const result = await importFile(fixture('charter-8-columns.md'), 'charter-8-columns.md');
  const charter = charterSchema.parse(result.data) as Charter;

  it('reads the sections, the remarks column and internal services', () => {
    expect(result.relativePath).toBe('charters/2025-01-01.mdx');
    expect(charter.services.citizen.services.map((s) => s.remarks)).toEqual(['ই-নামজারি', undefined]);
    expect(charter.services.internal.heading).toBe('অভ্যন্তরীণ সেবা');
    expect(charter.services.internal.services).toHaveLength(1);
    expect(charter.services.citizen.services[0]?.fee).toEqual({ kind: 'paid', amount: 1170, payment: 'অনলাইনে পরিশোধ', text: '১,১৭০/- টাকা, অনলাইনে পরিশোধ' });
  });

  it('keeps a post printed without a name as the name, and says so', () => {
    expect(charter.services.citizen.services[0]?.officer).toMatchObject({ name: 'সহকারী কমিশনার (ভূমি)', phone: ['০১৭৩৩-৩৩৪৪৫৫'] });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ line: 15, code: 'unparsed', field: 'services.citizen.services[0].officer.name' }));
    expect(charter.grs[1]?.officer).toMatchObject({ designation: 'জেলা প্রশাসক', office: 'নাটোর' });
    expect(charter.grs[1]?.officer.name).toBeUndefined();
  });

  it('reads the expectations list and the labelled date, leaving the body empty', () => {
    expect(charter.expectations).toEqual(['নির্ধারিত ফরমে সম্পূর্ণ আবেদন জমা দিন।', 'সাক্ষাতের নির্ধারিত সময়ে উপস্থিত থাকুন।']);
    expect([charter.effectiveDate, charter.datePrinted]).toEqual(['2025-01-01', '০১ জানুয়ারি ২০২৫']);
    expect(result.body).toBe('');
  });
});

describe('a service table continued on the next page', () => {
  it('skips the header printed again and keeps every service', async () => {
    const header = 'ক্রম\tসেবার নাম\tসেবা প্রদান পদ্ধতি\tপ্রয়োজনীয় কাগজপত্র\tসেবার মূল্য\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা';
    const row = (n: string) => `${n}\tসেবা ${n}\tসরাসরি\tআবেদন\tবিনামূল্যে\t৩ কার্যদিবস\tজনাব রহিম উদ্দিন সহকারী প্রোগ্রামার`;
    const text = [
      'সিটিজেন চার্টার',
      '',
      'ভিশন: দ্রুত সেবা।',
      '',
      'মিশন: সহজ সেবা।',
      '',
      'নাগরিক সেবা',
      '',
      header,
      row('১'),
      '',
      header,
      row('২'),
      '',
      '১৫/০৪/২০২৪',
    ].join('\n');
    const result = importDocument({ displayPath: 'split.txt', format: 'text', items: itemsFromText(text) });
    const charter = charterSchema.parse(result.data) as Charter;
    expect(charter.services.citizen.services.map((s) => s.name)).toEqual(['সেবা ১', 'সেবা ২']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('an office order forming a committee and naming focal points', async () => {
  const result = await importFile(fixture('order-committee.txt'), 'order-committee.txt');
  const order = officeOrderSchema.parse(result.data) as OfficeOrder;

  it('reads the subject, the kind, and the memo number and date printed above the text', () => {
    expect(result.relativePath).toBe('orders/2024-07-05-monitoring-committee.mdx');
    expect([order.subject, order.orderKind, order.memoNumber, order.date]).toEqual([
      'সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি পুনর্গঠন।',
      'monitoring-committee',
      '০৫.৪৪.৬৯০০.০০৩.০৬.০০১.২৪-১০০',
      '2024-07-05',
    ]);
  });

  it('takes the signatory after the text, not the letterhead above the memo number', () => {
    expect(order.signatory).toMatchObject({ name: 'আবু নাসের ভূঞা', designation: 'জেলা প্রশাসক, নাটোর' });
    expect(result.body).toContain('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার');
  });

  it('reads committee lines and the focal point table into appointments', () => {
    expect(order.appointments.map((a) => [a.person.name, a.role, a.committee])).toEqual([
      ['অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর', 'committee-chair', 'charter-monitoring'],
      ['জনাব মোঃ করিম', 'committee-member', 'charter-monitoring'],
      ['জনাব মোছাঃ রহিমা', 'committee-member-secretary', 'charter-monitoring'],
      ['জনাব মোঃ করিম', 'focal-point', undefined],
      ['জনাব মোছাঃ রহিমা', 'alternate-focal-point', undefined],
    ]);
    expect(order.appointments[4]?.person.phone).toEqual(['০১৭১৫৫৬৬৭৭৮']);
    expect(order.distribution.map((r) => r.purpose)).toEqual(['action', 'action']);
  });
});

describe('minutes listing their attendees', async () => {
  const result = await importFile(fixture('minutes-attendees.txt'), 'minutes-attendees.txt');
  const minutes = minutesSchema.parse(result.data) as Minutes;

  it('reads the numbered attendance list into attendees', () => {
    expect(minutes.attendees.map((p) => [p.name, p.designation])).toEqual([
      ['জনাব মোঃ করিম', 'সিনিয়র সহকারী কমিশনার'],
      ['জনাব মোছাঃ রহিমা', 'সহকারী কমিশনার (আইসিটি)'],
      ['উপজেলা নির্বাহী অফিসার, সদর, নাটোর', undefined],
    ]);
    expect(minutes.attendeesNote).toBeUndefined();
  });

  it('does not take the whole short document for a signature block', () => {
    expect(minutes.title).toBe('সভার কার্যবিবরণী');
    expect(minutes.agenda[0]?.decisions[0]?.text).toBe('চার্টার হালনাগাদ করতে হবে।');
    expect(minutes.signatory).toMatchObject({ name: 'আবু নাসের ভূঞা', designation: 'জেলা প্রশাসক' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a charter page saved from an older portal (HTML)', async () => {
  const result = await importFile(fixture('charter-page.html'), 'charter-page.html');
  const charter = charterSchema.parse(result.data) as Charter;

  it('reads the content, not the navigation, script or footer', () => {
    expect(result.kind).toBe('charter');
    expect([charter.title, charter.vision, charter.mission, charter.effectiveDate]).toEqual(['সিটিজেন চার্টার', 'সবার জন্য সেবা।', 'সহজ সেবা।', '2024-04-15']);
    expect(charter.services.citizen.services[0]).toMatchObject({
      name: 'তথ্য প্রদান',
      papers: ['আবেদন', 'পরিচয়পত্র'],
      officer: { name: 'জনাব রহিম উদ্দিন', designation: 'সহকারী প্রোগ্রামার', phone: ['০১৭১১২২৩৩৪৪'] },
    });
    expect(result.body).toBe('');
  });
});

describe('a Word charter with merged cells', async () => {
  const header = ['ক্রম', 'সেবার নাম', 'সেবা প্রদান পদ্ধতি', 'প্রয়োজনীয় কাগজপত্র', 'সেবার মূল্য', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'];
  const officer = { text: 'জনাব রহিম উদ্দিন\nসহকারী প্রোগ্রামার\nফোন: ০১৭১১২২৩৩৪৪', rowSpan: 2 };
  const file = tempInput(
    'merged.docx',
    await makeDocx([
      'সিটিজেন চার্টার',
      'ভিশন: দ্রুত সেবা।',
      'মিশন: সহজ সেবা।',
      {
        table: [
          header,
          [{ text: 'নাগরিক সেবা', columnSpan: 7 }],
          ['১', 'তথ্য প্রদান', 'সরাসরি', 'আবেদন', 'বিনামূল্যে', 'তাৎক্ষণিক', officer],
          ['২', 'প্রশিক্ষণ', 'সরাসরি', 'আবেদন', 'বিনামূল্যে', '৩ কার্যদিবস'],
          [{ text: 'দাপ্তরিক সেবা', columnSpan: 7 }],
          ['১', 'প্রতিবেদন প্রেরণ', 'ই-মেইল', 'চিঠি', 'বিনামূল্যে', '৩ কার্যদিবস', 'জনাব করিম সহকারী প্রোগ্রামার'],
          [{ text: 'বিশেষ দ্রষ্টব্য: ছুটির দিনে সেবা বন্ধ', columnSpan: 7 }],
        ],
      },
      '১৫/০৪/২০২৪',
    ]),
  );
  const result = await importFile(file, 'merged.docx');
  const charter = charterSchema.parse(result.data) as Charter;

  it('repeats a cell merged down the rows (the officer) in each service', () => {
    expect(charter.services.citizen.services.map((s) => [s.name, s.officer.name, s.officer.phone])).toEqual([
      ['তথ্য প্রদান', 'জনাব রহিম উদ্দিন', ['০১৭১১২২৩৩৪৪']],
      ['প্রশিক্ষণ', 'জনাব রহিম উদ্দিন', ['০১৭১১২২৩৩৪৪']],
    ]);
  });

  it('switches section at a heading row merged across the table, and keeps any other such row in the body', () => {
    expect(charter.services.citizen.heading).toBe('নাগরিক সেবা');
    expect(charter.services.office.heading).toBe('দাপ্তরিক সেবা');
    expect(charter.services.office.services.map((s) => s.name)).toEqual(['প্রতিবেদন প্রেরণ']);
    expect(result.body).toContain('বিশেষ দ্রষ্টব্য: ছুটির দিনে সেবা বন্ধ');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'unparsed', message: expect.stringContaining('বিশেষ দ্রষ্টব্য') }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a charter in the 2017 guideline wording', async () => {
  const result = await importFile(fixture('charter-guideline.txt'), 'charter-guideline.txt');
  const charter = charterSchema.parse(result.data) as Charter;

  it('reads রূপকল্প (Vision) and অভিলক্ষ্য (Mission) without their English glosses', () => {
    expect([charter.vision, charter.mission]).toEqual(['সবার জন্য মানসম্মত সেবা।', 'সহজ, দ্রুত ও স্বচ্ছ সেবা নিশ্চিত করা।']);
    expect(result.body).toBe('');
  });

  it('reads an officer cell with comma-separated contacts', () => {
    expect(charter.services.citizen.services[0]?.officer).toEqual({
      name: 'জনাব রহিম উদ্দিন',
      designation: 'সহকারী প্রোগ্রামার',
      phone: ['০১৭১১২২৩৩৪৪'],
      email: ['rahim@example.gov.bd'],
      website: [],
    });
    expect(charter.services.citizen.services[0]?.timeLimit).toEqual({ value: 15, unit: 'working-days', text: '১৫ (পনের) কার্যদিবস' });
  });
});

describe('an office order naming focal points in its text', async () => {
  const result = await importFile(fixture('order-focal-point.txt'), 'order-focal-point.txt');
  const order = officeOrderSchema.parse(result.data) as OfficeOrder;

  it('reads the focal point and the alternate from the sentence, and keeps the sentence in the body', () => {
    expect(order.orderKind).toBe('focal-point');
    expect(order.appointments.map((a) => [a.person.name, a.person.designation, a.role])).toEqual([
      ['জনাব মোঃ করিম উদ্দিন', 'সিনিয়র সহকারী কমিশনার', 'focal-point'],
      ['জনাব মোছাঃ রহিমা খাতুন', 'সহকারী কমিশনার (আইসিটি)', 'alternate-focal-point'],
    ]);
    expect(result.body).toContain('-কে বিকল্প ফোকাল পয়েন্ট কর্মকর্তা হিসেবে মনোনয়ন প্রদান করা হলো।');
  });
});
