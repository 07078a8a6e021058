/**
 * The sample content is the five seed documents (`../shared/seeds/`) converted
 * by hand. This test proves the conversion is faithful:
 * - every file parses and passes its zod schema;
 * - the counts match the seeds (services, agenda items, decisions, recipients);
 * - every structured text value occurs verbatim in the seed it came from
 *   (NFC, whitespace collapsed, markdown `**` and `<p>` stripped), so nothing
 *   was invented or "corrected";
 * - the prose kept in MDX bodies is seed text too, and nothing in a body needs
 *   MDX's JavaScript side (no import/export, braces or tags).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { charterSchema, minutesSchema, officeOrderSchema, officeSchema, standardServiceSchema } from '../../src/schemas/index.ts';
import type { CharterFile, Minutes, Office, OfficeOrder, StandardService } from '../../src/schemas/index.ts';
import { resolveCharter } from '../../src/domain/standard-services.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const officesDir = path.join(repoRoot, 'content/offices');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);

/** NFC, markdown emphasis and `<p>` fragments removed, whitespace collapsed. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .replace(/<\/?p>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function seedText(prefix: string): string {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}_* in ${seedsDir}`);
  return fs.readFileSync(path.join(seedsDir, file), 'utf8');
}

function readRaw(rel: string): string {
  return fs.readFileSync(path.join(officesDir, rel), 'utf8');
}

/** Frontmatter (between the first two `---` lines) parsed with `yaml`, and the body after it. */
function readMdx(rel: string): { data: unknown; body: string } {
  const raw = readRaw(rel);
  const lines = raw.split('\n');
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error(`${rel}: the frontmatter must sit between two --- lines at the top`);
  return { data: YAML.parse(lines.slice(1, end).join('\n')), body: lines.slice(end + 1).join('\n') };
}

