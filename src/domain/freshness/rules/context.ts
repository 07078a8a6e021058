/**
 * What every rule is given (the office, the policy, the as-of date and the documents
 * that count on it), what a rule returns, and the helpers more than one rule uses.
 */
import { addDays, daysBetween, fiscalQuarterOf, previousQuarter, type FiscalQuarter } from '../../fiscal-year.ts';
import { policyForYear, quarterDeadline, quarterLabel } from '../policy.ts';
import type { FreshnessDocument, FreshnessOffice, FreshnessPolicy, FreshnessRule, ObligationResult, ResolvedYearPolicy } from '../types.ts';

export interface Context {
  office: FreshnessOffice;
  policy: FreshnessPolicy;
  asOf: string;
  quarter: FiscalQuarter;
  year: ResolvedYearPolicy;
  /** Documents dated on or before as-of, in file order: the rules only ever need the newest of a kind (see `newest`). */
  documents: FreshnessDocument[];
}

export function contextFor(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): Context {
  const quarter = fiscalQuarterOf(asOf);
  return {
    office,
    policy,
    asOf,
    quarter,
    year: policyForYear(policy, quarter.fiscalYear),
    documents: office.documents.filter((d) => d.date <= asOf),
  };
}

/** A rule's verdict before exemptions and start dates are applied. */
export type Core = Pick<ObligationResult, 'lastSatisfied' | 'dueBy' | 'staleSince' | 'evidence' | 'message' | 'fix' | 'missingQuarters'> & {
  status: 'fresh' | 'due-soon' | 'stale';
};

/**
 * When an obligation began for an office (it joined the portal, the policy started requiring
 * the rule, or an exemption ended) and when it was first due: a grace period after that.
 */
export interface Start {
  from: string;
  firstDeadline: string;
}

/** One quarter of the dashboard grid as a rule sees it. */
export interface QuarterCheck {
  /** The document that satisfied the quarter, if any. */
  evidence: string | null;
  /** Last day the quarter's document counted as on time. */
  deadline: string;
  /** True when nothing is waited for: a quarter without evidence is stale at once (never due soon). */
  staleWhenMissing?: boolean;
}

/** A rule: one file each in this folder. */
export interface RuleDefinition {
  rule: FreshnessRule;
  /** First day the policy itself asks for the rule (null: always); `message` explains it before then. */
  requiredFrom?(ctx: Context): { from: string; inForce: boolean; message: string };
  /** The obligation's status as of `ctx.asOf`; `start` is when it began for this office (null: always). */
  evaluate(ctx: Context, start: Start | null): Core;
  /** For the dashboard: what satisfied quarter `q` and by when (`ctx` holds the documents dated on or before as-of). */
  quarter(ctx: Context, q: FiscalQuarter): QuarterCheck;
}

/** The newest document (latest date, then file name), without sorting the list. */
export function newest(docs: FreshnessDocument[]): FreshnessDocument | undefined {
  let best: FreshnessDocument | undefined;
  for (const d of docs) if (!best || d.date > best.date || (d.date === best.date && d.stem > best.stem)) best = d;
  return best;
}

/** fresh, or due-soon when the deadline is within the year's due-soon window. */
export function timely(ctx: Context, dueBy: string): 'fresh' | 'due-soon' {
  return daysBetween(ctx.asOf, dueBy) <= ctx.year.dueSoonDays ? 'due-soon' : 'fresh';
}

/** An obligation that starts with a quarter is first due at the end of that quarter's grace period. */
export function quarterStart(policy: FreshnessPolicy, from: string): Start {
  return { from, firstDeadline: quarterDeadline(policy, previousQuarter(fiscalQuarterOf(from))) };
}

/** After an exemption ends the office has a grace period, as at the start of a quarter. */
export function exemptionEnd(policy: FreshnessPolicy, until: string): Start {
  return { from: addDays(until, 1), firstDeadline: addDays(until, policyForYear(policy, fiscalQuarterOf(until).fiscalYear).graceDays) };
}

/** The later of several starts (each part separately); null when there is none. */
export function latestStart(...starts: (Start | null)[]): Start | null {
  const present = starts.filter((s): s is Start => s !== null);
  if (present.length === 0) return null;
  const later = (a: string, b: string) => (b > a ? b : a);
  return { from: present.map((s) => s.from).reduce(later), firstDeadline: present.map((s) => s.firstDeadline).reduce(later) };
}

/** "2023-24 Q2" for the quarter a monitoring meeting reports on: as stated (the schema keeps fiscal years canonical), else the quarter of its date. */
export function reportedLabel(d: FreshnessDocument): string {
  return quarterLabel(d.reportsOn ?? fiscalQuarterOf(d.date));
}
