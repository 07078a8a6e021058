import { describe, expect, it } from 'vitest';
import {
  evaluateOffice,
  evaluateOffices,
  officesUnder,
  policyForYear,
  quarterGrid,
  type FreshnessDocument,
  type FreshnessOffice,
  type FreshnessRule,
} from '../../src/domain/freshness/index.ts';
import { todayInDhaka } from '../../src/domain/fiscal-year.ts';
import { freshnessPolicySchema, type FreshnessPolicy } from '../../src/schemas/freshness-policy.ts';

const policy: FreshnessPolicy = freshnessPolicySchema.parse({
  committeeReformedFrom: '2022-23',
  fiscalYears: { '2022-23': {}, '2023-24': {}, '2024-25': {} },
});

const charter = (date: string): FreshnessDocument => ({ kind: 'charter', stem: date, path: `content/offices/x/charters/${date}.mdx`, date });
const minutes = (date: string, fiscalYear?: string, quarter?: 1 | 2 | 3 | 4, meetingKind = 'charter-monitoring'): FreshnessDocument => ({
  kind: 'minutes',
  stem: `${date}-m`,
  path: `content/offices/x/minutes/${date}-m.mdx`,
  date,
  meetingKind,
  ...(fiscalYear && quarter ? { reportsOn: { fiscalYear, quarter } } : {}),
});
const order = (date: string, orderKind: string, stem = `${date}-o`): FreshnessDocument => ({
  kind: 'order',
  stem,
  path: `content/offices/x/orders/${stem}.mdx`,
  date,
  orderKind,
});

function office(documents: FreshnessDocument[], extra: Partial<FreshnessOffice> = {}): FreshnessOffice {
  return { id: 'x', name: { bn: 'দপ্তর', en: 'Office' }, folder: 'content/offices/x', exemptions: [], documents, ...extra };
}

function rule(o: FreshnessOffice, r: FreshnessRule, asOf: string, p = policy) {
  const result = evaluateOffice(o, p, asOf).obligations.find((x) => x.rule === r);
  if (!result) throw new Error(`no ${r}`);
  return result;
}

describe('charter-revised', () => {
  const bheramara = office([charter('2024-04-15')]);
  it.each([
    // as-of, status, dueBy, staleSince
    ['2024-04-14', 'stale', null, null], // the charter is dated after as-of: it does not count yet
    ['2024-04-15', 'fresh', '2024-07-15', null],
    ['2024-05-01', 'fresh', '2024-07-15', null], // the example
    ['2024-06-30', 'fresh', '2024-07-15', null], // last day of Q4: 15 days left
    ['2024-07-01', 'due-soon', '2024-07-15', null], // first day of Q1: the Q4 charter counts during the grace period
    ['2024-07-15', 'due-soon', '2024-07-15', null], // last day of the grace period
    ['2024-07-16', 'stale', '2024-07-15', '2024-07-16'], // first day after it
    ['2024-07-20', 'stale', '2024-07-15', '2024-07-16'], // the example
  ] as const)('as of %s the 15 Apr 2024 charter is %s (due by %s)', (asOf, status, dueBy, staleSince) => {
    const r = rule(bheramara, 'charter-revised', asOf);
    expect([r.status, r.dueBy, r.staleSince]).toEqual([status, dueBy, staleSince]);
    if (asOf >= '2024-04-15') expect([r.lastSatisfied, r.evidence]).toEqual(['2024-04-15', 'content/offices/x/charters/2024-04-15.mdx']);
    else expect(r.lastSatisfied).toBeNull();
  });

  it('names the folder to add the charter to, and the quarter it must be dated in, when stale', () => {
    const r = rule(bheramara, 'charter-revised', '2024-07-20');
    expect(r.fix?.file).toBe('content/offices/x/charters/');
    expect(r.fix?.action).toContain('2024-25 Q1 (2024-07-01 to 2024-09-30)');
  });

  it.each([
    // A charter of 29 Feb counts for Q3 and its grace ends on 15 April in a leap year too.
    ['2024-02-29', '2024-04-15', 'due-soon'],
    ['2024-02-29', '2024-04-16', 'stale'],
  ] as const)('a charter of the leap day %s is %s... as of %s', (date, asOf, status) => {
    expect(rule(office([charter(date)]), 'charter-revised', asOf).status).toBe(status);
  });

  it('counts the extra day of February in a leap year when measuring the due-soon window', () => {
    const strict: FreshnessPolicy = { ...policy, defaults: { graceDays: 15, dueSoonDays: 46 } };
    // 28 Feb to 15 Apr is 47 days in 2024 and 46 in 2023.
    expect(rule(office([charter('2024-01-10')]), 'charter-revised', '2024-02-28', strict).status).toBe('fresh');
    expect(rule(office([charter('2023-01-10')]), 'charter-revised', '2023-02-28', strict).status).toBe('due-soon');
  });

  it.each([
    ['2024-07-15T17:59:59Z', 'due-soon'], // 23:59:59 on 15 July in Dhaka
    ['2024-07-15T18:00:00Z', 'stale'], // midnight in Dhaka: already 16 July there, still the 15th in UTC
  ] as const)('at %s (UTC) the check uses the day in Asia/Dhaka, so the charter is %s', (instant, status) => {
    expect(rule(bheramara, 'charter-revised', todayInDhaka(new Date(instant)), policy).status).toBe(status);
  });

  it('uses the grace period of the fiscal year the quarter belongs to', () => {
    const longGrace: FreshnessPolicy = { ...policy, fiscalYears: { ...policy.fiscalYears, '2023-24': { graceDays: 30, indicators: [] } } };
    const r = rule(bheramara, 'charter-revised', '2024-07-20', longGrace);
    expect([r.status, r.dueBy]).toEqual(['due-soon', '2024-07-30']);
  });
});

