/**
 * The freshness rules: for an office, its documents, the policy and an as-of date,
 * the status of each quarterly obligation of the citizen-charter action plan.
 *
 * One pure module, called by `npm run freshness`, the build gate, the portal's
 * badges and dashboard, and (bundled) by the browser to re-check a page against
 * today's date — so there is exactly one copy of the date arithmetic.
 *
 * The core idea: a document dated in quarter X "covers" the obligation until X ends
 * plus the grace period (the previous quarter's charter still counts for the first
 * `graceDays` days of a quarter). Only documents dated on or before the as-of date
 * count, so any past date can be checked as it was then.
 */
import {
  addDays,
  daysBetween,
  fiscalQuarterOf,
  nextQuarter,
  previousQuarter,
  quarterBounds,
  quartersOfFiscalYear,
  type FiscalQuarter,
  type QuarterNumber,
} from '../fiscal-year.ts';
import type { FreshnessPolicy, Indicator } from '../../schemas/freshness-policy.ts';

export const FRESHNESS_RULES = ['charter-revised', 'monitoring-meeting', 'committee-reformed', 'focal-point'] as const;
export type FreshnessRule = (typeof FRESHNESS_RULES)[number];

export const FRESHNESS_STATUSES = ['stale', 'due-soon', 'fresh', 'exempt', 'not-applicable-yet'] as const;
export type FreshnessStatus = (typeof FRESHNESS_STATUSES)[number];
/** A dashboard cell may also be a quarter that has not started yet. */
export type QuarterCellStatus = FreshnessStatus | 'upcoming';

export type { FreshnessPolicy, Indicator };

/** A document as the rules see it: its kind, the date that decides whether it counts, and what it does. */
export interface FreshnessDocument {
  kind: 'charter' | 'minutes' | 'order';
  /** File stem, e.g. `2024-04-15` or `2023-06-22-charter-monitoring` (what `appointedBy` names). */
  stem: string;
  /** Path shown to people, e.g. `content/offices/lgd/orders/2024-01-03-committee.mdx`. */
  path: string;
  /** Charter: effective date. Minutes and orders: the date of the letter (when it was issued). */
  date: string;
  /** Minutes: the kind of meeting. */
  meetingKind?: string;
  /** Minutes: the quarter the meeting reports on. */
  reportsOn?: { fiscalYear: string; quarter: QuarterNumber };
  /** Orders: what the order does. */
  orderKind?: string;
  /** Roles the document appoints (focal-point, alternate-focal-point, committee-member, ...). */
  appoints?: string[];
}

export interface FocalPointInput {
  name: string;
  photo?: string;
  /** False when the photo file is named but missing; undefined when nobody looked (a named photo counts). */
  photoFound?: boolean;
  /** Stem of the office order that names this person. */
  appointedBy?: string;
}

export interface Exemption {
  rule: FreshnessRule;
  reason: string;
  /** Last day of the exemption. */
  until: string;
}

export interface FreshnessOffice {
  id: string;
  name: { bn: string; en: string };
  parent?: string;
  /** The office's folder as shown to people, e.g. `content/offices/lgd`. */
  folder: string;
  joinedOn?: string;
  exemptions: Exemption[];
  focalPoint?: FocalPointInput;
  alternateFocalPoint?: FocalPointInput;
  documents: FreshnessDocument[];
}

/** The settings in force for one fiscal year, after defaults and carry-over. */
export interface ResolvedYearPolicy {
  fiscalYear: string;
  /** The fiscal year whose entry supplied the settings (an unlisted year uses the nearest earlier one). */
  entry: string | null;
  graceDays: number;
  dueSoonDays: number;
  indicators: Indicator[];
  committeeReformedRequired: boolean;
}

export interface ObligationResult {
  rule: FreshnessRule;
  status: FreshnessStatus;
  /** Date of the newest document that satisfied the obligation (on or before as-of). */
  lastSatisfied: string | null;
  /** The deadline: the next one when not stale, the missed one when stale. */
  dueBy: string | null;
  /** First day the obligation was stale (dueBy + 1), when known. */
  staleSince: string | null;
  /** The document that satisfies (or last satisfied) the obligation. */
  evidence: string | null;
  /** One plain-English sentence for maintainers. */
  message: string;
  /** The file or folder to change and what to do, when something needs doing. */
  fix: { file: string; action: string } | null;
  exemption: Exemption | null;
  expiredExemption: Exemption | null;
  /** When the rule starts to apply, for not-applicable-yet. */
  appliesFrom: string | null;
  /** monitoring-meeting: the quarters whose minutes are missing after their deadline, e.g. ["2023-24 Q2"]. */
  missingQuarters?: string[];
}

