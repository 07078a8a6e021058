/** The words of an office's standing, at build time (the browser gets them embedded in the page). */
import { t, type StringKey } from '../i18n/strings.ts';
import { FRESHNESS_RULES, FRESHNESS_STATUSES } from '../domain/freshness/types.ts';
import type { StandingWords } from './freshness-text.ts';
import type { ComplianceWords } from '../components/compliance-html.ts';
import { formatQuarterBn, type QuarterNumber } from '../domain/fiscal-year.ts';

export function standingWords(): StandingWords {
  return {
    status: Object.fromEntries(FRESHNESS_STATUSES.map((s) => [s, t(`freshness.status.${s}` as StringKey)])),
    headline: {
      stale: t('freshness.headline.stale'),
      staleUndated: t('freshness.headline.staleUndated'),
      'due-soon': t('freshness.headline.dueSoon'),
      fresh: t('freshness.headline.fresh'),
      freshUndated: t('freshness.headline.freshUndated'),
      exempt: t('freshness.headline.exempt'),
      'not-applicable-yet': t('freshness.headline.notApplicableYet'),
    },
    reason: Object.fromEntries(
      FRESHNESS_RULES.flatMap((rule) => [
        [`${rule} stale`, t(`freshness.reason.${rule}.stale` as StringKey)],
        [`${rule} due-soon`, t(`freshness.reason.${rule}.dueSoon` as StringKey)],
      ]),
    ),
    reasons: t('freshness.reasons'),
    more: t('freshness.more'),
    checkedOn: t('freshness.checkedOn'),
    detailsLink: t('freshness.details'),
    hint: t('freshness.banner.hint'),
  };
}

/** The words of the compliance dashboard's rows (embedded in the page for its re-check). */
export function complianceWords(): ComplianceWords {
  return {
    standing: standingWords(),
    cell: Object.fromEntries([...FRESHNESS_STATUSES, 'upcoming'].map((s) => [s, t(`freshness.status.${s}` as StringKey)])),
    rule: Object.fromEntries(FRESHNESS_RULES.map((r) => [r, t(`freshness.rule.${r}` as StringKey)])),
    col: {
      status: t('compliance.col.status'),
      office: t('compliance.col.office'),
      rule: t('compliance.col.rule'),
      lastSatisfied: t('compliance.col.lastSatisfied'),
      dueBy: t('compliance.col.dueBy'),
      note: t('compliance.col.note'),
    },
    quarters: ([1, 2, 3, 4] as QuarterNumber[]).map((q) => formatQuarterBn(q)),
    exemptUntil: t('compliance.exemptUntil'),
    exemptionEnded: t('compliance.exemptionEnded'),
  };
}