describe('monitoring-meeting', () => {
  // The Q4 report of 2022-23 falls due on 15 July 2023, inside 2023-24, so it is checked in 2023-24.
  const q4of2022_23 = minutes('2023-06-22', '2022-23', 4);
  const allOf2023_24 = [q4of2022_23, minutes('2023-09-20', '2023-24', 1), minutes('2023-12-18', '2023-24', 2), minutes('2024-03-25', '2023-24', 3)];
  it.each([
    // as-of, minutes present, status, dueBy, missing
    ['every quarter so far', '2024-06-30', allOf2023_24, 'fresh', '2024-07-15', []],
    ['every quarter but Q4', '2024-07-01', allOf2023_24, 'due-soon', '2024-07-15', []], // the Q4 report is due on 15 July of the next fiscal year
    ['every quarter but Q4', '2024-07-15', allOf2023_24, 'due-soon', '2024-07-15', []],
    ['every quarter but Q4', '2024-07-16', allOf2023_24, 'stale', '2024-07-15', ['2023-24 Q4']],
    ['every quarter', '2024-07-16', [...allOf2023_24, minutes('2024-06-20', '2023-24', 4)], 'fresh', '2024-10-15', []],
    ['Q4 2022-23 and Q1', '2024-02-01', [q4of2022_23, minutes('2023-09-20', '2023-24', 1)], 'stale', '2024-01-15', ['2023-24 Q2']],
    ['Q4 2022-23 and Q1', '2024-01-15', [q4of2022_23, minutes('2023-09-20', '2023-24', 1)], 'due-soon', '2024-01-15', []],
    ['only Q1', '2024-01-15', [minutes('2023-09-20', '2023-24', 1)], 'stale', '2023-07-15', ['2022-23 Q4']],
  ] as const)('with minutes for %s, as of %s, it has the expected status, deadline and missing quarters', (_, asOf, docs, status, dueBy, missing) => {
    const r = rule(office([...docs]), 'monitoring-meeting', asOf);
    expect([r.status, r.dueBy, r.missingQuarters]).toEqual([status, dueBy, missing]);
  });

  it('takes the reported quarter from the date when the minutes do not state it, and ignores other kinds of meeting', () => {
    const docs = [minutes('2023-06-22'), minutes('2023-12-18'), minutes('2023-09-20', undefined, undefined, 'innovation')];
    expect(rule(office(docs), 'monitoring-meeting', '2024-02-01').missingQuarters).toEqual(['2023-24 Q1']);
  });

  it('does not count minutes issued after the as-of date', () => {
    expect(rule(office([minutes('2024-01-20', '2023-24', 2)]), 'monitoring-meeting', '2024-01-19').status).toBe('stale');
  });
});

