/**
 * WHERE A STANDARD SERVICE IS RESOLVED: a charter row `standard: <setter>/<service>` becomes
 * the `Service` the pages, print, JSON, search and the CMS preview show, from the standard's
 * version in force on a day, with the office's own details, its stated deviation and an
 * announced upcoming version (contract 4). Pure: standards in, services out; reading the
 * files is src/content-model/standards.ts.
 *
 * The day a charter is resolved on: the current charter on the build's day (its promise
 * follows the standard); a superseded charter on its last day in force, so its dated page
 * stays the record of what it promised then.
 */
import { ANNOUNCE_DAYS, STANDARD_FIELDS, type Charter, type CharterFile, type Service, type ServiceRow, type StandardField } from '../schemas/index.ts';
import type { LegalBasis, StandardInfo, StandardService, StandardVersion } from '../schemas/index.ts';
import { toAsciiDigits } from './bengali-digits.ts';
import { dayNumber, isoFromDayNumber } from './iso-date.ts';
import { collapseWhitespace, normalizeBengali } from './text.ts';

export type ChangeField = StandardField | 'legalBasis';
export const CHANGE_FIELDS: readonly ChangeField[] = [...STANDARD_FIELDS, 'legalBasis'];

/** A standard and its reference, as the resolver and the checks read it. */
export interface StandardEntry {
  ref: string;
  standard: StandardService;
}

/** Finds a standard by its reference; undefined when there is none. */
export type StandardLookup = (ref: string) => StandardService | undefined;

/** The setter office and the service id of a reference. */
export function splitRef(ref: string): { setter: string; id: string } {
  const at = ref.indexOf('/');
  return { setter: ref.slice(0, at), id: ref.slice(at + 1) };
}

const byDate = (a: StandardVersion, b: StandardVersion) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0);

/** Versions oldest first. */
export function versionsOf(standard: StandardService): StandardVersion[] {
  return [...standard.versions].sort(byDate);
}

/** The version in force on `day` (the latest that took effect on or before it); the first one when none has yet. */
export function versionOn(standard: StandardService, day: string): StandardVersion {
  const versions = versionsOf(standard);
  return versions.filter((v) => v.effectiveFrom <= day).at(-1) ?? (versions[0] as StandardVersion);
}

/** The next version after `day`, when it takes effect within ANNOUNCE_DAYS (its announcement has begun). */
export function announcedOn(standard: StandardService, day: string): StandardVersion | undefined {
  const next = versionsOf(standard).find((v) => v.effectiveFrom > day);
  return next && announcementStarts(next.effectiveFrom) <= day ? next : undefined;
}

/** The first day a version taking effect on `effectiveFrom` is announced. */
export function announcementStarts(effectiveFrom: string): string {
  return isoFromDayNumber(dayNumber(effectiveFrom) - ANNOUNCE_DAYS);
}

/**
 * What a page using the standard shows on `day`, as a short key: the version in force and
 * the one announced. Two days with the same phase give the same pages, so an office's input
 * key holds the phase of each standard it uses, and the nightly build rebuilds exactly the
 * offices using a standard on the days its phase changes (changeDays).
 */
export function standardPhase(standard: StandardService, day: string): string {
  return `${versionOn(standard, day).effectiveFrom}+${announcedOn(standard, day)?.effectiveFrom ?? '-'}`;
}

/** The days on which a standard's pages change without its file changing: each later version's announcement and effect. */
export function changeDays(standard: StandardService): string[] {
  return versionsOf(standard)
    .slice(1)
    .flatMap((v) => [announcementStarts(v.effectiveFrom), v.effectiveFrom]);
}

const canon = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? collapseWhitespace(normalizeBengali(v)) : v));

/** The fields in which two versions differ. */
export function changedFields(before: Pick<StandardVersion, ChangeField>, after: Pick<StandardVersion, ChangeField>): ChangeField[] {
  return CHANGE_FIELDS.filter((field) => canon(before[field]) !== canon(after[field]));
}

/** One line naming a legal basis: title, section, memo number and date, as printed. */
export function basisLine(basis: LegalBasis): string {
  return [basis.title, basis.section, basis.memo ? `স্মারক ${basis.memo}` : undefined, basis.date].filter(Boolean).join(', ');
}

/** Which offices a standard is for: their kind and the offices above them. */
export interface OfficePlace {
  kind: string;
  /** Its category among offices of its kind (office.yaml's `category`), when it has one. */
  category?: string | undefined;
  /** The office's ancestors' ids (its parent first); the office itself excluded. */
  ancestors: readonly string[];
}

