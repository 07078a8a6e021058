/**
 * An office's obligations as of a date: each rule's verdict (rules/), with the parts
 * every rule shares applied around it — when the rule starts to apply (the office
 * joined, the policy asks for it), exemptions in force and the grace after one ends.
 * Only documents dated on or before the as-of date count, so any past date can be
 * checked as it was then.
 */
import { fiscalQuarterOf } from '../fiscal-year.ts';
import { policyForYear, rulesApplyFrom } from './policy.ts';
import { contextFor, exemptionEnd, latestStart, quarterStart, type Context } from './rules/context.ts';
import { RULES } from './rules/index.ts';
import { countStatuses, worstStatus } from './summary.ts';
import {
  FRESHNESS_RULES,
  type FreshnessOffice,
  type FreshnessPolicy,
  type FreshnessReport,
  type FreshnessRule,
  type ObligationResult,
  type OfficeResult,
} from './types.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function obligation(rule: FreshnessRule, ctx: Context, officeStart: string | null): ObligationResult {
  const { office, asOf } = ctx;
  const definition = RULES[rule];
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
  const required = definition.requiredFrom?.(ctx);
  if (required) {
    if (!required.inForce) return { rule, status: 'not-applicable-yet', ...empty, appliesFrom: required.from, message: required.message };
    ruleStart = latestStart(ruleStart, quarterStart(ctx.policy, required.from));
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

  const core = definition.evaluate(ctx, ruleStart);

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

/** The status of each obligation of one office as of a date. */
export function evaluateOffice(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): OfficeResult {
  const ctx = contextFor(office, policy, asOf);
  const officeStart = rulesApplyFrom(office);
  const obligations = FRESHNESS_RULES.map((rule) => obligation(rule, ctx, officeStart));
  const status = worstStatus(obligations.map((o) => o.status));
  const staleSince =
    obligations
      .filter((o) => o.status === 'stale')
      .map((o) => o.staleSince)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  return { id: office.id, name: office.name.bn, nameEn: office.name.en, parent: office.parent ?? null, status, staleSince, obligations };
}

/** Every office as of a date, sorted by id, with counts. */
export function evaluateOffices(offices: FreshnessOffice[], policy: FreshnessPolicy, asOf: string): FreshnessReport {
  const q = fiscalQuarterOf(asOf);
  const results = [...offices].sort((a, b) => byString(a.id, b.id)).map((o) => evaluateOffice(o, policy, asOf));
  return {
    asOf,
    fiscalYear: q.fiscalYear,
    quarter: q.quarter,
    offices: results,
    summary: countStatuses(results.map((o) => o.status)),
    obligationSummary: countStatuses(results.flatMap((o) => o.obligations.map((ob) => ob.status))),
    policy: { ...policyForYear(policy, q.fiscalYear), committeeReformedFrom: policy.committeeReformedFrom },
  };
}
