/**
 * Incremental publishing against a clean build, over a seeded random sequence of
 * content changes (issue 25, item 4). A small generated country is built into a
 * published folder; then, step after step, a few random edits are made to its
 * content (documents edited, added and deleted, office names and parents changed,
 * offices removed and brought back, the date moved past a quarter's end) and the
 * published folder is brought up to date the way a maintainer or CI does:
 * `build:office` + `build:national` over it, then `deploy` to a remote.
 *
 * The promise checked: the published folder then holds exactly the files and bytes a
 * clean build of the same content into an empty folder gives, and the remote holds
 * exactly the published folder. The one designed difference is modelled, not
 * ignored: an office that is stale keeps the pages of its last good build (its
 * record is current), so the clean build is given those pages before it starts, as
 * the published folder had them.
 *
 * New kinds of edit are one entry in EDIT_KINDS (or passed in `kinds`): a name, a
 * weight and a function that changes the content and says which files it changed.
 * Used by tests/build/publishing-sequence.test.ts (small) and
 * bench/publishing-sequence.ts (longer, checked after every step).
 */
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { sha256 } from '../../src/pipeline/publish.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';
import { officeFile } from '../../src/content-model/write.ts';
import { readOfficeDirectory, ancestorsOf } from '../../src/content-model/office-directory.ts';
import { addDays, fiscalQuarterOf, nextQuarter, previousQuarter } from '../../src/domain/fiscal-year.ts';
import { generateFiles, planOffices, type OfficePlan } from '../../src/synthetic/country.ts';
import { OfficeWriter } from '../../src/synthetic/office-writer.ts';
import { sentence } from '../../src/synthetic/phrases.ts';
import { randomFor, type Random } from '../../src/synthetic/random.ts';
import type { DocPlan } from '../../src/synthetic/plan.ts';
import { runScript, type ScriptResult } from './run-script.ts';

/** The content being changed, and what an edit may need to know about it. */
export interface World {
  /** The content root (PORTAL_CONTENT_DIR). */
  root: string;
  /** The as-of date of the freshness gate (FRESHNESS_AS_OF) for the next builds. */
  asOf: string;
  seed: string;
  step: number;
  random: Random;
  /** The generator's plan of every office it made (names, head, domain), for writing new documents. */
  plans: ReadonlyMap<string, OfficePlan>;
  /** Offices removed from content, with their files, so an edit can bring one back. */
  removed: Map<string, Map<string, Buffer>>;
  /** Documents deleted, with their bytes, so an edit can restore one (as a revert does). */
  deleted: Map<string, Buffer>;
}

export interface Edit {
  kind: string;
  /** One line for the log: what changed, where. */
  summary: string;
  /** Content files (relative to the root, `offices/...`) added, changed or deleted: what `build:office --changed` would be given. */
  changed: string[];
}

export interface EditKind {
  name: string;
  /** Relative chance of being drawn. */
  weight: number;
  /** The kind whose edit this one undoes or builds on (drawn after it when every kind is drawn once). */
  after?: string;
  /** Make one change, or undefined when this kind has nothing to change now (drawn again). */
  apply(world: World): Edit | undefined;
}

// ---------------------------------------------------------------------------
// Reading and writing the content tree.

const officesDir = (world: World) => path.join(world.root, 'offices');
const officeIds = (world: World) => [...readOfficeDirectory(world.root).keys()];
const rel = (world: World, file: string) => path.relative(world.root, file).split(path.sep).join('/');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function documentsOf(world: World, id: string): string[] {
  return ['charters', 'minutes', 'orders'].flatMap((kind) => filesUnder(path.join(officesDir(world), id, kind))).filter((f) => f.endsWith('.mdx'));
}

