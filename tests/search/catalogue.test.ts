/**
 * The national search catalogue (src/search/catalogue.ts), build and query, on a
 * small hand-made tree: folding, stems, digits and synonyms like the rest of
 * search; places narrow the area; services and office names pick offices; a
 * country-wide service answers with counts and where to narrow, never a list.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogueFiles,
  catalogueLayout,
  catalogueWords,
  nearestServices,
  queryForms,
  searchCatalogue,
  serviceId,
  termKey,
  type CatalogueOffice,
  type CatalogueScope,
} from '../../src/search/catalogue.ts';
import { officeServices } from '../../src/domain/charter-services.ts';

const office = (id: string, parent: string | undefined, bn: string, en: string, services: string[] = [], published = true): CatalogueOffice => ({
  id,
  parent,
  name: { bn, en },
  published,
  ...(services.length ? { services: { charter: '2024-04-15', services } } : {}),
});

// Two districts, three upazilas (two named ভেড়ামারা in different districts), offices under them.
const TREE: CatalogueOffice[] = [
  office('divcom-khulna', undefined, 'বিভাগীয় কমিশনারের কার্যালয়, খুলনা', "Divisional Commissioner's Office, Khulna"),
  office('dc-kushtia', 'divcom-khulna', 'জেলা প্রশাসকের কার্যালয়, কুষ্টিয়া', "Deputy Commissioner's Office, Kushtia", ['নাগরিকত্ব সনদ প্রদান']),
  office('dc-jessore', 'divcom-khulna', 'জেলা প্রশাসকের কার্যালয়, যশোর', "Deputy Commissioner's Office, Jessore", ['নাগরিকত্ব সনদ প্রদান']),
  office('uno-kushtia-03', 'dc-kushtia', 'উপজেলা নির্বাহী অফিসারের কার্যালয়, ভেড়ামারা, কুষ্টিয়া', "Upazila Nirbahi Officer's Office, Bheramara, Kushtia", [
    'ত্রাণ সহায়তা প্রদান',
  ]),
  office('kushtia-03-land', 'uno-kushtia-03', 'সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা, কুষ্টিয়া', 'Assistant Commissioner (Land) Office, Bheramara, Kushtia', [
    'নামজারি ও জমাখারিজ',
    'ভূমি উন্নয়ন কর আদায় ও দাখিলা প্রদান',
  ]),
  office('kushtia-03-ict', 'uno-kushtia-03', 'উপজেলা কার্যালয়, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ভেড়ামারা, কুষ্টিয়া', 'Upazila ICT Office, Bheramara, Kushtia', [
    'ই-নথি বিষয়ক পরামর্শ',
  ]),
  office('kushtia-03-up-01', 'uno-kushtia-03', '১ নং ইউনিয়ন পরিষদ কার্যালয়, ভেড়ামারা, কুষ্টিয়া', 'Union Parishad Office No. 1, Bheramara, Kushtia', [
    'জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান',
  ]),
  office('uno-kushtia-04', 'dc-kushtia', 'উপজেলা নির্বাহী অফিসারের কার্যালয়, মিরপুর, কুষ্টিয়া', "Upazila Nirbahi Officer's Office, Mirpur, Kushtia"),
  office('kushtia-04-land', 'uno-kushtia-04', 'সহকারী কমিশনারের (ভূমি) কার্যালয়, মিরপুর, কুষ্টিয়া', 'Assistant Commissioner (Land) Office, Mirpur, Kushtia', [
    'নামজারি ও জমাখারিজ',
  ]),
  office('uno-jessore-02', 'dc-jessore', 'উপজেলা নির্বাহী অফিসারের কার্যালয়, ভেড়ামারা, যশোর', "Upazila Nirbahi Officer's Office, Bheramara, Jessore"),
  office('jessore-02-land', 'uno-jessore-02', 'সহকারী কমিশনারের (ভূমি) কার্যালয়, ভেড়ামারা, যশোর', 'Assistant Commissioner (Land) Office, Bheramara, Jessore', [
    'নামজারি ও জমাখারিজ',
  ]),
  office(
    'jessore-02-new',
    'uno-jessore-02',
    'উপজেলা সমবায় অফিস, ভেড়ামারা, যশোর',
    'Upazila Cooperative Office, Bheramara, Jessore',
    ['নামজারি ও জমাখারিজ'],
    false,
  ),
];

// Parts of at most 5 offices: the division is a part of its own, each district is cut below it.
const PART_MAX = 5;
const files = catalogueFiles(TREE, PART_MAX);
const load = async (file: string) => {
  const text = files.get(file);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
};
const search = (q: string, scope: CatalogueScope = {}) => searchCatalogue(q, scope, load, '/');
const partOf = catalogueLayout(TREE, PART_MAX).partOf;
const within = (office: string): CatalogueScope => ({ office, part: partOf.get(office) });

describe('catalogue words are folded like every other search word', () => {
  it.each([
    ['precomposed য় folds to য + nukta', 'সম\u09DFসীমা', ['সময়সীমা']],
    ['digits are Bengali whichever was written', '1 নং ইউনিয়ন', ['১', 'নং', 'ইউনিয়ন']],
    ['a hyphenated word is kept whole (as Pagefind reads it) and in parts', 'ই-নথি', ['ইনথি', 'ই', 'নথি']],
    ['punctuation and case go', 'Assistant Commissioner (Land) Office,', ['assistant', 'commissioner', 'land', 'office']],
  ])('%s', (_why, text, words) => {
    expect(catalogueWords(text)).toEqual(words);
  });

  it.each([
    ['a case ending is stripped (prefix match finds the rest)', 'নামজারির', ['নামজারি', 'নামজারির']],
    ['a synonym in the other script joins', 'e-nothi', ['enothi', 'ইনথি']],
    ['one letter is too short to look up', 'ক', []],
  ])('query forms: %s', (_why, word, forms) => {
    expect(queryForms(word)).toEqual(forms);
  });

  it('shards by the first two characters, and a service id depends only on its folded name', () => {
    expect(termKey('নামজারি')).toBe('9a8-9be');
    expect(serviceId('নামজারি  ও জমাখারিজ')).toBe(serviceId('নামজারি ও জমাখারিজ'));
    expect(serviceId('নামজারি ও জমাখারিজ')).not.toBe(serviceId('জমাখারিজ'));
  });
});

describe('the office tree is cut into parts of bounded size', () => {
  it.each([
    ['the whole tree fits one part', 100, { 'divcom-khulna': 12 }],
    [
      'a large office is a part of its own; each subtree that fits is one part',
      5,
      { 'divcom-khulna': 1, 'dc-kushtia': 1, 'uno-kushtia-03': 4, 'uno-kushtia-04': 2, 'dc-jessore': 4 },
    ],
  ])('%s', (_why, max, sizes) => {
    const { parts } = catalogueLayout(TREE, max);
    expect(Object.fromEntries([...parts].map(([id, members]) => [id, members.length]))).toEqual(sizes);
  });

  it('writes the same bytes for the same offices, and an edit to one office changes only the files it feeds', () => {
    expect(catalogueFiles([...TREE].reverse(), PART_MAX)).toEqual(files);
    const edited = TREE.map((o) =>
      o.id === 'kushtia-04-land' ? { ...o, services: { charter: '2024-05-01', services: ['নামজারি ও জমাখারিজ', 'পর্চা প্রদান'] } } : o,
    );
    const after = catalogueFiles(edited, PART_MAX);
    const changed = [...new Set([...files.keys(), ...after.keys()])].filter((f) => files.get(f) !== after.get(f)).sort();
    expect(changed).toEqual(
      [`parts/uno-kushtia-04.json`, `services/${serviceId('পর্চা প্রদান')}.json`, `terms/${termKey('পর্চা')}.json`, `terms/${termKey('প্রদান')}.json`].sort(),
    );
  });
});

describe('catalogue queries', () => {
  const ids = async (q: string, scope?: CatalogueScope) => (await search(q, scope)).offices.map((o) => o.id);

  it.each<[string, string, CatalogueScope, string[]]>([
    ['a service and a place: the offices there that offer it', 'নামজারি ভেড়ামারা', {}, ['jessore-02-land', 'kushtia-03-land']],
    ['an inflected service word', 'নামজারির ভেড়ামারা', {}, ['jessore-02-land', 'kushtia-03-land']],
    ['a place with its district narrows to one upazila', 'নামজারি ভেড়ামারা কুষ্টিয়া', {}, ['kushtia-03-land']],
    ['an office-name word and a place: the office named so first', 'ভূমি মিরপুর', {}, ['kushtia-04-land']],
    ['a place in English', 'Bheramara land', {}, ['jessore-02-land', 'kushtia-03-land']],
    ['a union by its number, typed in ASCII digits', '1 নং ইউনিয়ন ভেড়ামারা', {}, ['kushtia-03-up-01']],
    ['a synonym in the other script', 'e-Nothi ভেড়ামারা', {}, ['kushtia-03-ict']],
    ['two words of one service', 'জন্ম নিবন্ধন ভেড়ামারা', {}, ['kushtia-03-up-01']],
    ['an upazila scope keeps to the upazila', 'নামজারি', within('uno-kushtia-03'), ['kushtia-03-land']],
    ['an unpublished office is never a result', 'সমবায় ভেড়ামারা', {}, []],
    ['ড় typed as র, in a place name', 'নামজারি ভেরামারা', {}, ['jessore-02-land', 'kushtia-03-land']],
    ['ী for ি in a service name', 'নামজারী ভেড়ামারা কুষ্টিয়া', {}, ['kushtia-03-land']],
    ['a fee word next to a service: the catalogue knows services, their charters the fee', 'নামজারি ফি মিরপুর', {}, ['kushtia-04-land']],
    ['English words for a service and a place', 'land mutation fee Mirpur', {}, ['kushtia-04-land']],
    ['a romanised service name', 'namjari Mirpur', {}, ['kushtia-04-land']],
  ])('%s: "%s"', async (_why, q, scope, expected) => {
    expect((await ids(q, scope)).slice(0, 5).sort()).toEqual(expected);
  });

  it('a matching office links to its charter’s services and says which service matched', async () => {
    const [hit] = (await search('নামজারি মিরপুর')).offices;
    // The current charter's stable address and the service's own anchor (src/domain/service-anchor.ts).
    expect(hit).toMatchObject({ id: 'kushtia-04-land', service: 'নামজারি ও জমাখারিজ', url: '/offices/kushtia-04-land/charter/#service-নামজারি-ও-জমাখারিজ' });
    expect(hit?.above).toEqual(['উপজেলা নির্বাহী অফিসারের কার্যালয়, মিরপুর, কুষ্টিয়া']);
  });

  it('a place alone lists its own office first', async () => {
    expect((await ids('মিরপুর')).slice(0, 1)).toEqual(['uno-kushtia-04']);
  });

  it('a service across the country answers with its count and the areas to narrow to, not a list of offices', async () => {
    const answer = await search('নামজারি');
    expect(answer.offices).toEqual([]);
    expect(answer.services).toEqual([
      {
        kind: 'service',
        id: serviceId('নামজারি ও জমাখারিজ'),
        name: 'নামজারি ও জমাখারিজ',
        count: 3,
        areas: [{ id: 'divcom-khulna', name: 'বিভাগীয় কমিশনারের কার্যালয়, খুলনা', count: 3 }],
      },
    ]);
    // A division small enough to read whole lists its offices instead.
    const division = await search('নামজারি', within('divcom-khulna'));
    expect(division.offices.map((o) => o.id).sort()).toEqual(['jessore-02-land', 'kushtia-03-land', 'kushtia-04-land']);
  });

  it('reads only the files the query needs: no part file for a country-wide service', async () => {
    const answer = await search('নামজারি');
    expect(answer.files.filter((f) => f.startsWith('parts/'))).toEqual([]);
    const placed = await search('নামজারি মিরপুর');
    expect(placed.files.filter((f) => f.startsWith('parts/'))).toEqual(['parts/uno-kushtia-04.json']);
  });

  it('finds nothing for a word no service or office has', async () => {
    expect(await search('ঘঙচছ')).toMatchObject({ offices: [], services: [] });
  });

  it('says which words it found only in a near spelling, and reads few more files for them', async () => {
    const exact = await search('নামজারি ভেড়ামারা');
    const near = await search('নামজারি ভেরামারা');
    expect(exact.nearSpelling).toEqual([]);
    expect(near.nearSpelling).toEqual(['ভেরামারা']);
    expect(near.files.filter((f) => f.startsWith('terms/')).length).toBeLessThanOrEqual(exact.files.filter((f) => f.startsWith('terms/')).length + 4);
  });

  it.each<[string, string, CatalogueScope, string[]]>([
    ['an office: its own services', 'নামযারী', within('kushtia-04-land'), ['নামজারি ও জমাখারিজ']],
    ['an office that does not offer it: nothing near', 'নামযারী', within('kushtia-03-ict'), []],
    ['an area: its offices’ services, with how many offer it', 'জন্ম নিবন্দন সনদ', within('uno-kushtia-03'), ['জন্ম ও মৃত্যু নিবন্ধন সনদ প্রদান']],
    ['the country: from the term shards the words start in', 'নামযারী', {}, ['নামজারি ও জমাখারিজ']],
    ['a fee word is not compared; the service name is', 'নামযারী ফি', within('kushtia-04-land'), ['নামজারি ও জমাখারিজ']],
    ['nothing near', 'ঘঙচছ', {}, []],
  ])('nearest services when nothing is found: %s ("%s")', async (_why, q, scope, names) => {
    expect((await nearestServices(q, scope, load)).map((s) => s.name)).toEqual(names);
  });

  it('a fee word alone is still a word to find: it is not dropped when nothing else names a service', async () => {
    expect(await search('ফি')).toMatchObject({ offices: [], services: [] });
  });
});

describe('an office’s services come from its newest charter', () => {
  it('takes the latest effective date, every section, each name once', () => {
    const section = (...names: string[]) => ({ services: names.map((name) => ({ name })) });
    const charter = (path: string, effectiveDate: string, citizen: string[], internal: string[] = []) => ({
      path,
      data: { effectiveDate, services: { citizen: section(...citizen), office: section(), internal: section(...internal) } },
    });
    const found = officeServices([
      charter('offices/x/charters/2023-01-01.mdx', '2023-01-01', ['পুরনো সেবা']),
      charter('offices/x/charters/2024-04-15.mdx', '2024-04-15', ['নামজারি ও  জমাখারিজ', 'নামজারি ও জমাখারিজ'], ['অর্জিত ছুটি মঞ্জুর']),
    ] as unknown as Parameters<typeof officeServices>[0]);
    expect(found).toEqual({ charter: '2024-04-15', services: ['নামজারি ও জমাখারিজ', 'অর্জিত ছুটি মঞ্জুর'] });
    expect(officeServices([])).toBeUndefined();
  });
});
