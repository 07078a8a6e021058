/**
 * The national pages' data (home, directory, search filter, compliance roll-ups,
 * the open-data office list): from the model `npm run build:national` computed from
 * the published office records (`PORTAL_NATIONAL_MODEL`), or — in `astro dev` and
 * any build that loads every office — from the content collections, through the
 * same `nationalModel()`.
 */
import fs from 'node:fs';
import { loadPortalFreshness } from './freshness-site.ts';
import { nationalModel, officeRecord, type NationalModel, type NationalOffice, type OfficeRecord } from './national-model.ts';
import { loadPortal } from './portal-data.ts';

let cache: Promise<NationalModel> | undefined;

export function loadNational(): Promise<NationalModel> {
  cache ??= (async () => {
    const file = process.env['PORTAL_NATIONAL_MODEL'];
    if (file) return JSON.parse(fs.readFileSync(file, 'utf8')) as NationalModel;
    const [portal, freshness] = await Promise.all([loadPortal(), loadPortalFreshness()]);
    const records = new Map<string, OfficeRecord>();
    for (const [id, office] of freshness.offices) records.set(id, officeRecord(office));
    const directory = [...portal.values()].map(({ office }) => ({ id: office.id, parent: office.data.parent, name: office.data.name, kind: office.data.kind }));
    return nationalModel(directory, records, freshness.policy, freshness.resolved);
  })();
  return cache;
}

/** Offices by id. */
export async function nationalOffices(): Promise<Map<string, NationalOffice>> {
  return new Map((await loadNational()).offices.map((o) => [o.id, o]));
}
