/**
 * Standard services in the admin: the standards this office may use, read from the published
 * open data (`/api/standards.json`, written by the national layer), so an office's admin never
 * has to be rebuilt when a standard changes; and the charter preview, which shows `standard:`
 * rows as the page will (src/domain/standard-services.ts, the same resolver the build uses).
 * The picker widget that offers them when an editor adds a service row is registered here too.
 */
import type { Charter, CharterFile, StandardService } from '../src/schemas/index.ts';
import { resolveCharter, resolveRow, type StandardEntry } from '../src/domain/standard-services.ts';
import { todayInDhaka } from '../src/domain/fiscal-year.ts';

let loaded: StandardEntry[] = [];

/** The standards the admin knows (every standard on the portal; the picker filters them by office). */
export function knownStandards(): readonly StandardEntry[] {
  return loaded;
}

/** Reads the portal's standards from its open data; the admin works without them (a preview then shows the reference). */
export async function loadStandards(siteRoot: URL, fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetcher(new URL('api/standards.json', siteRoot));
    if (!response.ok) return;
    const index = (await response.json()) as { standards?: { ref: string; standard: StandardService }[] };
    loaded = (index.standards ?? []).map((s) => ({ ref: s.ref, standard: s.standard }));
  } catch {
    loaded = [];
  }
}

/** A charter file as its page will show it today: standard rows resolved, an unknown reference shown as such. */
export function previewCharter(data: CharterFile, day = todayInDhaka()): Charter {
  const byRef = new Map(loaded.map((e) => [e.ref, e.standard]));
  const lookup = (ref: string) => byRef.get(ref);
  const { charter } = resolveCharter(data, lookup, day);
  // Rows whose standard the admin does not know stay visible, named by their reference.
  for (const section of ['citizen', 'office', 'internal'] as const) {
    const rows = data.services[section]?.services ?? [];
    if (rows.every((row) => resolveRow(row, lookup, day))) continue;
    charter.services[section].services = rows.map(
      (row) =>
        resolveRow(row, lookup, day) ?? {
          ...(row.number ? { number: row.number } : {}),
          name: row.standard ?? '',
          delivery: '',
          papers: [],
          fee: { kind: 'free' as const },
          timeLimit: { text: '' },
          officer: row.officer,
        },
    );
  }
  return charter;
}
