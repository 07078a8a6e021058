/**
 * What the national search catalogue needs from an office's charters: the services
 * its newest charter lists (by name, in printed order) and which charter page shows
 * them. Computed by the office's build from its content and published in its record
 * (`offices/<id>/compliance.json`), so the national layer never reads documents.
 */
import type { Charter } from '../schemas/index.ts';

export interface OfficeServices {
  /** File stem of the newest charter (its page is `/offices/<id>/charters/<stem>/`). */
  charter: string;
  /** Service names as printed, citizen services first, each name once. */
  services: string[];
  /**
   * The services that use a standard, by name: the standard's reference, and 1 when this
   * office states a deviation from it (the catalogue groups by standard and marks deviations).
   */
  standards?: Record<string, [string, 0 | 1]>;
  /** Standard services for this office's kind that its charter lacks (the compliance dashboards list them): references. */
  lacking?: string[];
}

export interface CharterItem {
  /** The charter's file path (`…/charters/2024-04-15.mdx`) or stem. */
  path: string;
  data: Pick<Charter, 'effectiveDate' | 'services'>;
}

const SECTIONS = ['citizen', 'office', 'internal'] as const;

/** The newest charter (latest effective date, then the later file name). */
export function newestCharter<T extends { path: string; data: { effectiveDate: string } }>(charters: readonly T[]): T | undefined {
  return [...charters].sort((a, b) => a.data.effectiveDate.localeCompare(b.data.effectiveDate) || a.path.localeCompare(b.path)).at(-1);
}

/** The services of the newest charter (its `standard:` rows resolved); none without a charter. */
export function officeServices(charters: readonly CharterItem[]): OfficeServices | undefined {
  const newest = newestCharter(charters);
  if (!newest) return undefined;
  const names: string[] = [];
  const standards: NonNullable<OfficeServices['standards']> = {};
  for (const section of SECTIONS) {
    for (const service of newest.data.services[section]?.services ?? []) {
      const name = service.name.replace(/\s+/g, ' ').trim();
      if (name && !names.includes(name)) {
        names.push(name);
        if (service.standard) standards[name] = [service.standard.ref, service.standard.deviation ? 1 : 0];
      }
    }
  }
  const stem = (newest.path.split('/').at(-1) ?? '').replace(/\.(md|mdx)$/, '');
  return { charter: stem, services: names, ...(Object.keys(standards).length ? { standards } : {}) };
}
