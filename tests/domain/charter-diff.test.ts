import { describe, expect, it } from 'vitest';
import type { SnapshotFile } from '../../src/content-model/snapshot.ts';
import { snapshotFromTexts } from '../../src/content-model/snapshot.ts';
import { describeChange, diffSnapshots, formatDiffMarkdown, formatDiffText, similarity, type ContentChange } from '../../src/domain/charter-diff.ts';

const CHARTER = 'offices/a/charters/2024-04-15.mdx';

function service(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    delivery: 'সরাসরি',
    papers: ['আবেদন পত্র'],
    fee: { kind: 'free', text: 'বিনামূল্যে' },
    timeLimit: { value: 7, unit: 'working-days', text: '৭ কর্মদিবস' },
    officer: { name: 'জনাব ক', designation: 'সহকারী প্রোগ্রামার', phone: ['০১৭১১০০০০০০'], email: ['a@b.gov.bd'] },
    ...extra,
  };
}

function charter(data: Record<string, unknown>, path = CHARTER, body = ''): SnapshotFile {
  return {
    path,
    officeId: 'a',
    kind: 'charter',
    body,
    data: {
      effectiveDate: path.slice(-14, -4),
      vision: 'সবার জন্য সেবা',
      mission: 'দ্রুত সেবা',
      services: { citizen: { services: [service('জন্ম নিবন্ধন'), service('তথ্য প্রদান')] } },
      grs: [{ level: 1, when: 'সমাধান না পেলে', contact: 'অনিক', officer: { name: 'জনাব খ', phone: ['০১৮১১০০০০০০'] }, timeLimit: { text: '৩০ কার্যদিবস' } }],
      ...data,
    },
  };
}

const types = (changes: ContentChange[]) =>
  changes.map(
    (c) => `${c.type}${c.subject ? ` ${c.subject}` : ''}${c.before !== undefined ? ` | ${c.before}` : ''}${c.after !== undefined ? ` → ${c.after}` : ''}`,
  );
const diff = (before: SnapshotFile[], after: SnapshotFile[]) => types(diffSnapshots(before, after));
const base = charter({});
const services = (...list: unknown[]) => ({ services: { citizen: { services: list } } });

