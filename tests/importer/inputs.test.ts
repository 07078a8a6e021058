/**
 * Inputs other than the seeds: a Word file made here with the `docx` package,
 * Markdown with a pipe table, decomposed (NFD) text; and every way an input can
 * be refused (empty, binary, not UTF-8, old .doc, Bijoy, missing cells,
 * unknown kind), always with a clear message and nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/importer/index.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { readContent } from './compare.ts';
import { charterBlocks, makeDocx } from './make-docx.ts';
import { listFiles, tempContentRoot, tempInput, type ImportJson } from './support.ts';
import type { Charter, Minutes } from '../../src/schemas/index.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** Run the command into a fresh content root; `unchanged()` says whether it still holds only the office files. */
async function importJson(file: string, office: string, extra: string[] = []) {
  const root = tempContentRoot();
  roots.push(root);
  const before = listFiles(root);
  const r = await runScript('import', [file, '--office', office, '--out', root, '--format', 'json', ...extra]);
  return {
    code: r.code,
    json: JSON.parse(r.stdout || 'null') as ImportJson,
    stderr: r.stderr,
    unchanged: () => JSON.stringify(listFiles(root)) === JSON.stringify(before),
  };
}

/** The importer in-process, for the many ways an input is refused (spawning a process for each is slow). */
async function importInProcess(file: string) {
  return importFile(file, path.basename(file));
}

describe.concurrent('a Word charter', { timeout: 90_000 }, () => {
  it('imports its service table, GRS table, date and signatory', async () => {
    const file = tempInput('charter.docx', await makeDocx(charterBlocks()));
    const { code, json } = await importJson(file, 'doict-bheramara');
    expect(code).toBe(0);
    expect(json.kind).toBe('charter');
    expect(json.files[0]?.path).toMatch(/offices\/doict-bheramara\/charters\/2024-04-15\.mdx$/);
    const charter = readContent('charter', json.files[0]?.path ?? '').data as Charter;
    expect(charter.title).toBe('সিটিজেন চার্টার');
    expect(charter.vision).toBe('সবার জন্য দ্রুত ও স্বচ্ছ সেবা।');
    expect(charter.services.citizen.heading).toBe('নাগরিক সেবা');
    const [paid, free] = charter.services.citizen.services;
    expect(paid?.papers).toEqual(['আবেদন ফরম', 'টিকার কার্ড']);
    expect(paid?.fee).toEqual({ kind: 'paid', amount: 50, payment: 'ব্যাংক চালানের মাধ্যমে', text: '৫০ টাকা, ব্যাংক চালানের মাধ্যমে' });
    expect(paid?.timeLimit).toEqual({ value: 7, unit: 'working-days', text: '৭ কার্যদিবস' });
    expect(paid?.officer).toMatchObject({
      name: 'জনাব মো: রফিকুল ইসলাম',
      designation: 'সহকারী প্রোগ্রামার',
      phone: ['০১৭১১২২৩৩৪৪'],
      email: ['rafiq@example.gov.bd'],
    });
    expect(free?.fee).toEqual({ kind: 'free', text: 'বিনামূল্যে' });
    expect(free?.timeLimit).toEqual({ unit: 'immediate', text: 'তাৎক্ষণিক' });
    expect(charter.grs[0]).toMatchObject({
      level: 1,
      officer: { name: 'জনাব আবদুল করিম', designation: 'উপজেলা নির্বাহী অফিসার' },
      timeLimit: { value: 30, unit: 'working-days' },
    });
    expect(charter.signatory?.name).toBe('মো: রফিকুল ইসলাম');
  });

  it('with an empty fee cell is an error naming the row', async () => {
    const file = tempInput('charter.docx', await makeDocx(charterBlocks({ emptyFee: true })));
    const result = await importInProcess(file);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'unparsed', message: expect.stringContaining('has no fee') }));
  });
});

