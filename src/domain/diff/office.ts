/** office.yaml: the focal points by role, then every other field that differs. */
import { diffRemaining, obj, same, show } from './compare.ts';
import type { At, ContentChange, OfficeView } from './types.ts';

export function diffOffice(before: OfficeView, after: OfficeView, at: At, out: ContentChange[]): void {
  for (const role of ['focalPoint', 'alternateFocalPoint'] as const) {
    const b = obj(before[role]);
    const a = obj(after[role]);
    if (same(b, a)) continue;
    out.push({ ...at, type: 'focal-point', field: role, before: show(b), after: show(a) });
  }
  diffRemaining(before, after, new Set(['focalPoint', 'alternateFocalPoint']), 'office-field', at, out);
}
