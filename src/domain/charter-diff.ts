/**
 * What changed in meaning between two content snapshots, in plain words: the
 * diff a maintainer reads before approving a pull request that changes what an
 * office promises its citizens.
 *
 * Values are compared after Bengali normalisation and whitespace collapsing,
 * and objects by their fields, never by their place in the file: moving a
 * field, re-indenting YAML or re-wrapping a paragraph is not a change. Services
 * are matched by name (then by similar name: a rename), never by position alone,
 * so reordering rows is not a change either.
 *
 * Pure: snapshots in, changes out. Reading snapshots from git is the CLI's job.
 */
import type { ContentSnapshot, SnapshotFile } from '../core/snapshot.ts';
import { formatGregorianDateBn, isIsoDate, toAsciiDigits, toBengaliDigits } from './bengali-digits.ts';
import { collapseWhitespace, normalizeBengali } from './text.ts';

export type ChangeType =
  | 'office-added'
  | 'office-removed'
  | 'office-field'
  | 'focal-point'
  | 'charter-added'
  | 'charter-removed'
  | 'service-added'
  | 'service-removed'
  | 'service-renamed'
  | 'service-moved'
  | 'delivery'
  | 'fee'
  | 'time-limit'
  | 'papers-added'
  | 'papers-removed'
  | 'officer'
  | 'officer-contact'
  | 'remarks'
  | 'grs-added'
  | 'grs-removed'
  | 'grs-officer'
  | 'grs-contact'
  | 'grs-time-limit'
  | 'grs-field'
  | 'vision'
  | 'mission'
  | 'expectation-added'
  | 'expectation-removed'
  | 'charter-field'
  | 'minutes-added'
  | 'minutes-removed'
  | 'agenda-added'
  | 'agenda-removed'
  | 'decision-added'
  | 'decision-removed'
  | 'decision-changed'
  | 'minutes-field'
  | 'order-added'
  | 'order-removed'
  | 'appointment-added'
  | 'appointment-removed'
  | 'order-field'
  | 'body'
  | 'unreadable';

export interface ContentChange {
  type: ChangeType;
  officeId: string;
  /** Path under the content root of the file the change is in (head side; base side for removals). */
  file: string;
  kind: SnapshotFile['kind'];
  /** What the change is about, as printed: a service's name, an agenda item, a GRS level, a person. */
  subject?: string;
  /** Charter section of a service: citizen, office or internal. */
  section?: string;
  /** The field, for generic field changes (`title`, `signatory`, `focalPoint.phone`). */
  field?: string;
  before?: string;
  after?: string;
}

// ---------------------------------------------------------------------------
// Normalised comparison

/** The comparison key of a text: NFC, one nukta form, no zero-width joiners, collapsed whitespace. */
export function normText(value: unknown): string {
  return collapseWhitespace(normalizeBengali(String(value ?? '')));
}

/** A canonical string of any value: keys sorted, strings normalised, empty values dropped. */
function canon(value: unknown): string {
  return JSON.stringify(canonical(value));
}
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return normText(value) || undefined;
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}
const same = (a: unknown, b: unknown) => canon(a) === canon(b);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? collapseWhitespace(v) : typeof v === 'object' ? show(v) : String(v));

/** A value shown in a sentence: text as printed, lists joined, a person by name and designation. */
function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return collapseWhitespace(value);
  if (Array.isArray(value)) return value.map(show).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Obj;
    if ('name' in o || 'designation' in o) return [o['name'], o['designation']].map(str).filter(Boolean).join(', ');
    if ('text' in o) return str(o['text']);
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(', ');
  }
  return String(value);
}

/** Similarity of two texts, 0..1: Dice coefficient over character bigrams of the normalised text. */
export function similarity(a: string, b: string): number {
  const x = normText(a);
  const y = normText(b);
  if (x === y) return 1;
  const grams = (s: string) => {
    const chars = [...s];
    const m = new Map<string, number>();
    for (let i = 0; i < chars.length - 1; i++) {
      const g = `${chars[i]}${chars[i + 1]}`;
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let overlap = 0;
  let total = 0;
  for (const [g, n] of gx) overlap += Math.min(n, gy.get(g) ?? 0);
  for (const n of gx.values()) total += n;
  for (const n of gy.values()) total += n;
  return total === 0 ? 0 : (2 * overlap) / total;
}

/**
 * Pair items of two lists: first equal keys (in order), then the most similar
 * remaining pairs above `threshold`. Returns pairs and the unpaired leftovers.
 */
function pairUp<T>(base: T[], head: T[], key: (t: T) => string, threshold: number, score: (a: T, b: T) => number = (a, b) => similarity(key(a), key(b))) {
  const pairs: { before: T; after: T; exact: boolean }[] = [];
  const leftBase = new Set(base.map((_, i) => i));
  const leftHead = new Set(head.map((_, i) => i));
  for (const i of [...leftBase]) {
    const k = normText(key(base[i] as T));
    const j = [...leftHead].find((jj) => normText(key(head[jj] as T)) === k);
    if (j !== undefined) {
      pairs.push({ before: base[i] as T, after: head[j] as T, exact: true });
      leftBase.delete(i);
      leftHead.delete(j);
    }
  }
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const i of leftBase) for (const j of leftHead) candidates.push({ i, j, score: score(base[i] as T, head[j] as T) });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const c of candidates) {
    if (c.score < threshold) break;
    if (!leftBase.has(c.i) || !leftHead.has(c.j)) continue;
    pairs.push({ before: base[c.i] as T, after: head[c.j] as T, exact: false });
    leftBase.delete(c.i);
    leftHead.delete(c.j);
  }
  return { pairs, removed: [...leftBase].map((i) => base[i] as T), added: [...leftHead].map((j) => head[j] as T) };
}