/** Whether the standard is for an office of this kind under these offices. */
export function appliesTo(standard: Pick<StandardService, 'appliesTo'>, office: OfficePlace): boolean {
  const { kinds, categories, under } = standard.appliesTo;
  if (kinds.length > 0 && !kinds.includes(office.kind as (typeof kinds)[number])) return false;
  if (categories.length > 0 && (office.category === undefined || !categories.includes(office.category))) return false;
  return under === undefined || office.ancestors.includes(under);
}

/** The words "for whom" in plain English, for a maintainer's message. */
export function describeAppliesTo(standard: Pick<StandardService, 'appliesTo'>): string {
  const { kinds, categories, under } = standard.appliesTo;
  const kindText = [kinds.length ? `of kind ${kinds.join(' or ')}` : '', categories.length ? `of category ${categories.join(' or ')}` : '']
    .filter(Boolean)
    .join(' and ');
  const what = `offices${kindText ? ` ${kindText}` : ''}`;
  return under ? `${what} under ${under}` : what;
}

/**
 * The key a service name is compared by: NFC and Bengali folds, digits in ASCII, without a
 * serial or count in brackets ("নামজারি ও জমাখারিজ (৬)"), punctuation and the filler words
 * charters add ("প্রদান", "সংক্রান্ত"), one space between words.
 */
export function serviceNameKey(name: string): string {
  const folded = toAsciiDigits(normalizeBengali(name))
    .toLowerCase()
    .replace(/\(\s*[0-9]+\s*\)|\[\s*[0-9]+\s*\]/g, ' ')
    .replace(/^[\s0-9.)।-]+/, '')
    .replace(/[,.;:!?।()[\]"'“”‘’/\\-]+/g, ' ');
  return folded
    .split(/\s+/)
    .filter((w) => w && !FILLER_WORDS.has(w))
    .join(' ');
}

/** Words charters add to a service's name without changing which service it is. */
const FILLER_WORDS = new Set(['প্রদান', 'সংক্রান্ত', 'বিষয়ক', 'সেবা', 'সম্পর্কিত', 'এর', 'করণ', 'ও', 'এবং', 'service', 'of', 'and']);

/** Whether a printed service name is this standard's name or one of its aliases, by meaning. */
export function namesStandard(name: string, standard: Pick<StandardService, 'name' | 'aliases'>): boolean {
  const key = serviceNameKey(name);
  if (!key) return false;
  return [standard.name, ...standard.aliases].some((n) => serviceNameKey(n) === key);
}

/** The standard (among those for an office) that a printed name names, if any. */
export function standardNamed(name: string, candidates: readonly StandardEntry[]): StandardEntry | undefined {
  return candidates.find((c) => namesStandard(name, c.standard));
}

/** A fee compared by meaning: the kind and the amount (the printed text may differ in digits and spacing). */
export function sameFee(a: Service['fee'] | undefined, b: Service['fee'] | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'free' || b.kind === 'free') return true;
  if (a.amount !== undefined && b.amount !== undefined) return a.amount === b.amount;
  return canon(a.text) === canon(b.text);
}

/** A time limit compared by meaning: value and unit when both have them, else the printed text. */
export function sameTimeLimit(a: Service['timeLimit'] | undefined, b: Service['timeLimit'] | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.unit !== undefined && b.unit !== undefined) return a.unit === b.unit && a.value === b.value;
  return canon(a.text) === canon(b.text);
}

/** Resolve one row on `day`. A row of the office's own comes back as it is (papers defaulted). */
export function resolveRow(row: ServiceRow, lookup: StandardLookup, day: string): Service | undefined {
  const own = <K extends keyof ServiceRow>(key: K) => (row[key] === undefined ? {} : { [key]: row[key] });
  const local = { ...own('number'), officer: row.officer, ...own('room'), ...own('remarks') };
  if (row.standard === undefined) {
    return {
      ...own('number'),
      name: row.name ?? '',
      delivery: row.delivery ?? '',
      papers: row.papers ?? [],
      fee: row.fee ?? { kind: 'free' },
      timeLimit: row.timeLimit ?? { text: '' },
      officer: row.officer,
      ...own('room'),
      ...own('remarks'),
    } as Service;
  }
  const standard = lookup(row.standard);
  if (!standard) return undefined;
  const version = versionOn(standard, day);
  const deviating = STANDARD_FIELDS.filter((key) => row[key] !== undefined && canon(row[key]) !== canon(version[key]));
  const next = announcedOn(standard, day);
  const info: StandardInfo = {
    ref: row.standard,
    effectiveFrom: version.effectiveFrom,
    legalBasis: version.legalBasis,
    ...(row.deviation !== undefined && deviating.length > 0
      ? {
          deviation: {
            reason: row.deviation,
            fields: deviating,
            standard: Object.fromEntries(deviating.map((key) => [key, version[key]])),
          },
        }
      : {}),
    ...(next ? { upcoming: upcomingOf(version, next) } : {}),
  };
  const pick = <K extends StandardField>(key: K): StandardVersion[K] =>
    (row[key] !== undefined && row.deviation !== undefined ? row[key] : version[key]) as StandardVersion[K];
  return {
    ...local,
    name: standard.name,
    delivery: pick('delivery'),
    papers: pick('papers'),
    fee: pick('fee'),
    timeLimit: pick('timeLimit'),
    standard: info,
  } as Service;
}

