/**
 * The compliance dashboard re-checked in the browser: a published dashboard is a
 * snapshot of its build, but an office's pages re-check their standing against
 * today. So once today (in Dhaka) is past the dashboard's date, it fetches the
 * records its offices published (`offices/<id>/compliance.json`: the rules' input)
 * and evaluates them with the same functions as the build and the office pages
 * (evaluateOffices, complianceOffice, standingOf), then renders the same markup
 * (src/components/compliance-html.ts). All or nothing: if any record cannot be
 * read (offline, an office not published), the snapshot stays, with its date.
 */
import { evaluateOffices } from '../domain/freshness/evaluate.ts';
import { complianceOffice, type ComplianceOffice } from '../domain/freshness/compliance.ts';
import { countStatuses } from '../domain/freshness/summary.ts';
import type { FreshnessOffice, FreshnessPolicy, FreshnessSummary } from '../domain/freshness/types.ts';

export interface RecheckInput {
  /** The dashboard's own date. */
  asOf: string;
  policy: FreshnessPolicy;
  /** The offices the page lists, in its order. */
  officeIds: string[];
  base: string;
}

export interface Rechecked {
  asOf: string;
  offices: ComplianceOffice[];
  summary: FreshnessSummary;
}

/** The offices' compliance on `day` from their inputs, in the page's order. */
export function complianceOn(inputs: FreshnessOffice[], policy: FreshnessPolicy, day: string, order: string[]): Rechecked {
  const byId = new Map(inputs.map((o) => [o.id, o]));
  const report = evaluateOffices(inputs, policy, day);
  const results = new Map(report.offices.map((r) => [r.id, r]));
  const offices = order.flatMap((id) => {
    const result = results.get(id);
    const input = byId.get(id);
    return result && input ? [complianceOffice(result, input, policy, day)] : [];
  });
  return { asOf: day, offices, summary: countStatuses(offices.map((o) => o.status)) };
}

/** Fetch every listed office's record and re-check it on `today`; undefined when any cannot be read. */
export async function recheckCompliance(input: RecheckInput, today: string): Promise<Rechecked | undefined> {
  if (today <= input.asOf) return undefined;
  const inputs: FreshnessOffice[] = [];
  const queue = [...input.officeIds];
  let failed = false;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined && !failed; id = queue.shift()) {
      try {
        const response = await fetch(`${input.base}offices/${encodeURIComponent(id)}/compliance.json`);
        if (!response.ok) throw new Error(String(response.status));
        const record = (await response.json()) as { freshness?: FreshnessOffice };
        if (!record.freshness) throw new Error('no freshness input');
        inputs.push(record.freshness);
      } catch {
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, queue.length) }, worker));
  return failed ? undefined : complianceOn(inputs, input.policy, today, input.officeIds);
}
