/**
 * Open data of the standard services, written by the national layer: `api/standards.json`
 * (every standard with its versions, how many offices use it and how many deviate) and
 * `api/standards/<setter>/<id>.json` (one standard with the offices that use it, each with
 * the link to the service on its current charter and whether it deviates). Their JSON
 * Schemas are `api/schemas/standards.schema.json` and `standard.schema.json`
 * (src/lib/open-data.ts). Made from the standards' files (the small index) and the
 * offices' published records, never from an office's documents.
 *
 * `build:office --changed` reads a standard's published file back (publishedUsers): the
 * offices that used it when last published are rebuilt too when it changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listStandards } from '../content-model/standards.ts';
import { serviceAnchor } from '../domain/service-anchor.ts';
import { basisLine, splitRef, versionOn, announcedOn, changedFields, type StandardEntry } from '../domain/standard-services.ts';
import type { CatalogueOffice, CatalogueStandard } from '../search/catalogue.ts';
import type { StandardOpenData, StandardsIndexOpenData } from '../lib/open-data.ts';

/** Where a standard's open data lives, under the site. */
export const standardDataFile = (ref: string) => {
  const { setter, id } = splitRef(ref);
  return `api/standards/${setter}/${id}.json`;
};
export const STANDARDS_INDEX_FILE = 'api/standards.json';

/** Every file, by site path, as JSON text (stable bytes: sorted lists, fixed key order). */
export function standardsOpenData(
  root: string,
  offices: readonly Pick<CatalogueOffice, 'id' | 'name' | 'published' | 'services'>[],
  options: { day: string; base: string; site: string },
): Map<string, string> {
  const base = options.base.replace(/\/?$/, '/');
  const schema = (name: string) => new URL(`${base}api/schemas/${name}.schema.json`, options.site).href;
  const users = new Map<string, StandardOpenData['offices']>();
  for (const office of offices) {
    if (!office.published) continue;
    for (const [name, [ref, deviates]] of Object.entries(office.services?.standards ?? {})) {
      const list = users.get(ref) ?? [];
      list.push({ id: office.id, name: office.name, deviates: deviates === 1, url: `${base}offices/${office.id}/charter/#${serviceAnchor(name)}` });
      users.set(ref, list);
    }
  }
  const files = new Map<string, string>();
  const index: StandardsIndexOpenData = { $schema: schema('standards'), day: options.day, standards: [] };
  for (const { ref, standard } of listStandards(root)) {
    const using = (users.get(ref) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    const current = versionOn(standard, options.day);
    const next = announcedOn(standard, options.day) ?? standard.versions.find((v) => v.effectiveFrom > options.day);
    const summary = {
      ref,
      setter: splitRef(ref).setter,
      url: `${base}${standardDataFile(ref)}`,
      current: current.effectiveFrom,
      ...(next ? { scheduled: next.effectiveFrom } : {}),
      count: using.length,
      deviating: using.filter((u) => u.deviates).length,
      standard,
    };
    index.standards.push(summary);
    const data: StandardOpenData = { $schema: schema('standard'), day: options.day, ...summary, offices: using };
    files.set(standardDataFile(ref), `${JSON.stringify(data, null, 2)}\n`);
  }
  files.set(STANDARDS_INDEX_FILE, `${JSON.stringify(index)}\n`);
  return files;
}

/** Writes the standards' open data into the national layer's staging folder; returns how many standards. */
export function writeStandardsData(siteDir: string, ...args: Parameters<typeof standardsOpenData>): number {
  const files = standardsOpenData(...args);
  for (const [rel, text] of files) {
    const file = path.join(siteDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return files.size - 1;
}

/** The offices that used a standard when the national layer last published (undefined when it was not published). */
export function publishedUsers(outDir: string, ref: string): string[] | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(outDir, standardDataFile(ref)), 'utf8')) as Partial<StandardOpenData>;
    return Array.isArray(data.offices) ? data.offices.map((o) => o.id) : undefined;
  } catch {
    return undefined;
  }
}

/** What the search catalogue says of each standard on `day` (src/search/catalogue/format.ts). */
export function catalogueStandards(root: string, day: string): Map<string, CatalogueStandard> {
  return catalogueStandardsOf(listStandards(root), day);
}

/** The same, from standards already read. */
export function catalogueStandardsOf(entries: readonly StandardEntry[], day: string): Map<string, CatalogueStandard> {
  const out = new Map<string, CatalogueStandard>();
  for (const { ref, standard } of entries) {
    const version = versionOn(standard, day);
    const next = standard.versions.filter((v) => v.effectiveFrom > day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
    const changed = next ? changedFields(version, next) : [];
    out.set(ref, {
      ref,
      name: standard.name,
      fee: version.fee.text ?? (version.fee.kind === 'free' ? 'বিনামূল্যে' : ''),
      timeLimit: version.timeLimit.text,
      basis: version.legalBasis.map(basisLine),
      ...(next
        ? {
            next: {
              day: next.effectiveFrom,
              ...(changed.includes('fee') ? { fee: next.fee.text ?? 'বিনামূল্যে' } : {}),
              ...(changed.includes('timeLimit') ? { timeLimit: next.timeLimit.text } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}
