/**
 * `astro dev` re-checks only the office a change touched: a full check of a country
 * takes seconds (about 10 s for 600 offices, 4,900 files), one office's a few ms.
 * Findings are kept per office folder; a changed office's are replaced by a check of
 * that office alone. What spans offices (a parent that must exist) is checked again
 * in full when an office.yaml changes (an office appears, goes or moves), or the policy.
 */
import { officeOfContentPath } from '../content-model/paths.ts';
import type { ContentCheck } from './content-check.ts';

export interface DevFindings {
  /** The latest check (its freshness report and notes are reused for the whole tree). */
  last: ContentCheck;
  errors: Map<string, ContentCheck['errors']>;
  stale: Map<string, ContentCheck['stale'][number]>;
}

export function findingsOf(check: ContentCheck): DevFindings {
  const errors = new Map<string, ContentCheck['errors']>();
  for (const d of check.errors) {
    const id = officeOfContentPath(d.file);
    errors.set(id, [...(errors.get(id) ?? []), d]);
  }
  return { last: check, errors, stale: new Map(check.stale.map((o) => [o.id, o])) };
}

/** Replace one office's findings with a check of that office alone. */
export function withOffice(findings: DevFindings, id: string, check: ContentCheck): DevFindings {
  const own = findingsOf(check);
  const errors = new Map(findings.errors);
  errors.delete(id);
  for (const [office, list] of own.errors) errors.set(office, list);
  const stale = new Map(findings.stale);
  stale.delete(id);
  for (const [office, result] of own.stale) stale.set(office, result);
  const freshness = check.freshness ?? findings.last.freshness;
  return { last: { ...check, ...(freshness ? { freshness } : {}) }, errors, stale };
}

/** The findings as one check (errors in file order, as the validator sorts them). */
export function asCheck(findings: DevFindings): ContentCheck {
  const errors = [...findings.errors.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  return { ...findings.last, errors, stale: [...findings.stale.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
