/** The compliance data the dashboard, `compliance.json` and `compliance.csv` share (so they always agree). */
import { fiscalQuarterOf, quartersOfFiscalYear } from '../domain/fiscal-year.ts';
import type { FreshnessSummary } from '../domain/freshness/index.ts';
import type { ComplianceOffice } from '../domain/freshness/report.ts';
import type { NationalFreshness as PortalFreshness } from './national-model.ts';

const KEY = { fresh: 'fresh', 'due-soon': 'dueSoon', stale: 'stale', exempt: 'exempt', 'not-applicable-yet': 'notApplicableYet' } as const;

export function summarize(offices: ComplianceOffice[]): FreshnessSummary {
  const summary: FreshnessSummary = { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0 };
  for (const o of offices) summary[KEY[o.status]]++;
  return summary;
}

// The tree of the compliance list, indexed once per build: the national layer asks for the
// subtree of every parent (hundreds of them over tens of thousands of offices).
const trees = new WeakMap<ComplianceOffice[], { byId: Map<string, ComplianceOffice>; children: Map<string, ComplianceOffice[]> }>();

function treeOf(list: ComplianceOffice[]) {
  let tree = trees.get(list);
  if (!tree) {
    const byId = new Map(list.map((o) => [o.id, o]));
    const children = new Map<string, ComplianceOffice[]>();
    for (const o of list) {
      if (!o.parent) continue;
      const siblings = children.get(o.parent);
      if (siblings) siblings.push(o);
      else children.set(o.parent, [o]);
    }
    tree = { byId, children };
    trees.set(list, tree);
  }
  return tree;
}

/** A parent office and everything under it (the parent first, then its descendants, any depth; cycles cannot loop). */
export function complianceUnder(freshness: PortalFreshness, parentId: string): { offices: ComplianceOffice[]; summary: FreshnessSummary } {
  const { byId, children } = treeOf(freshness.compliance);
  const seen = new Set<string>();
  const offices: ComplianceOffice[] = [];
  const stack = [parentId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const self = byId.get(id);
    if (self) offices.push(self);
    stack.push(...(children.get(id) ?? []).map((c) => c.id).reverse());
  }
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
