/**
 * What changed in meaning between two content snapshots, in plain words: the
 * diff a maintainer reads before approving a pull request that changes what an
 * office promises its citizens.
 *
 * Values are compared after Bengali normalisation and whitespace collapsing,
 * and objects by their fields, never by their place in the file: moving a
 * field, re-indenting YAML or re-wrapping a paragraph is not a change. Services
 * are matched by name (then by similar name: a rename), never by position alone,
 * so reordering rows is not a change either.
 *
 * Pure: snapshots in, changes out. Reading snapshots from git is the CLI's job.
 * This file pairs the files of two snapshots; each kind's fields are compared in
 * its own file (office.ts, charter.ts, minutes.ts, order.ts) and put into words by describe.ts.
 */
import type { ContentSnapshot, SnapshotFile } from '../../core/snapshot.ts';
import type { Minutes, Office, OfficeOrder } from '../../schemas/index.ts';
import { normText, obj, str, view } from './compare.ts';
import { diffCharter } from './charter.ts';
import { decisionsOf, diffMinutes } from './minutes.ts';
import { diffOffice } from './office.ts';
import { diffOrder } from './order.ts';
import type { At, ChangeType, ContentChange } from './types.ts';
import { diffStandard, standardsOf, standardView } from './standard.ts';

const dateOf = (file: SnapshotFile): string => {
  const d = obj(file.data);
  return str(d['effectiveDate'] ?? d['meetingDate'] ?? d['date']) || (/(\d{4}-\d{2}-\d{2})/.exec(file.path)?.[1] ?? '');
};

/** Every change in meaning from `base` to `head`, grouped by file in path order. */
export function diffSnapshots(base: ContentSnapshot, head: ContentSnapshot): ContentChange[] {
  const changes: ContentChange[] = [];
  const baseByPath = new Map(base.map((f) => [f.path, f]));
  const headByPath = new Map(head.map((f) => [f.path, f]));
  // Charters are compared with their standard rows filled in, both sides from the same standards (the
  // base's, else the head's), so a change to a standard is said once, by the standard, not by every charter.
  const baseStandards = new Map([...standardsOf(head), ...standardsOf(base)]);
  const headStandards = baseStandards;
  const viewed = (file: SnapshotFile, standards: ReturnType<typeof standardsOf>): SnapshotFile =>
    file.kind === 'charter' && standards.size ? { ...file, data: standardView(file.data, standards) } : file;

  for (const file of head) {
    const before = baseByPath.get(file.path);
    const at = { officeId: file.officeId, file: file.path, kind: file.kind };
    if (file.kind === 'standard') {
      diffStandard(before, file, at, { base, head }, changes);
      continue;
    }
    if (before) {
      diffFile(viewed(before, baseStandards), viewed(file, headStandards), at, changes);
      continue;
    }
    const d = obj(file.data);
    switch (file.kind) {
      case 'office':
        changes.push({ ...at, type: 'office-added', subject: str(obj(d['name'])['bn']) || file.officeId });
        break;
      case 'charter': {
        // A new revision: say what it changes relative to the office's previous current charter.
        const previous = base
          .filter((f) => f.kind === 'charter' && f.officeId === file.officeId && dateOf(f) <= dateOf(file))
          .sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
          .at(-1);
        changes.push({ ...at, type: 'charter-added', subject: dateOf(file), ...(previous ? { before: dateOf(previous) } : {}) });
        if (previous) diffCharter(viewed(previous, baseStandards), viewed(file, headStandards), at, changes);
        break;
      }
      case 'minutes':
        changes.push({ ...at, type: 'minutes-added', subject: str(d['title']), after: dateOf(file), field: String(decisionsOf(d).length) });
        break;
      case 'order':
        changes.push({ ...at, type: 'order-added', subject: str(d['subject']), after: dateOf(file), field: str(d['memoNumber']) });
        break;
    }
  }
  for (const file of base) {
    if (headByPath.has(file.path)) continue;
    const d = obj(file.data);
    const at = { officeId: file.officeId, file: file.path, kind: file.kind };
    if (file.kind === 'standard') {
      diffStandard(file, undefined, at, { base, head }, changes);
      continue;
    }
    const subject =
      file.kind === 'office'
        ? str(obj(d['name'])['bn']) || file.officeId
        : file.kind === 'order'
          ? str(d['subject'])
          : file.kind === 'minutes'
            ? str(d['title'])
            : dateOf(file);
    changes.push({ ...at, type: `${file.kind}-removed` as ChangeType, subject, before: dateOf(file) });
  }
  const order = new Map([...head, ...base].map((f, i) => [f.path, i]));
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : 0) || (order.get(a.c.file) ?? 0) - (order.get(b.c.file) ?? 0) || a.i - b.i)
    .map(({ c }) => c);
}

function diffFile(before: SnapshotFile, after: SnapshotFile, at: At, out: ContentChange[]): void {
  // A file whose YAML does not parse has no fields to compare: say so once instead of listing every field as gone.
  if (before.data === undefined || after.data === undefined) {
    if (before.data !== undefined || after.data !== undefined)
      out.push({ ...at, type: 'unreadable', ...(after.data === undefined ? { after: 'head' } : { before: 'base' }) });
    return;
  }
  switch (after.kind) {
    case 'office':
      diffOffice(view<Office>(before.data), view<Office>(after.data), at, out);
      break;
    case 'charter':
      diffCharter(before, after, at, out);
      break;
    case 'minutes':
      diffMinutes(view<Minutes>(before.data), view<Minutes>(after.data), at, out);
      break;
    case 'order':
      diffOrder(view<OfficeOrder>(before.data), view<OfficeOrder>(after.data), at, out);
      break;
  }
  if (after.kind !== 'office' && normText(before.body) !== normText(after.body)) out.push({ ...at, type: 'body' });
}
