/**
 * A charter is a series of dated versions (charters/<YYYY-MM-DD>.mdx); the newest is the
 * current charter, the older ones are the permanent record citizens were given. So:
 *
 * - the current version offers "নতুন সংস্করণ": a new entry filled from it, dated today
 *   (Asia/Dhaka), without its printed date and corrections; saving it creates the next
 *   dated file and leaves this one as it was;
 * - a past version opens read-only, with one line saying why; "ভুল সংশোধন করুন" unlocks
 *   it and adds a correction (today's date, a reason to write) to its `corrections`
 *   (src/schemas/charter.ts); a past version whose data changed is refused until a new
 *   correction has its reason, so the reason is recorded in the file itself.
 *
 * Which versions exist is asked of the backend Decap uses (the local proxy or GitHub),
 * through the same `entriesByFolder` Decap lists a collection with; published versions
 * only (a draft in the editorial workflow is not a version yet).
 */
import { ADMIN_WORDS } from './words.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { todayInDhaka } from '../../src/domain/fiscal-year.ts';
import { dualDate } from '../../src/lib/format.ts';
import { addAdminRule, recheck } from './checks.ts';
import { currentBackend, h, LANG, say, type ControlProps, type Imm } from './decap.ts';
import { focusField, isLocked, setLocked, topLevelControl } from './fields.ts';
import { addPanel, refreshStatus } from './status.ts';

interface Backend {
  entriesByFolder(folder: string, extension: string, depth: number): Promise<{ file: { path: string } }[]>;
}

/** Collections of charters (by name) with their folders, from the generated config. */
const charterFolders = new Map<string, string>();
export function configureVersions(collections: { name: string; format?: string; folder?: string }[]): void {
  for (const c of collections) if (c.format === 'protishruti-charter' && c.folder) charterFolders.set(c.name, c.folder);
}

/** Published versions (dates) per charter folder, newest last; undefined while being asked. */
const versions = new Map<string, string[] | 'loading'>();

async function loadVersions(folder: string): Promise<void> {
  versions.set(folder, 'loading');
  try {
    const entries = (await currentBackend<Backend>()?.entriesByFolder(folder, 'mdx', 1)) ?? [];
    const dates = entries
      .map((e) => /(\d{4}-\d{2}-\d{2})\.mdx?$/.exec(e.file.path)?.[1])
      .filter((d): d is string => d !== undefined)
      .sort();
    versions.set(folder, dates);
  } catch {
    versions.delete(folder);
  }
  recheck();
  refreshStatus();
}

/** After a save the list of versions may have grown (a new version) or not: ask again when next shown. */
export function forgetVersions(): void {
  versions.clear();
}

/** Past versions the editor chose to correct in this page (slug -> the data as it was opened). */
const unlocked = new Map<string, Imm>();
/** Data of each past version as first opened, to tell an edit from a look. */
const opened = new Map<string, Imm>();

type Place = { kind: 'new' } | { kind: 'current'; date: string } | { kind: 'past'; date: string; current: string } | { kind: 'unknown' };

/** The entry the panel last spoke of: opening another one asks the backend again (another tab or editor may have added a version). */
let lastOpened = '';

function placeOf(entry: Imm): Place {
  const folder = charterFolders.get(String(entry.get('collection')));
  if (!folder) return { kind: 'unknown' };
  if (entry.get('newRecord')) return { kind: 'new' };
  const opening = `${String(entry.get('collection'))}/${String(entry.get('slug'))}`;
  if (opening !== lastOpened) {
    lastOpened = opening;
    if (Array.isArray(versions.get(folder))) versions.delete(folder);
  }
  const known = versions.get(folder);
  if (known === undefined) void loadVersions(folder);
  if (!Array.isArray(known) || known.length === 0) return { kind: 'unknown' };
  const date = String(entry.get('slug'));
  const current = known[known.length - 1]!;
  return date < current ? { kind: 'past', date, current } : { kind: 'current', date };
}

const shownDate = (iso: string) => (LANG === 'en' ? iso : dualDate(iso).gregorian.replace(/ খ্রিষ্টাব্দ$/, ''));

/** Data copied into the next version's new entry (set by "নতুন সংস্করণ", used once). */
let pendingCopy: { collection: string; data: Imm } | undefined;

function startNewVersion(props: ControlProps): void {
  const entry = props.getEntry();
  const collection = String(entry.get('collection'));
  pendingCopy = { collection, data: entry.get('data') };
  location.hash = `#/collections/${collection}/new`;
}

/** In a new entry opened by "নতুন সংস্করণ": fill every field from the version it was made from. */
function fillNewVersion(props: ControlProps): void {
  const copy = pendingCopy;
  const entry = props.getEntry();
  if (!copy || !entry.get('newRecord') || copy.collection !== String(entry.get('collection'))) return;
  pendingCopy = undefined;
  // The other fields mount after this panel (it is the first field): fill them on the next turn.
  setTimeout(() => {
    const source = copy.data.toJS() as Record<string, unknown>;
    for (const name of Object.keys(source)) {
      if (name === 'datePrinted' || name === 'corrections' || name === '_status') continue;
      const control = topLevelControl(name);
      if (!control) continue;
      control.onChange(name === 'effectiveDate' ? todayInDhaka() : copy.data.get(name));
    }
  }, 0);
}

