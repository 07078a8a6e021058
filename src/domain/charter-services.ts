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
}

export interface CharterItem {
  /** The charter's file path (`…/charters/2024-04-15.mdx`) or stem. */
  path: string;
  data: Pick<Charter, 'effectiveDate' | 'services'>;
}

const SECTIONS = ['citizen', 'office', 'internal'] as const;

/** The services of the newest charter (latest effective date, then the later file name); none without a charter. */
export function officeServices(charters: readonly CharterItem[]): OfficeServices | undefined {
  const newest = [...charters].sort((a, b) => a.data.effectiveDate.localeCompare(b.data.effectiveDate) || a.path.localeCompare(b.path)).at(-1);
  if (!newest) return undefined;
  const names: string[] = [];
  for (const section of SECTIONS) {
    for (const service of newest.data.services[section]?.services ?? []) {
      const name = service.name.replace(/\s+/g, ' ').trim();
      if (name && !names.includes(name)) names.push(name);
    }
  }
  const stem = (newest.path.split('/').at(-1) ?? '').replace(/\.(md|mdx)$/, '');
  return { charter: stem, services: names };
}
