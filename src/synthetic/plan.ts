/**
 * The plan of a synthetic country: the office hierarchy (division > district >
 * upazila > office, linked by `parent`), and for each office which documents it
 * has and when (a few offices stale on purpose). Deterministic per seed: every
 * office draws from its own random stream keyed by (seed, office id). What the
 * files say is ./office-writer.ts.
 */
import { toBengaliDigits } from '../domain/bengali-digits.ts';
import { addDays, fiscalQuarterOf, previousQuarter, type FiscalQuarter } from '../domain/fiscal-year.ts';
import { DIVISIONS, DISTRICT_OFFICE_TYPES, UNION_OFFICE, UPAZILA_NAMES, UPAZILA_OFFICE_TYPES, type Place } from './geography.ts';
import { randomFor } from './random.ts';
import { SETTERS, SETTERS_FROM } from './standards.ts';

export interface GenerateOptions {
  /** Number of offices. */
  offices: number;
  seed: string;
  /** The "today" the content is fresh for (ISO). Fixed by default so output never depends on the clock. */
  asOf: string;
  /** Exact number of pages (office pages + documents) instead of `offices`. */
  pages?: number | undefined;
  /** Share of offices (0 to 1) that stopped updating long ago; the freshness gate fails a build that has any. */
  staleShare?: number | undefined;
}

/** The repository's pinned freshness date (policy/freshness.yaml), so a default synthetic tree passes the gate as the sample does. */
export const DEFAULT_AS_OF = '2024-05-01';
export const DEFAULT_STALE_SHARE = 0.05;
/** Average pages per office (1 office page + documents), used to turn a page target into an office count. */
export const PAGES_PER_OFFICE = 8.3;

/** One office in the plan: where it sits in the hierarchy and what it is called. */
export interface OfficePlan {
  id: string;
  kind: 'ministry' | 'division' | 'directorate' | 'divisional-office' | 'district-office' | 'upazila-office' | 'other';
  /** Which office it is among its kind (`upazila-land`): standard services are set by category. */
  category?: string;
  parent?: string;
  nameBn: string;
  nameEn: string;
  head: string;
  domain: string;
  /** Place name for addresses. */
  address: string;
  /** Latin host name part for the website. */
  host: string;
  /** GitHub teams that review the office's content (office.yaml `reviewers`, written to CODEOWNERS). */
  reviewers: string[];
}

/** The GitHub organisation the synthetic reviewers' teams belong to. */
export const SYNTHETIC_GITHUB_ORG = 'synthetic-bd';

/**
 * Who reviews an office, as a national rollout would arrange it: the e-service team of
 * the office that supervises it (the divisional commissioner's for itself, the deputy
 * commissioner's for the district's offices, the UNO's for the upazila's offices), and
 * for about one office in eight its own team as well. Derived from the id, not drawn
 * from the random stream, so every other value of the tree stays as it was.
 */
function reviewersOf(id: string, supervisor: string): string[] {
  const team = (name: string) => `@${SYNTHETIC_GITHUB_ORG}/${name}`;
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return id !== supervisor && h % 8 === 0 ? [team(supervisor), team(id)] : [team(supervisor)];
}

export interface DocPlan {
  kind: 'charter' | 'minutes' | 'order';
  date: string;
  orderKind?: 'monitoring-committee' | 'focal-point' | 'innovation' | 'other';
  /** Extra circulars added to reach a page count are numbered, so their file names differ. */
  extra?: number;
}

export interface OfficeDocs {
  plan: OfficePlan;
  stale: boolean;
  joinedOn: string;
  docs: DocPlan[];
}

export interface GeneratedFile {
  /** Relative to the content root, `/`-separated: `offices/<id>/...`. */
  path: string;
  content: string | Uint8Array;
}