export interface OfficeResult {
  id: string;
  name: string;
  nameEn: string;
  parent: string | null;
  status: FreshnessStatus;
  staleSince: string | null;
  obligations: ObligationResult[];
}

export interface FreshnessSummary {
  fresh: number;
  dueSoon: number;
  stale: number;
  exempt: number;
  notApplicableYet: number;
}

export interface FreshnessReport {
  asOf: string;
  fiscalYear: string;
  quarter: QuarterNumber;
  offices: OfficeResult[];
  /** Offices by status. */
  summary: FreshnessSummary;
  /** Obligations by status, over all offices. */
  obligationSummary: FreshnessSummary;
  policy: ResolvedYearPolicy & { committeeReformedFrom: string };
}

// ---------------------------------------------------------------- policy

/** The settings for a fiscal year: its own entry, else the nearest earlier listed year, else the defaults. */
export function policyForYear(policy: FreshnessPolicy, fiscalYear: string): ResolvedYearPolicy {
  let years = yearCache.get(policy);
  if (!years) yearCache.set(policy, (years = new Map()));
  let resolved = years.get(fiscalYear);
  if (!resolved) years.set(fiscalYear, (resolved = resolveYear(policy, fiscalYear)));
  return resolved;
}

// The rules ask for the same few years, quarters and deadlines over and over (10,000 offices
// share a handful of quarters): memoised per policy object, which is never mutated.
const yearCache = new WeakMap<FreshnessPolicy, Map<string, ResolvedYearPolicy>>();
const deadlineCache = new WeakMap<FreshnessPolicy, Map<string, string>>();
const quarterCache = new Map<string, FiscalQuarter>();

/** fiscalQuarterOf, memoised (the cache is bounded so a long-lived page cannot grow it forever). */
function quarterOf(iso: string): FiscalQuarter {
  let q = quarterCache.get(iso);
  if (!q) {
    if (quarterCache.size > 20_000) quarterCache.clear();
    quarterCache.set(iso, (q = fiscalQuarterOf(iso)));
  }
  return q;
}

const committeeStartCache = new WeakMap<FreshnessPolicy, string>();
function committeeStartFor(policy: FreshnessPolicy): string {
  let start = committeeStartCache.get(policy);
  if (!start) committeeStartCache.set(policy, (start = committeeStartOf(policy)));
  return start;
}

const dayCache = new Map<string, number>();
const nextDayCache = new Map<string, string>();
/** daysBetween and addDays(iso, 1), memoised: the same few deadlines recur for every office. */
function daysFromTo(a: string, b: string): number {
  return dayIndex(b) - dayIndex(a);
}
function dayIndex(iso: string): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(iso, (n = daysBetween('1970-01-01', iso)));
  }
  return n;
}
function dayAfter(iso: string): string {
  let next = nextDayCache.get(iso);
  if (next === undefined) {
    if (nextDayCache.size > 20_000) nextDayCache.clear();
    nextDayCache.set(iso, (next = addDays(iso, 1)));
  }
  return next;
}