describe.concurrent('Markdown and Unicode', { timeout: 90_000 }, () => {
  const minutesMd = [
    '# সভার কার্যবিবরণী',
    '',
    'সভাপতি: জনাব করিম উদ্দিন, উপজেলা নির্বাহী অফিসার',
    'তারিখ: ১০ অক্টোবর ২০২৪',
    'স্থান: সম্মেলন কক্ষ',
    '',
    '| ক্রম | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে |',
    '| --- | --- | --- | --- | --- |',
    '| ১ | সিটিজেন চার্টার হালনাগাদ | চার্টার পুরোনো, {হালনাগাদ} দরকার <জরুরি> | ১) আগামী ৭ দিনের মধ্যে হালনাগাদ করতে হবে ২) ওয়েবসাইটে দিতে হবে | আইসিটি শাখা |',
    '',
    'স্মারক নং: ০৫.৪৭.০০০০.০০৫.১২.০০২.২৪-৩০০',
    'তারিখ: ২৫ আশ্বিন ১৪৩১',
    '১০ অক্টোবর ২০২৪',
    '',
    'করিম উদ্দিন',
    'উপজেলা নির্বাহী অফিসার',
  ].join('\n');

  it('a Markdown minutes file with a pipe agenda table imports, decisions split, braces kept as text', async () => {
    const file = tempInput('minutes.md', minutesMd);
    const { code, json } = await importJson(file, 'divcom-rangpur');
    expect(code).toBe(0);
    expect(json.kind).toBe('minutes');
    const minutes = readContent('minutes', json.files[0]?.path ?? '').data as Minutes;
    expect(minutes.meetingDate).toBe('2024-10-10');
    expect(minutes.fiscalYear).toBe('2024-25');
    expect(minutes.chair).toMatchObject({ name: 'জনাব করিম উদ্দিন', designation: 'উপজেলা নির্বাহী অফিসার' });
    expect(minutes.agenda[0]?.decisions.map((d) => [d.implementedBy, d.dueText])).toEqual([
      ['আইসিটি শাখা', 'আগামী ৭ দিনের মধ্যে'],
      ['আইসিটি শাখা', undefined],
    ]);
    expect(minutes.agenda[0]?.discussion).toBe('চার্টার পুরোনো, {হালনাগাদ} দরকার <জরুরি>');
    expect(minutes.memoNumber).toBe('০৫.৪৭.০০০০.০০৫.১২.০০২.২৪-৩০০');
    expect(json.diagnostics.filter((d) => d.code === 'bangla-date-mismatch')).toEqual([]);
  });

  it('decomposed (NFD) input is written NFC', async () => {
    const file = tempInput('minutes.txt', minutesMd.normalize('NFD'));
    const result = await importInProcess(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const content = result.content ?? '';
    expect(content).toBe(content.normalize('NFC'));
    expect(content).toContain('chair:');
  });
});

describe.concurrent('refused inputs: a clear message, nothing written', { timeout: 90_000 }, () => {
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['an empty file', () => tempInput('empty.txt', ''), /the file is empty/],
    ['a file of blank space', () => tempInput('blank.txt', ' \n\n\t \n'), /only blank space/],
    ['a binary file', () => tempInput('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), /binary file/],
    ['text in a legacy 8-bit encoding', () => tempInput('legacy.txt', Buffer.from([0x73, 0xe9, 0x62, 0x61, 0xff, 0x0a])), /not UTF-8/],
    ['an old Word .doc', () => tempInput('charter.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /save it as \.docx/],
    ['a broken .docx', () => tempInput('charter.docx', Buffer.from('PK\u0003\u0004 not really a zip')), /Word could not be read|not a Word/],
    ['a PDF', () => tempInput('charter.pdf', '%PDF-1.4\n...'), /PDF/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const result = await importInProcess(await make());
    expect(result.content).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ line: 1, severity: 'error', code: 'unparsed', message: expect.stringMatching(message) })]);
  });

  it('an empty file through the command: exit 1, the reason, nothing written', async () => {
    const { code, json, unchanged } = await importJson(tempInput('empty.txt', ''), 'lgd');
    expect(code).toBe(1);
    expect(json.written).toBe(false);
    expect(json.diagnostics[0]?.message).toMatch(/empty\.txt: the file is empty/);
    expect(unchanged()).toBe(true);
  });

  it('Bijoy-encoded Bengali, saying so and naming the line', async () => {
    const bijoy = ['সভার কার্যবিবরণী', '', 'MYcÖRvZš¿x evsjv‡`k miKvi', 'Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq Ges mfvi wm×všÍ'].join('\n');
    const { code, json, unchanged } = await importJson(tempInput('bijoy.txt', bijoy), 'lgd');
    expect(code).toBe(1);
    expect(json.diagnostics).toEqual([
      expect.objectContaining({ line: 3, severity: 'error', code: 'bijoy', message: expect.stringMatching(/Bijoy.*convert it to Unicode.*--convert-bijoy/) }),
    ]);
    expect(unchanged()).toBe(true);
  });

  it('Bijoy with the convert option: converted, imported, every converted line reported', async () => {
    const file = path.join(repoRoot, 'tests/fixtures/import/minutes-bijoy.txt');
    const result = await importFile(file, 'minutes-bijoy.txt', { convertBijoy: true });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, severity: 'warning', code: 'bijoy', message: expect.stringContaining('10 lines were converted') }),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const content = result.content ?? '';
    expect(content).toContain('title: সভার কার্যবিবরণী');
    expect(content).toContain('memoNumber: ০৫.৪৪.৬৯০০.০০৩.০৬.০০১.২৪-১০১');
    expect(content).toContain('text: চার্টার হালনাগাদ করতে হবে।');
  });

  it('a table row with a missing cell, naming its line', async () => {
    const text = [
      'সেবা প্রদান প্রতিশ্রুতি',
      '',
      'ক্রম\tসেবার নাম\tসেবা প্রদান পদ্ধতি\tপ্রয়োজনীয় কাগজপত্র\tসেবার মূল্য\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা',
      '১\tতথ্য প্রদান\tসরাসরি\tআবেদন\tবিনামূল্যে\tতাৎক্ষণিক\tজনাব রহিম সহকারী প্রোগ্রামার',
      '২\tপ্রশিক্ষণ\tসরাসরি\tআবেদন\tবিনামূল্যে\tজনাব রহিম সহকারী প্রোগ্রামার',
      '',
      '১৫/০৪/২০২৪',
    ].join('\n');
    const { code, json, unchanged } = await importJson(tempInput('charter.txt', text), 'doict-bheramara');
    expect(code).toBe(1);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ line: 5, severity: 'error', message: expect.stringContaining("6 cells but the table's header has 7") }),
    );
    expect(unchanged()).toBe(true);
  });

  it('a document of no known kind asks for --kind', async () => {
    const result = await importInProcess(tempInput('note.txt', 'একটি সাধারণ চিঠি।\n\nধন্যবাদ।'));
    expect(result.diagnostics[0]?.message).toMatch(/--kind charter\|minutes\|order/);
  });

  it('minutes without a memo number fail the schema with a plain reason', async () => {
    const result = await importInProcess(
      tempInput(
        'm.txt',
        'সভার কার্যবিবরণী\n\nসভাপতি: জনাব করিম উদ্দিন\nতারিখ: ১০ অক্টোবর ২০২৪\nস্থান: কক্ষ\n\n১.০ আলোচ্য বিষয়: চার্টার\n\n১.১ সিদ্ধান্ত: হালনাগাদ হবে।',
      ),
    );
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'schema', field: 'memoNumber', severity: 'error' }));
  });
});