/** The office hierarchy for `count` offices, shaped like the country (8 divisions, 64 districts, 495 upazilas at ~10,000 offices). */
export function planOffices(count: number): OfficePlan[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`the number of offices must be a whole number of at least 1, not ${count}`);
  const scale = (n: number, max: number) => Math.max(1, Math.min(max, Math.round((n * count) / 10_000)));
  let nDistricts = scale(64, 64);
  let nUpazilas = Math.max(nDistricts, scale(495, 495));
  let nDivisions = scale(8, 8);
  // Enough divisions to hold the districts (divisions have 4 to 13 districts).
  while (DIVISIONS.slice(0, nDivisions).reduce((n, d) => n + d.districts.length, 0) < nDistricts) nDivisions++;
  // Small trees: keep the levels, drop what does not fit.
  nDistricts = Math.min(nDistricts, Math.max(0, count - nDivisions));
  nUpazilas = Math.min(nUpazilas, Math.max(0, count - nDivisions - nDistricts));
  nDivisions = Math.min(nDivisions, count);
  // A country large enough has the ministries and directorates that set its standard services (./standards.ts).
  const setters = count >= SETTERS_FROM ? SETTERS : [];
  const rest = count - nDivisions - nDistricts - nUpazilas - setters.length;
  const nDistrictLine = Math.min(nDistricts * DISTRICT_OFFICE_TYPES.length, Math.round((rest * 512) / 9_400));
  const nUpazilaLine = rest - nDistrictLine;

  const plans: OfficePlan[] = setters.map((setter) => ({ ...setter, reviewers: reviewersOf(setter.id, setter.id) }));
  const divisions = DIVISIONS.slice(0, nDivisions);
  for (const d of divisions) {
    plans.push({
      id: `divcom-${d.slug}`,
      kind: 'divisional-office',
      category: 'divcom',
      nameBn: `বিভাগীয় কমিশনারের কার্যালয়, ${d.bn}`,
      nameEn: `Divisional Commissioner's Office, ${d.en}`,
      head: 'বিভাগীয় কমিশনার',
      domain: 'mopa.gov.bd',
      address: `${d.bn} বিভাগ, ${d.bn}।`,
      host: d.slug,
      reviewers: reviewersOf(`divcom-${d.slug}`, `divcom-${d.slug}`),
    });
  }
  // Districts round-robin over the divisions, so every division gets some.
  const districts: { place: Place; division: Place }[] = [];
  for (let i = 0; districts.length < nDistricts; i++) {
    for (const d of divisions) {
      const place = d.districts[i];
      if (place && districts.length < nDistricts) districts.push({ place, division: d });
    }
  }
  for (const { place, division } of districts) {
    plans.push({
      id: `dc-${place.slug}`,
      kind: 'district-office',
      category: 'dc',
      parent: `divcom-${division.slug}`,
      nameBn: `জেলা প্রশাসকের কার্যালয়, ${place.bn}`,
      nameEn: `Deputy Commissioner's Office, ${place.en}`,
      head: 'জেলা প্রশাসক',
      domain: 'mopa.gov.bd',
      address: `${place.bn}`,
      host: place.slug,
      reviewers: reviewersOf(`dc-${place.slug}`, `dc-${place.slug}`),
    });
  }
  for (let i = 0; i < nDistrictLine; i++) {
    const district = districts[i % districts.length];
    const type = DISTRICT_OFFICE_TYPES[Math.floor(i / districts.length)];
    if (!district || !type) break;
    plans.push({
      id: `${district.place.slug}-${type.slug}`,
      kind: 'district-office',
      category: `district-${type.slug}`,
      parent: `dc-${district.place.slug}`,
      nameBn: `${type.bn}, ${district.place.bn}`,
      nameEn: `${type.en}, ${district.place.en}`,
      head: type.head,
      domain: type.domain,
      address: district.place.bn,
      host: `${type.slug}.${district.place.slug}`,
      reviewers: reviewersOf(`${district.place.slug}-${type.slug}`, `dc-${district.place.slug}`),
    });
  }
  const upazilas: { key: string; bn: string; en: string; district: Place }[] = [];
  for (let i = 0; i < nUpazilas; i++) {
    const district = districts[i % districts.length];
    if (!district) break;
    const n = Math.floor(i / districts.length);
    const name = n === 0 ? { bn: `${district.place.bn} সদর`, en: `${district.place.en} Sadar` } : UPAZILA_NAMES[(n - 1 + i) % UPAZILA_NAMES.length];
    if (!name) break;
    upazilas.push({ key: `${district.place.slug}-${String(n + 1).padStart(2, '0')}`, bn: name.bn, en: name.en, district: district.place });
  }
  for (const u of upazilas) {
    plans.push({
      id: `uno-${u.key}`,
      kind: 'upazila-office',
      category: 'uno',
      parent: `dc-${u.district.slug}`,
      nameBn: `উপজেলা নির্বাহী অফিসারের কার্যালয়, ${u.bn}, ${u.district.bn}`,
      nameEn: `Upazila Nirbahi Officer's Office, ${u.en}, ${u.district.en}`,
      head: 'উপজেলা নির্বাহী অফিসার',
      domain: 'mopa.gov.bd',
      address: `${u.bn}, ${u.district.bn}`,
      host: `${u.key}`,
      reviewers: reviewersOf(`uno-${u.key}`, `uno-${u.key}`),
    });
  }
  for (let i = 0; i < nUpazilaLine; i++) {
    const u = upazilas[i % upazilas.length];
    if (!u) break;
    const n = Math.floor(i / upazilas.length);
    const type = UPAZILA_OFFICE_TYPES[n];
    const union = n - UPAZILA_OFFICE_TYPES.length + 1;
    plans.push(
      type
        ? {
            id: `${u.key}-${type.slug}`,
            kind: 'upazila-office',
            category: `upazila-${type.slug}`,
            parent: `uno-${u.key}`,
            nameBn: `${type.bn}, ${u.bn}, ${u.district.bn}`,
            nameEn: `${type.en}, ${u.en}, ${u.district.en}`,
            head: type.head,
            domain: type.domain,
            address: `${u.bn}, ${u.district.bn}`,
            host: `${type.slug}.${u.key}`,
            reviewers: reviewersOf(`${u.key}-${type.slug}`, `uno-${u.key}`),
          }
        : {
            id: `${u.key}-up-${String(union).padStart(2, '0')}`,
            kind: 'other',
            category: 'union-parishad',
            parent: `uno-${u.key}`,
            nameBn: `${toBengaliDigits(union)} নং ${UNION_OFFICE.bn}, ${u.bn}, ${u.district.bn}`,
            nameEn: `${UNION_OFFICE.en} No. ${union}, ${u.en}, ${u.district.en}`,
            head: UNION_OFFICE.head,
            domain: UNION_OFFICE.domain,
            address: `${u.bn}, ${u.district.bn}`,
            host: `up${union}.${u.key}`,
            reviewers: reviewersOf(`${u.key}-up-${String(union).padStart(2, '0')}`, `uno-${u.key}`),
          },
    );
  }
  return plans;
}

