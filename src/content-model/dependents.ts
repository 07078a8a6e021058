/**
 * WHICH OFFICES A CHANGE REBUILDS: the one answer `build:office --changed`, the shard plan
 * (`build:shard --plan n --changed-since REF`) and an office's input key share.
 *
 * An office's published files depend on
 * - its own folder (documents, office.yaml, media);
 * - the office.yaml of the offices its pages name: its ancestors (breadcrumbs, search
 *   lineage) and its children (listed on its page);
 * - the standard services its charters' rows name (`standard: <setter>/<id>`), each as it is
 *   on the build's day: the file, and its phase (the version in force and the one announced),
 *   which changes on the days in `changeDays` without any file changing.
 *
 * Who uses a standard is found from the standard itself: the offices it is for (its kind and
 * `under`, from the office directory), whose charter files are then read for the reference.
 * A command therefore reads the charters of those offices only, never every office's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { appliesTo, changeDays, standardPhase, type OfficePlace } from '../domain/standard-services.ts';
import type { StandardService } from '../schemas/index.ts';
import { ancestorsOf, type OfficeDirectory } from './office-directory.ts';
import { OFFICE_FILE, officesDir } from './paths.ts';
import { listStandards, readStandardFile, refOfStandardFile, standardFile } from './standards.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const STANDARD_ROW = /^[ \t]*(?:-[ \t]+)?standard:[ \t]*["']?([a-z0-9-]+\/[a-z0-9-]+)/gm;

/** The standards an office's charters name (every charter: older pages show them too), sorted. */
export function officeStandardRefs(root: string, officeId: string): string[] {
  const dir = path.join(officesDir(root), officeId, 'charters');
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const refs = new Set<string>();
  for (const file of files) {
    if (!/\.mdx?$/.test(file)) continue;
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('standard:')) continue;
    for (const m of text.matchAll(STANDARD_ROW)) refs.add(m[1] ?? '');
  }
  return [...refs].sort();
}

/** What an office's pages take from the standards it uses on `day`: one line per standard (its file and phase), for its input key. */
export function standardsKeyLines(root: string, officeId: string, day: string): string[] {
  return officeStandardRefs(root, officeId).map((ref) => {
    const file = standardFile(root, ref);
    const read = file ? readStandardFile(file) : undefined;
    return `standard ${ref} ${read ? `${sha256(read.text)} ${read.standard ? standardPhase(read.standard, day) : 'invalid'}` : 'missing'}`;
  });
}

/** An office's kind and ancestors from the directory. */
export function placeIn(directory: OfficeDirectory, id: string): OfficePlace | undefined {
  const office = directory.get(id);
  return office ? { kind: office.kind, ...(office.category ? { category: office.category } : {}), ancestors: ancestorsOf(id, directory).slice(1) } : undefined;
}

/** The offices a standard is for, from the directory. */
export function officesFor(standard: Pick<StandardService, 'appliesTo'>, directory: OfficeDirectory): string[] {
  const out: string[] = [];
  for (const id of directory.keys()) {
    const place = placeIn(directory, id);
    if (place && appliesTo(standard, place)) out.push(id);
  }
  return out;
}

export interface DependencyOptions {
  /** Content root. */
  root: string;
  directory: OfficeDirectory;
  /** A changed standard as it was before (e.g. from the git base), when known: the offices it was for are asked too. */
  previousStandard?: (ref: string) => StandardService | undefined;
  /** The offices that used a standard when last published (its open-data file), when known. */
  previousUsers?: (ref: string) => readonly string[] | undefined;
}

export interface AffectedOffices {
  /** Offices on the portal whose published files depend on the changes, sorted. */
  offices: string[];
  /** Office folders that no longer exist: their published files are to be removed. */
  removed: string[];
  /** Changed paths that are not content (code, policy, …): the caller decides (usually every office). */
  notContent: string[];
  /** One line per changed file: what it rebuilds. */
  reasons: string[];
}

const CONTENT_PATH = /(?:^|\/)offices\/([^/]+)(?:\/(.*))?$/;

/** The offices whose published files depend on the changed content files (paths anywhere under the content root, or absolute). */
export function affectedOffices(changed: readonly string[], options: DependencyOptions): AffectedOffices {
  const { directory } = options;
  const offices = new Set<string>();
  const removed = new Set<string>();
  const notContent: string[] = [];
  const reasons: string[] = [];
  const descendants = (id: string) => [...directory.keys()].filter((o) => o !== id && ancestorsOf(o, directory).includes(id));

  for (const raw of changed) {
    const file = raw.split(path.sep).join('/');
    const m = CONTENT_PATH.exec(file);
    if (!m) {
      notContent.push(raw);
      continue;
    }
    const id = m[1] ?? '';
    const rest = m[2] ?? '';
    const ref = refOfStandardFile(file);
    let hit: string[];
    if (ref) {
      hit = usersOf(ref, options);
      reasons.push(`${raw} → ${hit.length} office${hit.length === 1 ? '' : 's'} using standard ${ref}`);
    } else if (!directory.has(id)) {
      removed.add(id);
      reasons.push(`${raw} → office ${id} is no longer in the content: its published files are removed`);
      continue;
    } else if (rest === OFFICE_FILE) {
      // Its pages, the pages of the offices under it (they name it) and its parent's page (it lists it).
      const parent = directory.get(id)?.parent;
      hit = [id, ...descendants(id), ...(parent !== undefined ? [parent] : [])];
      reasons.push(`${raw} → ${id}, the ${hit.length - 1} office${hit.length === 2 ? '' : 's'} naming it`);
    } else {
      hit = [id];
      reasons.push(`${raw} → ${id}`);
    }
    for (const o of hit) offices.add(o);
  }
  return { offices: [...offices].sort(), removed: [...removed].sort(), notContent, reasons };
}

/** The offices whose charters name a standard: among those it is (or was) for, or every office when that cannot be known. */
export function usersOf(ref: string, options: DependencyOptions): string[] {
  const { root, directory } = options;
  const file = standardFile(root, ref);
  const now = file ? readStandardFile(file) : undefined;
  const candidates = new Set<string>();
  let known = false;
  for (const standard of [now?.standard, options.previousStandard?.(ref)]) {
    if (!standard) continue;
    known = true;
    for (const id of officesFor(standard, directory)) candidates.add(id);
  }
  const before = options.previousUsers?.(ref);
  if (before) {
    known = true;
    for (const id of before) if (directory.has(id)) candidates.add(id);
  }
  // Deleted or broken, with nothing to say whom it was for: ask every office (rare, and correct).
  const pool = known ? [...candidates] : [...directory.keys()];
  return pool.filter((id) => officeStandardRefs(root, id).includes(ref)).sort();
}

/**
 * The offices whose pages change on `day` without a file changing: a scheduled version of a
 * standard they use is announced, or takes effect, that day. The nightly build finds them by
 * their input keys; the shard plan asks this to name their shards.
 */
export function officesDueOn(day: string, options: Pick<DependencyOptions, 'root' | 'directory'>): { offices: string[]; reasons: string[] } {
  const offices = new Set<string>();
  const reasons: string[] = [];
  for (const entry of listStandards(options.root)) {
    if (!changeDays(entry.standard).includes(day)) continue;
    const users = usersOf(entry.ref, options);
    for (const id of users) offices.add(id);
    reasons.push(
      `standard ${entry.ref} changes on ${day} (a scheduled version is announced or takes effect) → ${users.length} office${users.length === 1 ? '' : 's'}`,
    );
  }
  return { offices: [...offices].sort(), reasons };
}
