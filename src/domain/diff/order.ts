/** Office orders: appointments as a set (person and role), then every other field. */
import { arr, diffRemaining, obj, pairUp, str, type Obj } from './compare.ts';
import type { At, ContentChange, OrderView } from './types.ts';

export function diffOrder(before: OrderView, after: OrderView, at: At, out: ContentChange[]): void {
  const who = (a: Obj) => `${str(obj(a['person'])['name'])} (${str(a['roleText']) || str(a['role'])})`;
  const appointments = pairUp(arr(before.appointments).map(obj), arr(after.appointments).map(obj), who, 1.01);
  for (const a of appointments.removed) out.push({ ...at, type: 'appointment-removed', subject: who(a) });
  for (const a of appointments.added) out.push({ ...at, type: 'appointment-added', subject: who(a) });
  diffRemaining(before, after, new Set(['appointments']), 'order-field', at, out);
}