describe('committee-reformed', () => {
  it('does not apply before the fiscal year the policy names', () => {
    const r = rule(office([]), 'committee-reformed', '2022-06-30');
    expect([r.status, r.appliesFrom]).toEqual(['not-applicable-yet', '2022-07-01']);
  });

  it.each([
    ['2022-07-15', 'due-soon'], // first quarter it applies: due by the end of the grace period
    ['2022-07-16', 'stale'],
  ] as const)('from that year it needs an order every quarter: with none, as of %s it is %s', (asOf, status) => {
    expect(rule(office([]), 'committee-reformed', asOf).status).toBe(status);
  });

  it('is met by an office order re-forming the monitoring committee in the current quarter, not by other orders', () => {
    expect(rule(office([order('2024-04-03', 'monitoring-committee')]), 'committee-reformed', '2024-05-01').status).toBe('fresh');
    expect(rule(office([order('2024-04-03', 'innovation')]), 'committee-reformed', '2024-05-01').status).toBe('stale');
  });
});

describe('focal-point', () => {
  const named = {
    focalPoint: { name: 'ক', photo: 'media/fp.jpg', photoFound: true, appointedBy: '2024-01-10-focal' },
    alternateFocalPoint: { name: 'খ', photo: 'media/afp.jpg', photoFound: true },
  };
  const focalOrder = order('2024-01-10', 'focal-point', '2024-01-10-focal');

  it('is fresh when both are named with photos and the order that names them is published', () => {
    const r = rule(office([focalOrder], named), 'focal-point', '2024-05-01');
    expect([r.status, r.evidence, r.lastSatisfied, r.dueBy]).toEqual(['fresh', 'content/offices/x/orders/2024-01-10-focal.mdx', '2024-01-10', null]);
  });

  it.each([
    ['the order is dated after as-of', [focalOrder], named, '2024-01-09', 'appointedBy names 2024-01-10-focal'],
    [
      'the photo file is missing',
      [focalOrder],
      { ...named, alternateFocalPoint: { name: 'খ', photo: 'media/afp.jpg', photoFound: false } },
      '2024-05-01',
      'media/afp.jpg is not in the office folder',
    ],
    ['there is no alternate', [focalOrder], { focalPoint: named.focalPoint }, '2024-05-01', 'set alternateFocalPoint'],
    [
      'no order names them',
      [],
      { ...named, focalPoint: { ...named.focalPoint, appointedBy: undefined } as never },
      '2024-05-01',
      'add the office order naming',
    ],
  ])('is stale when %s', (_, docs, extra, asOf, expected) => {
    const r = rule(office(docs, extra as Partial<FreshnessOffice>), 'focal-point', asOf);
    expect(r.status).toBe('stale');
    expect(r.fix?.action).toContain(expected);
  });
});

