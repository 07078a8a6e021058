/** The compliance data the dashboard, `compliance.json` and `compliance.csv` share (so they always agree). */
import { fiscalQuarterOf, quartersOfFiscalYear } from '../domain/fiscal-year.ts';
import { officesUnder, type FreshnessSummary } from '../domain/freshness/index.ts';
import type { ComplianceOffice } from '../domain/freshness/report.ts';
import type { NationalFreshness as PortalFreshness } from './national-model.ts';

const KEY = { fresh: 'fresh', 'due-soon': 'dueSoon', stale: 'stale', exempt: 'exempt', 'not-applicable-yet': 'notApplicableYet' } as const;

export function summarize(offices: ComplianceOffice[]): FreshnessSummary {
  const summary: FreshnessSummary = { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0 };
  for (const o of offices) summary[KEY[o.status]]++;
  return summary;
}

/** A parent office and everything under it. */
export function complianceUnder(freshness: PortalFreshness, parentId: string): { offices: ComplianceOffice[]; summary: FreshnessSummary } {
  const offices = officesUnder(freshness.compliance, parentId);
  return { offices, summary: summarize(offices) };
}

/** The JSON document: the `npm run freshness` JSON fields plus each obligation's quarters. */
export function complianceJson(freshness: PortalFreshness, offices: ComplianceOffice[], scope: string | null): unknown {
  const { report, resolved } = freshness;
  return {
    asOf: report.asOf,
    asOfSource: resolved.source,
    fiscalYear: report.fiscalYear,
    quarter: report.quarter,
    scope,
    quarters: quartersOfFiscalYear(fiscalQuarterOf(report.asOf).fiscalYear),
    offices,
    summary: summarize(offices),
    policy: report.policy,
  };
}
