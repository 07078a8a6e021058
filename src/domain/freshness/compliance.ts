/**
 * One office's row of the compliance data (the dashboard, its JSON and CSV): its
 * result, its standing (what its pages say) and each obligation's quarters. Small and
 * free of the report formatters, because the dashboard re-checks it in the browser.
 */
import { quarterGrid } from './grid.ts';
import { standingOf, type OfficeStanding } from './standing.ts';
import type { FreshnessOffice, FreshnessPolicy, ObligationResult, OfficeResult, QuarterCell } from './types.ts';

export interface ComplianceOffice extends OfficeResult {
  /** What every citizen-facing view says about the office (src/domain/freshness/standing.ts). */
  standing: OfficeStanding;
  obligations: (ObligationResult & { quarters: QuarterCell[] })[];
}

export function complianceOffice(result: OfficeResult, office: FreshnessOffice, policy: FreshnessPolicy, asOf: string): ComplianceOffice {
  const grid = quarterGrid(office, policy, asOf);
  return { ...result, standing: standingOf(result, asOf), obligations: result.obligations.map((o) => ({ ...o, quarters: grid[o.rule] })) };
}