// ---------------------------------------------------------------------------
// The diff

const SECTIONS = ['citizen', 'office', 'internal'] as const;
/** Services whose rename score is at least this are the same service, renamed. */
const RENAME_THRESHOLD = 0.6;
const SERVICE_FIELDS = ['delivery', 'papers', 'fee', 'timeLimit', 'officer'] as const;

/**
 * How likely two differently named services are one service renamed: mostly the
 * name (similar names), partly the rest of the row (same fee, time limit, officer).
 * "ট্রেড লাইসেন্স প্রদান" and "ট্রেড লাইসেন্স নবায়ন" have similar names, but with
 * every other column different they are two services, not a rename.
 */
function renameScore(a: { service: Obj }, b: { service: Obj }): number {
  const name = similarity(str(a.service['name']), str(b.service['name']));
  if (name < 0.45) return 0;
  const fields = SERVICE_FIELDS.filter((f) => same(a.service[f], b.service[f])).length / SERVICE_FIELDS.length;
  return 0.7 * name + 0.3 * fields;
}

const dateOf = (file: SnapshotFile): string => {
  const d = obj(file.data);
  return str(d['effectiveDate'] ?? d['meetingDate'] ?? d['date']) || (/(\d{4}-\d{2}-\d{2})/.exec(file.path)?.[1] ?? '');
};

/** Every change in meaning from `base` to `head`, grouped by file in path order. */
export function diffSnapshots(base: ContentSnapshot, head: ContentSnapshot): ContentChange[] {
  const changes: ContentChange[] = [];
  const baseByPath = new Map(base.map((f) => [f.path, f]));
  const headByPath = new Map(head.map((f) => [f.path, f]));

  for (const file of head) {
    const before = baseByPath.get(file.path);
    const at = { officeId: file.officeId, file: file.path, kind: file.kind };
    if (before) {
      diffFile(before, file, at, changes);
      continue;
    }
    const d = obj(file.data);
    switch (file.kind) {
      case 'office':
        changes.push({ ...at, type: 'office-added', subject: str(obj(d['name'])['bn']) || file.officeId });
        break;
      case 'charter': {
        // A new revision: say what it changes relative to the office's previous current charter.
        const previous = base
          .filter((f) => f.kind === 'charter' && f.officeId === file.officeId && dateOf(f) <= dateOf(file))
          .sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
          .at(-1);
        changes.push({ ...at, type: 'charter-added', subject: dateOf(file), ...(previous ? { before: dateOf(previous) } : {}) });
        if (previous) diffCharter(previous, file, at, changes);
        break;
      }
      case 'minutes':
        changes.push({ ...at, type: 'minutes-added', subject: str(d['title']), after: dateOf(file), field: String(decisionsOf(d).length) });
        break;
      case 'order':
        changes.push({ ...at, type: 'order-added', subject: str(d['subject']), after: dateOf(file), field: str(d['memoNumber']) });
        break;
    }
  }
  for (const file of base) {
    if (headByPath.has(file.path)) continue;
    const d = obj(file.data);
    const at = { officeId: file.officeId, file: file.path, kind: file.kind };
    const subject =
      file.kind === 'office' ? str(obj(d['name'])['bn']) || file.officeId : file.kind === 'order' ? str(d['subject']) : file.kind === 'minutes' ? str(d['title']) : dateOf(file);
    changes.push({ ...at, type: `${file.kind}-removed` as ChangeType, subject, before: dateOf(file) });
  }
  const order = new Map([...head, ...base].map((f, i) => [f.path, i]));
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : 0) || (order.get(a.c.file) ?? 0) - (order.get(b.c.file) ?? 0) || a.i - b.i)
    .map(({ c }) => c);
}

type At = Pick<ContentChange, 'officeId' | 'file' | 'kind'>;