function parseWith<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: unknown[] } } }, data: unknown, rel: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${rel} does not match its schema:\n${JSON.stringify(result.error?.issues, null, 2)}`);
  return result.data as T;
}

/**
 * Keys whose values are enums, ISO dates or ASCII codes rather than printed text, and
 * the portal's own governance metadata (who reviews, exemptions and when the office
 * joined), which is about the portal, not the printed documents.
 */
const NOT_PRINTED = new Set([
  'meetingKind', 'fiscalYear', 'date', 'meetingDate', 'effectiveDate', 'dueDate', 'purpose', 'role', 'committee', 'kind', 'unit', 'orderKind',
  'exemptions', 'joinedOn', 'reviewers',
  // A standard service's reference and the portal's metadata about it (for whom, its id, when,
  // and its legal basis: the guideline seed 000 names), not printed on the charter.
  'standard', 'standardChanges', 'appliesTo', 'section', 'aliases', 'effectiveFrom', 'legalBasis',
]);

/** Every string leaf of a parsed document with its path, except enums and dates. */
function printedValues(value: unknown, at = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => printedValues(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_PRINTED.has(k) ? [] : printedValues(v, at ? `${at}.${k}` : k)));
  }
  return [];
}

/** Values missing from the seed text, as readable lines for the failure message. */
function notInSeed(values: { at: string; text: string }[], seed: string): string[] {
  const haystack = normalize(seed);
  return values.filter((v) => !haystack.includes(normalize(v.text))).map((v) => `${v.at}: ${JSON.stringify(v.text)}`);
}

/** Pieces of an MDX body to find in the seed: paragraphs (hard breaks undone), table cells, heading text. */
function bodyPieces(body: string): string[] {
  const pieces: string[] = [];
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    if (block.startsWith('|')) {
      for (const row of block.split('\n')) {
        if (/^\|\s*-/.test(row)) continue;
        pieces.push(...row.split('|').map((c) => c.trim()).filter(Boolean));
      }
    } else {
      pieces.push(block.replace(/^#+\s+/, '').replace(/\\\n/g, '\n'));
    }
  }
  return pieces;
}

const FILES = {
  doictOffice: 'doict/office.yaml',
  webPortalAdvice: 'doict/services/web-portal-advice.yaml',
  eNothiAdvice: 'doict/services/e-nothi-advice.yaml',
  prisonsOffice: 'prisons-directorate/office.yaml',
  divcomOffice: 'divcom-rangpur/office.yaml',
  bheramaraOffice: 'doict-bheramara/office.yaml',
  lgdOffice: 'lgd/office.yaml',
  charter003: 'doict-bheramara/charters/2024-04-15.mdx',
  minutes000: 'prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx',
  minutes001: 'divcom-rangpur/minutes/2023-06-22-charter-q4.mdx',
  minutes004: 'lgd/minutes/2021-07-28-e-governance-innovation.mdx',
  order002: 'prisons-directorate/orders/2022-09-19-innovation-ideas.mdx',
} as const;

/** Which seed(s) each file was converted from. */
const SOURCES: Record<keyof typeof FILES, string[]> = {
  doictOffice: ['003'],
  webPortalAdvice: ['003'],
  eNothiAdvice: ['003'],
  prisonsOffice: ['000', '002'],
  divcomOffice: ['001'],
  bheramaraOffice: ['003'],
  lgdOffice: ['004'],
  charter003: ['003'],
  minutes000: ['000'],
  minutes001: ['001'],
  minutes004: ['004'],
  order002: ['002'],
};

const MDX_FILES = ['charter003', 'minutes000', 'minutes001', 'minutes004', 'order002'] as const;
const OFFICE_FILES = ['prisonsOffice', 'divcomOffice', 'bheramaraOffice', 'lgdOffice'] as const;

const offices = Object.fromEntries(
  OFFICE_FILES.map((key) => [key, parseWith<Office>(officeSchema, YAML.parse(readRaw(FILES[key])), FILES[key])]),
) as Record<(typeof OFFICE_FILES)[number], Office>;
const standards = {
  'doict/web-portal-advice': parseWith<StandardService>(standardServiceSchema, YAML.parse(readRaw(FILES.webPortalAdvice)), FILES.webPortalAdvice),
  'doict/e-nothi-advice': parseWith<StandardService>(standardServiceSchema, YAML.parse(readRaw(FILES.eNothiAdvice)), FILES.eNothiAdvice),
} as Record<string, StandardService>;
const charterFile = parseWith<CharterFile>(charterSchema, readMdx(FILES.charter003).data, FILES.charter003);
// The charter as its page shows it: its standard rows (two of the directorate's standard services) resolved.
const charter = resolveCharter(charterFile, (ref) => standards[ref], '2024-05-01').charter;
const m000 = parseWith<Minutes>(minutesSchema, readMdx(FILES.minutes000).data, FILES.minutes000);
const m001 = parseWith<Minutes>(minutesSchema, readMdx(FILES.minutes001).data, FILES.minutes001);
const m004 = parseWith<Minutes>(minutesSchema, readMdx(FILES.minutes004).data, FILES.minutes004);
const order = parseWith<OfficeOrder>(officeOrderSchema, readMdx(FILES.order002).data, FILES.order002);

describe('sample content files', () => {
  it.each(Object.values(FILES))('%s is stored NFC', (rel) => {
    const raw = readRaw(rel);
    expect(raw === raw.normalize('NFC')).toBe(true);
  });

  it('office ids and kinds are the contract ones', () => {
    expect(offices.prisonsOffice.kind).toBe('directorate');
    expect(offices.divcomOffice.kind).toBe('divisional-office');
    expect(offices.bheramaraOffice.kind).toBe('upazila-office');
    expect(offices.lgdOffice.kind).toBe('division');
    for (const office of Object.values(offices)) {
      expect(office.reviewers).toEqual([]);
      // No seed prints an alternate focal point.
      expect(office.alternateFocalPoint).toBeUndefined();
    }
    expect(offices.prisonsOffice.focalPoint?.name).toBe('মোঃ মাইন উদ্দিন ভূইয়া');
    expect(offices.prisonsOffice.focalPoint?.email).toEqual(['aig.adm@prison.gov.bd']);
  });

  it.each(MDX_FILES)('the body of %s is plain Markdown (no import/export, braces or tags)', (key) => {
    const { body } = readMdx(FILES[key]);
    expect(body).not.toMatch(/\bimport\b|\bexport\b/);
    expect(body).not.toMatch(/[{}<]/);
  });
});

describe('seed 003: Bheramara citizen charter', () => {
  const all = [...charter.services.citizen.services, ...charter.services.office.services];

  it('has every service row: 10 citizen, 4 office, no internal', () => {
    expect(charter.services.citizen.heading).toBe('নাগরিক সেবা');
    expect(charter.services.office.heading).toBe('দাপ্তরিক সেবা');
    expect(charter.services.citizen.services).toHaveLength(10);
    expect(charter.services.office.services).toHaveLength(4);
    expect(charter.services.internal.services).toHaveLength(0);
    expect(charter.services.citizen.services.map((s) => s.number)).toEqual(['১.', '২.', '৩.', '৪.', '৫.', '৬.', '৭.', '৮.', '৯.', '১০.']);
    expect(charter.services.office.services.map((s) => s.number)).toEqual(['১', '২', '৩', '৪']);
  });

  it('keeps the columns: free fee, time limits, officer contacts as printed', () => {
    for (const s of all) {
      expect(s.fee).toEqual({ kind: 'free', text: 'বিনামূল্যে' });
      expect(s.officer.name).toBe('জনাব মো: আলমগীর হোসেন');
      expect(s.officer.designation).toBe('সহকারী প্রোগ্রামার');
      expect(s.officer.phone).toEqual(['০১৯২২৩৬৭২৩২']);
      expect(s.officer.website).toEqual(['http://doict.bheramara.kushtia.gov.bd/']);
    }
    for (const s of charter.services.citizen.services) expect(s.timeLimit).toEqual({ unit: 'immediate', text: 'তাৎক্ষণিক/কার্য দিবস (প্রযোজ্য ক্ষেত্রে)' });
    for (const s of charter.services.office.services) expect(s.timeLimit).toEqual({ value: 3, unit: 'working-days', text: '৩ কার্যদিবস' });
    // Dirty values stay as printed.
    expect(all.slice(0, 5).map((s) => s.officer.email)).toEqual(Array(5).fill(['alamiu@doict.gov.bd@gmail.com']));
    expect(all.slice(5).map((s) => s.officer.email)).toEqual(Array(9).fill(['alamiu৫৬@gmail.com']));
    expect(all.map((s) => s.officer.note)).toEqual([...Array(5).fill(undefined), 'ra.kushtia.gov.bd/', ...Array(8).fill(undefined)]);
    // Printed typos stay.
    expect(all[3]?.name).toContain('দ্রাবলশ্যুটিং');
    expect(charter.services.office.services[3]?.papers[0]).toBe('প্রাপ্তিচিহ্ন');
    expect(charter.expectations[1]).toContain('সাক্ষতের');
  });

  it('splits the numbered papers into items', () => {
    expect(charter.services.office.services.map((s) => s.papers.length)).toEqual([1, 1, 3, 3]);
    for (const s of all) for (const p of s.papers) expect(p).not.toMatch(/^[০-৯]+\)/);
  });

  it('has the expectations, the 3-level GRS table and the date', () => {
    expect(charter.expectations).toHaveLength(3);
    expect(charter.grs.map((g) => g.level)).toEqual([1, 2, 3]);
    expect(charter.grs.map((g) => [g.timeLimit.value, g.timeLimit.unit, g.timeLimit.text])).toEqual([
      [1, 'months', 'এক মাস'],
      [2, 'months', 'দুই মাস'],
      [2, 'months', 'দুই মাস'],
    ]);
    expect(charter.grs[0]?.officer.phone).toEqual(['০২৪৭৮৮৫৩৯০০']);
    expect(charter.grs[1]?.officer.phone).toEqual(['০২-৪১০২৪০৭২']);
    expect(charter.grs[1]?.officer.email).toEqual(['dg@doict.gov.bd']);
    expect(charter.grs[2]?.officer.name).toBeUndefined();
    expect(charter.grs[2]?.officer.address).toBeDefined();
    expect(charter.effectiveDate).toBe('2024-04-15');
    expect(charter.datePrinted).toBe('১৫/০৪/২০২৪');
    expect(charter.signatory?.phone).toEqual(['০১৯২২৩৬৭২৩২']);
  });
});

describe('seed 000: Prisons charter monitoring minutes', () => {
  it('has the one agenda item with its one decision', () => {
    expect(m000.agenda).toHaveLength(1);
    expect(m000.agenda[0]?.number).toBe('১.০');
    expect(m000.agenda[0]?.decisions).toHaveLength(1);
    expect(m000.agenda[0]?.discussion).not.toContain('\n');
  });

  it('keeps the meeting facts and the letter as printed', () => {
    expect([m000.meetingKind, m000.fiscalYear, m000.quarter, m000.meetingNumber, m000.meetingDate, m000.date]).toEqual([
      'charter-monitoring',
      '2022-23',
      3,
      3,
      '2023-03-23',
      '2023-03-23',
    ]);
    expect(m000.memoNumber).toBe('৫৮.০৪.০০০০.০২৪.০১.০০৩.২৩-১৮৫');
    expect(m000.banglaDatePrinted).toBe('০২ চৈত্র, ১৪২৯');
    expect(m000.attendeesNote).toBe('পরিশিষ্ট-‘ক’');
    expect(m000.appointments).toEqual([]);
  });

  it('keeps the distribution numbers as printed (the list skips ৪)', () => {
    expect(m000.distribution.map((r) => r.number)).toEqual(['১', '২', '৩', '৫']);
    expect(m000.distribution[0]?.attention).toBe('দৃ: আ: প্রোগ্রামার, সুরক্ষা সেবা বিভাগ।');
    expect(m000.distributionSignatory?.name).toBe('মোঃ মাইন উদ্দিন ভূইয়া');
    expect(m000.distributionSignatory?.email).toEqual(['aig.adm@prison.gov.bd']);
  });
});

describe('seed 001: Rangpur quarterly charter minutes', () => {
  it('has the 5 agenda items and every numbered decision', () => {
    expect(m001.agenda.map((a) => a.number)).toEqual(['০১', '০২', '০৩', '০৪.', '০৫']);
    expect(m001.agenda.map((a) => a.decisions.length)).toEqual([1, 3, 1, 1, 1]);
    for (const a of m001.agenda) {
      expect(a.discussion).toBeDefined();
      for (const d of a.decisions) {
        expect(d.text).not.toMatch(/^[০-৯]+।/);
        expect(d.implementedBy).toMatch(/^জেলা প্রশাসক \(সকল\) রংপুর বিভাগ/);
        expect(d.dueDate).toBeUndefined();
      }
    }
    expect(m001.agenda[1]?.decisions[0]?.dueText).toBe('আগামী ১০ দিনের মধ্যে');
  });

  it('keeps the meeting facts and the letter as printed', () => {
    expect([m001.fiscalYear, m001.quarter, m001.meetingNumber, m001.meetingDate, m001.date]).toEqual(['2022-23', 4, 4, '2023-06-22', '2023-06-25']);
    expect(m001.memoNumber).toBe('০৫.৪৭.০০০০..০০৫.১২.০০২.১৭.২৯৯');
    expect(m001.banglaDatePrinted).toBe('১১ আষাঢ়, ১৪৩০');
    expect(m001.distributionHeading).toBe('অনুলিপি: সদয় অবগতির জন্য');
    expect(m001.distribution).toHaveLength(6);
    expect(m001.distribution.every((r) => r.purpose === 'information')).toBe(true);
    expect(m001.distributionSignatory?.name).toBe('মোঃ মেহেদী হাসান');
  });
});

describe('seed 004: LGD innovation minutes', () => {
  it('has the three activity areas and the concept-note item, with the four decisions', () => {
    expect(m004.agenda.length).toBeGreaterThanOrEqual(4);
    expect(m004.agenda.slice(0, 3).map((a) => `${a.number} ${a.topic}`)).toEqual(['১.১ উদ্ভাবনী ধারণা বাস্তবায়ন', '১.২ সেবা সহজীকরণ', '১.৩ সেবা ডিজিটাইজেশন']);
    const decisions = m004.agenda.flatMap((a) => a.decisions);
    expect(decisions).toHaveLength(4);
    expect(decisions.map((d) => d.implementedBy)).toEqual(['সিটি কর্পোরেশন-২ শাখা', 'প্রশাসন-১ শাখা', 'প্রশাসন-২ শাখা', 'সংশ্লিষ্ট শাখা']);
    expect(decisions[2]?.dueText).toBe('আগামী ৩১ আগস্টের মধ্যে');
    expect(decisions[3]?.dueText).toBe('আগামী ১৫ দিনের মধ্যে');
    for (const d of decisions) {
      expect(d.text).toContain(d.implementedBy);
      if (d.dueText) expect(d.text).toContain(d.dueText);
      expect(d.dueDate).toBeUndefined();
    }
  });

  it('has the sub-committee: one convener and four members', () => {
    expect(m004.appointments).toHaveLength(5);
    expect(m004.appointments.every((a) => a.committee === 'sub-committee')).toBe(true);
    expect(m004.appointments.map((a) => [a.role, a.roleText])).toEqual([
      ['committee-convener', 'আহবায়ক'],
      ...Array(4).fill(['committee-member', 'সদস্য']),
    ]);
  });

  it('keeps the meeting facts and the letter as printed', () => {
    expect([m004.meetingKind, m004.fiscalYear, m004.quarter, m004.meetingNumber, m004.meetingDate, m004.date]).toEqual([
      'innovation',
      '2021-22',
      undefined,
      undefined,
      '2021-07-28',
      '2021-08-01',
    ]);
    expect(m004.memoNumber).toBe('৪৬.০০.০০০০.০৭১.১৪.০৪৬.২০২১. ৪৭৮;');
    expect(m004.banglaDatePrinted).toBe('১৭ শ্রাবণ ১৪২৮');
    expect(m004.distributionHeading).toBe('বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):');
    expect(m004.distribution).toHaveLength(5);
    expect(m004.distributionSignatory?.phone).toEqual(['৯৫৪৫৪১৬']);
    expect(m004.distributionSignatory?.email).toEqual(['lgcc2@lgd.gov.bd']);
  });

  it('keeps the KPI table in the body as a GFM table', () => {
    const { body } = readMdx(FILES.minutes004);
    expect(body).toContain('| কার্যক্রমসমূহ | কর্মসম্পাদন সূচক |');
    expect(body.split('\n').filter((l) => l.startsWith('| ১.'))).toHaveLength(3);
  });
});

describe('seed 002: Prisons innovation office order', () => {
  it('keeps the letter as printed', () => {
    expect(order.orderKind).toBe('innovation');
    expect(order.memoNumber).toBe('৫৮.০৪.০০০০.০২১.০৩.০২০-২২- ১০৩০');
    expect(order.date).toBe('2022-09-19');
    expect(order.banglaDatePrinted).toBe("০৬ আশ্বিন' ১৪২৯");
    expect(order.gregorianDatePrinted).toBe("১৯ সেপ্টেম্বর' ২০২২");
    expect(order.signatory.name).toBe('মোঃ আবরার হোসেন');
    expect(order.signatory.email).toEqual(['addl.ig@prison.gov.bd']);
    expect(order.distributionSignatory?.name).toBe('সুরাইয়া আক্তার');
  });

  it('has the 11 recipients, the attention line of #1 and the note of #7', () => {
    expect(order.distribution.map((r) => r.number)).toEqual(['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১']);
    expect(order.distribution[0]?.attention).toBe('দৃঃ আঃ- চিফ ইনোভেশন অফিসার অতিরিক্ত সচিব (প্রশাসন ও অর্থ)।');
    expect(order.distribution[6]?.note).toBe('স্মারকটি কারা অধিদপ্তরের নিজস্ব ওয়েবসাইটে আপলোড করার জন্য অনুরোধ করা হলো।');
  });

  it('keeps the two ideas as a GFM table in the body', () => {
    const { body } = readMdx(FILES.order002);
    expect(body).toContain('| ক্রম | উদ্ভাবনী ধারণা/উদ্যোগের শিরোনাম | উদ্ভাবনী ধারণা/উদ্যোগের বিবরণ |');
    expect(body.split('\n').filter((l) => /^\| [১২]\. \|/.test(l))).toHaveLength(2);
  });
});

describe.skipIf(!haveSeeds)(`every value occurs verbatim in its seed (${seedsDir})`, () => {
  const seedOf = (key: keyof typeof FILES) => SOURCES[key].map(seedText).join('\n');

  it.each(MDX_FILES)('%s: every frontmatter text value', (key) => {
    const parsed = { charter003: charter, minutes000: m000, minutes001: m001, minutes004: m004, order002: order }[key];
    const values = printedValues(parsed);
    expect(values.length).toBeGreaterThan(10);
    expect(notInSeed(values, seedOf(key))).toEqual([]);
  });

  it.each(MDX_FILES)('%s: every paragraph and table cell of the body', (key) => {
    const pieces = bodyPieces(readMdx(FILES[key]).body).map((text, i) => ({ at: `body piece ${i + 1}`, text }));
    expect(notInSeed(pieces, seedOf(key))).toEqual([]);
  });

  it.each(OFFICE_FILES)('%s: names, address, parent and contacts', (key) => {
    const office = offices[key];
    const { name, website, ...rest } = office;
    const values = [
      ...name.bn.split(', ').map((text) => ({ at: 'name.bn', text })),
      ...printedValues(rest),
      ...(website ? [{ at: 'website', text: website.replace(/^https?:\/\//, '') }] : []),
    ];
    expect(notInSeed(values, seedOf(key))).toEqual([]);
    // English names come from the seeds' README.
    expect(notInSeed([{ at: 'name.en', text: name.en }], fs.readFileSync(path.join(seedsDir, 'README.md'), 'utf8'))).toEqual([]);
  });

  it("the standard services: every printed value is from seed 003's rows, the legal basis is the guideline seed 000 names", () => {
    for (const [key, standard] of [
      ['webPortalAdvice', standards['doict/web-portal-advice']],
      ['eNothiAdvice', standards['doict/e-nothi-advice']],
    ] as const) {
      const { aliases: _aliases, ...printed } = standard ?? ({} as StandardService);
      expect(notInSeed(printedValues(printed), seedOf(key))).toEqual([]);
      for (const version of standard?.versions ?? []) for (const basis of version.legalBasis) expect(normalize(seedText('000'))).toContain(normalize(basis.title));
    }
  });

  it('the setter office (the directorate seed 003 names): name, address and website as printed', () => {
    const doict = parseWith<Office>(officeSchema, YAML.parse(readRaw(FILES.doictOffice)), FILES.doictOffice);
    const values = [
      { at: 'name.bn', text: doict.name.bn },
      { at: 'address', text: doict.address ?? '' },
      { at: 'website', text: (doict.website ?? '').replace(/^https?:\/\//, '') },
    ];
    expect(notInSeed(values, seedOf('doictOffice'))).toEqual([]);
  });

  it('nothing of the discussion of seed 004 is dropped', () => {
    const seed = seedText('004');
    const from = seed.indexOf('ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২১-২২ বাস্তবায়নের লক্ষ্যে');
    const to = seed.indexOf('গৃহীত সিদ্ধান্ত:');
    const paragraphs = seed.slice(from, to).split(/\n\s*\n/).map(normalize).filter(Boolean);
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    const body = normalize(readMdx(FILES.minutes004).body);
    for (const p of paragraphs) expect(body).toContain(p);
  });

  it('the discussion of seed 000 is whole (its two printed paragraphs joined)', () => {
    const seed = seedText('000');
    const printed = normalize(seed.slice(seed.indexOf('১.১ **আলোচনা:**') + '১.১ **আলোচনা:**'.length, seed.indexOf('**১.২ সিদ্ধান্ত:**')));
    expect(m000.agenda[0]?.discussion).toBe(printed);
  });
});
