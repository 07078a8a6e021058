/**
 * The dashboard's quarter grid: for each obligation, its status in each quarter of the
 * as-of fiscal year — was the charter revised in that quarter, were the minutes for
 * that quarter published, and so on. What satisfies a quarter is each rule's own
 * (rules/*.ts `quarter`); the order of the checks below is the grid's.
 */
import { daysBetween, fiscalQuarterOf, quartersOfFiscalYear, type FiscalQuarter } from '../fiscal-year.ts';
import { policyForYear, rulesApplyFrom } from './policy.ts';
import { contextFor } from './rules/context.ts';
import { RULES } from './rules/index.ts';
import { FRESHNESS_RULES, type FreshnessOffice, type FreshnessPolicy, type FreshnessRule, type QuarterCell } from './types.ts';

export function quarterGrid(office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): Record<FreshnessRule, QuarterCell[]> {
  const ctx = contextFor(office, policy, asOf);
  const quarters = quartersOfFiscalYear(fiscalQuarterOf(asOf).fiscalYear);
  const officeStart = rulesApplyFrom(office);
  const dueSoonDays = policyForYear(policy, quarters[0]?.fiscalYear ?? '').dueSoonDays;
  const exemptOn = (rule: FreshnessRule, day: string) => office.exemptions.some((e) => e.rule === rule && day <= e.until);

  // When each rule applies from: the office's start, or the policy's for a rule it phases in, whichever is later.
  const startOf = {} as Record<FreshnessRule, string | null>;
  for (const rule of FRESHNESS_RULES) {
    const policyStart = RULES[rule].requiredFrom?.(ctx).from ?? null;
    startOf[rule] = policyStart !== null && (officeStart === null || policyStart > officeStart) ? policyStart : officeStart;
  }

  const cell = (rule: FreshnessRule, q: FiscalQuarter): QuarterCell => {
    const definition = RULES[rule];
    const { evidence, deadline, staleWhenMissing } = definition.quarter(ctx, q);
    const at = (status: QuarterCell['status'], evidence: string | null = null): QuarterCell => ({
      fiscalYear: q.fiscalYear,
      quarter: q.quarter,
      status,
      evidence,
      deadline,
    });
    if (q.start > asOf) return at('upcoming');
    const start = startOf[rule];
    if (start !== null && q.start < start) return at('not-applicable-yet');
    if (evidence !== null) return at('fresh', evidence);
    const checkDay = asOf < q.end ? asOf : q.end;
    if (exemptOn(rule, checkDay)) return at('exempt');
    if (staleWhenMissing || asOf > deadline) return at('stale');
    return at(daysBetween(asOf, deadline) <= dueSoonDays ? 'due-soon' : 'upcoming');
  };

  const grid = {} as Record<FreshnessRule, QuarterCell[]>;
  for (const rule of FRESHNESS_RULES) grid[rule] = quarters.map((q) => cell(rule, q));
  return grid;
}