describe('the semantic diff of a charter', () => {
  it.each<[string, SnapshotFile, string[]]>([
    ['no change at all', charter({}), []],
    [
      'services reordered, fields moved and whitespace changed',
      charter({ mission: '  দ্রুত\n  সেবা ', vision: 'সবার  জন্য সেবা', ...services(service('তথ্য প্রদান'), service('জন্ম  নিবন্ধন')) }),
      [],
    ],
    [
      'a fee',
      charter(services(service('জন্ম নিবন্ধন', { fee: { kind: 'paid', amount: 50, text: '৫০ টাকা' } }), service('তথ্য প্রদান'))),
      ['fee জন্ম নিবন্ধন | বিনামূল্যে → ৫০ টাকা'],
    ],
    [
      'only the structured amount behind the same printed fee',
      charter(services(service('জন্ম নিবন্ধন', { fee: { kind: 'free', text: 'বিনামূল্যে', amount: 0 } }), service('তথ্য প্রদান'))),
      ['fee জন্ম নিবন্ধন | বিনামূল্যে → বিনামূল্যে · 0 ৳'],
    ],
    [
      'a time limit',
      charter(services(service('জন্ম নিবন্ধন', { timeLimit: { value: 3, unit: 'working-days', text: '৩ কর্মদিবস' } }), service('তথ্য প্রদান'))),
      ['time-limit জন্ম নিবন্ধন | ৭ কর্মদিবস → ৩ কর্মদিবস'],
    ],
    [
      'papers added and removed',
      charter(services(service('জন্ম নিবন্ধন', { papers: ['জাতীয় পরিচয়পত্র'] }), service('তথ্য প্রদান'))),
      ['papers-added জন্ম নিবন্ধন → জাতীয় পরিচয়পত্র', 'papers-removed জন্ম নিবন্ধন | আবেদন পত্র'],
    ],
    [
      'the responsible officer and their phone',
      charter(
        services(
          service('জন্ম নিবন্ধন', { officer: { name: 'জনাব গ', designation: 'সহকারী প্রোগ্রামার', phone: ['০১৯১১০০০০০০'], email: ['a@b.gov.bd'] } }),
          service('তথ্য প্রদান'),
        ),
      ),
      [
        'officer জন্ম নিবন্ধন | জনাব ক, সহকারী প্রোগ্রামার → জনাব গ, সহকারী প্রোগ্রামার',
        'officer-contact জন্ম নিবন্ধন | ০১৭১১০০০০০০, a@b.gov.bd → ০১৯১১০০০০০০, a@b.gov.bd',
      ],
    ],
    ['a service renamed', charter(services(service('জন্ম নিবন্ধন সনদ'), service('তথ্য প্রদান'))), ['service-renamed জন্ম নিবন্ধন সনদ | জন্ম নিবন্ধন → জন্ম নিবন্ধন সনদ']],
    [
      'a service removed and a different one added',
      charter(services(service('জন্ম নিবন্ধন'), service('ভূমি উন্নয়ন কর আদায়'))),
      ['service-removed তথ্য প্রদান', 'service-added ভূমি উন্নয়ন কর আদায়'],
    ],
    [
      'a service moved to the internal section',
      charter({ services: { citizen: { services: [service('জন্ম নিবন্ধন')] }, internal: { services: [service('তথ্য প্রদান')] } } }),
      ['service-moved তথ্য প্রদান | citizen → internal'],
    ],
    ['the vision', charter({ vision: 'ডিজিটাল সেবা' }), ['vision | সবার জন্য সেবা → ডিজিটাল সেবা']],
    [
      'the GRS officer and time limit',
      charter({
        grs: [{ level: 1, when: 'সমাধান না পেলে', contact: 'অনিক', officer: { name: 'জনাব ঘ', phone: ['০১৮১১০০০০০০'] }, timeLimit: { text: '২০ কার্যদিবস' } }],
      }),
      ['grs-officer অনিক | জনাব খ → জনাব ঘ', 'grs-time-limit অনিক | ৩০ কার্যদিবস → ২০ কার্যদিবস'],
    ],
    [
      'a GRS level added',
      charter({
        grs: [
          ...(base.data as { grs: unknown[] }).grs,
          { level: 2, when: 'আপিল', contact: 'আপিল কর্মকর্তা', officer: { name: 'জনাব ঙ' }, timeLimit: { text: '২০ কার্যদিবস' } },
        ],
      }),
      ['grs-added আপিল কর্মকর্তা → জনাব ঙ'],
    ],
    ['the body re-wrapped only', { ...charter({}), body: 'এক\nদুই' }, []],
  ])('reports %s', (_name, head, expected) => {
    expect(diff([{ ...base, body: 'এক দুই' }], [{ ...head, body: head.body || 'এক দুই' }])).toEqual(expected);
  });

  it('compares a new charter revision with the previous current charter', () => {
    const next = charter(
      services(service('জন্ম নিবন্ধন', { fee: { kind: 'paid', amount: 50, text: '৫০ টাকা' } }), service('তথ্য প্রদান')),
      'offices/a/charters/2024-07-15.mdx',
    );
    expect(diff([base], [base, next])).toEqual(['charter-added 2024-07-15 | 2024-04-15', 'fee জন্ম নিবন্ধন | বিনামূল্যে → ৫০ টাকা']);
  });
});

describe('the semantic diff of minutes, orders and offices', () => {
  const minutes = (decisions: unknown[], extra: Record<string, unknown> = {}): SnapshotFile => ({
    path: 'offices/a/minutes/2024-01-10-q2.mdx',
    officeId: 'a',
    kind: 'minutes',
    body: '',
    data: { title: 'সভা', meetingDate: '2024-01-10', agenda: [{ topic: 'হালনাগাদ', decisions }], ...extra },
  });
  const d1 = { text: 'চার্টার হালনাগাদ করা হবে', implementedBy: 'আইসিটি শাখা' };

  it.each<[string, SnapshotFile, string[]]>([
    ['a decision added', minutes([d1, { text: 'প্রশিক্ষণ আয়োজন করা হবে' }]), ['decision-added হালনাগাদ → প্রশিক্ষণ আয়োজন করা হবে']],
    ['a decision removed', minutes([]), ['decision-removed হালনাগাদ | চার্টার হালনাগাদ করা হবে']],
    ['who implements a decision', minutes([{ ...d1, implementedBy: 'প্রশাসন শাখা' }]), ['decision-changed হালনাগাদ | আইসিটি শাখা → প্রশাসন শাখা']],
    [
      'a decision reworded',
      minutes([{ ...d1, text: 'চার্টার দ্রুত হালনাগাদ করা হবে' }]),
      ['decision-changed হালনাগাদ | চার্টার হালনাগাদ করা হবে → চার্টার দ্রুত হালনাগাদ করা হবে'],
    ],
    ['the place of the meeting', minutes([d1], { place: 'সভাকক্ষ' }), ['minutes-field |  → সভাকক্ষ']],
  ])('reports %s', (_name, head, expected) => {
    expect(diff([minutes([d1])], [head])).toEqual(expected);
  });

  it('reports a new order, new minutes and a new office, each in one line', () => {
    const head = snapshotFromTexts([
      { path: 'offices/b/office.yaml', text: 'name:\n  bn: নতুন দপ্তর\n  en: New\n' },
      { path: 'offices/b/orders/2024-02-01-focal.mdx', text: '---\nsubject: ফোকাল পয়েন্ট\nmemoNumber: ১.২.৩-৪\ndate: 2024-02-01\n---\n' },
      {
        path: 'offices/b/minutes/2024-02-02-q3.mdx',
        text: `---\ntitle: সভা\nmeetingDate: 2024-02-02\nagenda:\n  - topic: ক\n    decisions:\n      - text: খ\n---\n`,
      },
      { path: 'offices/b/media/photo.jpg', text: 'not content' },
    ]);
    expect(diffSnapshots([], head).map((c) => describeChange(c, 'en'))).toEqual([
      'New minutes: «সভা», dated 2024-02-02, 1 decision',
      'New office: «নতুন দপ্তর»',
      'New office order: «ফোকাল পয়েন্ট», dated 2024-02-01, memo ১.২.৩-৪',
    ]);
    expect(diffSnapshots([], head).map((c) => describeChange(c))).toContain('নতুন সভার কার্যবিবরণী: «সভা», তারিখ ২ ফেব্রুয়ারি ২০২৪, ১টি সিদ্ধান্ত');
  });

  it('reports a focal point change in office.yaml', () => {
    const office = (name: string) => snapshotFromTexts([{ path: 'offices/a/office.yaml', text: `name:\n  bn: ক\n  en: A\nfocalPoint:\n  name: ${name}\n` }]);
    expect(diffSnapshots(office('জনাব ক'), office('জনাব খ')).map((c) => describeChange(c))).toEqual(['ফোকাল পয়েন্ট কর্মকর্তা: জনাব ক → জনাব খ']);
  });
});

