/**
 * focal-point: a focal point and an alternate, each with a photo, in the office
 * metadata and named by an office order. Not quarterly: it holds or it does not.
 */
import type { FocalPointInput, FreshnessDocument } from '../types.ts';
import { contextFor, newest, type Context, type Core, type RuleDefinition } from './context.ts';

const FOCAL_ROLES = ['focal-point', 'alternate-focal-point'];
const isFocalPointOrder = (d: FreshnessDocument) =>
  d.kind === 'order' && (d.orderKind === 'focal-point' || (d.appoints ?? []).some((r) => FOCAL_ROLES.includes(r)));

function focalPoint(ctx: Context): Core {
  const { office } = ctx;
  const orders = ctx.documents.filter(isFocalPointOrder);
  const problems: string[] = [];
  const people: [string, FocalPointInput | undefined][] = [
    ['focalPoint', office.focalPoint],
    ['alternateFocalPoint', office.alternateFocalPoint],
  ];
  let evidence: FreshnessDocument | undefined = newest(orders);
  for (const [field, person] of people) {
    if (!person) {
      problems.push(`set ${field} (name, designation, photo)`);
      continue;
    }
    if (!person.photo) problems.push(`add ${field}.photo (a file in media/)`);
    else if (person.photoFound === false) problems.push(`${field}.photo ${person.photo} is not in the office folder: add the file or fix the name`);
    if (person.appointedBy) {
      const order = ctx.documents.find((d) => d.kind === 'order' && d.stem === person.appointedBy);
      if (!order) problems.push(`${field}.appointedBy names ${person.appointedBy}, which is not an office order dated on or before ${ctx.asOf}`);
      else evidence = order;
    }
  }
  if (!evidence) problems.push('add the office order naming the focal point and the alternate (orderKind: focal-point)');
  const base = { lastSatisfied: problems.length ? null : (evidence?.date ?? null), evidence: evidence?.path ?? null, dueBy: null, staleSince: null };
  if (problems.length === 0) {
    return {
      status: 'fresh',
      ...base,
      message: `${office.focalPoint?.name ?? ''} and ${office.alternateFocalPoint?.name ?? ''} are named with photos`,
      fix: null,
    };
  }
  const needsOrderOnly = problems.length === 1 && !evidence;
  return {
    status: 'stale',
    ...base,
    lastSatisfied: null,
    message: `the focal point and the alternate are not fully named with photos and an office order (${problems.length} thing${problems.length === 1 ? '' : 's'} to do)`,
    fix: { file: needsOrderOnly ? `${office.folder}/orders/` : `${office.folder}/office.yaml`, action: problems.join('; ') },
  };
}

export const focalPointRule: RuleDefinition = {
  rule: 'focal-point',
  evaluate: (ctx) => focalPoint(ctx),
  // A quarter is fine when the focal points were in order on its last day (or today, for the current quarter).
  quarter(ctx, q) {
    const checkDay = ctx.asOf < q.end ? ctx.asOf : q.end;
    const atQuarter = focalPoint(contextFor(ctx.office, ctx.policy, checkDay));
    return { evidence: atQuarter.status === 'fresh' ? atQuarter.evidence : null, deadline: q.end, staleWhenMissing: true };
  },
};