function upcomingOf(current: StandardVersion, next: StandardVersion): NonNullable<StandardInfo['upcoming']> {
  const fields = changedFields(current, next);
  return {
    effectiveFrom: next.effectiveFrom,
    fields,
    ...Object.fromEntries(fields.map((key) => [key, next[key]])),
    ...(next.note ? { note: next.note } : {}),
  };
}

/** The changes to the standards a charter uses that took effect after its date and on or before `day`, oldest first. */
export function standardChanges(refs: readonly string[], lookup: StandardLookup, since: string, day: string): Charter['standardChanges'] {
  const out: Charter['standardChanges'] = [];
  for (const ref of [...new Set(refs)].sort()) {
    const standard = lookup(ref);
    if (!standard) continue;
    const versions = versionsOf(standard);
    versions.forEach((version, i) => {
      const before = versions[i - 1];
      if (!before || version.effectiveFrom <= since || version.effectiveFrom > day) return;
      const basis = version.legalBasis.find((b) => !before.legalBasis.some((old) => canon(old) === canon(b))) ?? version.legalBasis[0];
      out.push({
        ref,
        name: standard.name,
        effectiveFrom: version.effectiveFrom,
        fields: changedFields(before, version),
        ...(version.note ? { note: version.note } : {}),
        ...(basis ? { basis: basisLine(basis) } : {}),
      });
    });
  }
  return out.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.ref < b.ref ? -1 : 1));
}

/** The standards a charter's rows name, in order, each once. */
export function standardRefsOf(charter: Pick<CharterFile, 'services'>): string[] {
  const refs: string[] = [];
  for (const section of ['citizen', 'office', 'internal'] as const)
    for (const row of charter.services?.[section]?.services ?? []) if (row?.standard && !refs.includes(row.standard)) refs.push(row.standard);
  return refs;
}

/** A reference a charter makes to a standard that does not exist: its place, for the resolver's caller. */
export interface MissingStandard {
  section: 'citizen' | 'office' | 'internal';
  index: number;
  ref: string;
}

/**
 * A charter file as the pages show it on `day` (see the top of this file for which day). Rows
 * naming a missing standard are left out and returned in `missing` (the validator refuses
 * such a charter before any page is built).
 */
export function resolveCharter(charter: CharterFile, lookup: StandardLookup, day: string): { charter: Charter; missing: MissingStandard[] } {
  const missing: MissingStandard[] = [];
  const services = {} as Charter['services'];
  for (const section of ['citizen', 'office', 'internal'] as const) {
    // A half-typed charter (the CMS preview) may lack a section or its rows.
    const given = charter.services?.[section] ?? { services: [] };
    const rows: Service[] = [];
    (given.services ?? []).forEach((row, index) => {
      if (!row || typeof row !== 'object') return;
      const service = resolveRow(row, lookup, day);
      if (service) rows.push(service);
      else missing.push({ section, index, ref: row.standard ?? '' });
    });
    services[section] = { ...(given.heading !== undefined ? { heading: given.heading } : {}), services: rows };
  }
  return {
    charter: { ...charter, services, standardChanges: standardChanges(standardRefsOf(charter), lookup, charter.effectiveDate, day) },
    missing,
  };
}

/**
 * The day each charter of an office is resolved on: the newest on `asOf`, an older one on the
 * day before the next one took effect (never after `asOf`). Keys: the charters' effective dates.
 */
export function resolutionDays(effectiveDates: readonly string[], asOf: string): Map<string, string> {
  const dates = [...new Set(effectiveDates)].sort();
  const days = new Map<string, string>();
  dates.forEach((date, i) => {
    const next = dates[i + 1];
    const lastDay = next ? isoFromDayNumber(dayNumber(next) - 1) : asOf;
    days.set(date, lastDay < asOf ? lastDay : asOf);
  });
  return days;
}