describe('exemptions and late joiners', () => {
  it('reports an exempt obligation with its reason while the exemption runs', () => {
    const o = office([], { exemptions: [{ rule: 'charter-revised', reason: 'ভবন সংস্কার', until: '2024-06-30' }] });
    const r = rule(o, 'charter-revised', '2024-06-30');
    expect([r.status, r.exemption?.reason, r.dueBy]).toEqual(['exempt', 'ভবন সংস্কার', null]);
  });

  it.each([
    ['2024-07-10', 'due-soon', null],
    ['2024-07-15', 'due-soon', null],
    ['2024-07-16', 'stale', '2024-07-16'],
  ] as const)('reports an expired exemption and allows the grace period after it: as of %s %s', (asOf, status, staleSince) => {
    const o = office([charter('2023-01-10')], { exemptions: [{ rule: 'charter-revised', reason: 'r', until: '2024-06-30' }] });
    const r = rule(o, 'charter-revised', asOf);
    expect([r.status, r.staleSince, r.dueBy, r.expiredExemption?.until]).toEqual([status, staleSince, '2024-07-15', '2024-06-30']);
  });

  it('does not ask for the minutes of quarters the office was exempt for', () => {
    const o = office([], { exemptions: [{ rule: 'monitoring-meeting', reason: 'r', until: '2024-06-30' }] });
    expect(rule(o, 'monitoring-meeting', '2024-07-20')).toMatchObject({ status: 'fresh', missingQuarters: [], dueBy: '2024-10-15' });
  });

  it('dates a stale focal point from the day after its exemption ended', () => {
    const o = office([], { exemptions: [{ rule: 'focal-point', reason: 'r', until: '2024-06-30' }] });
    expect(rule(o, 'focal-point', '2024-07-20')).toMatchObject({ status: 'stale', staleSince: '2024-07-01' });
  });

  it.each([
    ['2024-06-01', 'not-applicable-yet'], // joined in Q4: rules apply from Q1
    ['2024-07-10', 'due-soon'], // first charter due by the end of Q1's grace period
    ['2024-07-16', 'stale'],
  ] as const)('an office that joined on 10 May 2024 is, as of %s, %s', (asOf, status) => {
    const o = office([], { joinedOn: '2024-05-10' });
    expect(rule(o, 'charter-revised', asOf).status).toBe(status);
    if (status === 'not-applicable-yet')
      expect(evaluateOffice(o, policy, asOf)).toMatchObject({ status, obligations: [{ appliesFrom: '2024-07-01' }, {}, {}, {}] });
  });

  it('gives the office the worst status of its obligations and the earliest stale date', () => {
    const o = office([charter('2024-04-15')], {
      exemptions: [
        { rule: 'monitoring-meeting', reason: 'r', until: '2024-12-31' },
        { rule: 'committee-reformed', reason: 'r', until: '2024-12-31' },
      ],
    });
    const result = evaluateOffice(o, policy, '2024-07-20');
    expect([result.status, result.staleSince]).toEqual(['stale', '2024-07-16']);
  });
});

describe('the policy', () => {
  it('fills in the defaults: 15 grace days and 14 due-soon days', () => {
    expect(policyForYear(policy, '2023-24')).toMatchObject({ graceDays: 15, dueSoonDays: 14, entry: '2023-24' });
  });

  it('uses the nearest earlier fiscal year for a year it does not list, and says which', () => {
    expect(policyForYear(policy, '2026-27')).toMatchObject({ entry: '2024-25', committeeReformedRequired: true });
    expect(policyForYear(policy, '2019-20')).toMatchObject({ entry: null, committeeReformedRequired: false });
  });
});

describe('the report and the dashboard grid', () => {
  it('counts offices by status and sorts them by id', () => {
    const report = evaluateOffices(
      [
        office([], { id: 'b' }),
        office([charter('2024-04-15')], {
          id: 'a',
          exemptions: ['monitoring-meeting', 'committee-reformed', 'focal-point'].map((r) => ({ rule: r as FreshnessRule, reason: 'r', until: '2025-01-01' })),
        }),
      ],
      policy,
      '2024-05-01',
    );
    expect(report.offices.map((o) => [o.id, o.status])).toEqual([
      ['a', 'fresh'],
      ['b', 'stale'],
    ]);
    expect(report).toMatchObject({ fiscalYear: '2023-24', quarter: 4, summary: { fresh: 1, dueSoon: 0, stale: 1, exempt: 0 } });
  });

  it('shows each quarter of the fiscal year: done, late, in its grace period, or not started', () => {
    const o = office([charter('2023-08-01'), charter('2024-01-05'), minutes('2023-09-20', '2023-24', 1)]);
    const grid = quarterGrid(o, policy, '2024-04-10');
    expect(grid['charter-revised'].map((c) => c.status)).toEqual(['fresh', 'stale', 'fresh', 'due-soon']);
    expect(grid['monitoring-meeting'].map((c) => c.status)).toEqual(['fresh', 'stale', 'due-soon', 'upcoming']);
    expect(quarterGrid(o, policy, '2023-08-10')['charter-revised'].map((c) => c.status)).toEqual(['fresh', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('lists a parent office with all its descendants, and survives a cycle', () => {
    const offices = [
      { id: 'div', parent: undefined },
      { id: 'dist', parent: 'div' },
      { id: 'upa', parent: 'dist' },
      { id: 'other', parent: undefined },
      { id: 'loop-a', parent: 'loop-b' },
      { id: 'loop-b', parent: 'loop-a' },
    ];
    expect(officesUnder(offices, 'div').map((o) => o.id)).toEqual(['div', 'dist', 'upa']);
    expect(officesUnder(offices, 'loop-a').map((o) => o.id)).toEqual(['loop-a', 'loop-b']);
  });
});
