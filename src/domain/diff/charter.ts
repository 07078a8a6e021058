/**
 * Citizen charters: vision and mission, services (matched by name, then by a rename
 * score, across sections as moves), grievance redress levels by number, expectations
 * as a set, then every other field.
 */
import { t } from '../../i18n/strings.ts';
import { toAsciiDigits } from '../bengali-digits.ts';
import { arr, canonShow, diffRemaining, normText, obj, pairUp, same, show, similarity, str, view, type Obj } from './compare.ts';
import type { SnapshotFile } from '../../core/snapshot.ts';
import type { Charter } from '../../schemas/index.ts';
import type { At, CharterView, ContentChange } from './types.ts';

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

interface SectionService {
  section: string;
  service: Obj;
}

function servicesOf(charter: CharterView): SectionService[] {
  const services = obj(charter.services);
  return SECTIONS.flatMap((section) => arr(obj(services[section])['services']).map((s) => ({ section, service: obj(s) })));
}

export function diffCharter(beforeFile: SnapshotFile, afterFile: SnapshotFile, at: At, out: ContentChange[]): void {
  const before = view<Charter>(beforeFile.data);
  const after = view<Charter>(afterFile.data);
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
    out.push({
      ...at,
      type: 'service-moved',
      subject: str(pair.after.service['name']),
      before: pair.before.section,
      after: pair.after.section,
      section: pair.after.section,
    });
    diffService(pair.before, pair.after, true, at, out);
  }
  for (const s of moved.removed) out.push({ ...at, type: 'service-removed', subject: str(s.service['name']), section: s.section });
  for (const s of moved.added) out.push({ ...at, type: 'service-added', subject: str(s.service['name']), section: s.section });

  // Grievance redress: levels by their number.
  const grsBefore = new Map(arr(before.grs).map((g, i) => [Number(obj(g)['level'] ?? i + 1), obj(g)]));
  const grsAfter = new Map(arr(after.grs).map((g, i) => [Number(obj(g)['level'] ?? i + 1), obj(g)]));
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
      if (!same(pick(ob, GRS_CONTACT), pick(oa, GRS_CONTACT)))
        out.push({ ...at, type: 'grs-contact', subject, before: contacts(ob, GRS_CONTACT), after: contacts(oa, GRS_CONTACT) });
      if (!same(b['timeLimit'], a['timeLimit']))
        out.push({ ...at, type: 'grs-time-limit', subject, before: showTimeLimit(b['timeLimit']), after: showTimeLimit(a['timeLimit']) });
      for (const field of ['when', 'contact']) {
        if (!same(b[field], a[field])) out.push({ ...at, type: 'grs-field', subject, field, before: str(b[field]), after: str(a[field]) });
      }
    }
  }

  // Expectations: a list of sentences, compared as a set.
  const expectations = pairUp(arr(before.expectations).map(str), arr(after.expectations).map(str), (s) => s, 1.01);
  for (const e of expectations.removed) out.push({ ...at, type: 'expectation-removed', subject: e });
  for (const e of expectations.added) out.push({ ...at, type: 'expectation-added', subject: e });

  diffRemaining(before, after, new Set(['vision', 'mission', 'services', 'grs', 'expectations', 'effectiveDate']), 'charter-field', at, out);
  // A service section's printed heading is not a service.
  const headings = (c: CharterView) => SECTIONS.map((s) => str(obj(obj(c.services)[s])['heading']));
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
  const text = str(f['text']) || (f['kind'] === 'free' ? t('charter.free') : '');
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
  if (!same(before['room'], after['room'])) out.push({ ...s, type: 'room', before: str(before['room']), after: str(after['room']) });
  // Using a standard service (or no longer), and a stated deviation from it.
  if (!same(before['standard'], after['standard']))
    out.push({ ...s, type: 'service-standard', before: str(before['standard']), after: str(after['standard']) });
  if (!same(before['deviation'], after['deviation']))
    out.push({ ...s, type: 'service-deviation', before: str(before['deviation']), after: str(after['deviation']) });
}