function diffFile(before: SnapshotFile, after: SnapshotFile, at: At, out: ContentChange[]): void {
  // A file whose YAML does not parse has no fields to compare: say so once instead of listing every field as gone.
  if (before.data === undefined || after.data === undefined) {
    if (before.data !== undefined || after.data !== undefined) out.push({ ...at, type: 'unreadable', ...(after.data === undefined ? { after: 'head' } : { before: 'base' }) });
    return;
  }
  switch (after.kind) {
    case 'office':
      diffOffice(obj(before.data), obj(after.data), at, out);
      break;
    case 'charter':
      diffCharter(before, after, at, out);
      break;
    case 'minutes':
      diffMinutes(obj(before.data), obj(after.data), at, out);
      break;
    case 'order':
      diffOrder(obj(before.data), obj(after.data), at, out);
      break;
  }
  if (after.kind !== 'office' && normText(before.body) !== normText(after.body)) out.push({ ...at, type: 'body' });
}

/** Fields not handled specifically: one change per top-level field that differs. */
function diffRemaining(before: Obj, after: Obj, handled: ReadonlySet<string>, type: ChangeType, at: At, out: ContentChange[]): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !handled.has(k));
  for (const key of keys) {
    if (!same(before[key], after[key])) out.push({ ...at, type, field: key, before: show(before[key]), after: show(after[key]) });
  }
}

function diffOffice(before: Obj, after: Obj, at: At, out: ContentChange[]): void {
  for (const role of ['focalPoint', 'alternateFocalPoint']) {
    const b = obj(before[role]);
    const a = obj(after[role]);
    if (same(b, a)) continue;
    out.push({ ...at, type: 'focal-point', field: role, before: show(b), after: show(a) });
  }
  diffRemaining(before, after, new Set(['focalPoint', 'alternateFocalPoint']), 'office-field', at, out);
}

// --- charters

interface SectionService {
  section: string;
  service: Obj;
}

function servicesOf(charter: Obj): SectionService[] {
  const services = obj(charter['services']);
  return SECTIONS.flatMap((section) => arr(obj(services[section])['services']).map((s) => ({ section, service: obj(s) })));
}

function diffCharter(beforeFile: SnapshotFile, afterFile: SnapshotFile, at: At, out: ContentChange[]): void {
  const before = obj(beforeFile.data);
  const after = obj(afterFile.data);
  for (const field of ['vision', 'mission'] as const) {
    if (!same(before[field], after[field])) out.push({ ...at, type: field, before: str(before[field]), after: str(after[field]) });
  }

  // Services: by section, by name, then renames; a service that left one section for another is a move.
  const added: SectionService[] = [];
  const removed: SectionService[] = [];
  for (const section of SECTIONS) {
    const b = servicesOf(before).filter((s) => s.section === section);
    const a = servicesOf(after).filter((s) => s.section === section);
    const { pairs, removed: r, added: ad } = pairUp(b, a, (s) => str(s.service['name']), RENAME_THRESHOLD, renameScore);
    for (const pair of pairs) diffService(pair.before, pair.after, pair.exact, at, out);
    removed.push(...r);
    added.push(...ad);
  }
  const moved = pairUp(removed, added, (s) => str(s.service['name']), 1.01);
  for (const pair of moved.pairs) {
    out.push({ ...at, type: 'service-moved', subject: str(pair.after.service['name']), before: pair.before.section, after: pair.after.section, section: pair.after.section });
    diffService(pair.before, pair.after, true, at, out);
  }
  for (const s of moved.removed) out.push({ ...at, type: 'service-removed', subject: str(s.service['name']), section: s.section });
  for (const s of moved.added) out.push({ ...at, type: 'service-added', subject: str(s.service['name']), section: s.section });

  // Grievance redress: levels by their number.
  const grsBefore = new Map(arr(before['grs']).map((g, i) => [Number(obj(g)['level'] ?? i + 1), obj(g)]));
  const grsAfter = new Map(arr(after['grs']).map((g, i) => [Number(obj(g)['level'] ?? i + 1), obj(g)]));
  for (const level of [...new Set([...grsBefore.keys(), ...grsAfter.keys()])].sort((x, y) => x - y)) {
    const b = grsBefore.get(level);
    const a = grsAfter.get(level);
    const subject = str(a?.['contact'] ?? b?.['contact']) || String(level);
    if (!b && a) out.push({ ...at, type: 'grs-added', subject, after: show(a['officer']) });
    else if (b && !a) out.push({ ...at, type: 'grs-removed', subject, before: show(b['officer']) });
    else if (a && b) {
      const ob = obj(b['officer']);
      const oa = obj(a['officer']);
      if (!same(pick(ob, PERSON_IDENTITY), pick(oa, PERSON_IDENTITY))) out.push({ ...at, type: 'grs-officer', subject, before: show(ob), after: show(oa) });
      if (!same(pick(ob, GRS_CONTACT), pick(oa, GRS_CONTACT))) out.push({ ...at, type: 'grs-contact', subject, before: contacts(ob, GRS_CONTACT), after: contacts(oa, GRS_CONTACT) });
      if (!same(b['timeLimit'], a['timeLimit'])) out.push({ ...at, type: 'grs-time-limit', subject, before: showTimeLimit(b['timeLimit']), after: showTimeLimit(a['timeLimit']) });
      for (const field of ['when', 'contact']) {
        if (!same(b[field], a[field])) out.push({ ...at, type: 'grs-field', subject, field, before: str(b[field]), after: str(a[field]) });
      }
    }
  }

  // Expectations: a list of sentences, compared as a set.
  const expectations = pairUp(arr(before['expectations']).map(str), arr(after['expectations']).map(str), (s) => s, 1.01);
  for (const e of expectations.removed) out.push({ ...at, type: 'expectation-removed', subject: e });
  for (const e of expectations.added) out.push({ ...at, type: 'expectation-added', subject: e });

  diffRemaining(before, after, new Set(['vision', 'mission', 'services', 'grs', 'expectations', 'effectiveDate']), 'charter-field', at, out);
  // A service section's printed heading is not a service.
  const headings = (c: Obj) => SECTIONS.map((s) => str(obj(obj(c['services'])[s])['heading']));
  headings(before).forEach((h, i) => {
    const a = headings(after)[i] ?? '';
    if (normText(h) !== normText(a)) out.push({ ...at, type: 'charter-field', field: `services.${SECTIONS[i]}.heading`, before: h, after: a });
  });
}