function correct(props: ControlProps): void {
  const entry = props.getEntry();
  unlocked.set(String(entry.get('slug')), entry.get('data'));
  setLocked(false);
  // A new correction, dated today, its reason for the editor to write. Made from Decap's own
  // Immutable values (an emptied copy of the entry's data), since this script has no Immutable.js.
  const control = topLevelControl('corrections');
  const data = entry.get('data') as Imm & { clear(): Imm; toList(): Imm & { clear(): Imm } };
  if (control && data) {
    const item = data.clear().set('date', todayInDhaka()).set('reason', '');
    const list = (control.value ?? data.toList().clear()) as Imm & { push(v: unknown): Imm };
    control.onChange(list.push(item));
    // Open the new correction and put the cursor in its reason.
    setTimeout(() => focusField(`corrections[${list.size}].reason`), 50);
  }
  recheck();
  refreshStatus();
}

addPanel((props) => {
  const entry = props.getEntry();
  const place = placeOf(entry);
  if (place.kind === 'new') {
    fillNewVersion(props);
    if (isLocked()) setLocked(false);
    return null;
  }
  if (place.kind === 'current') {
    if (isLocked()) setLocked(false);
    return h(
      'div',
      { key: 'version', className: 'protishruti-version' },
      h(
        'p',
        null,
        say(
          `এটি বর্তমান সংস্করণ (কার্যকর ${shownDate(place.date)})। ত্রৈমাসিক হালনাগাদ নতুন সংস্করণ হিসেবে করুন; এটি পুরনো সংস্করণ হিসেবে থেকে যাবে।`,
          `This is the current version (in force from ${place.date}). Make the quarterly revision a new version; this one stays as a past version.`,
        ),
      ),
      h('button', { type: 'button', className: 'protishruti-button', onClick: () => startNewVersion(props) }, say(ADMIN_WORDS.newVersion, 'New version')),
    );
  }
  if (place.kind === 'past') {
    const slug = String(entry.get('slug'));
    if (!opened.has(slug)) opened.set(slug, entry.get('data'));
    const isUnlocked = unlocked.has(slug);
    if (isLocked() === isUnlocked) setLocked(!isUnlocked);
    const current = `#/collections/${String(entry.get('collection'))}/entries/${place.current}`;
    return h(
      'div',
      { key: 'version', className: 'protishruti-version protishruti-version-past' },
      h(
        'p',
        null,
        isUnlocked
          ? say(
              'সংশোধন চলছে: নিচের "প্রকাশের পর সংশোধন" তালিকায় কী ও কেন সংশোধন করলেন লিখুন; কারণ ছাড়া সংরক্ষণ হবে না।',
              'Correcting: write what you corrected and why under "Corrections"; it will not save without a reason.',
            )
          : say(
              `এটি ${shownDate(place.date)} তারিখের পুরনো সংস্করণ, শুধু দেখার জন্য: প্রকাশিত সংস্করণ নাগরিকের কাছে দেওয়া স্থায়ী রেকর্ড, তাই বদলানো যায় না।`,
              `This is the past version of ${place.date}, read-only: a published version is the permanent record citizens were given.`,
            ),
      ),
      h('a', { className: 'protishruti-button', href: current }, say(ADMIN_WORDS.openCurrent, 'Open the current version')),
      isUnlocked
        ? null
        : h(
            'button',
            { type: 'button', className: 'protishruti-button protishruti-button-secondary', onClick: () => correct(props) },
            say(ADMIN_WORDS.correctPast, 'Correct a mistake'),
          ),
    );
  }
  if (isLocked()) setLocked(false);
  return null;
});

/** A past version changed without a new, reasoned correction: refused. */
addAdminRule((entry, data) => {
  const slug = String(entry.get('slug'));
  const before = opened.get(slug);
  const place = placeOf(entry);
  if (place.kind !== 'past' || !before || before === entry.get('data')) return [];
  const strip = (d: Record<string, unknown>) => JSON.stringify({ ...d, corrections: undefined, _status: undefined });
  const was = before.toJS() as Record<string, unknown>;
  if (strip(was) === strip(data)) return [];
  const oldCount = Array.isArray(was['corrections']) ? was['corrections'].length : 0;
  const now = Array.isArray(data['corrections']) ? (data['corrections'] as { reason?: unknown }[]) : [];
  // A new correction whose reason is empty is refused by the schema itself, on that field.
  if (now.length > oldCount) return [];
  const finding: Diagnostic = {
    file: String(entry.get('path') ?? ''),
    line: 1,
    field: 'corrections',
    severity: 'error',
    code: 'past-version',
    message: 'a published past version changed without a correction reason: add a correction with the date and the reason',
  };
  return [finding];
});
