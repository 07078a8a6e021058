/**
 * A generated country's catalogue input, computed in memory from the synthetic
 * generator's files (src/synthetic/) without writing them or rendering anything:
 * each office's tree fields from its office.yaml and its services from its newest
 * charter, by the same function an office build uses (src/domain/charter-services.ts).
 * Shared by the catalogue tests and bench/search.ts.
 */
import { parse as parseYaml } from 'yaml';
import { officeServices, type CharterItem } from '../../src/domain/charter-services.ts';
import { DEFAULT_AS_OF, generateFiles } from '../../src/synthetic/country.ts';
import { countryStandards } from '../../src/synthetic/standards.ts';
import type { CatalogueOffice, CatalogueStandard } from '../../src/search/catalogue.ts';
import { catalogueStandardsOf } from '../../src/pipeline/standards-data.ts';
import { standardServiceSchema } from '../../src/schemas/index.ts';

const OFFICE_FILE = /^offices\/([^/]+)\/office\.yaml$/;
const CHARTER_FILE = /^offices\/([^/]+)\/charters\/[^/]+\.mdx$/;

// Parsing every charter with the YAML library takes ten times as long as generating the country;
// the generator writes each service row as "- number: …" then "name: …" or "standard: …" (src/synthetic/yaml-emit.ts).
const SERVICE_ROW = /^ {6}- number: .*\n {8}(name|standard): (.*)$/gm;
const SECTION = /^ {2}(citizen|office|internal):$/gm;

function charterServices(text: string, standardNames: ReadonlyMap<string, string>): CharterItem['data'] {
  const effectiveDate = /^effectiveDate: (\S+)$/m.exec(text)?.[1] ?? '';
  const services: Record<string, { services: Array<{ name: string; standard?: { ref: string; deviation?: object } }> }> = {};
  const sections = [...text.matchAll(SECTION)];
  sections.forEach((m, i) => {
    const body = text.slice(m.index, sections[i + 1]?.index ?? text.length);
    const rows = [...body.matchAll(SERVICE_ROW)];
    services[m[1] ?? ''] = {
      services: rows.map((row, k) => {
        if (row[1] === 'name') return { name: unquote(row[2] ?? '') };
        // A standard row: the standard's name, and whether the row states a deviation.
        const ref = unquote(row[2] ?? '');
        const block = body.slice(row.index, rows[k + 1]?.index ?? body.length);
        return { name: standardNames.get(ref) ?? ref, standard: { ref, ...(/^ {8}deviation: /m.test(block) ? { deviation: {} } : {}) } };
      }),
    };
  });
  return { effectiveDate, services } as unknown as CharterItem['data'];
}

/** The standard services of a generated country, as the national layer gives them to the catalogue. */
export function syntheticCatalogueStandards(asOf = DEFAULT_AS_OF): Map<string, CatalogueStandard> {
  return catalogueStandardsOf(
    countryStandards(asOf).map((s) => ({ ref: s.ref, standard: standardServiceSchema.parse(s.data) })),
    asOf,
  );
}

const unquote = (value: string) => (/^["']/.test(value) ? String(parseYaml(value)) : value);

export function syntheticCatalogueOffices(offices: number, seed = '1'): CatalogueOffice[] {
  const meta = new Map<string, { parent?: string; name: { bn: string; en: string } }>();
  const charters = new Map<string, CharterItem[]>();
  const standardNames = new Map(countryStandards(DEFAULT_AS_OF).map((s) => [s.ref, s.data.name]));
  for (const file of generateFiles({ offices, seed, asOf: DEFAULT_AS_OF, staleShare: 0 })) {
    if (typeof file.content !== 'string') continue;
    const office = OFFICE_FILE.exec(file.path)?.[1];
    if (office) {
      // The tree fields only (the rest of office.yaml is staff and contacts).
      const field = (re: RegExp) => unquote(re.exec(file.content as string)?.[1] ?? '');
      const parent = field(/^parent: (.*)$/m);
      meta.set(office, { ...(parent ? { parent } : {}), name: { bn: field(/^name:\n {2}bn: (.*)$/m), en: field(/^name:\n(?: {2}bn: .*\n) {2}en: (.*)$/m) } });
      continue;
    }
    const owner = CHARTER_FILE.exec(file.path)?.[1];
    if (!owner) continue;
    charters.set(owner, [...(charters.get(owner) ?? []), { path: file.path, data: charterServices(file.content, standardNames) }]);
  }
  return [...meta].map(([id, m]) => ({ id, parent: m.parent, name: m.name, published: true, services: officeServices(charters.get(id) ?? []) }));
}
