/**
 * What every office gets after Astro has rendered its pages, in one place: its own
 * search bundle, its CMS entry (the office and its ancestors only), its compliance
 * record (the freshness rules' input, which the national layer reads) and its
 * offline pack, written into the folder Astro rendered into.
 *
 * Two callers: office builds (src/pipeline/office-build.ts), which then publish each
 * office on its own, and the protishruti() integration's `astro:build:done`, so an
 * `astro build` run directly over a scope (PORTAL_SCOPE) leaves the same office files
 * as `build:office` (without publishing: no manifest, nothing copied elsewhere).
 */
import fs from 'node:fs';
import path from 'node:path';
import { backendFromEnv, writeAdminEntry } from '../../cms/build-admin.ts';
import { ancestorsOf, type OfficeDirectory } from '../content-model/office-directory.ts';
import type { FreshnessOffice } from '../domain/freshness/index.ts';
import type { OfficeServices } from '../domain/charter-services.ts';
import { officeRecord } from '../lib/national-model.ts';
import { siteBase } from './offline-files.ts';
import type { OfficeInfo } from '../search/index-html.ts';
import { officePackWithShared, writeOfficePack } from './office-offline.ts';
import { indexOffice, officeInfos, type OfficeIndexReport } from './office-search.ts';
import { officeComplianceFile } from './site-layout.ts';
import { noClock, type BuildClock } from './build-clock.ts';

export interface OfficeFinishInputs {
  directory: OfficeDirectory;
  infos: ReadonlyMap<string, OfficeInfo>;
  backend: ReturnType<typeof backendFromEnv>;
  base: string;
  /** The freshness rules' input per office (its record); an office without one gets no record. */
  freshness: ReadonlyMap<string, FreshnessOffice>;
  /** Each office's charter services (its record carries them to the national search catalogue). */
  services: ReadonlyMap<string, OfficeServices>;
}

export function officeFinishInputs(
  directory: OfficeDirectory,
  freshness: readonly FreshnessOffice[],
  env: NodeJS.ProcessEnv = process.env,
  services: ReadonlyMap<string, OfficeServices> = new Map(),
): OfficeFinishInputs {
  return {
    directory,
    infos: officeInfos(directory),
    backend: backendFromEnv(env),
    base: siteBase(env),
    freshness: new Map(freshness.map((o) => [o.id, o])),
    services,
  };
}

/** An office's compliance record as published (`offices/<id>/compliance.json`): the freshness rules' input and its services. */
export function officeRecordText(office: FreshnessOffice, services: OfficeServices | undefined): string {
  return `${JSON.stringify(officeRecord(office, services))}\n`;
}

/**
 * The after-Astro steps of one office, in `siteDir` (its pages already rendered there);
 * returns the shared assets its pages load (`_astro/…`, and the search engine at `pagefind/…`),
 * which go into the published folder with it. Close the search indexer (closeSearchIndexer) after the last office.
 */
export async function finishOffice(
  siteDir: string,
  id: string,
  inputs: OfficeFinishInputs,
  clock: BuildClock = noClock,
  /** Its search bundle when the caller started it already (src/pipeline/office-build.ts); only waited for here. */
  searchBundle?: Promise<OfficeIndexReport>,
): Promise<string[]> {
  await clock.time('search: per-office Pagefind', () => searchBundle ?? indexOffice(siteDir, id, inputs.infos));
  clock.time('cms: per-office entry', () => {
    const offices = ancestorsOf(id, inputs.directory).map((o) => ({
      id: o,
      name: inputs.directory.get(o)?.name.bn ?? o,
      ...(inputs.directory.get(o)?.kind ? { kind: inputs.directory.get(o)!.kind } : {}),
    }));
    writeAdminEntry(path.join(siteDir, 'admin', id), { offices, backend: inputs.backend, officeId: id });
  });
  const office = inputs.freshness.get(id);
  if (office)
    clock.time('record: per-office compliance.json', () =>
      fs.writeFileSync(path.join(siteDir, officeComplianceFile(id)), officeRecordText(office, inputs.services.get(id))),
    );
  return clock.time('offline: per-office pack', () => {
    const { pack, shared } = officePackWithShared(siteDir, id, inputs.base);
    writeOfficePack(siteDir, pack);
    return shared;
  });
}
