/**
 * Reading standard services from disk: `<root>/offices/<setter>/services/<service>.yaml`.
 *
 * A command about one office reads only the standards its rows name (readStandard) and,
 * for the checks that ask which standards an office should offer, the small index of every
 * standard (listStandards: one directory listing of the offices folder and the few
 * `services/` folders that exist, never an office's documents).
 */
import fs from 'node:fs';
import path from 'node:path';
import { STANDARD_REF } from '../schemas/common.ts';
import { standardServiceSchema, STANDARDS_FOLDER, type StandardService } from '../schemas/index.ts';
import { appliesTo, type OfficePlace, type StandardEntry, type StandardLookup } from '../domain/standard-services.ts';
import { officeMetaOf, type OfficeDirectory } from './office-directory.ts';
import { loadFreshnessPolicy, policyPath, resolveAsOf } from './freshness-policy.ts';
import { todayInDhaka } from '../domain/fiscal-year.ts';
import { OFFICE_FILE, officesDir } from './paths.ts';
import { parseSourceFile } from './source-file.ts';

/** The file of a standard service, or undefined when the reference is not `<setter>/<service>`. */
export function standardFile(root: string, ref: string): string | undefined {
  const m = STANDARD_REF.exec(ref);
  return m ? path.join(officesDir(root), m[1] ?? '', STANDARDS_FOLDER, `${m[2]}.yaml`) : undefined;
}

/** The reference of a standard's file (any path ending in `offices/<setter>/services/<id>.yaml`), or undefined. */
export function refOfStandardFile(file: string): string | undefined {
  const m = /(?:^|\/)offices\/([^/]+)\/services\/([^/]+)\.yaml$/.exec(file.split('\\').join('/'));
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Parse a standard's YAML text; undefined when it does not parse or does not match its schema (the validator says why). */
export function parseStandard(text: string, displayPath = 'standard.yaml'): StandardService | undefined {
  const source = parseSourceFile(displayPath, text, true);
  if (source.yamlErrors.length || source.data === undefined) return undefined;
  const parsed = standardServiceSchema.safeParse(source.data);
  return parsed.success ? parsed.data : undefined;
}

interface Cached {
  mtimeMs: number;
  size: number;
  text: string;
  standard: StandardService | undefined;
}
const cache = new Map<string, Cached>();

/** A standard's file text and parsed data; undefined when the file does not exist. Cached by modification time. */
export function readStandardFile(file: string): Cached | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit;
  const text = fs.readFileSync(file, 'utf8');
  const entry = { mtimeMs: stat.mtimeMs, size: stat.size, text, standard: parseStandard(text, file) };
  cache.set(file, entry);
  return entry;
}

/** One standard by reference; undefined when missing or invalid. */
export function readStandard(root: string, ref: string): StandardService | undefined {
  const file = standardFile(root, ref);
  return file ? readStandardFile(file)?.standard : undefined;
}

/** Looks standards up on disk under `root`. */
export function diskLookup(root: string): StandardLookup {
  return (ref) => readStandard(root, ref);
}

/**
 * Every standard service under `root`, sorted by reference (invalid files left out: the
 * validator reports them). One listing of the offices folder plus the `services/` folders.
 */
export function listStandards(root: string): StandardEntry[] {
  const dir = officesDir(root);
  if (!fs.existsSync(dir)) return [];
  const out: StandardEntry[] = [];
  for (const setter of fs.readdirSync(dir).sort()) {
    if (setter.startsWith('.')) continue;
    const folder = path.join(dir, setter, STANDARDS_FOLDER);
    // Most offices set no standard: a stat that throws nothing (a failed readdir costs an exception:
    // 1.7 s for 50,000 offices against 0.7 s this way; bench:commands measures the one-office commands).
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    const files = fs.readdirSync(folder);
    for (const file of files.sort()) {
      if (!file.endsWith('.yaml') || file.startsWith('.')) continue;
      const standard = readStandardFile(path.join(folder, file))?.standard;
      if (standard) out.push({ ref: `${setter}/${file.slice(0, -'.yaml'.length)}`, standard });
    }
  }
  return out;
}

/**
 * An office's kind and ancestors, from its office.yaml and its ancestors' (a few files), or
 * from the office directory when the caller has read it.
 */
export function officePlace(root: string, officeId: string, directory?: OfficeDirectory): OfficePlace | undefined {
  const meta = (id: string) => {
    if (directory) return directory.get(id);
    const file = path.join(officesDir(root), id, OFFICE_FILE);
    try {
      return officeMetaOf(id, fs.readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
  };
  const office = meta(officeId);
  if (!office) return undefined;
  const ancestors: string[] = [];
  for (let parent = office.parent; parent !== undefined && parent !== officeId && !ancestors.includes(parent); parent = meta(parent)?.parent) {
    ancestors.push(parent);
  }
  return { kind: office.kind, ...(office.category ? { category: office.category } : {}), ancestors };
}

/** The standards an office should offer. */
export function standardsFor(all: readonly StandardEntry[], place: OfficePlace): StandardEntry[] {
  return all.filter((entry) => appliesTo(entry.standard, place));
}

/**
 * The day pages resolve standards on: the build's as-of day (FRESHNESS_AS_OF, else the
 * policy's pinned day, else today in Asia/Dhaka), so a scheduled version goes live on its
 * day through the nightly build, and a test can build any day.
 */
export function standardsDay(env: Record<string, string | undefined> = process.env): string {
  try {
    return resolveAsOf({ env, policy: loadFreshnessPolicy(policyPath(env)) }).asOf;
  } catch {
    // A bad policy or date is reported by the gate that reads it; standards still resolve on today.
    return todayInDhaka();
  }
}

/** The checks' view of standards on disk (src/validation/checks/standards.ts). */
export function diskStandardsContext(root: string, day = standardsDay(), directory?: OfficeDirectory): StandardsSource {
  let all: StandardEntry[] | undefined;
  return {
    day,
    find(ref) {
      const file = standardFile(root, ref);
      const read = file ? readStandardFile(file) : undefined;
      return read === undefined ? 'missing' : (read.standard ?? 'invalid');
    },
    placeOf: (id) => officePlace(root, id, directory),
    all: () => (all ??= listStandards(root)),
    officeExists: (id) => (directory ? directory.has(id) : fs.existsSync(path.join(officesDir(root), id, OFFICE_FILE))),
  };
}

/** What the standards checks read (the same shape as src/validation/checks/standards.ts's StandardsContext). */
export interface StandardsSource {
  day: string;
  find(ref: string): StandardService | 'missing' | 'invalid';
  placeOf(officeId: string): OfficePlace | undefined;
  all(): readonly StandardEntry[];
  officeExists(officeId: string): boolean;
}