/** The newest document (latest date, then file name), without sorting the list. */
function newest(docs: FreshnessDocument[]): FreshnessDocument | undefined {
  let best: FreshnessDocument | undefined;
  for (const d of docs) if (!best || d.date > best.date || (d.date === best.date && d.stem > best.stem)) best = d;
  return best;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function resolveYear(policy: FreshnessPolicy, fiscalYear: string): ResolvedYearPolicy {
  const listed = Object.keys(policy.fiscalYears).sort();
  const entry = listed.filter((fy) => fy <= fiscalYear).at(-1) ?? null;
  const own = entry ? policy.fiscalYears[entry] : undefined;
  return {
    fiscalYear,
    entry,
    graceDays: own?.graceDays ?? policy.defaults.graceDays,
    dueSoonDays: own?.dueSoonDays ?? policy.defaults.dueSoonDays,
    indicators: own?.indicators ?? [],
    committeeReformedRequired: fiscalYear >= policy.committeeReformedFrom,
  };
}

/** Last day a document dated in quarter q still counts: q's end plus the grace days of q's fiscal year. */
export function quarterDeadline(policy: FreshnessPolicy, q: FiscalQuarter): string {
  let deadlines = deadlineCache.get(policy);
  if (!deadlines) deadlineCache.set(policy, (deadlines = new Map()));
  const key = q.end;
  let deadline = deadlines.get(key);
  if (!deadline) deadlines.set(key, (deadline = addDays(q.end, policyForYear(policy, q.fiscalYear).graceDays)));
  return deadline;
}

/** "2023-24 Q2" */
export function quarterLabel(q: { fiscalYear: string; quarter: number }): string {
  return `${q.fiscalYear} Q${q.quarter}`;
}

// ---------------------------------------------------------------- evaluation

const STATUS_RANK: Record<FreshnessStatus, number> = { stale: 0, 'due-soon': 1, fresh: 2, exempt: 3, 'not-applicable-yet': 4 };

/** The status that speaks for several: stale beats due-soon beats fresh beats exempt beats not-applicable-yet. */
export function worstStatus(statuses: FreshnessStatus[]): FreshnessStatus {
  return statuses.reduce<FreshnessStatus>((worst, s) => (STATUS_RANK[s] < STATUS_RANK[worst] ? s : worst), 'not-applicable-yet');
}

/** First day the office's quarterly rules apply: the quarter after it joined the portal (null: always). */
export function rulesApplyFrom(office: Pick<FreshnessOffice, 'joinedOn'>): string | null {
  return office.joinedOn ? nextQuarter(quarterOf(office.joinedOn)).start : null;
}

interface Core {
  status: 'fresh' | 'due-soon' | 'stale';
  lastSatisfied: string | null;
  dueBy: string | null;
  staleSince: string | null;
  evidence: string | null;
  message: string;
  fix: { file: string; action: string } | null;
  missingQuarters?: string[];
}

interface Context {
  office: FreshnessOffice;
  policy: FreshnessPolicy;
  asOf: string;
  quarter: FiscalQuarter;
  year: ResolvedYearPolicy;
  /** Documents dated on or before as-of, oldest first. */
  documents: FreshnessDocument[];
  committeeStart: string;
}

function timely(ctx: Context, dueBy: string): 'fresh' | 'due-soon' {
  return daysFromTo(ctx.asOf, dueBy) <= ctx.year.dueSoonDays ? 'due-soon' : 'fresh';
}

const isMonitoringCommitteeOrder = (d: FreshnessDocument) => d.kind === 'order' && d.orderKind === 'monitoring-committee';
const isMonitoringMinutes = (d: FreshnessDocument) => d.kind === 'minutes' && d.meetingKind === 'charter-monitoring';
const FOCAL_ROLES = ['focal-point', 'alternate-focal-point'];
const isFocalPointOrder = (d: FreshnessDocument) =>
  d.kind === 'order' && (d.orderKind === 'focal-point' || (d.appoints ?? []).some((r) => FOCAL_ROLES.includes(r)));

/** The quarter a monitoring meeting reports on: as stated, else the quarter of its date. */
export function reportedQuarter(d: FreshnessDocument): FiscalQuarter {
  return d.reportsOn ? quarterBounds(d.reportsOn.fiscalYear, d.reportsOn.quarter) : quarterOf(d.date);
}

/** "2023-24 Q2" for the quarter a monitoring meeting reports on (the schema keeps fiscal years canonical). */
function reportedLabel(d: FreshnessDocument): string {
  return d.reportsOn ? quarterLabel(d.reportsOn) : quarterLabel(quarterOf(d.date));
}

/** First day of the fiscal year the policy starts requiring committee-reformed. */
function committeeStartOf(policy: FreshnessPolicy): string {
  return quarterBounds(policy.committeeReformedFrom, 1).start;
}

/**
 * When an obligation began for an office (it joined the portal, the policy started requiring
 * the rule, or an exemption ended) and when it was first due: a grace period after that.
 */
interface Start {
  from: string;
  firstDeadline: string;
}

/** An obligation that starts with a quarter is first due at the end of that quarter's grace period. */
function quarterStart(policy: FreshnessPolicy, from: string): Start {
  let starts = startCache.get(policy);
  if (!starts) startCache.set(policy, (starts = new Map()));
  let start = starts.get(from);
  if (!start) starts.set(from, (start = { from, firstDeadline: quarterDeadline(policy, previousQuarter(quarterOf(from))) }));
  return start;
}
const startCache = new WeakMap<FreshnessPolicy, Map<string, Start>>();

/** After an exemption ends the office has a grace period, as at the start of a quarter. */
function exemptionEnd(policy: FreshnessPolicy, until: string): Start {
  return { from: dayAfter(until), firstDeadline: addDays(until, policyForYear(policy, quarterOf(until).fiscalYear).graceDays) };
}

function latestStart(...starts: (Start | null)[]): Start | null {
  const present = starts.filter((s): s is Start => s !== null);
  if (present.length === 0) return null;
  const later = (a: string, b: string) => (b > a ? b : a);
  return { from: present.map((s) => s.from).reduce(later), firstDeadline: present.map((s) => s.firstDeadline).reduce(later) };
}

/**
 * A document that must be renewed every quarter (charter, committee order): the newest one
 * covers until its quarter's deadline; `start` is when the obligation began for this office.
 */
function quarterlyDocument(
  ctx: Context,
  docs: FreshnessDocument[],
  start: Start | null,
  what: { noun: string; folder: string; add: string },
): Core {
  const latest = newest(docs);
  const q = ctx.quarter;
  const coveredUntil = latest ? quarterDeadline(ctx.policy, quarterOf(latest.date)) : null;
  const firstDeadline = start?.firstDeadline ?? null;
  const dueBy = coveredUntil === null ? firstDeadline : firstDeadline === null || coveredUntil > firstDeadline ? coveredUntil : firstDeadline;
  const base = { lastSatisfied: latest?.date ?? null, evidence: latest?.path ?? null };
  const addThisQuarter = `${what.add} dated in ${quarterLabel(q)} (${q.start} to ${q.end})`;
  if (dueBy !== null && ctx.asOf <= dueBy) {
    const status = timely(ctx, dueBy);
    const message = latest
      ? `${what.noun} of ${latest.date} counts until ${dueBy}`
      : `no ${what.noun} yet; the first is due by ${dueBy}`;
    const needsAction = status === 'due-soon' && (!latest || latest.date < q.start);
    return {
      status,
      ...base,
      dueBy,
      staleSince: null,
      message,
      fix: needsAction ? { file: what.folder, action: `${addThisQuarter} by ${dueBy}` } : null,
    };
  }
  const staleSince = dueBy ? dayAfter(dueBy) : null;
  const message = latest
    ? `the newest ${what.noun} is of ${latest.date} and counted only until ${dueBy}`
    : `no ${what.noun} is published`;
  return { status: 'stale', ...base, dueBy, staleSince, message, fix: { file: what.folder, action: addThisQuarter } };
}

function charterRevised(ctx: Context, start: Start | null): Core {
  return quarterlyDocument(
    ctx,
    ctx.documents.filter((d) => d.kind === 'charter'),
    start,
    { noun: 'charter', folder: `${ctx.office.folder}/charters/`, add: 'add the revised charter as charters/<effective-date>.mdx' },
  );
}

function committeeReformed(ctx: Context, start: Start | null): Core {
  return quarterlyDocument(
    ctx,
    ctx.documents.filter(isMonitoringCommitteeOrder),
    start,
    { noun: 'committee order', folder: `${ctx.office.folder}/orders/`, add: 'add the office order re-forming the monitoring committee (orderKind: monitoring-committee)' },
  );
}

/**
 * Minutes of a charter-monitoring meeting for every quarter whose report fell due in the
 * current fiscal year (Q4 of the previous year is due on 15 July), checked once its grace period is over.
 */
function monitoringMeeting(ctx: Context, start: Start | null): Core {
  const meetings = ctx.documents.filter(isMonitoringMinutes);
  const reported = new Set(meetings.map(reportedLabel));
  const firstOfYear = quarterOf(`${ctx.quarter.startYear}-07-01`);
  const fyStart = firstOfYear.start;
  const missing: FiscalQuarter[] = [];
  const pending: FiscalQuarter[] = [];
  for (let q = previousQuarter(firstOfYear); q.start <= ctx.quarter.start; q = nextQuarter(q)) {
    const deadline = quarterDeadline(ctx.policy, q);
    if (deadline < fyStart) continue;
    if (start !== null && q.start < start.from) continue;
    if (reported.has(quarterLabel(q))) continue;
    (deadline < ctx.asOf ? missing : pending).push(q);
  }
  const latest = newest(meetings);
  const base = { lastSatisfied: latest?.date ?? null, evidence: latest?.path ?? null };
  const folder = `${ctx.office.folder}/minutes/`;
  const minutesFor = (qs: FiscalQuarter[]) =>
    `add the minutes of the charter-monitoring meeting for ${qs.map(quarterLabel).join(', ')} (meetingKind: charter-monitoring, fiscalYear and quarter set)`;
  const first = missing[0];
  if (first) {
    const dueBy = quarterDeadline(ctx.policy, first);
    return {
      status: 'stale',
      ...base,
      dueBy,
      staleSince: dayAfter(dueBy),
      message: `no minutes of a charter-monitoring meeting for ${missing.map(quarterLabel).join(', ')}`,
      fix: { file: folder, action: minutesFor(missing) },
      missingQuarters: missing.map(quarterLabel),
    };
  }
  const next = pending[0] ?? nextQuarter(ctx.quarter);
  const dueBy = quarterDeadline(ctx.policy, next);
  const status = timely(ctx, dueBy);
  return {
    status,
    ...base,
    dueBy,
    staleSince: null,
    message: `minutes for ${quarterLabel(next)} are due by ${dueBy}`,
    fix: status === 'due-soon' ? { file: folder, action: `${minutesFor([next])} by ${dueBy}` } : null,
    missingQuarters: [],
  };
}

/** A focal point and an alternate, each with a photo, in the office metadata and named by an office order. */
function focalPoint(ctx: Context): Core {
  const { office } = ctx;
  const orders = ctx.documents.filter(isFocalPointOrder);
  const problems: string[] = [];
  const people: [string, FocalPointInput | undefined][] = [
    ['focalPoint', office.focalPoint],
    ['alternateFocalPoint', office.alternateFocalPoint],
  ];
  let evidence: FreshnessDocument | undefined = newest(orders);
  for (const [field, person] of people) {
    if (!person) {
      problems.push(`set ${field} (name, designation, photo)`);
      continue;
    }
    if (!person.photo) problems.push(`add ${field}.photo (a file in media/)`);
    else if (person.photoFound === false) problems.push(`${field}.photo ${person.photo} is not in the office folder: add the file or fix the name`);
    if (person.appointedBy) {
      const order = ctx.documents.find((d) => d.kind === 'order' && d.stem === person.appointedBy);
      if (!order) problems.push(`${field}.appointedBy names ${person.appointedBy}, which is not an office order dated on or before ${ctx.asOf}`);
      else evidence = order;
    }
  }
  if (!evidence) problems.push('add the office order naming the focal point and the alternate (orderKind: focal-point)');
  const base = { lastSatisfied: problems.length ? null : (evidence?.date ?? null), evidence: evidence?.path ?? null, dueBy: null, staleSince: null };
  if (problems.length === 0) {
    return { status: 'fresh', ...base, message: `${office.focalPoint?.name ?? ''} and ${office.alternateFocalPoint?.name ?? ''} are named with photos`, fix: null };
  }
  const needsOrderOnly = problems.length === 1 && !evidence;
  return {
    status: 'stale',
    ...base,
    lastSatisfied: null,
    message: `the focal point and the alternate are not fully named with photos and an office order (${problems.length} thing${problems.length === 1 ? '' : 's'} to do)`,
    fix: { file: needsOrderOnly ? `${office.folder}/orders/` : `${office.folder}/office.yaml`, action: problems.join('; ') },
  };
}

function obligation(rule: FreshnessRule, ctx: Context, officeStart: string | null): ObligationResult {
  const { office, asOf } = ctx;
  const forRule = office.exemptions.filter((e) => e.rule === rule).sort((a, b) => byString(a.until, b.until));
  const exemption = forRule.filter((e) => asOf <= e.until).at(-1) ?? null;
  const expiredExemption = exemption ? null : (forRule.filter((e) => e.until < asOf).at(-1) ?? null);
  const empty = {
    lastSatisfied: null,
    dueBy: null,
    staleSince: null,
    evidence: null,
    fix: null,
    exemption: null,
    expiredExemption,
    appliesFrom: null,
  };

  // Quarters the office was exempt for are not asked for again; it gets a grace period after.
  const afterExemption = expiredExemption ? exemptionEnd(ctx.policy, expiredExemption.until) : null;
  const officeBegins = officeStart ? quarterStart(ctx.policy, officeStart) : null;
  let ruleStart = latestStart(officeBegins, afterExemption);
  if (rule === 'committee-reformed') {
    const policyStart = ctx.committeeStart;
    if (!ctx.year.committeeReformedRequired) {
      return {
        rule,
        status: 'not-applicable-yet',
        ...empty,
        appliesFrom: policyStart,
        message: `the policy requires re-forming the committee every quarter from FY ${ctx.policy.committeeReformedFrom} (${policyStart})`,
      };
    }
    ruleStart = latestStart(ruleStart, quarterStart(ctx.policy, policyStart));
  }
  if (officeStart !== null && asOf < officeStart) {
    return {
      rule,
      status: 'not-applicable-yet',
      ...empty,
      appliesFrom: officeStart,
      message: `the office joined on ${office.joinedOn ?? '?'}; its quarterly rules apply from ${officeStart}`,
    };
  }

  const core =
    rule === 'charter-revised'
      ? charterRevised(ctx, ruleStart)
      : rule === 'monitoring-meeting'
        ? monitoringMeeting(ctx, ruleStart)
        : rule === 'committee-reformed'
          ? committeeReformed(ctx, ruleStart)
          : focalPoint(ctx);

  if (exemption) {
    return {
      rule,
      status: 'exempt',
      lastSatisfied: core.lastSatisfied,
      dueBy: null,
      staleSince: null,
      evidence: core.evidence,
      message: `exempt until ${exemption.until}: ${exemption.reason}`,
      fix: null,
      exemption,
      expiredExemption: null,
      appliesFrom: null,
      ...(core.missingQuarters ? { missingQuarters: core.missingQuarters } : {}),
    };
  }
  // Nothing was stale while the exemption ran: staleness starts after it ended at the earliest.
  const floor = afterExemption?.from ?? null;
  const staleSince = core.status !== 'stale' ? null : core.staleSince === null ? floor : floor && floor > core.staleSince ? floor : core.staleSince;
  return {
    rule,
    ...core,
    staleSince,
    exemption: null,
    expiredExemption,
    appliesFrom: null,
  };
}

function contextFor(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): Context {
  const quarter = quarterOf(asOf);
  return {
    office,
    policy,
    asOf,
    quarter,
    year: policyForYear(policy, quarter.fiscalYear),
    committeeStart: committeeStartFor(policy),
    // Unsorted: the rules only ever need the newest document of a kind (see `newest`).
    documents: office.documents.filter((d) => d.date <= asOf),
  };
}

/** The status of each obligation of one office as of a date. */
export function evaluateOffice(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): OfficeResult {
  const ctx = contextFor(office, policy, asOf);
  const officeStart = rulesApplyFrom(office);
  const obligations = FRESHNESS_RULES.map((rule) => obligation(rule, ctx, officeStart));
  const status = worstStatus(obligations.map((o) => o.status));
  const staleSince = obligations
    .filter((o) => o.status === 'stale')
    .map((o) => o.staleSince)
    .filter((d): d is string => d !== null)
    .sort()[0] ?? null;
  return { id: office.id, name: office.name.bn, nameEn: office.name.en, parent: office.parent ?? null, status, staleSince, obligations };
}

function emptySummary(): FreshnessSummary {
  return { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0 };
}

const SUMMARY_KEY: Record<FreshnessStatus, keyof FreshnessSummary> = {
  fresh: 'fresh',
  'due-soon': 'dueSoon',
  stale: 'stale',
  exempt: 'exempt',
  'not-applicable-yet': 'notApplicableYet',
};

/** Every office as of a date, sorted by id, with counts. */
export function evaluateOffices(offices: FreshnessOffice[], policy: FreshnessPolicy, asOf: string): FreshnessReport {
  const q = fiscalQuarterOf(asOf);
  const results = [...offices].sort((a, b) => byString(a.id, b.id)).map((o) => evaluateOffice(o, policy, asOf));
  const summary = emptySummary();
  const obligationSummary = emptySummary();
  for (const office of results) {
    summary[SUMMARY_KEY[office.status]]++;
    for (const o of office.obligations) obligationSummary[SUMMARY_KEY[o.status]]++;
  }
  return {
    asOf,
    fiscalYear: q.fiscalYear,
    quarter: q.quarter,
    offices: results,
    summary,
    obligationSummary,
    policy: { ...policyForYear(policy, q.fiscalYear), committeeReformedFrom: policy.committeeReformedFrom },
  };
}

// ---------------------------------------------------------------- the dashboard's quarter grid

export interface QuarterCell {
  fiscalYear: string;
  quarter: QuarterNumber;
  status: QuarterCellStatus;
  /** The document that satisfied the quarter, if any. */
  evidence: string | null;
  /** Last day the quarter's document counted as on time. */
  deadline: string;
}

/**
 * For each obligation, its status in each quarter of the as-of fiscal year: was the charter
 * revised in that quarter, were the minutes for that quarter published, and so on.
 */
export function quarterGrid(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): Record<FreshnessRule, QuarterCell[]> {
  const quarters = quartersOfFiscalYear(quarterOf(asOf).fiscalYear);
  const documents = office.documents.filter((d) => d.date <= asOf);
  const officeStart = rulesApplyFrom(office);
  const committeeStart = committeeStartFor(policy);
  const dueSoonDays = policyForYear(policy, quarters[0]?.fiscalYear ?? '').dueSoonDays;
  const exemptOn = (rule: FreshnessRule, day: string) => office.exemptions.some((e) => e.rule === rule && day <= e.until);

  const cell = (rule: FreshnessRule, q: FiscalQuarter): QuarterCell => {
    const base = { fiscalYear: q.fiscalYear, quarter: q.quarter };
    const checkDay = asOf < q.end ? asOf : q.end;
    let satisfiedBy: FreshnessDocument | undefined;
    let deadline: string;
    if (rule === 'monitoring-meeting') {
      const label = quarterLabel(q);
      satisfiedBy = newest(documents.filter((d) => isMonitoringMinutes(d) && reportedLabel(d) === label));
      deadline = quarterDeadline(policy, q);
    } else if (rule === 'focal-point') {
      const atQuarter = focalPoint(contextFor(office, policy, checkDay));
      deadline = q.end;
      if (q.start > asOf) return { ...base, status: 'upcoming', evidence: null, deadline };
      if (officeStart !== null && q.start < officeStart) return { ...base, status: 'not-applicable-yet', evidence: null, deadline };
      if (atQuarter?.status === 'fresh') return { ...base, status: 'fresh', evidence: atQuarter.evidence, deadline };
      return { ...base, status: exemptOn(rule, checkDay) ? 'exempt' : 'stale', evidence: null, deadline };
    } else {
      const match = rule === 'charter-revised' ? (d: FreshnessDocument) => d.kind === 'charter' : isMonitoringCommitteeOrder;
      satisfiedBy = newest(documents.filter((d) => match(d) && d.date >= q.start && d.date <= q.end));
      // The quarter's document is late once the grace period at the quarter's start is over.
      deadline = quarterDeadline(policy, previousQuarter(q));
    }
    if (q.start > asOf) return { ...base, status: 'upcoming', evidence: null, deadline };
    const start = rule === 'committee-reformed' ? [officeStart, committeeStart].filter((d): d is string => d !== null).sort().at(-1) ?? null : officeStart;
    if (start !== null && q.start < start) return { ...base, status: 'not-applicable-yet', evidence: null, deadline };
    if (satisfiedBy) return { ...base, status: 'fresh', evidence: satisfiedBy.path, deadline };
    if (exemptOn(rule, checkDay)) return { ...base, status: 'exempt', evidence: null, deadline };
    if (asOf > deadline) return { ...base, status: 'stale', evidence: null, deadline };
    return { ...base, status: daysFromTo(asOf, deadline) <= dueSoonDays ? 'due-soon' : 'upcoming', evidence: null, deadline };
  };

  const grid = {} as Record<FreshnessRule, QuarterCell[]>;
  for (const rule of FRESHNESS_RULES) grid[rule] = quarters.map((q) => cell(rule, q));
  return grid;
}

/**
 * Offices under a parent (the parent itself first, then its descendants, any depth),
 * for the per-parent compliance page. Cycles in bad metadata cannot loop forever.
 */
export function officesUnder<T extends { id: string; parent?: string | null | undefined }>(offices: T[], parentId: string): T[] {
  const childrenOf = new Map<string, T[]>();
  for (const o of offices) {
    if (!o.parent) continue;
    childrenOf.set(o.parent, [...(childrenOf.get(o.parent) ?? []), o]);
  }
  const seen = new Set<string>();
  const out: T[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const self = offices.find((o) => o.id === id);
    if (self) out.push(self);
    for (const child of childrenOf.get(id) ?? []) visit(child.id);
  };
  visit(parentId);
  return out;
}
