/**
 * What a page's freshness badge shows, as one small function the build and the
 * browser both call: the build with its as-of date, the browser (bundled by Astro)
 * with today's date in Dhaka, because a static page outlives its build. The date
 * arithmetic is the rules module's own; nothing is copied here.
 */
import { addDays, fiscalQuarterOf } from '../fiscal-year.ts';
import { evaluateOffice, type FreshnessOffice, type FreshnessPolicy, type FreshnessStatus } from './index.ts';

export interface BadgeInput {
  /** The build's as-of date. */
  asOf: string;
  /** office: the office's overall status; charter: the charter-revised obligation. */
  scope: 'office' | 'charter';
  office: FreshnessOffice;
  policy: FreshnessPolicy;
}

export interface BadgeState {
  status: FreshnessStatus;
  /** First day it was stale, when known. */
  staleSince: string | null;
  /** The next deadline, when not stale. */
  dueBy: string | null;
  /** The date the state is computed for. */
  checkedOn: string;
}

/** The badge's state on `today` (never earlier than the build's as-of date: a wrong clock cannot make a page fresher). */
export function badgeState(input: BadgeInput, today: string): BadgeState {
  const on = today > input.asOf ? today : input.asOf;
  const result = evaluateOffice(input.office, input.policy, on);
  if (input.scope === 'charter') {
    const charter = result.obligations.find((o) => o.rule === 'charter-revised');
    return {
      status: charter?.status ?? 'fresh',
      staleSince: charter?.staleSince ?? null,
      dueBy: charter?.status === 'stale' ? null : (charter?.dueBy ?? null),
      checkedOn: on,
    };
  }
  const dueBy =
    result.status === 'stale'
      ? null
      : (result.obligations
          .map((o) => (o.status === 'fresh' || o.status === 'due-soon' ? o.dueBy : null))
          .filter((d): d is string => d !== null)
          .sort()[0] ?? null);
  return { status: result.status, staleSince: result.staleSince, dueBy, checkedOn: on };
}

/**
 * The first day of the period in which the badge reads as it does on `asOf`: a page
 * built on any day of that period is the same page (status, deadline, stale-since),
 * so an office whose content did not change rebuilds byte for byte until its status
 * changes, and a nightly build of the country sends nothing for it. Statuses change
 * at deadlines weeks apart, so the search steps back a week at a time and then a day.
 */
export function stableSince(input: BadgeInput, asOf: string, maxDays = 400): string {
  const key = (day: string) => {
    const s = badgeState({ ...input, asOf: day }, day);
    return `${s.status} ${s.staleSince} ${s.dueBy} ${currentCharter(input, day)}`;
  };
  const target = key(asOf);
  const back = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  let since = asOf;
  let days = 0;
  for (; days < maxDays; days += 7) {
    const earlier = back(since, 7);
    if (key(earlier) !== target) break;
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
    if (key(earlier) !== target) break;
    since = earlier;
  }
  return since;
}

/** The newest charter dated on or before `day` (the one a charter page is compared with). */
function currentCharter(input: BadgeInput, day: string): string {
  return input.office.documents.filter((d) => d.kind === 'charter' && d.date <= day).reduce((newest, d) => (d.date > newest ? d.date : newest), '');
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
