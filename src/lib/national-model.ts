/**
 * The national layer's data: every office's place in the tree and its compliance,
 * computed from each office's own published freshness input (what its build wrote
 * to `offices/<id>/compliance.json`), never from all documents again. The same
 * function serves `astro dev` (from the content collections) and
 * `npm run build:national` (from the published records), so both show the same.
 *
 * Statuses are re-evaluated as of the national build's date by the rules module
 * (the records hold the rules' inputs: document dates and kinds, exemptions, focal
 * points), so an office that has not been rebuilt still shows as stale on time.
 */
import { evaluateOffices, type FreshnessOffice, type FreshnessPolicy, type FreshnessReport } from '../domain/freshness/index.ts';
import { complianceOffice, type ComplianceOffice } from '../domain/freshness/report.ts';
import { fiscalYearOf } from '../domain/fiscal-year.ts';
import type { ResolvedAsOf } from '../content-model/freshness-policy.ts';
import type { OfficeServices } from '../domain/charter-services.ts';

/** No directory, dashboard or filter list shows more entries than this on one page. */
export const LIST_LIMIT = 200;

/** What an office build publishes for the national layer (`offices/<id>/compliance.json`). */
export interface OfficeRecord {
  /** The rules' input: re-evaluated by the national layer as of its own date. */
  freshness: FreshnessOffice;
  /** Newest document date. */
  lastUpdated?: string;
  counts: { charters: number; minutes: number; orders: number };
  /** The services of its newest charter, for the national search catalogue (src/search/catalogue.ts). */
  services?: OfficeServices;
}

export interface NationalOffice {
  id: string;
  parent?: string;
  name: { bn: string; en: string };
  kind: string;
  /** Whether the office's pages are published (its build has succeeded at least once). */
  published: boolean;
  lastUpdated?: string;
  counts?: OfficeRecord['counts'];
  /** Number of offices under it, at any depth. */
  descendants: number;
  /** Standard services for its kind that its current charter lacks (references), from its record. */
  lacking?: string[];
  children: string[];
}

export interface NationalFreshness {
  policy: FreshnessPolicy;
  resolved: ResolvedAsOf;
  report: FreshnessReport;
  compliance: ComplianceOffice[];
}

export interface NationalModel {
  offices: NationalOffice[];
  /** Fiscal years that have documents, newest first (the search page's filter). */
  fiscalYears: string[];
  freshness: NationalFreshness;
}

export function officeRecord(freshness: FreshnessOffice, services?: OfficeServices): OfficeRecord {
  const count = (kind: string) => freshness.documents.filter((d) => d.kind === kind).length;
  const lastUpdated = freshness.documents
    .map((d) => d.date)
    .sort()
    .at(-1);
  return {
    freshness,
    ...(lastUpdated ? { lastUpdated } : {}),
    counts: { charters: count('charter'), minutes: count('minutes'), orders: count('order') },
    ...(services ? { services } : {}),
  };
}

export function nationalModel(
  directory: ReadonlyArray<{ id: string; parent?: string | undefined; name: { bn: string; en: string }; kind: string }>,
  records: ReadonlyMap<string, OfficeRecord>,
  policy: FreshnessPolicy,
  resolved: ResolvedAsOf,
  /** Offices whose pages are published (default: every office with a record). */
  published: ReadonlySet<string> = new Set(records.keys()),
): NationalModel {
  const ids = new Set(directory.map((o) => o.id));
  const children = new Map<string, string[]>();
  for (const o of directory) if (o.parent && ids.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o.id]);
  const descendants = new Map<string, number>();
  const countUnder = (id: string, seen: Set<string>): number => {
    const known = descendants.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const n = (children.get(id) ?? []).reduce((sum, c) => sum + 1 + countUnder(c, seen), 0);
    descendants.set(id, n);
    return n;
  };
  const offices: NationalOffice[] = [...directory]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) => {
      const record = records.get(o.id);
      return {
        id: o.id,
        ...(o.parent && ids.has(o.parent) ? { parent: o.parent } : {}),
        name: o.name,
        kind: o.kind,
        published: published.has(o.id),
        ...(record?.lastUpdated ? { lastUpdated: record.lastUpdated } : {}),
        ...(record ? { counts: record.counts } : {}),
        ...(record?.services?.lacking?.length ? { lacking: record.services.lacking } : {}),
        descendants: countUnder(o.id, new Set()),
        children: (children.get(o.id) ?? []).sort(),
      };
    });
  const inputs = [...records.values()].map((r) => r.freshness).filter((f) => ids.has(f.id));
  const report = evaluateOffices(inputs, policy, resolved.asOf);
  const byId = new Map(inputs.map((f) => [f.id, f]));
  const compliance = report.offices.map((result) => complianceOffice(result, byId.get(result.id) as FreshnessOffice, policy, resolved.asOf));
  const fiscalYears = [...new Set(inputs.flatMap((f) => f.documents.map((d) => fiscalYearOf(d.date))))].sort().reverse();
  return { offices, fiscalYears, freshness: { policy, resolved, report, compliance } };
}

export type SubtreeSummary = Record<'fresh' | 'dueSoon' | 'stale' | 'exempt' | 'notApplicableYet' | 'unpublished', number>;

const SUMMARY_KEY = { fresh: 'fresh', 'due-soon': 'dueSoon', stale: 'stale', exempt: 'exempt', 'not-applicable-yet': 'notApplicableYet' } as const;

/** Offices by status in each office's subtree (itself and every office under it): one pass per office, up its ancestors. */
const summaryCache = new WeakMap<NationalModel, Map<string, SubtreeSummary>>();

export function subtreeSummaries(model: NationalModel): Map<string, SubtreeSummary> {
  const cached = summaryCache.get(model);
  if (cached) return cached;
  const byId = new Map(model.offices.map((o) => [o.id, o]));
  const status = new Map(model.freshness.report.offices.map((o) => [o.id, o.status]));
  const sums = new Map<string, SubtreeSummary>();
  for (const office of model.offices) {
    const s = status.get(office.id);
    const key = s ? SUMMARY_KEY[s] : 'unpublished';
    const seen = new Set<string>();
    for (let at: NationalOffice | undefined = office; at && !seen.has(at.id); at = at.parent ? byId.get(at.parent) : undefined) {
      seen.add(at.id);
      const sum = sums.get(at.id) ?? { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0, unpublished: 0 };
      sum[key]++;
      sums.set(at.id, sum);
    }
  }
  summaryCache.set(model, sums);
  return sums;
}
