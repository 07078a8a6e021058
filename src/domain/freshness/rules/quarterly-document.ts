/**
 * The shape shared by the rules whose document must be renewed every quarter (the
 * charter, the committee order): the newest one covers until its quarter's deadline.
 */
import { addDays, fiscalQuarterOf, previousQuarter, type FiscalQuarter } from '../../fiscal-year.ts';
import { quarterDeadline, quarterLabel } from '../policy.ts';
import type { FreshnessDocument } from '../types.ts';
import { newest, timely, type Context, type Core, type QuarterCheck, type Start } from './context.ts';

/** What the messages call the document and where to add the next one. */
export interface QuarterlyWording {
  noun: string;
  folder: string;
  add: string;
}

/** The status of a renew-every-quarter obligation; `start` is when it began for this office. */
export function quarterlyDocument(ctx: Context, docs: FreshnessDocument[], start: Start | null, what: QuarterlyWording): Core {
  const latest = newest(docs);
  const q = ctx.quarter;
  const coveredUntil = latest ? quarterDeadline(ctx.policy, fiscalQuarterOf(latest.date)) : null;
  const firstDeadline = start?.firstDeadline ?? null;
  const dueBy = coveredUntil === null ? firstDeadline : firstDeadline === null || coveredUntil > firstDeadline ? coveredUntil : firstDeadline;
  const base = { lastSatisfied: latest?.date ?? null, evidence: latest?.path ?? null };
  const addThisQuarter = `${what.add} dated in ${quarterLabel(q)} (${q.start} to ${q.end})`;
  if (dueBy !== null && ctx.asOf <= dueBy) {
    const status = timely(ctx, dueBy);
    const message = latest ? `${what.noun} of ${latest.date} counts until ${dueBy}` : `no ${what.noun} yet; the first is due by ${dueBy}`;
    const needsAction = status === 'due-soon' && (!latest || latest.date < q.start);
    return {
      status,
      ...base,
      dueBy,
      staleSince: null,
      message,
      fix: needsAction ? { file: what.folder, action: `${addThisQuarter} by ${dueBy}` } : null,
    };
  }
  const staleSince = dueBy ? addDays(dueBy, 1) : null;
  const message = latest ? `the newest ${what.noun} is of ${latest.date} and counted only until ${dueBy}` : `no ${what.noun} is published`;
  return { status: 'stale', ...base, dueBy, staleSince, message, fix: { file: what.folder, action: addThisQuarter } };
}

/** The dashboard cell of such a rule: a document dated in the quarter, late once the grace period at the quarter's start is over. */
export function quarterlyDocumentIn(ctx: Context, docs: FreshnessDocument[], q: FiscalQuarter): QuarterCheck {
  const satisfiedBy = newest(docs.filter((d) => d.date >= q.start && d.date <= q.end));
  return { evidence: satisfiedBy?.path ?? null, deadline: quarterDeadline(ctx.policy, previousQuarter(q)) };
}
