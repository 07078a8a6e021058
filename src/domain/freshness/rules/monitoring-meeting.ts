/**
 * monitoring-meeting: minutes of a charter-monitoring meeting for every quarter whose
 * report fell due in the current fiscal year (Q4 of the previous year is due on 15 July),
 * checked once its grace period is over.
 */
import { addDays, fiscalQuarterOf, nextQuarter, previousQuarter, type FiscalQuarter } from '../../fiscal-year.ts';
import { quarterDeadline, quarterLabel } from '../policy.ts';
import type { FreshnessDocument } from '../types.ts';
import { newest, reportedLabel, timely, type RuleDefinition } from './context.ts';

const isMonitoringMinutes = (d: FreshnessDocument) => d.kind === 'minutes' && d.meetingKind === 'charter-monitoring';

const minutesFor = (qs: FiscalQuarter[]) =>
  `add the minutes of the charter-monitoring meeting for ${qs.map(quarterLabel).join(', ')} (meetingKind: charter-monitoring, fiscalYear and quarter set)`;

export const monitoringMeeting: RuleDefinition = {
  rule: 'monitoring-meeting',
  evaluate(ctx, start) {
    const meetings = ctx.documents.filter(isMonitoringMinutes);
    const reported = new Set(meetings.map(reportedLabel));
    const firstOfYear = fiscalQuarterOf(`${ctx.quarter.startYear}-07-01`);
    const fyStart = firstOfYear.start;
    const missing: FiscalQuarter[] = [];
    const pending: FiscalQuarter[] = [];
    for (let q = previousQuarter(firstOfYear); q.start <= ctx.quarter.start; q = nextQuarter(q)) {
      const deadline = quarterDeadline(ctx.policy, q);
      if (deadline < fyStart) continue;
      if (start !== null && q.start < start.from) continue;
      if (reported.has(quarterLabel(q))) continue;
      (deadline < ctx.asOf ? missing : pending).push(q);
    }
    const latest = newest(meetings);
    const base = { lastSatisfied: latest?.date ?? null, evidence: latest?.path ?? null };
    const folder = `${ctx.office.folder}/minutes/`;
    const first = missing[0];
    if (first) {
      const dueBy = quarterDeadline(ctx.policy, first);
      return {
        status: 'stale',
        ...base,
        dueBy,
        staleSince: addDays(dueBy, 1),
        message: `no minutes of a charter-monitoring meeting for ${missing.map(quarterLabel).join(', ')}`,
        fix: { file: folder, action: minutesFor(missing) },
        missingQuarters: missing.map(quarterLabel),
      };
    }
    const next = pending[0] ?? nextQuarter(ctx.quarter);
    const dueBy = quarterDeadline(ctx.policy, next);
    const status = timely(ctx, dueBy);
    return {
      status,
      ...base,
      dueBy,
      staleSince: null,
      message: `minutes for ${quarterLabel(next)} are due by ${dueBy}`,
      fix: status === 'due-soon' ? { file: folder, action: `${minutesFor([next])} by ${dueBy}` } : null,
      missingQuarters: [],
    };
  },
  quarter(ctx, q) {
    const label = quarterLabel(q);
    const satisfiedBy = newest(ctx.documents.filter((d) => isMonitoringMinutes(d) && reportedLabel(d) === label));
    return { evidence: satisfiedBy?.path ?? null, deadline: quarterDeadline(ctx.policy, q) };
  },
};
