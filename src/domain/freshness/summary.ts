/** Statuses rolled up: the one that speaks for several, and counts by status. */
import type { FreshnessStatus, FreshnessSummary } from './types.ts';

const STATUS_RANK: Record<FreshnessStatus, number> = { stale: 0, 'due-soon': 1, fresh: 2, exempt: 3, 'not-applicable-yet': 4 };

/** The status that speaks for several: stale beats due-soon beats fresh beats exempt beats not-applicable-yet. */
export function worstStatus(statuses: FreshnessStatus[]): FreshnessStatus {
  return statuses.reduce<FreshnessStatus>((worst, s) => (STATUS_RANK[s] < STATUS_RANK[worst] ? s : worst), 'not-applicable-yet');
}

const SUMMARY_KEY: Record<FreshnessStatus, keyof FreshnessSummary> = {
  fresh: 'fresh',
  'due-soon': 'dueSoon',
  stale: 'stale',
  exempt: 'exempt',
  'not-applicable-yet': 'notApplicableYet',
};

/** How many of each status. */
export function countStatuses(statuses: Iterable<FreshnessStatus>): FreshnessSummary {
  const summary: FreshnessSummary = { fresh: 0, dueSoon: 0, stale: 0, exempt: 0, notApplicableYet: 0 };
  for (const s of statuses) summary[SUMMARY_KEY[s]]++;
  return summary;
}
