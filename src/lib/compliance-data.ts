/** The compliance data the dashboard, `compliance.json` and `compliance.csv` share (so they always agree). */
import { fiscalQuarterOf, quartersOfFiscalYear } from '../domain/fiscal-year.ts';
import type { FreshnessSummary } from '../domain/freshness/index.ts';
import type { ComplianceOffice } from '../domain/freshness/report.ts';
import { subtreeSummaries, type NationalFreshness as PortalFreshness, type NationalModel, type NationalOffice } from './national-model.ts';

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

/**
 * A country-sized scope as JSON: the scope's own rows and one roll-up row per office
 * directly under it (statuses of its whole subtree, and where its own file is), so no
 * file lists more than LIST_LIMIT offices in full and the total stays linear in the
 * number of offices. Every office's full rows are in the file of the nearest scope
 * small enough to hold them, and in its own `offices/<id>/compliance.json`.
 */
export function complianceRollupJson(model: NationalModel, scope: string | null, base: string): unknown {
  const { freshness } = model;
  const own = scope ? freshness.compliance.filter((o) => o.id === scope) : [];
  return {
    ...(complianceJson(freshness, own, scope) as Record<string, unknown>),
    rollup: rollupRows(model, scope, base),
    summary: scope ? complianceUnder(freshness, scope).summary : freshness.report.summary,
  };
}

/** The same roll-up as CSV: one row per office directly under the scope, with its subtree's statuses. */
export function complianceRollupCsv(model: NationalModel, scope: string | null, base: string): string {
  const header = ['office_id', 'office_name', 'parent', 'offices', 'fresh', 'due_soon', 'stale', 'exempt', 'not_applicable_yet', 'unpublished', 'json'];
  const lines = [header.join(',')];
  for (const r of rollupRows(model, scope, base)) {
    const s = r.summary;
    lines.push(
      [
        r.id,
        `"${r.name.replace(/"/g, '""')}"`,
        r.parent ?? '',
        r.offices,
        s.fresh,
        s.dueSoon,
        s.stale,
        s.exempt,
        s.notApplicableYet,
        s.unpublished,
        r.json,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function rollupRows(model: NationalModel, scope: string | null, base: string) {
  const summaries = subtreeSummaries(model);
  const byId = new Map(model.offices.map((o) => [o.id, o]));
  const list = scope
    ? (byId.get(scope)?.children ?? []).map((id) => byId.get(id)).filter((o): o is NationalOffice => !!o)
    : model.offices.filter((o) => !o.parent);
  return list.map((o) => ({
    id: o.id,
    name: o.name.bn,
    parent: o.parent,
    offices: o.descendants + 1,
    summary: summaries.get(o.id) ?? { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0, unpublished: 0 },
    json: o.children.length ? `${base}compliance/${o.id}.json` : `${base}offices/${o.id}/compliance.json`,
  }));
}
