import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterFormat, yamlFormat } from '../../cms/file-format.ts';
import { standardFormat } from '../../cms/standard-services.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/schemas/index.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';

const formats = {
  charter: frontmatterFormat('charter'),
  minutes: frontmatterFormat('minutes'),
  order: frontmatterFormat('order'),
  office: yamlFormat(),
  standard: standardFormat(),
};
const sampleTree = loadContentTree(path.join(repoRoot, 'content'));
const sampleDocuments = sampleTree.files.filter((f) => f.kind !== 'office');

/** Write files into a fresh content tree and validate it as the build does. */
function validateFiles(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-format-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  const result = validateTree(loadContentTree(root));
  fs.rmSync(root, { recursive: true, force: true });
  return result;
}

const office = formats.office.toFile({
  // Decap hands the format its form state: keys in the order fields were touched, cleared inputs as "".
  kind: 'upazila-office',
  name: { en: 'Upazila ICT Office, Bheramara', bn: 'উপজেলা আইসিটি কার্যালয়, ভেড়ামারা' },
  parentName: 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর',
  website: '',
  phone: ['০১৯২২৩৬৭২৩২', ''],
  reviewers: ['@bheramara-ict'],
});

describe('the file format the CMS writes', () => {
  it.each(sampleDocuments.map((f) => [f.source.displayPath, f] as const))('leaves %s byte for byte unchanged when saved without edits', (_, file) => {
    const format = formats[file.kind as DocumentKind | 'standard'];
    expect(format.toFile(format.fromFile(file.source.raw))).toBe(file.source.raw);
  });

  it('writes office.yaml in schema order and drops inputs the editor left empty', () => {
    expect(office).toBe(
      'name:\n  bn: উপজেলা আইসিটি কার্যালয়, ভেড়ামারা\n  en: Upazila ICT Office, Bheramara\nkind: upazila-office\nparentName: তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর\nphone:\n  - ০১৯২২৩৬৭২৩২\nreviewers:\n  - "@bheramara-ict"\n',
    );
  });

  it('turns a charter saved in the shape Decap writes into a file that passes the schema and the validator', () => {
    const charter = formats.charter.toFile({
      title: 'সেবা প্রদান প্রতিশ্রুতি',
      effectiveDate: '2024-07-01',
      datePrinted: '',
      mission: 'দ্রুত ও স্বচ্ছ সেবা।',
      vision: 'জনগণের দোরগোড়ায় ই-সেবা।',
      services: {
        citizen: {
          services: [
            {
              name: 'জন্ম নিবন্ধন সনদের সংশোধন',
              delivery: 'অনলাইনে আবেদন, সরাসরি গ্রহণ',
              papers: ['আবেদন ফরম', 'জাতীয় পরিচয়পত্রের কপি'],
              fee: { text: '৫০ টাকা (ট্রেজারি চালান)', kind: 'paid', amount: 50, payment: 'ট্রেজারি চালান' },
              timeLimit: { text: '৭ কার্যদিবস', unit: 'working-days', value: 7 },
              officer: { name: 'জনাব মো: রফিকুল ইসলাম', designation: 'সহকারী প্রোগ্রামার', phone: ['০১৭১১-০০০০০০'], email: ['rafiq@example.gov.bd'], note: '' },
              remarks: '',
            },
            {
              number: '২.',
              name: 'তথ্য প্রদান',
              delivery: 'সরাসরি',
              fee: { kind: 'free', text: 'বিনামূল্যে', amount: '', payment: '' },
              timeLimit: { unit: 'immediate', text: 'তাৎক্ষণিক', value: '' },
              officer: { name: 'জনাব মো: রফিকুল ইসলাম' },
            },
          ],
        },
      },
      expectations: ['নির্ধারিত সময়ে উপস্থিত থাকুন'],
      grs: [
        {
          level: 1,
          when: 'সমাধান না পেলে',
          contact: 'অনিক',
          officer: { name: 'জনাব করিম', website: ['www.example.gov.bd'] },
          timeLimit: { value: 30, unit: 'working-days', text: '৩০ কার্যদিবস' },
        },
      ],
      body: '\nআরও তথ্যের জন্য দপ্তরে যোগাযোগ করুন।\n',
    });
    expect(charter.startsWith('---\ntitle: সেবা প্রদান প্রতিশ্রুতি\neffectiveDate: 2024-07-01\nvision: ')).toBe(true);
    expect(charter).toContain(
      '        fee:\n          kind: paid\n          amount: 50\n          payment: ট্রেজারি চালান\n          text: ৫০ টাকা (ট্রেজারি চালান)\n',
    );
    expect(charter).toContain('        fee:\n          kind: free\n          text: বিনামূল্যে\n        timeLimit:\n          unit: immediate\n');
    expect(charter.endsWith('---\n\nআরও তথ্যের জন্য দপ্তরে যোগাযোগ করুন।\n')).toBe(true);
    const data = formats.charter.fromFile(charter);
    const { body: _body, ...frontmatter } = data;
    expect(DOCUMENT_KINDS.charter.schema.safeParse(frontmatter).success).toBe(true);
    const result = validateFiles({ 'offices/doict-bheramara/office.yaml': office, 'offices/doict-bheramara/charters/2024-07-01.mdx': charter });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.valid.map((v) => v.file.id).sort()).toEqual(['doict-bheramara', 'doict-bheramara/2024-07-01']);
  });

  it('turns minutes with two decisions, saved in the shape Decap writes, into a file that passes the validator', () => {
    const minutes = formats.minutes.toFile({
      title: 'সিটিজেন চার্টার পরিবীক্ষণ কমিটির ১ম ত্রৈমাসিক সভা',
      meetingKind: 'charter-monitoring',
      fiscalYear: '2024-25',
      quarter: 1,
      meetingDate: '2024-09-15',
      place: 'সভাকক্ষ',
      chair: { name: 'জনাব আবদুল করিম', designation: 'উপজেলা নির্বাহী অফিসার' },
      agenda: [
        {
          number: '০১',
          topic: 'সেবা প্রদান প্রতিশ্রুতি হালনাগাদ',
          discussion: '',
          decisions: [
            { text: 'চার্টার ত্রৈমাসিক হালনাগাদ করে ওয়েবসাইটে প্রকাশ করতে হবে।', implementedBy: 'সহকারী প্রোগ্রামার', dueDate: '2024-09-30' },
            { text: 'অভিযোগ বাক্স নিয়মিত খুলতে হবে।', dueText: 'প্রতি সপ্তাহে', dueDate: '' },
          ],
        },
      ],
      memoNumber: '৫৬.০৪.৫০০০.০০০.০৬.০০১.২৪-১২',
      date: '2024-09-16',
      signatory: { name: 'জনাব আবদুল করিম', designation: 'উপজেলা নির্বাহী অফিসার', phone: [] },
      distribution: [{ recipient: 'জেলা প্রশাসক, কুষ্টিয়া', purpose: 'information' }],
    });
    const result = validateFiles({
      'offices/doict-bheramara/office.yaml': office,
      'offices/doict-bheramara/minutes/2024-09-15-charter-monitoring.mdx': minutes,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const saved = result.valid.find((v) => v.file.kind === 'minutes')!.data as { agenda: { decisions: unknown[] }[] };
    expect(saved.agenda[0]!.decisions).toHaveLength(2);
    expect(minutes).toMatch(/\ndate: 2024-09-16\n/);
  });

  it('changes exactly one line when one fee is edited in the seed charter', () => {
    const file = sampleTree.files.find((f) => f.kind === 'charter')!;
    const data = formats.charter.fromFile(file.source.raw) as { services: { citizen: { services: { fee: { text?: string } }[] } } };
    data.services.citizen.services[2]!.fee.text = '২০০ টাকা';
    const before = file.source.raw.split('\n');
    const after = formats.charter.toFile(data).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([['          text: বিনামূল্যে', '          text: ২০০ টাকা']]);
  });

  it('never drops what an editor typed: unknown keys stay, after the known ones', () => {
    const text = formats.order.toFile({ subject: 'বিষয়', extra: { note: 'হাতে লেখা' }, orderKind: 'other' });
    expect(text).toBe('---\nsubject: বিষয়\norderKind: other\nextra:\n  note: হাতে লেখা\n---\n');
  });
});
