/**
 * What a page's freshness badge shows, as one small function the build and the
 * browser both call: the build with its as-of date, the browser (bundled by Astro)
 * with today's date in Dhaka, because a static page outlives its build. The date
 * arithmetic is the rules module's own; nothing is copied here.
 */
import { addDays, fiscalQuarterOf } from '../fiscal-year.ts';
import type { FreshnessOffice, FreshnessPolicy } from './index.ts';
import { officeStanding, sameStanding, type OfficeStanding } from './standing.ts';

export interface BadgeInput {
  /** The build's as-of date. */
  asOf: string;
  office: FreshnessOffice;
  policy: FreshnessPolicy;
}

/**
 * The office's standing (src/domain/freshness/standing.ts) on `today`, never earlier than
 * the build's as-of date: a wrong clock cannot make a page fresher than its build.
 */
export function badgeState(input: BadgeInput, today: string): OfficeStanding {
  return officeStanding(input.office, input.policy, today > input.asOf ? today : input.asOf);
}

/**
 * The first day of the period in which the badge reads as it does on `asOf`: a page
 * built on any day of that period is the same page (status, deadline, stale-since),
 * so an office whose content did not change rebuilds byte for byte until its status
 * changes, and a nightly build of the country sends nothing for it. Statuses change
 * at deadlines weeks apart, so the search steps back a week at a time and then a day.
 */
export function stableSince(input: BadgeInput, asOf: string, maxDays = 400): string {
  const target = badgeState(input, asOf);
  const same = (day: string) => sameStanding(badgeState({ ...input, asOf: day }, day), target);
  const back = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  let since = asOf;
  let days = 0;
  for (; days < maxDays; days += 7) {
    const earlier = back(since, 7);
    if (!same(earlier)) break;
    since = earlier;
  }
  if (days >= maxDays) {
    // The badge has read the same for longer than we look back: anchor to the first quarter
    // start in that stretch, so the page changes at most once a quarter while nothing happens.
    const quarter = fiscalQuarterOf(since);
    return quarter.start === since ? since : addDays(quarter.end, 1);
  }
  for (let day = 0; day < 6; day++) {
    const earlier = back(since, 1);
    if (!same(earlier)) break;
    since = earlier;
  }
  return since;
}

/** The policy without what the browser does not need (indicator labels), to keep pages small. */
export function policyForBrowser(policy: FreshnessPolicy): FreshnessPolicy {
  const fiscalYears: FreshnessPolicy['fiscalYears'] = {};
  for (const [fy, entry] of Object.entries(policy.fiscalYears)) {
    fiscalYears[fy] = {
      ...(entry.graceDays !== undefined ? { graceDays: entry.graceDays } : {}),
      ...(entry.dueSoonDays !== undefined ? { dueSoonDays: entry.dueSoonDays } : {}),
      indicators: [],
    };
  }
  return { committeeReformedFrom: policy.committeeReformedFrom, defaults: policy.defaults, fiscalYears };
}