/** Which documents an office has, and when: for each quarter since it joined, a charter revision, a monitoring meeting and a committee order. */
export function planDocs(plan: OfficePlan, options: GenerateOptions): OfficeDocs {
  const random = randomFor(options.seed, plan.id, 'plan');
  const stale = random.chance(options.staleShare ?? DEFAULT_STALE_SHARE);
  // A stale office stopped updating 1.5 to 3 years before the as-of date.
  const latest = stale ? addDays(options.asOf, -random.int(550, 1100)) : options.asOf;
  const covered = random.int(1, 3);
  const quarters: FiscalQuarter[] = [fiscalQuarterOf(latest)];
  for (let i = 1; i <= covered; i++) quarters.push(previousQuarter(quarters[i - 1] as FiscalQuarter));
  // The office joined in the quarter before the first one it reports on, so the quarterly rules apply exactly from there.
  const joinedQuarter = quarters.pop() as FiscalQuarter;
  const dayIn = (q: FiscalQuarter, from = 0) => {
    const end = q.end < latest ? q.end : latest;
    const span = Math.max(0, dayDiff(q.start, end));
    const start = Math.min(from, span);
    return addDays(q.start, start + random.int(0, Math.min(span - start, 45)));
  };
  const docs: DocPlan[] = [];
  for (const q of quarters) {
    docs.push({ kind: 'charter', date: dayIn(q) });
    docs.push({ kind: 'minutes', date: dayIn(q, 20) });
    docs.push({ kind: 'order', orderKind: 'monitoring-committee', date: dayIn(q, 5) });
  }
  docs.push({ kind: 'order', orderKind: 'focal-point', date: dayIn(quarters.at(-1) as FiscalQuarter) });
  if (random.chance(0.3))
    docs.push({
      kind: 'order',
      orderKind: random.chance(0.5) ? 'innovation' : 'other',
      date: dayIn(quarters[random.int(0, quarters.length - 1)] as FiscalQuarter, 10),
    });
  return { plan, stale, joinedOn: addDays(joinedQuarter.end, -random.int(0, 60)), docs: dedupeDates(docs) };
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// Two documents of a kind on one day would be one file; keep the first.
function dedupeDates(docs: DocPlan[]): DocPlan[] {
  const seen = new Set<string>();
  return docs.filter((d) => {
    const key = `${d.kind}:${d.orderKind ?? ''}:${d.date}:${d.extra ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const pageCount = (all: OfficeDocs[]) => all.reduce((n, o) => n + 1 + o.docs.length, 0);

/**
 * Offices and documents for an exact page count: as many offices as fit, then
 * extra circulars (orders that no freshness rule counts) to fill up, so hitting
 * the count never makes a fresh office stale.
 */
export function planForPages(pages: number, options: GenerateOptions): OfficeDocs[] {
  let count = Math.max(1, Math.round(pages / PAGES_PER_OFFICE));
  let all = planOffices(count).map((p) => planDocs(p, options));
  while (count > 1 && pageCount(all) > pages) {
    count = Math.max(1, count - Math.ceil((pageCount(all) - pages) / PAGES_PER_OFFICE));
    all = planOffices(count).map((p) => planDocs(p, options));
  }
  // One office alone can have more pages than asked for: then drop its newest documents.
  for (const office of all) while (pageCount(all) > pages && office.docs.length > 0) office.docs.pop();
  for (let i = 0; pageCount(all) < pages; i++) {
    const office = all[i % all.length] as OfficeDocs;
    const random = randomFor(options.seed, office.plan.id, 'extra', i);
    office.docs.push({ kind: 'order', orderKind: 'other', extra: Math.floor(i / all.length) + 1, date: addDays(office.joinedOn, random.int(1, 90)) });
  }
  return all;
}