const PERSON_IDENTITY = ['name', 'designation', 'office'];
const PERSON_CONTACT = ['phone', 'email', 'website'];
const GRS_CONTACT = ['phone', 'email', 'website', 'address'];
const pick = (o: Obj, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const contacts = (o: Obj, keys: string[]) =>
  keys
    .flatMap((k) => arr(o[k]))
    .map(str)
    .filter(Boolean)
    .join(', ');

function showFee(fee: unknown): string {
  const f = obj(fee);
  const text = str(f['text']) || (f['kind'] === 'free' ? 'বিনামূল্যে' : '');
  // The amount only when the printed text does not already say it (১০০ টাকা says 100).
  const amount = f['amount'] !== undefined && !toAsciiDigits(text).includes(String(f['amount'])) ? `${String(f['amount'])} ৳` : '';
  return [text, amount, str(f['payment'])].filter(Boolean).join(' · ');
}

function showTimeLimit(limit: unknown): string {
  const t = obj(limit);
  return str(t['text']) || [t['value'], t['unit']].filter((v) => v !== undefined).join(' ');
}

function diffService(b: SectionService, a: SectionService, exactName: boolean, at: At, out: ContentChange[]): void {
  const before = b.service;
  const after = a.service;
  const subject = str(after['name']);
  const s = { ...at, subject, section: a.section };
  if (!exactName) out.push({ ...s, type: 'service-renamed', before: str(before['name']), after: subject });
  if (!same(before['delivery'], after['delivery'])) out.push({ ...s, type: 'delivery', before: str(before['delivery']), after: str(after['delivery']) });
  if (!same(before['fee'], after['fee'])) {
    // When the printed text stayed the same, show the structured values that moved (amount, kind).
    const [x, y] = [showFee(before['fee']), showFee(after['fee'])];
    out.push({ ...s, type: 'fee', before: x === y ? canonShow(before['fee']) : x, after: x === y ? canonShow(after['fee']) : y });
  }
  if (!same(before['timeLimit'], after['timeLimit'])) {
    const [x, y] = [showTimeLimit(before['timeLimit']), showTimeLimit(after['timeLimit'])];
    out.push({ ...s, type: 'time-limit', before: x === y ? canonShow(before['timeLimit']) : x, after: x === y ? canonShow(after['timeLimit']) : y });
  }
  const papers = pairUp(arr(before['papers']).map(str), arr(after['papers']).map(str), (p) => p, 1.01);
  for (const p of papers.added) out.push({ ...s, type: 'papers-added', after: p });
  for (const p of papers.removed) out.push({ ...s, type: 'papers-removed', before: p });
  const ob = obj(before['officer']);
  const oa = obj(after['officer']);
  if (!same(pick(ob, PERSON_IDENTITY), pick(oa, PERSON_IDENTITY))) out.push({ ...s, type: 'officer', before: show(ob), after: show(oa) });
  if (!same(pick(ob, PERSON_CONTACT), pick(oa, PERSON_CONTACT))) {
    out.push({ ...s, type: 'officer-contact', before: contacts(ob, PERSON_CONTACT), after: contacts(oa, PERSON_CONTACT) });
  }
  if (!same(before['remarks'], after['remarks'])) out.push({ ...s, type: 'remarks', before: str(before['remarks']), after: str(after['remarks']) });
}

/** Every field of a small object, for when the printed text stayed and only the structured value moved. */
function canonShow(value: unknown): string {
  const c = canonical(value);
  return c && typeof c === 'object' ? Object.entries(c as Obj).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`).join(', ') : String(c ?? '');
}

// --- minutes

interface FlatDecision {
  topic: string;
  decision: Obj;
}

function decisionsOf(minutes: Obj): FlatDecision[] {
  return arr(minutes['agenda']).flatMap((item) => arr(obj(item)['decisions']).map((d) => ({ topic: str(obj(item)['topic']), decision: obj(d) })));
}

function diffMinutes(before: Obj, after: Obj, at: At, out: ContentChange[]): void {
  const topics = pairUp(arr(before['agenda']).map(obj), arr(after['agenda']).map(obj), (i) => str(i['topic']), RENAME_THRESHOLD);
  for (const item of topics.removed) out.push({ ...at, type: 'agenda-removed', subject: str(item['topic']) });
  for (const item of topics.added) out.push({ ...at, type: 'agenda-added', subject: str(item['topic']) });
  for (const { before: b, after: a } of topics.pairs) {
    for (const field of ['topic', 'discussion']) {
      if (!same(b[field], a[field])) out.push({ ...at, type: 'minutes-field', subject: str(a['topic']), field: `agenda.${field}`, before: str(b[field]), after: str(a[field]) });
    }
  }

  const decisions = pairUp(decisionsOf(before), decisionsOf(after), (d) => str(d.decision['text']), 0.7);
  for (const { before: b, after: a } of decisions.pairs) {
    if (same(b.decision, a.decision)) continue;
    const fields = ['text', 'implementedBy', 'dueDate', 'dueText'].filter((f) => !same(b.decision[f], a.decision[f]));
    out.push({
      ...at,
      type: 'decision-changed',
      subject: a.topic,
      field: fields.join(', '),
      before: fields.map((f) => str(b.decision[f])).filter(Boolean).join(' · '),
      after: fields.map((f) => str(a.decision[f])).filter(Boolean).join(' · '),
    });
  }
  for (const d of decisions.removed) out.push({ ...at, type: 'decision-removed', subject: d.topic, before: str(d.decision['text']) });
  for (const d of decisions.added) {
    const who = str(d.decision['implementedBy']);
    out.push({ ...at, type: 'decision-added', subject: d.topic, after: str(d.decision['text']), ...(who ? { field: who } : {}) });
  }
  diffRemaining(before, after, new Set(['agenda']), 'minutes-field', at, out);
}

// --- orders

function diffOrder(before: Obj, after: Obj, at: At, out: ContentChange[]): void {
  const who = (a: Obj) => `${str(obj(a['person'])['name'])} (${str(a['roleText']) || str(a['role'])})`;
  const appointments = pairUp(arr(before['appointments']).map(obj), arr(after['appointments']).map(obj), who, 1.01);
  for (const a of appointments.removed) out.push({ ...at, type: 'appointment-removed', subject: who(a) });
  for (const a of appointments.added) out.push({ ...at, type: 'appointment-added', subject: who(a) });
  diffRemaining(before, after, new Set(['appointments']), 'order-field', at, out);
}

// ---------------------------------------------------------------------------
// Plain words

export type Lang = 'bn' | 'en';

const SECTION_LABEL: Record<Lang, Record<string, string>> = {
  bn: { citizen: 'নাগরিক সেবা', office: 'দাপ্তরিক সেবা', internal: 'অভ্যন্তরীণ সেবা' },
  en: { citizen: 'citizen services', office: 'office services', internal: 'internal services' },
};

const FIELD_LABEL: Record<Lang, Record<string, string>> = {
  bn: {
    title: 'শিরোনাম', datePrinted: 'মুদ্রিত তারিখ', grsIntro: 'অভিযোগ প্রতিকার ভূমিকা', signatory: 'স্বাক্ষরকারী', name: 'নাম', address: 'ঠিকানা',
    phone: 'ফোন', email: 'ইমেইল', website: 'ওয়েবসাইট', parent: 'ঊর্ধ্বতন দপ্তর', focalPoint: 'ফোকাল পয়েন্ট কর্মকর্তা',
    alternateFocalPoint: 'বিকল্প ফোকাল পয়েন্ট কর্মকর্তা', subject: 'বিষয়', memoNumber: 'স্মারক নং', date: 'তারিখ', meetingDate: 'সভার তারিখ',
    chair: 'সভাপতি', attendees: 'উপস্থিতি', place: 'স্থান', distribution: 'বিতরণ', when: 'কখন যোগাযোগ করবেন', contact: 'কার সঙ্গে যোগাযোগ',
    'agenda.topic': 'আলোচ্য বিষয়', 'agenda.discussion': 'আলোচনা', text: 'সিদ্ধান্ত', implementedBy: 'বাস্তবায়নকারী', dueDate: 'সময়সীমা', dueText: 'সময়সীমা',
  },
  en: {
    title: 'title', datePrinted: 'printed date', grsIntro: 'grievance introduction', signatory: 'signatory', name: 'name', address: 'address',
    phone: 'phone', email: 'email', website: 'website', parent: 'parent office', focalPoint: 'focal point', alternateFocalPoint: 'alternate focal point',
    subject: 'subject', memoNumber: 'memo number', date: 'date', meetingDate: 'meeting date', chair: 'chair', attendees: 'attendees',
    place: 'place', distribution: 'distribution', when: 'when to contact', contact: 'whom to contact', 'agenda.topic': 'agenda item',
    'agenda.discussion': 'discussion', text: 'decision', implementedBy: 'implemented by', dueDate: 'due date', dueText: 'deadline',
  },
};

const q = (s: string | undefined) => `«${s ?? ''}»`;
const arrow = (c: ContentChange) => `${c.before || '—'} → ${c.after || '—'}`;

/** One plain sentence for a change, in Bengali (default) or English. */
export function describeChange(c: ContentChange, lang: Lang = 'bn'): string {
  const bn = lang === 'bn';
  const section = c.section ? ` (${SECTION_LABEL[lang][c.section] ?? c.section})` : '';
  // Dates and counts in Bengali digits for Bengali readers; ISO and ASCII in English.
  const day = (iso: string | undefined) => (bn && iso && isIsoDate(iso) ? formatGregorianDateBn(iso) : (iso ?? ''));
  const field = (f: string | undefined) => (f ?? '').split(', ').map((x) => FIELD_LABEL[lang][x] ?? x).join(', ');
  switch (c.type) {
    case 'office-added': return bn ? `নতুন দপ্তর: ${q(c.subject)}` : `New office: ${q(c.subject)}`;
    case 'office-removed': return bn ? `দপ্তর বাদ: ${q(c.subject)}` : `Office removed: ${q(c.subject)}`;
    case 'office-field': return bn ? `দপ্তরের ${field(c.field)}: ${arrow(c)}` : `Office ${field(c.field)}: ${arrow(c)}`;
    case 'focal-point': return bn ? `${field(c.field)}: ${arrow(c)}` : `${field(c.field)}: ${arrow(c)}`;
    case 'charter-added':
      return bn
        ? `নতুন সেবা প্রদান প্রতিশ্রুতি, তারিখ ${day(c.subject)}${c.before ? ` (আগেরটি ${day(c.before)}; নিচে তার তুলনায় পরিবর্তন)` : ''}`
        : `New citizen charter dated ${c.subject}${c.before ? ` (previous one ${c.before}; changes against it below)` : ''}`;
    case 'charter-removed': return bn ? `সেবা প্রদান প্রতিশ্রুতি বাদ: তারিখ ${day(c.before)}` : `Citizen charter removed: dated ${c.before}`;
    case 'service-added': return bn ? `নতুন সেবা${section}: ${q(c.subject)}` : `New service${section}: ${q(c.subject)}`;
    case 'service-removed': return bn ? `সেবা বাদ${section}: ${q(c.subject)}` : `Service removed${section}: ${q(c.subject)}`;
    case 'service-renamed': return bn ? `সেবার নাম বদল${section}: ${q(c.before)} → ${q(c.after)}` : `Service renamed${section}: ${q(c.before)} → ${q(c.after)}`;
    case 'service-moved':
      return bn
        ? `সেবা অন্য অংশে সরানো: ${q(c.subject)}: ${SECTION_LABEL.bn[c.before ?? ''] ?? c.before} → ${SECTION_LABEL.bn[c.after ?? ''] ?? c.after}`
        : `Service moved: ${q(c.subject)}: ${SECTION_LABEL.en[c.before ?? ''] ?? c.before} → ${SECTION_LABEL.en[c.after ?? ''] ?? c.after}`;
    case 'delivery': return bn ? `সেবা প্রদান পদ্ধতি — ${q(c.subject)}: ${arrow(c)}` : `How the service is delivered — ${q(c.subject)}: ${arrow(c)}`;
    case 'fee': return bn ? `সেবার মূল্য — ${q(c.subject)}: ${arrow(c)}` : `Fee — ${q(c.subject)}: ${arrow(c)}`;
    case 'time-limit': return bn ? `সেবা প্রদানের সময়সীমা — ${q(c.subject)}: ${arrow(c)}` : `Time limit — ${q(c.subject)}: ${arrow(c)}`;
    case 'papers-added': return bn ? `প্রয়োজনীয় কাগজপত্র যোগ — ${q(c.subject)}: ${c.after}` : `Paper now required — ${q(c.subject)}: ${c.after}`;
    case 'papers-removed': return bn ? `প্রয়োজনীয় কাগজপত্র বাদ — ${q(c.subject)}: ${c.before}` : `Paper no longer required — ${q(c.subject)}: ${c.before}`;
    case 'officer': return bn ? `দায়িত্বপ্রাপ্ত কর্মকর্তা — ${q(c.subject)}: ${arrow(c)}` : `Responsible officer — ${q(c.subject)}: ${arrow(c)}`;
    case 'officer-contact': return bn ? `দায়িত্বপ্রাপ্ত কর্মকর্তার যোগাযোগ — ${q(c.subject)}: ${arrow(c)}` : `Responsible officer's contacts — ${q(c.subject)}: ${arrow(c)}`;
    case 'remarks': return bn ? `মন্তব্য — ${q(c.subject)}: ${arrow(c)}` : `Remarks — ${q(c.subject)}: ${arrow(c)}`;
    case 'grs-added': return bn ? `অভিযোগ প্রতিকারে নতুন ধাপ: ${q(c.subject)} — ${c.after}` : `New grievance redress level: ${q(c.subject)} — ${c.after}`;
    case 'grs-removed': return bn ? `অভিযোগ প্রতিকারের ধাপ বাদ: ${q(c.subject)}` : `Grievance redress level removed: ${q(c.subject)}`;
    case 'grs-officer': return bn ? `অভিযোগ প্রতিকার কর্মকর্তা — ${q(c.subject)}: ${arrow(c)}` : `Grievance officer — ${q(c.subject)}: ${arrow(c)}`;
    case 'grs-contact': return bn ? `অভিযোগ প্রতিকার কর্মকর্তার যোগাযোগ — ${q(c.subject)}: ${arrow(c)}` : `Grievance officer's contacts — ${q(c.subject)}: ${arrow(c)}`;
    case 'grs-time-limit': return bn ? `অভিযোগ নিষ্পত্তির সময়সীমা — ${q(c.subject)}: ${arrow(c)}` : `Grievance time limit — ${q(c.subject)}: ${arrow(c)}`;
    case 'grs-field': return bn ? `অভিযোগ প্রতিকার, ${field(c.field)} — ${q(c.subject)}: ${arrow(c)}` : `Grievance redress, ${field(c.field)} — ${q(c.subject)}: ${arrow(c)}`;
    case 'vision': return bn ? `ভিশন: ${arrow(c)}` : `Vision: ${arrow(c)}`;
    case 'mission': return bn ? `মিশন: ${arrow(c)}` : `Mission: ${arrow(c)}`;
    case 'expectation-added': return bn ? `নাগরিকের কাছে নতুন প্রত্যাশা: ${q(c.subject)}` : `New expectation of citizens: ${q(c.subject)}`;
    case 'expectation-removed': return bn ? `নাগরিকের কাছে প্রত্যাশা বাদ: ${q(c.subject)}` : `Expectation of citizens removed: ${q(c.subject)}`;
    case 'charter-field': return bn ? `চার্টারের ${field(c.field)}: ${arrow(c)}` : `Charter ${field(c.field)}: ${arrow(c)}`;
    case 'minutes-added':
      return bn ? `নতুন সভার কার্যবিবরণী: ${q(c.subject)}, তারিখ ${day(c.after)}, ${toBengaliDigits(c.field ?? '0')}টি সিদ্ধান্ত` : `New minutes: ${q(c.subject)}, dated ${c.after}, ${c.field} decision${c.field === '1' ? '' : 's'}`;
    case 'minutes-removed': return bn ? `সভার কার্যবিবরণী বাদ: ${q(c.subject)}` : `Minutes removed: ${q(c.subject)}`;
    case 'agenda-added': return bn ? `নতুন আলোচ্য বিষয়: ${q(c.subject)}` : `New agenda item: ${q(c.subject)}`;
    case 'agenda-removed': return bn ? `আলোচ্য বিষয় বাদ: ${q(c.subject)}` : `Agenda item removed: ${q(c.subject)}`;
    case 'decision-added':
      return bn
        ? `নতুন সিদ্ধান্ত — ${q(c.subject)}: ${c.after}${c.field ? ` (বাস্তবায়নকারী: ${c.field})` : ''}`
        : `New decision — ${q(c.subject)}: ${c.after}${c.field ? ` (implemented by: ${c.field})` : ''}`;
    case 'decision-removed': return bn ? `সিদ্ধান্ত বাদ — ${q(c.subject)}: ${c.before}` : `Decision removed — ${q(c.subject)}: ${c.before}`;
    case 'decision-changed': return bn ? `সিদ্ধান্ত বদল (${field(c.field)}) — ${q(c.subject)}: ${arrow(c)}` : `Decision changed (${field(c.field)}) — ${q(c.subject)}: ${arrow(c)}`;
    case 'minutes-field': return bn ? `কার্যবিবরণীর ${field(c.field)}${c.subject ? ` — ${q(c.subject)}` : ''}: ${arrow(c)}` : `Minutes ${field(c.field)}${c.subject ? ` — ${q(c.subject)}` : ''}: ${arrow(c)}`;
    case 'order-added': return bn ? `নতুন অফিস আদেশ: ${q(c.subject)}, তারিখ ${day(c.after)}${c.field ? `, স্মারক নং ${c.field}` : ''}` : `New office order: ${q(c.subject)}, dated ${c.after}${c.field ? `, memo ${c.field}` : ''}`;
    case 'order-removed': return bn ? `অফিস আদেশ বাদ: ${q(c.subject)}` : `Office order removed: ${q(c.subject)}`;
    case 'appointment-added': return bn ? `নতুন মনোনয়ন: ${c.subject}` : `New appointment: ${c.subject}`;
    case 'appointment-removed': return bn ? `মনোনয়ন বাদ: ${c.subject}` : `Appointment removed: ${c.subject}`;
    case 'order-field': return bn ? `অফিস আদেশের ${field(c.field)}: ${arrow(c)}` : `Office order ${field(c.field)}: ${arrow(c)}`;
    case 'body': return bn ? 'মূল লেখা (বডি) বদলেছে' : 'The body text changed';
    case 'unreadable':
      return bn
        ? `ফাইলটি পড়া যায়নি (YAML ত্রুটি, ${c.after ? 'নতুন' : 'আগের'} সংস্করণে): \`npm run validate\` চালিয়ে দেখুন`
        : `The file cannot be read (YAML error in the ${c.after ? 'new' : 'old'} version): run \`npm run validate\``;
  }
}

