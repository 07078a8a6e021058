/**
 * Relevance at country size: a generated country (src/synthetic/, 1,200 offices in
 * districts and upazilas, services drawn at random per office) goes through the
 * catalogue build in Node, and queries that name a service and a place must put
 * offices of that place offering that service in the top five — every one of the
 * five, not just one. Place names repeat across districts (as real upazila names
 * do), so "the place" is every upazila of that name.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PARTS_LOADED,
  catalogueFiles,
  groupName,
  nearestServices,
  searchCatalogue,
  type CatalogueOffice,
  type OfficeHit,
} from '../../src/search/catalogue.ts';
import { syntheticCatalogueOffices, syntheticCatalogueStandards } from '../support/synthetic-catalogue.ts';

const offices = syntheticCatalogueOffices(1_200);
const files = catalogueFiles(offices, undefined, syntheticCatalogueStandards());
const load = async (file: string) => {
  const text = files.get(file);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
};
const byId = new Map(offices.map((o) => [o.id, o]));
const above = (o: CatalogueOffice): CatalogueOffice[] => {
  const chain: CatalogueOffice[] = [];
  for (let at = o.parent ? byId.get(o.parent) : undefined; at && chain.length < 10; at = at.parent ? byId.get(at.parent) : undefined) chain.push(at);
  return chain;
};
/** The upazila an office is in (its UNO, or itself), and the upazila's place name ("ভেড়ামারা" in "…, ভেড়ামারা, কুষ্টিয়া"). */
const upazilaOf = (o: CatalogueOffice) => [o, ...above(o)].find((x) => x.id.startsWith('uno-'));
const placeOf = (uno: CatalogueOffice) => uno.name.bn.split(', ')[1] ?? '';
const upazilas = offices.filter((o) => o.id.startsWith('uno-'));
const districts = offices.filter((o) => o.id.startsWith('dc-'));

/** Query words for a service, and a word every offering's name holds. */
const SERVICES: ReadonlyArray<[string, string]> = [
  ['নামজারি', 'নামজারি'],
  ['জন্ম নিবন্ধন', 'জন্ম ও মৃত্যু নিবন্ধন'],
  ['পাসপোর্ট', 'পাসপোর্ট'],
  ['বয়স্ক ভাতা', 'বয়স্ক ভাতা'],
  ['প্রতিবন্ধী ভাতা', 'প্রতিবন্ধী ভাতা'],
  ['টিকা', 'টিকা'],
  ['উপবৃত্তি', 'উপবৃত্তি'],
  ['নাগরিকত্ব সনদ', 'নাগরিকত্ব সনদ'],
];

/** What citizens type in English (or romanised) for some of the services (src/search/words.ts). */
const ENGLISH: Readonly<Record<string, string>> = {
  নামজারি: 'namjari',
  'জন্ম নিবন্ধন': 'birth registration',
  পাসপোর্ট: 'passport',
};

interface Case {
  q: string;
  /** The kind of query beyond "a service and a place" (the words citizens type), for the counts. */
  kind?: string;
  /** Whether a hit is a right answer. */
  right: (hit: OfficeHit) => boolean;
  /** Whether the country has a right answer at all (else the query must find none of the wrong kind). */
  exists: boolean;
  /** How many of the first results must be right (5 unless fewer right answers exist). */
  judged?: number;
}

const offers = (o: CatalogueOffice | undefined, word: string) => (o?.services?.services ?? []).some((s) => s.includes(word));
/** Offers the service, or is named for it (the regional passport office for "পাসপোর্ট"). */
const serves = (o: CatalogueOffice | undefined, query: string, word: string) =>
  offers(o, word) || (o !== undefined && query.split(' ').every((w) => o.name.bn.includes(w)));
