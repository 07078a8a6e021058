/**
 * Standard services (`offices/<setter>/services/<id>.yaml`): what changed in a standard, by
 * version (matched by effective date: a new version is a change from that day on, an edited
 * one a correction), whom it is for, its name; and which offices it reaches: the offices
 * whose charters use it, counted and named, so a reviewer sees the reach of one edit.
 *
 * Charters are compared with their `standard:` rows read as the standard was on the
 * charter's date (standardView), so switching a hand-copied row to the standard it copied
 * says only that, and a change to the standard is reported once, here, not per charter.
 */
import type { SnapshotFile } from '../../core/snapshot.ts';
import { standardServiceSchema, type StandardService, type StandardVersion } from '../../schemas/index.ts';
import { basisLine, changedFields, versionOn, versionsOf } from '../standard-services.ts';
import { arr, obj, str } from './compare.ts';
import type { At, ContentChange } from './types.ts';

/** The standards of a snapshot that pass their schema, by reference. */
export function standardsOf(snapshot: readonly SnapshotFile[]): Map<string, StandardService> {
  const out = new Map<string, StandardService>();
  for (const file of snapshot) {
    if (file.kind !== 'standard') continue;
    const parsed = standardServiceSchema.safeParse(file.data);
    if (parsed.success) out.set(refOf(file), parsed.data);
  }
  return out;
}

/** `<setter>/<id>` of a standard's snapshot file (`offices/<setter>/services/<id>.yaml`). */
export const refOf = (file: Pick<SnapshotFile, 'path' | 'officeId'>) => `${file.officeId}/${(file.path.split('/').at(-1) ?? '').replace(/\.yaml$/, '')}`;

/** A charter's data with each `standard:` row filled in from the standard as it was on the charter's date. */
export function standardView(data: unknown, standards: ReadonlyMap<string, StandardService>): unknown {
  const charter = obj(data);
  const day = str(charter['effectiveDate']);
  const services = obj(charter['services']);
  const sections = Object.fromEntries(
    Object.entries(services).map(([key, section]) => [
      key,
      {
        ...obj(section),
        services: arr(obj(section)['services']).map((row) => {
          const r = obj(row);
          const standard = standards.get(str(r['standard']));
          if (!standard) return r.standard ? { name: str(r['standard']), ...r } : r;
          const version = versionOn(standard, day || '9999-12-31');
          return { name: standard.name, delivery: version.delivery, papers: version.papers, fee: version.fee, timeLimit: version.timeLimit, ...r };
        }),
      },
    ]),
  );
  return { ...charter, services: sections };
}

/** The offices whose charters (any of them) name `ref`, in the snapshot, with their Bengali names. */
export function usersIn(snapshot: readonly SnapshotFile[], ref: string): { id: string; name: string }[] {
  const ids = new Set<string>();
  for (const file of snapshot) {
    if (file.kind !== 'charter' || ids.has(file.officeId)) continue;
    const services = obj(obj(file.data)['services']);
    if (Object.values(services).some((section) => arr(obj(section)['services']).some((row) => str(obj(row)['standard']) === ref))) ids.add(file.officeId);
  }
  const names = new Map(snapshot.filter((f) => f.kind === 'office').map((f) => [f.officeId, str(obj(obj(f.data)['name'])['bn'])]));
  return [...ids].sort().map((id) => ({ id, name: names.get(id) || id }));
}

const show = (field: string, value: unknown): string => {
  if (value === undefined) return '';
  if (field === 'fee' || field === 'timeLimit') return str(obj(value)['text']) || str(obj(value)['kind']);
  if (field === 'papers') return arr(value).map(str).join('; ');
  if (field === 'legalBasis')
    return arr(value)
      .map((b) => basisLine(obj(b) as never))
      .join('; ');
  return str(value);
};

const appliesText = (s: StandardService | undefined) =>
  s ? [...s.appliesTo.kinds, ...(s.appliesTo.under ? [`under ${s.appliesTo.under}`] : [])].join(', ') : '';

/** What changed in one standard, and whom it reaches. `head`/`base`: the whole snapshots (for the offices using it). */
export function diffStandard(
  before: SnapshotFile | undefined,
  after: SnapshotFile | undefined,
  at: At,
  snapshots: { base: readonly SnapshotFile[]; head: readonly SnapshotFile[] },
  out: ContentChange[],
): void {
  const parse = (f: SnapshotFile | undefined) => (f ? standardServiceSchema.safeParse(f.data) : undefined);
  const b = parse(before);
  const a = parse(after);
  const bs = b?.success ? b.data : undefined;
  const as = a?.success ? a.data : undefined;
  const subject = as?.name ?? bs?.name ?? str(obj(after?.data ?? before?.data)['name']);
  const start = out.length;
  if (!before) out.push({ ...at, type: 'standard-added', subject, field: appliesText(as) });
  else if (!after) out.push({ ...at, type: 'standard-removed', subject });
  else if (bs && as) {
    if (bs.name !== as.name) out.push({ ...at, type: 'standard-field', subject, field: 'name', before: bs.name, after: as.name });
    if (appliesText(bs) !== appliesText(as))
      out.push({ ...at, type: 'standard-field', subject, field: 'appliesTo', before: appliesText(bs), after: appliesText(as) });
    const old = new Map(versionsOf(bs).map((v) => [v.effectiveFrom, v]));
    const now = versionsOf(as);
    now.forEach((version, i) => {
      const previous = old.get(version.effectiveFrom);
      if (previous) {
        // The same version edited: a correction of what it says from that day.
        for (const field of changedFields(previous, version))
          out.push({
            ...at,
            type: 'standard-corrected',
            subject,
            field,
            date: version.effectiveFrom,
            before: show(field, previous[field]),
            after: show(field, version[field]),
          });
        return;
      }
      const earlier: StandardVersion | undefined = now[i - 1];
      const fields = earlier ? changedFields(earlier, version) : [];
      if (!earlier) out.push({ ...at, type: 'standard-version', subject, date: version.effectiveFrom });
      for (const field of fields)
        out.push({
          ...at,
          type: 'standard-version',
          subject,
          field,
          date: version.effectiveFrom,
          before: show(field, earlier?.[field]),
          after: show(field, version[field]),
        });
    });
    for (const [day] of old) if (!now.some((v) => v.effectiveFrom === day)) out.push({ ...at, type: 'standard-version-removed', subject, date: day });
  } else if (!as && after) out.push({ ...at, type: 'unreadable', after: 'head' });
  if (out.length === start) return;
  // Whom it reaches: the offices using it after the change, and those that used it before.
  const ref = refOf((after ?? before) as SnapshotFile);
  const users = new Map([...usersIn(snapshots.base, ref), ...usersIn(snapshots.head, ref)].map((u) => [u.id, u]));
  const list = [...users.values()];
  out.push({ ...at, type: 'standard-reach', subject, count: list.length, offices: list.map((u) => u.name) });
}