export interface DiffReport {
  base: string;
  head: string;
  changes: ContentChange[];
}

const KIND_LABEL: Record<Lang, Record<string, string>> = {
  bn: { office: 'দপ্তরের তথ্য', charter: 'সেবা প্রদান প্রতিশ্রুতি', minutes: 'সভার কার্যবিবরণী', order: 'অফিস আদেশ' },
  en: { office: 'office details', charter: 'citizen charter', minutes: 'minutes', order: 'office order' },
};

function groups(changes: ContentChange[]): { file: string; kind: string; officeId: string; changes: ContentChange[] }[] {
  const out: { file: string; kind: string; officeId: string; changes: ContentChange[] }[] = [];
  for (const c of changes) {
    const last = out.at(-1);
    if (last && last.file === c.file) last.changes.push(c);
    else out.push({ file: c.file, kind: c.kind, officeId: c.officeId, changes: [c] });
  }
  return out;
}

/** Terminal text: one header line per file, one indented line per change. */
export function formatDiffText(report: DiffReport, lang: Lang = 'bn'): string {
  const heading = lang === 'bn' ? `বিষয়বস্তুর পরিবর্তন ${report.base} → ${report.head}` : `Content changes ${report.base} → ${report.head}`;
  if (report.changes.length === 0) return `${heading}: ${lang === 'bn' ? 'অর্থগত কোনো পরিবর্তন নেই' : 'no changes in meaning'}\n`;
  const lines = [`${heading} (${report.changes.length})`];
  for (const g of groups(report.changes)) {
    lines.push('', `${g.file} (${KIND_LABEL[lang][g.kind] ?? g.kind})`);
    for (const c of g.changes) lines.push(`  - ${describeChange(c, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown for a pull request's job summary: a heading per file and a bullet per change. */
export function formatDiffMarkdown(report: DiffReport, lang: Lang = 'bn'): string {
  const title = lang === 'bn' ? 'বিষয়বস্তুর পরিবর্তন' : 'Content changes';
  const refs = `\`${report.base}\` → \`${report.head}\``;
  if (report.changes.length === 0) return `## ${title}\n\n${refs}: ${lang === 'bn' ? 'অর্থগত কোনো পরিবর্তন নেই।' : 'no changes in meaning.'}\n`;
  const lines = [`## ${title} (${report.changes.length})`, '', refs];
  for (const g of groups(report.changes)) {
    lines.push('', `### ${KIND_LABEL[lang][g.kind] ?? g.kind} — \`${g.file}\``, '');
    for (const c of g.changes) lines.push(`- ${escapeMarkdown(describeChange(c, lang))}`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
