import { describe, expect, it } from 'vitest';
import { evaluateOffices } from '../../src/domain/freshness/index.ts';
import { freshnessOffices, type ContentItem } from '../../src/domain/freshness/input.ts';
import { complianceCsv, complianceOffice, formatFreshnessText } from '../../src/domain/freshness/report.ts';
import { freshnessPolicySchema } from '../../src/schemas/freshness-policy.ts';
import { officeSchema, minutesSchema, officeOrderSchema } from '../../src/schemas/index.ts';

const policy = freshnessPolicySchema.parse({ committeeReformedFrom: '2022-23', fiscalYears: { '2023-24': {} } });
const person = { name: 'জনাব ক', designation: 'সহকারী পরিচালক' };
const letter = { memoNumber: '১', date: '2024-04-20', signatory: person };

const items: ContentItem[] = [
  {
    kind: 'office',
    officeId: 'lgd',
    path: 'content/offices/lgd/office.yaml',
    data: officeSchema.parse({
      name: { bn: 'স্থানীয় সরকার বিভাগ', en: 'Local Government Division, "LGD"' },
      kind: 'division',
      focalPoint: { ...person, photo: 'media/fp.jpg', appointedBy: '2024-04-20-focal' },
      alternateFocalPoint: { ...person, photo: 'media/missing.jpg' },
    }),
  },
  {
    kind: 'minutes',
    officeId: 'lgd',
    path: 'content/offices/lgd/minutes/2024-03-28-q3.mdx',
    data: minutesSchema.parse({
      ...letter,
      date: '2024-03-31',
      title: 'সভা',
      meetingKind: 'charter-monitoring',
      fiscalYear: '2023-24',
      quarter: 3,
      meetingDate: '2024-03-28',
      place: 'সম্মেলন কক্ষ',
      chair: person,
      agenda: [{ topic: 'বিষয়' }],
    }),
  },
  {
    kind: 'order',
    officeId: 'lgd',
    path: 'content/offices/lgd/orders/2024-04-20-focal.mdx',
    data: officeOrderSchema.parse({ ...letter, subject: 'ফোকাল পয়েন্ট', orderKind: 'focal-point', appointments: [{ person, role: 'focal-point' }] }),
  },
];

describe('content to freshness input', () => {
  const [office] = freshnessOffices(items, (p) => p === 'content/offices/lgd/media/fp.jpg');

  it('takes the reported quarter, the letter date and the appointed roles from the documents', () => {
    expect(office?.documents).toEqual([
      expect.objectContaining({ kind: 'minutes', stem: '2024-03-28-q3', date: '2024-03-31', reportsOn: { fiscalYear: '2023-24', quarter: 3 } }),
      expect.objectContaining({ kind: 'order', stem: '2024-04-20-focal', orderKind: 'focal-point', appoints: ['focal-point'] }),
    ]);
  });

  it('looks up focal point photos inside the office folder', () => {
    expect(office?.focalPoint).toEqual({ name: 'জনাব ক', photo: 'media/fp.jpg', photoFound: true, appointedBy: '2024-04-20-focal' });
    expect(office?.alternateFocalPoint?.photoFound).toBe(false);
  });
});

describe('the reports', () => {
  const offices = freshnessOffices(items, () => true);
  const report = evaluateOffices(offices, policy, '2024-05-01');

  it('colours the text report only when asked (on a terminal)', () => {
    expect(formatFreshnessText(report, { color: true })).toContain('\u001b[31m');
    expect(formatFreshnessText(report)).not.toContain('\u001b[');
  });

  it('quotes CSV cells holding commas and quotes', () => {
    const compliance = report.offices.map((r) => ({ ...complianceOffice(r, offices[0]!, policy, '2024-05-01'), name: 'নাম, "উদ্ধৃতি"' }));
    const [header, first] = complianceCsv(compliance).split('\r\n');
    expect(header).toBe(
      'office_id,office_name,parent,office_status,rule,status,last_satisfied,due_by,stale_since,evidence,q1,q2,q3,q4,message,office_stale_since,office_due_by,office_reasons',
    );
    expect(first).toMatch(/^lgd,"নাম, ""উদ্ধৃতি""",,stale,charter-revised,stale,/);
    // The office's own columns are its standing: the same date and reasons its pages show.
    const standing = compliance[0]!.standing;
    expect(first!.endsWith(`,${standing.staleSince ?? ''},,${standing.reasons.map((r) => r.rule).join(' ')}`)).toBe(true);
  });
});
