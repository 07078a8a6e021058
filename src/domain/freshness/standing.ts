/**
 * THE answer to "is this office's information up to date?" that a citizen reads:
 * one status, one date and the reasons, for one office on one day.
 *
 * Every view asks this function and no other: the badge and banner on the office
 * page and on each of its documents (at build time and again in the browser
 * against today), the compliance dashboard's office column (and its re-check in
 * the browser), the compliance JSON and CSV, and the printed copy. Before it,
 * the charter page read only the charter rule ("stale since 16 July") while the
 * office page read the worst rule ("since 1 July"), so one office gave two dates.
 */
import { evaluateOffice } from './evaluate.ts';
import type { FreshnessOffice, FreshnessPolicy, FreshnessRule, FreshnessStatus, OfficeResult } from './types.ts';

/** One obligation behind the office's status. */
export interface StandingReason {
  rule: FreshnessRule;
  status: 'stale' | 'due-soon';
  /** stale: the first day this obligation was stale, when known. */
  staleSince: string | null;
  /** due-soon: its deadline. */
  dueBy: string | null;
  /** monitoring-meeting: the quarters whose minutes are missing. */
  missingQuarters?: string[];
}

export interface OfficeStanding {
  status: FreshnessStatus;
  /** stale: the first day the office was stale (its earliest stale obligation), when known. */
  staleSince: string | null;
  /** Not stale: the next deadline of any obligation. */
  dueBy: string | null;
  /** stale: every stale obligation; due soon: every obligation due soon; otherwise none. Earliest first. */
  reasons: StandingReason[];
  /** The day this answer is for. */
  checkedOn: string;
}

/** The standing of an office whose obligations are already evaluated (as of `checkedOn`). */
export function standingOf(result: Pick<OfficeResult, 'status' | 'staleSince' | 'obligations'>, checkedOn: string): OfficeStanding {
  const stale = result.status === 'stale';
  const reasons: StandingReason[] = result.obligations
    .filter((o) => (stale ? o.status === 'stale' : o.status === 'due-soon'))
    .map((o) => ({
      rule: o.rule,
      status: o.status as 'stale' | 'due-soon',
      staleSince: o.status === 'stale' ? o.staleSince : null,
      dueBy: o.status === 'due-soon' ? o.dueBy : null,
      ...(o.status === 'stale' && o.missingQuarters?.length ? { missingQuarters: o.missingQuarters } : {}),
    }))
    .sort((a, b) =>
      (a.staleSince ?? a.dueBy ?? '') < (b.staleSince ?? b.dueBy ?? '') ? -1 : (a.staleSince ?? a.dueBy ?? '') > (b.staleSince ?? b.dueBy ?? '') ? 1 : 0,
    );
  const dueBy = stale
    ? null
    : (result.obligations
        .map((o) => (o.status === 'fresh' || o.status === 'due-soon' ? o.dueBy : null))
        .filter((d): d is string => d !== null)
        .sort()[0] ?? null);
  return { status: result.status, staleSince: stale ? result.staleSince : null, dueBy, reasons, checkedOn };
}

/** The standing of an office on `day`. */
export function officeStanding(office: FreshnessOffice, policy: FreshnessPolicy, day: string): OfficeStanding {
  return standingOf(evaluateOffice(office, policy, day), day);
}

/** Two standings read the same to a citizen (the day they were checked aside). */
export function sameStanding(a: OfficeStanding, b: OfficeStanding): boolean {
  const key = (s: OfficeStanding) => JSON.stringify([s.status, s.staleSince, s.dueBy, s.reasons]);
  return key(a) === key(b);
}