describe('the diff report', () => {
  const changes = diffSnapshots([base], [charter({ vision: 'নতুন <b>ভিশন</b>' })]);

  it('prints text grouped by file', () => {
    expect(formatDiffText({ base: 'main', head: 'pr', changes }, 'en')).toBe(
      `Content changes main → pr (1)\n\n${CHARTER} (citizen charter)\n  - Vision: সবার জন্য সেবা → নতুন <b>ভিশন</b>\n`,
    );
  });

  it('escapes Markdown and HTML in the job summary', () => {
    expect(formatDiffMarkdown({ base: 'main', head: 'pr', changes }, 'bn')).toContain('- ভিশন: সবার জন্য সেবা → নতুন \\<b\\>ভিশন\\</b\\>');
  });

  it('says plainly when nothing changed in meaning', () => {
    expect(formatDiffText({ base: 'main', head: 'pr', changes: [] })).toBe('বিষয়বস্তুর পরিবর্তন main → pr: অর্থগত কোনো পরিবর্তন নেই\n');
  });
});

describe('name similarity', () => {
  it.each([
    ['জন্ম নিবন্ধন', 'জন্ম নিবন্ধন', 1],
    ['জন্ম নিবন্ধন', 'জন্ম  নিবন্ধন', 1],
    ['য়', 'য়', 1],
  ])('of %j and %j is %d', (a, b, expected) => {
    expect(similarity(a, b)).toBe(expected);
  });

  it('is high for a small edit and low for different services', () => {
    expect(similarity('জন্ম নিবন্ধন', 'জন্ম নিবন্ধন সনদ')).toBeGreaterThan(0.6);
    expect(similarity('তথ্য প্রদান', 'ভূমি উন্নয়ন কর আদায়')).toBeLessThan(0.3);
  });
});

describe('telling a rename from two different services', () => {
  it('calls similar names with different rows two services', () => {
    const other = {
      fee: { kind: 'paid', amount: 500, text: '৫০০ টাকা' },
      timeLimit: { text: '৩০ দিন' },
      delivery: 'অনলাইনে',
      papers: ['পুরাতন লাইসেন্স'],
      officer: { name: 'জনাব চ' },
    };
    const before = charter(services(service('ট্রেড লাইসেন্স প্রদান'), service('তথ্য প্রদান')));
    const after = charter(services(service('ট্রেড লাইসেন্স নবায়ন', other), service('তথ্য প্রদান')));
    expect(diff([before], [after])).toEqual(['service-removed ট্রেড লাইসেন্স প্রদান', 'service-added ট্রেড লাইসেন্স নবায়ন']);
  });
});

describe('a file whose YAML does not parse', () => {
  it('is one plain line, not every field reported as gone', () => {
    const broken = snapshotFromTexts([{ path: CHARTER, text: '---\nvision: [unclosed\n---\n' }]);
    expect(diffSnapshots([base], broken).map((c) => describeChange(c, 'en'))).toEqual([
      'The file cannot be read (YAML error in the new version): run `npm run validate`',
    ]);
  });
});