const cases: Case[] = [];
for (const [query, word] of SERVICES) {
  // Every fifth upazila, so each service is asked in a dozen places.
  upazilas.forEach((uno, i) => {
    const place = placeOf(uno);
    // Every place with ড় or ঢ় also typed with র (ভেরামারা), however rare: few places have one.
    const misspelled = /[ডঢ]\u09BC/.test(place) && i % 5 !== 0;
    if (i % 5 !== 0 && !misspelled) return;
    const right = (hit: OfficeHit) => {
      const o = byId.get(hit.id);
      const home = o && upazilaOf(o);
      return serves(o, query, word) && home !== undefined && placeOf(home) === place;
    };
    const exists = offices.some((o) => offers(o, word) && upazilaOf(o) !== undefined && placeOf(upazilaOf(o) as CatalogueOffice) === place);
    if (misspelled) return void cases.push({ q: `${query} ${place.replace(/[ডঢ]\u09BC/g, 'র')}`, right, exists, kind: 'ড় typed as র' });
    cases.push({ q: `${query} ${place}`, right, exists });
    // The words citizens type (issue 23): a fee word with the service, ড়/ঢ় typed as র in the place, English for the service.
    if (i % 10 === 0) cases.push({ q: `${query} ফি ${place}`, right, exists, kind: 'fee word' });
    const english = ENGLISH[query];
    if (english && i % 10 === 5) cases.push({ q: `${english} ${place}`, right, exists, kind: 'English' });
  });
  for (const dc of districts.slice(0, 4)) {
    const district = dc.name.bn.split(', ')[1] ?? '';
    // In the district, or the division's office when the division has the district's name (ঢাকা).
    const right = (hit: OfficeHit) => {
      const o = byId.get(hit.id);
      return serves(o, query, word) && o !== undefined && (o.name.bn.includes(district) || [o, ...above(o)].some((x) => x.id === dc.id));
    };
    const exists = offices.some((o) => offers(o, word) && [o, ...above(o)].some((x) => x.id === dc.id));
    cases.push({ q: `${query} ${district}`, right, exists });
  }
}
// An office by its kind and place: the Assistant Commissioner (Land) of that upazila first.
for (const uno of upazilas.filter((_, i) => i % 4 === 0)) {
  const place = placeOf(uno);
  const land = (hit: OfficeHit) => hit.id.endsWith('-land') && placeOf(upazilaOf(byId.get(hit.id) as CatalogueOffice) as CatalogueOffice) === place;
  cases.push({ q: `ভূমি অফিস ${place}`, right: land, exists: offices.some((o) => o.id === `${uno.id.slice(4)}-land`), judged: 1 });
}

// About 1 s on a quiet machine; the first search builds the country's catalogue in memory, which a loaded CI machine stretches past the unit default.
describe('search on a generated country of 1,200 offices', { timeout: 90_000 }, () => {
  it('has districts, upazilas and enough judged queries, of every kind', () => {
    expect(districts.length).toBeGreaterThanOrEqual(8);
    expect(upazilas.length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => c.exists).length).toBeGreaterThanOrEqual(80);
    for (const kind of ['fee word', 'ড় typed as র', 'English']) expect(cases.filter((c) => c.kind === kind && c.exists).length, kind).toBeGreaterThanOrEqual(5);
  });

  it('puts only offices of the named place offering the named service in the top five (precision@5 1.00, recall 1.00)', async () => {
    const problems: string[] = [];
    let shown = 0;
    let right = 0;
    let found = 0;
    const expected = cases.filter((c) => c.exists).length;
    for (const c of cases) {
      const answer = await searchCatalogue(c.q, {}, load);
      const top = answer.offices.slice(0, c.judged ?? 5);
      shown += top.length;
      const good = top.filter(c.right);
      right += good.length;
      if (c.exists && good.length > 0) found++;
      if (c.exists && good.length === 0) problems.push(`"${c.q}": no right office in the top five (${top.map((h) => h.id).join(', ') || 'nothing'})`);
      for (const hit of top.filter((h) => !c.right(h))) problems.push(`"${c.q}": ${hit.id} (${hit.service ?? 'no service'}) is not a right answer`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(right / Math.max(1, shown)).toBe(1);
    expect(found / expected).toBe(1);
  });

  it('answers a service without a place with its count across the country and where to narrow', async () => {
    const answer = await searchCatalogue('নামজারি', {}, load);
    expect(answer.offices).toEqual([]);
    expect(answer.services.length).toBeGreaterThan(0);
    for (const s of answer.services) {
      expect(s.name).toContain('নামজারি');
      // A standard service counts the offices using it; a service of offices' own, those printing its name
      // (a serial in brackets folded away) in a row that does not use a standard.
      const counted = (o: CatalogueOffice) =>
        (o.services?.services ?? []).some((name) => {
          const ref = o.services?.standards?.[name]?.[0];
          return s.standard ? ref === s.standard.ref : ref === undefined && groupName(name) === s.name;
        });
      expect(s.count).toBe(offices.filter(counted).length);
      expect(s.areas.reduce((n, a) => n + a.count, 0)).toBe(s.count);
    }
    expect(answer.files.some((f) => f.startsWith('parts/'))).toBe(false);
  });

  it('offers the nearest services for a misspelled service across the country, reading no more than a query may', async () => {
    const read: string[] = [];
    const near = await nearestServices('নামযারী', {}, async (file) => (read.push(file), load(file)));
    expect(near.length).toBeGreaterThan(0);
    expect(near[0]?.name).toContain('নামজারি');
    expect(read.filter((f) => f.startsWith('parts/')).length).toBeLessThanOrEqual(MAX_PARTS_LOADED);
  });
});
