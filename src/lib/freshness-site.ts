/**
 * The freshness rules as the portal's pages see them: the same policy, as-of date
 * and evaluation as the build gate, computed once per build from the collections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadFreshnessPolicy, policyPath, resolveAsOf, type ResolvedAsOf } from '../content-model/freshness-policy.ts';
import { evaluateOffices, type FreshnessOffice, type FreshnessPolicy, type FreshnessReport } from '../domain/freshness/index.ts';
import { freshnessOffices, type ContentItem } from '../domain/freshness/input.ts';
import { complianceOffice, type ComplianceOffice } from '../domain/freshness/report.ts';
import { stableSince, type BadgeInput } from '../domain/freshness/browser.ts';

export { policyForBrowser } from '../domain/freshness/browser.ts';
import { loadPortal } from './portal-data.ts';

export interface PortalFreshness {
  policy: FreshnessPolicy;
  resolved: ResolvedAsOf;
  offices: Map<string, FreshnessOffice>;
  report: FreshnessReport;
  /** Every office with each obligation's status per quarter of the fiscal year (dashboard, JSON, CSV). */
  compliance: ComplianceOffice[];
}

const posix = (p: string) => p.split(path.sep).join('/');

let cache: Promise<PortalFreshness> | undefined;

export function loadPortalFreshness(): Promise<PortalFreshness> {
  cache ??= (async () => {
    const file = policyPath();
    const policy = loadFreshnessPolicy(file);
    const resolved = resolveAsOf({ policy, policyFile: file });
    const portal = await loadPortal();
    const items: ContentItem[] = [];
    for (const bundle of portal.values()) {
      const officePath = posix(bundle.office.filePath ?? `content/offices/${bundle.office.id}/office.yaml`);
      items.push({ kind: 'office', officeId: bundle.office.id, path: officePath, data: bundle.office.data });
      for (const c of bundle.charters) items.push({ kind: 'charter', officeId: bundle.office.id, path: posix(c.filePath ?? ''), data: c.data });
      for (const m of bundle.minutes) items.push({ kind: 'minutes', officeId: bundle.office.id, path: posix(m.filePath ?? ''), data: m.data });
      for (const o of bundle.orders) items.push({ kind: 'order', officeId: bundle.office.id, path: posix(o.filePath ?? ''), data: o.data });
    }
    const list = freshnessOffices(items, (p) => fs.existsSync(path.resolve(p)));
    const report = evaluateOffices(list, policy, resolved.asOf);
    const offices = new Map(list.map((o) => [o.id, o]));
    const compliance = report.offices.map((result) => complianceOffice(result, offices.get(result.id) as FreshnessOffice, policy, resolved.asOf));
    return { policy, resolved, offices, report, compliance };
  })();
  return cache;
}

const stableCache = new Map<string, string>();

/** stableSince() of an office's badge, once per office in a build (every page of an office shows it). */
export function badgeAsOf(input: BadgeInput): string {
  const key = `${input.office.id} ${input.asOf}`;
  let since = stableCache.get(key);
  if (since === undefined) stableCache.set(key, (since = stableSince(input, input.asOf)));
  return since;
}