function readOffice(world: World, id: string): Record<string, unknown> {
  return jsYaml.load(fs.readFileSync(path.join(officesDir(world), id, 'office.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
}

function writeOffice(world: World, id: string, data: Record<string, unknown>): string {
  const file = path.join(officesDir(world), id, 'office.yaml');
  fs.writeFileSync(file, officeFile(data));
  return rel(world, file);
}

/** New documents for an office, written by the generator's own writer (a fresh random stream per step). */
function writeDocuments(world: World, id: string, docs: DocPlan[]): string[] {
  const plan = world.plans.get(id);
  if (!plan) return [];
  const joinedOn = String(readOffice(world, id)['joinedOn'] ?? '2020-01-01');
  const writer = new OfficeWriter(
    { plan, stale: false, joinedOn, docs },
    { offices: world.plans.size, seed: `${world.seed}/step-${world.step}/${world.random.int(0, 1e9)}`, asOf: world.asOf },
    world.plans.get(plan.parent ?? ''),
  );
  const written: string[] = [];
  for (const file of writer.files()) {
    if (!/\/(charters|minutes|orders)\//.test(file.path)) continue; // office.yaml and photos stay as they are
    const target = path.join(world.root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
    written.push(file.path);
  }
  return written;
}

/** A date in the as-of date's quarter, on or before it (documents after the as-of date do not count yet). */
function dayInQuarterUpTo(world: World): string {
  const q = fiscalQuarterOf(world.asOf);
  const span = Math.round((Date.parse(`${world.asOf}T00:00:00Z`) - Date.parse(`${q.start}T00:00:00Z`)) / 86_400_000);
  return addDays(q.start, world.random.int(0, Math.max(0, span)));
}

// ---------------------------------------------------------------------------
// The kinds of edit.

export const EDIT_KINDS: EditKind[] = [
  {
    name: 'edit a document',
    weight: 4,
    apply(world) {
      const docs = officeIds(world).flatMap((id) => documentsOf(world, id));
      if (!docs.length) return undefined;
      const file = world.random.pick(docs);
      fs.appendFileSync(file, `\n${sentence(world.random)}\n`);
      return { kind: this.name, summary: `edited ${rel(world, file)}`, changed: [rel(world, file)] };
    },
  },
  {
    name: 'add an office order',
    weight: 2,
    apply(world) {
      const id = world.random.pick(officeIds(world).filter((o) => world.plans.has(o)));
      if (!id) return undefined;
      const written = writeDocuments(world, id, [
        { kind: 'order', orderKind: world.random.chance(0.5) ? 'innovation' : 'other', date: dayInQuarterUpTo(world) },
      ]);
      return written.length ? { kind: this.name, summary: `added ${written.join(', ')}`, changed: written } : undefined;
    },
  },
  {
    name: 'publish the quarter',
    weight: 4,
    // What an office does to be fresh: this quarter's charter and committee order, and the minutes of the four
    // quarters before (a quarter's report falls due 15 days after it ends, so last year's Q4 counts this year).
    apply(world) {
      const id = world.random.pick(officeIds(world).filter((o) => world.plans.has(o)));
      if (!id) return undefined;
      const docs: DocPlan[] = [
        { kind: 'charter', date: dayInQuarterUpTo(world) },
        { kind: 'order', orderKind: 'monitoring-committee', date: dayInQuarterUpTo(world) },
      ];
      for (let q = previousQuarter(fiscalQuarterOf(world.asOf)), n = 0; n < 4; q = previousQuarter(q), n++)
        docs.push({ kind: 'minutes', date: addDays(q.end, -10) });
      const written = writeDocuments(world, id, docs);
      return { kind: this.name, summary: `${id} published the quarter: ${written.join(', ')}`, changed: written };
    },
  },
  {
    name: 'delete a document',
    weight: 2,
    apply(world) {
      // Not the order office.yaml names as the focal points' appointment (that would be a content error, not a deletion).
      const candidates = officeIds(world).flatMap((id) => {
        const yaml = fs.readFileSync(path.join(officesDir(world), id, 'office.yaml'), 'utf8');
        return documentsOf(world, id).filter((f) => !yaml.includes(path.basename(f, '.mdx')));
      });
      if (!candidates.length) return undefined;
      const file = world.random.pick(candidates);
      world.deleted.set(rel(world, file), fs.readFileSync(file));
      fs.rmSync(file);
      return { kind: this.name, summary: `deleted ${rel(world, file)}`, changed: [rel(world, file)] };
    },
  },
  {
    name: 'restore a deleted document',
    weight: 1,
    after: 'delete a document',
    // The same bytes back (a revert): the office's inputs are then what they were before the deletion.
    apply(world) {
      const content = new Set(officeIds(world));
      const restorable = [...world.deleted.keys()].filter((file) => content.has(file.split('/')[1] ?? ''));
      if (!restorable.length) return undefined;
      const file = world.random.pick(restorable);
      fs.mkdirSync(path.dirname(path.join(world.root, file)), { recursive: true });
      fs.writeFileSync(path.join(world.root, file), world.deleted.get(file) ?? '');
      world.deleted.delete(file);
      return { kind: this.name, summary: `restored ${file}`, changed: [file] };
    },
  },
  {
    name: 'rename an office',
    weight: 2,
    apply(world) {
      const id = world.random.pick(officeIds(world));
      const data = readOffice(world, id);
      const name = data['name'] as { bn: string; en?: string };
      const mark = world.random.int(2, 99);
      data['name'] = {
        ...name,
        bn: `${name.bn.replace(/ \(নতুন \d+\)$/, '')} (নতুন ${mark})`,
        ...(name.en ? { en: `${name.en.replace(/ \(new \d+\)$/, '')} (new ${mark})` } : {}),
      };
      return { kind: this.name, summary: `renamed ${id}`, changed: [writeOffice(world, id, data)] };
    },
  },
  {
    name: 'move an office',
    weight: 2,
    apply(world) {
      const directory = readOfficeDirectory(world.root);
      const movable = [...directory.values()].filter((o) => o.parent !== undefined);
      if (!movable.length) return undefined;
      const office = world.random.pick(movable);
      // Any office outside its own subtree, other than its parent now.
      const parents = [...directory.keys()].filter((p) => p !== office.parent && !ancestorsOf(p, directory).includes(office.id));
      if (!parents.length) return undefined;
      const parent = world.random.pick(parents);
      const data = readOffice(world, office.id);
      data['parent'] = parent;
      return { kind: this.name, summary: `moved ${office.id} under ${parent}`, changed: [writeOffice(world, office.id, data)] };
    },
  },
  {
    name: 'remove an office',
    weight: 1,
    apply(world) {
      const directory = readOfficeDirectory(world.root);
      const parents = new Set([...directory.values()].map((o) => o.parent));
      // An office with none under it (removing a parent would leave its children naming an office that is not there).
      const leaves = [...directory.keys()].filter((id) => !parents.has(id));
      if (leaves.length < 2) return undefined;
      const id = world.random.pick(leaves);
      const dir = path.join(officesDir(world), id);
      const files = new Map(filesUnder(dir).map((f) => [path.relative(dir, f), fs.readFileSync(f)] as const));
      world.removed.set(id, files);
      fs.rmSync(dir, { recursive: true });
      return { kind: this.name, summary: `removed office ${id}`, changed: [...files.keys()].map((f) => `offices/${id}/${f.split(path.sep).join('/')}`) };
    },
  },
  {
    name: 'bring a removed office back',
    weight: 1,
    after: 'remove an office',
    apply(world) {
      const directory = readOfficeDirectory(world.root);
      const back = [...world.removed.keys()].filter((id) => {
        const parent = readParent(world.removed.get(id));
        return parent === undefined || directory.has(parent);
      });
      if (!back.length) return undefined;
      const id = world.random.pick(back);
      const files = world.removed.get(id) ?? new Map<string, Buffer>();
      for (const [file, data] of files) {
        fs.mkdirSync(path.dirname(path.join(officesDir(world), id, file)), { recursive: true });
        fs.writeFileSync(path.join(officesDir(world), id, file), data);
      }
      world.removed.delete(id);
      return { kind: this.name, summary: `brought office ${id} back`, changed: [...files.keys()].map((f) => `offices/${id}/${f.split(path.sep).join('/')}`) };
    },
  },
  {
    name: 'move the date past a quarter end',
    weight: 1,
    apply(world) {
      const next = nextQuarter(fiscalQuarterOf(world.asOf));
      // Into the next quarter: within the grace period or past it (the previous quarter's charter stops counting).
      const from = world.asOf;
      world.asOf = addDays(next.start, world.random.int(0, 40));
      return { kind: this.name, summary: `as of ${from} -> ${world.asOf}`, changed: [] };
    },
  },
];

function readParent(files: Map<string, Buffer> | undefined): string | undefined {
  const yaml = files?.get('office.yaml');
  if (!yaml) return undefined;
  const data = jsYaml.load(yaml.toString('utf8'), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
  return typeof data['parent'] === 'string' ? data['parent'] : undefined;
}

/**
 * Which kinds a sequence draws: every kind once first, in a random order (a kind after
 * the one it builds on), then by weight. A kind that has nothing to change when its turn
 * comes stays first in line for the next draw.
 */
export class EditPlan {
  private readonly kinds: readonly EditKind[];
  private readonly pending: EditKind[];
  private readonly total: number;

  constructor(kinds: readonly EditKind[], random: Random) {
    this.kinds = kinds;
    const order = random.sample(kinds, kinds.length);
    for (const kind of kinds) {
      if (!kind.after) continue;
      const at = order.indexOf(kind);
      const before = order.findIndex((k) => k.name === kind.after);
      if (before > at) order.splice(before, 0, ...order.splice(at, 1));
    }
    this.pending = order;
    this.total = kinds.reduce((sum, k) => sum + k.weight, 0);
  }

  /** `count` edits (fewer only when nothing can change). */
  draw(world: World, count: number): Edit[] {
    const edits: Edit[] = [];
    for (let tries = 0; edits.length < count && tries < count * 20; tries++) {
      const waiting = this.pending.findIndex((kind) => {
        const edit = kind.apply(world);
        if (edit) edits.push(edit);
        return edit !== undefined;
      });
      if (waiting !== -1) {
        this.pending.splice(waiting, 1);
        continue;
      }
      let at = world.random.next() * this.total;
      const kind = this.kinds.find((k) => (at -= k.weight) < 0) ?? (this.kinds.at(-1) as EditKind);
      const edit = kind.apply(world);
      if (edit) edits.push(edit);
    }
    return edits;
  }
}

// ---------------------------------------------------------------------------
// Published folders, compared.

/** Every file under a folder (dot files included) with its bytes' hash. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [path.relative(dir, f).split(path.sep).join('/'), sha256(fs.readFileSync(f))] as const));
}

export interface Difference {
  file: string;
  what: 'only in the incremental build' | 'only in the clean build' | 'bytes differ';
  /** For text that differs: a few characters around the first difference in each. */
  detail?: string;
}

export function compareFolders(incremental: string, clean: string): Difference[] {
  const a = snapshot(incremental);
  const b = snapshot(clean);
  const out: Difference[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (a.get(file) === b.get(file)) continue;
    if (!b.has(file)) out.push({ file, what: 'only in the incremental build' });
    else if (!a.has(file)) out.push({ file, what: 'only in the clean build' });
    else out.push({ file, what: 'bytes differ', detail: firstDifference(path.join(incremental, file), path.join(clean, file)) });
  }
  return out;
}

function firstDifference(a: string, b: string): string {
  const x = fs.readFileSync(a, 'utf8');
  const y = fs.readFileSync(b, 'utf8');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 100));
  return `at ${i}: incremental ${around(x)} / clean ${around(y)}`;
}

export function formatDifferences(differences: readonly Difference[], limit = 40): string {
  const lines = differences.slice(0, limit).map((d) => `  ${d.what}: ${d.file}${d.detail ? `\n      ${d.detail}` : ''}`);
  if (differences.length > limit) lines.push(`  … and ${differences.length - limit} more`);
  return lines.join('\n');
}

/**
 * An office's own files in a published folder (src/pipeline/site-layout.ts), with their
 * bytes, and the shared files its pages load (scripts, fonts, the search engine: what its
 * offline pack lists), which stay published while its pages do.
 */
function officeFiles(site: string, id: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const file of snapshot(site).keys()) {
    const owner = ownerOf(file);
    if (owner.kind === 'office' && owner.id === id) files.set(file, fs.readFileSync(path.join(site, file)));
  }
  const pack = files.get(`offline-packs/${id}.json`);
  for (const { url } of pack ? (JSON.parse(pack.toString('utf8')) as { files: { url: string }[] }).files : []) {
    const file = decodeURI(url).replace(/^\//, '');
    if (ownerOf(file).kind === 'shared' && fs.existsSync(path.join(site, file))) files.set(file, fs.readFileSync(path.join(site, file)));
  }
  return files;
}

// ---------------------------------------------------------------------------
// The sequence.

export interface SequenceOptions {
  seed: string;
  /** Offices the generated country starts with. */
  offices: number;
  steps: number;
  editsPerStep: number;
  /** A folder for the content, the published folder, the clean builds and the remote (created; emptied first). */
  work: string;
  /** Share of offices generated stale (stopped updating long ago). */
  staleShare?: number;
  kinds?: readonly EditKind[];
  /** Compare with a clean build after every step (the bench), or only after the last (the test). */
  compareEvery?: boolean;
  /**
   * The `build:office` arguments for a step (before `--out`). By default odd steps give
   * `--all` (an unchanged office is skipped by its input key; an office gone from content
   * is removed by it) and even steps `--office ID` for every office in content, as a CI
   * shard does (an office gone from content is then removed by `build:national`). A
   * caller can pass e.g. the changed files (`--changed FILE...`) instead.
   */
  officeArgs?: (edits: readonly Edit[], world: World) => string[];
  log?: (line: string) => void;
}

export interface StepReport {
  step: number;
  asOf: string;
  edits: Edit[];
  stale: string[];
  seconds: { offices: number; national: number; deploy: number; clean?: number };
  /** Differences from the clean build (when compared at this step). */
  differences?: Difference[];
  /** Files in which the remote differs from the published folder after the deploy. */
  remoteDifferences: Difference[];
}

export interface SequenceReport {
  steps: StepReport[];
  /** Every edit kind drawn, with how often. */
  kinds: Record<string, number>;
}

export class SequenceError extends Error {}

/** The outcome of one `build:office` run: exit 0, or 1 with only stale offices (anything else is an error of the sequence). */
function officeOutcome(result: ScriptResult, what: string): { stale: string[] } {
  const listed = [...result.stdout.matchAll(/^ {2}([a-z0-9-]+): (stale|invalid|failed):/gm)];
  const bad = listed.filter((m) => m[2] !== 'stale');
  if (bad.length || (result.code !== 0 && result.code !== 1) || (result.code === 1 && listed.length === 0))
    throw new SequenceError(`${what} failed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { stale: listed.map((m) => m[1] ?? '').sort() };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
}

export async function runSequence(options: SequenceOptions): Promise<SequenceReport> {
  const log = options.log ?? (() => undefined);
  const kinds = options.kinds ?? EDIT_KINDS;
  fs.rmSync(options.work, { recursive: true, force: true });
  const root = path.join(options.work, 'content');
  const site = path.join(options.work, 'site');
  const remote = path.join(options.work, 'remote');
  const asOf = '2024-05-01';
  for (const file of generateFiles({ offices: options.offices, seed: options.seed, asOf, staleShare: options.staleShare ?? 0.2 })) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  const world: World = {
    root,
    asOf,
    seed: options.seed,
    step: 0,
    random: randomFor(options.seed, 'publishing-sequence'),
    plans: new Map(planOffices(options.offices).map((p) => [p.id, p])),
    removed: new Map(),
    deleted: new Map(),
  };
  const env = () => ({ PORTAL_CONTENT_DIR: root, PORTAL_CACHE_DIR: path.join(options.work, 'astro-cache'), FRESHNESS_AS_OF: world.asOf });
  /** Each office's files as its last good build left them (what a stale office keeps). */
  const lastGood = new Map<string, Map<string, Buffer>>();
  const report: SequenceReport = { steps: [], kinds: {} };
  const plan = new EditPlan(kinds, world.random);

  const publish = async (edits: Edit[]): Promise<StepReport> => {
    const args =
      world.step === 0
        ? ['--all']
        : (options.officeArgs?.(edits, world) ?? (world.step % 2 === 1 ? ['--all'] : officeIds(world).flatMap((id) => ['--office', id])));
    const [offices, officeSeconds] = await timed(() => runScript('build-office', [...args, '--out', site], env()));
    const { stale } = officeOutcome(offices, `step ${world.step}: build:office ${args.join(' ')}`);
    const [national, nationalSeconds] = await timed(() => runScript('build-national', ['--out', site], env()));
    if (national.code !== 0) throw new SequenceError(`step ${world.step}: build:national failed:\n${national.stdout}\n${national.stderr}`);
    const [deployed, deploySeconds] = await timed(() => runScript('deploy', ['--site', site, '--to', remote], env()));
    if (deployed.code !== 0) throw new SequenceError(`step ${world.step}: deploy failed:\n${deployed.stdout}\n${deployed.stderr}`);
    const content = new Set(officeIds(world));
    for (const id of lastGood.keys()) if (!content.has(id)) lastGood.delete(id);
    // Offices not stale now: what they published is their last good build (every office in content was built or found unchanged).
    for (const id of content) if (!stale.includes(id) && fs.existsSync(path.join(site, 'offices', id, 'build.json'))) lastGood.set(id, officeFiles(site, id));
    return {
      step: world.step,
      asOf: world.asOf,
      edits,
      stale,
      seconds: { offices: officeSeconds, national: nationalSeconds, deploy: deploySeconds },
      remoteDifferences: compareFolders(site, remote),
    };
  };

  /** A clean build of the content now into an empty folder, given the last good pages of the offices stale now. */
  const cleanBuild = async (stale: readonly string[]): Promise<[string, number]> => {
    const clean = path.join(options.work, `clean-${world.step}`);
    fs.rmSync(clean, { recursive: true, force: true });
    for (const id of stale) {
      for (const [file, data] of lastGood.get(id) ?? []) {
        if (file === `offices/${id}/compliance.json`) continue; // the record is the build's own (written for a stale office too)
        fs.mkdirSync(path.dirname(path.join(clean, file)), { recursive: true });
        fs.writeFileSync(path.join(clean, file), data);
      }
    }
    const cleanEnv = { ...env(), PORTAL_CACHE_DIR: path.join(options.work, `clean-cache-${world.step}`) };
    const [, seconds] = await timed(async () => {
      const offices = await runScript('build-office', ['--all', '--out', clean], cleanEnv);
      officeOutcome(offices, `step ${world.step}: the clean build:office --all`);
      const national = await runScript('build-national', ['--out', clean], cleanEnv);
      if (national.code !== 0) throw new SequenceError(`step ${world.step}: the clean build:national failed:\n${national.stdout}\n${national.stderr}`);
    });
    fs.rmSync(cleanEnv.PORTAL_CACHE_DIR, { recursive: true, force: true });
    return [clean, seconds];
  };

  const first = await publish([]);
  log(
    `step 0: ${options.offices} offices as of ${world.asOf}, ${first.stale.length} stale (${first.seconds.offices.toFixed(1)} s + ${first.seconds.national.toFixed(1)} s)`,
  );
  report.steps.push(first);
  for (world.step = 1; world.step <= options.steps; world.step++) {
    const edits = plan.draw(world, options.editsPerStep);
    for (const edit of edits) report.kinds[edit.kind] = (report.kinds[edit.kind] ?? 0) + 1;
    const step = await publish(edits);
    log(`step ${world.step}: ${edits.map((e) => e.summary).join('; ')}`);
    log(
      `  as of ${world.asOf}: ${step.stale.length} stale; build:office ${step.seconds.offices.toFixed(1)} s, build:national ${step.seconds.national.toFixed(1)} s, deploy ${step.seconds.deploy.toFixed(1)} s`,
    );
    if (options.compareEvery || world.step === options.steps) {
      const [clean, seconds] = await cleanBuild(step.stale);
      step.seconds.clean = seconds;
      step.differences = compareFolders(site, clean);
      log(`  clean build ${seconds.toFixed(1)} s: ${step.differences.length} files differ`);
      if (step.differences.length === 0) fs.rmSync(clean, { recursive: true, force: true });
    }
    report.steps.push(step);
  }
  return report;
}
