/**
 * What a page's freshness badge shows, as one small function the build and the
 * browser both call: the build with its as-of date, the browser (bundled by Astro)
 * with today's date in Dhaka, because a static page outlives its build. The date
 * arithmetic is the rules module's own; nothing is copied here.
 */
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
    return { status: charter?.status ?? 'fresh', staleSince: charter?.staleSince ?? null, dueBy: charter?.status === 'stale' ? null : (charter?.dueBy ?? null), checkedOn: on };
  }
  const dueBy = result.status === 'stale' ? null : (result.obligations.map((o) => (o.status === 'fresh' || o.status === 'due-soon' ? o.dueBy : null)).filter((d): d is string => d !== null).sort()[0] ?? null);
  return { status: result.status, staleSince: result.staleSince, dueBy, checkedOn: on };
}
