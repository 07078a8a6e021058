/**
 * npm run build:shard -- (--shard k/n | --office ID...) [--out DIR]
 * npm run build:shard -- --national --shards-dir DIR [--out DIR]
 * npm run build:shard -- --plan n [--changed-since GIT-REF] [--format text|json]
 *
 * Sharded builds for a country's worth of offices (docs/scale.md):
 * - a shard (`--shard k/n`, or the subtrees of `--office ID`) is built by the
 *   normal `npm run build` pipeline (validation, freshness gate, Astro, search
 *   index, offline packs) over a *materialised* content root that holds only the
 *   shard's offices plus their ancestors as context; the context offices' pages
 *   are dropped (scripts/lib/shard-context.ts). The output is deployable on its
 *   own, with its own Pagefind index.
 * - the national build renders the national pages (home with every office,
 *   search, 404, ...) from every office.yaml, takes each shard's own pages from
 *   `--shards-dir`, and indexes the assembled site once, so search from any page
 *   covers every shard.
 * - `--plan` prints the assignment, or with `--changed-since` the shards whose
 *   folders changed (what CI rebuilds).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContentTree } from '../src/content-model/load.ts';
import { OFFICE_FILE, contentRoot, officesDir } from '../src/content-model/paths.ts';
import { changedShards, parseShardSpec, planShard, planSubtrees, readOfficeTree, type ShardPlan } from '../src/content-model/shards.ts';
import { countBySeverity, formatDiagnosticsText } from '../src/validation/diagnostic.ts';
import { validateTree } from '../src/validation/index.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';
import { buildSteps } from './lib/build-steps.ts';

const repo = process.cwd();

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    shard: { value: true },
    office: { value: true, repeat: true },
    national: {},
    'shards-dir': { value: true },
    plan: { value: true },
    'changed-since': { value: true },
    out: { value: true },
    format: { value: true, choices: ['text', 'json'] },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const modes = [flags['shard'] !== undefined, flags['office'] !== undefined, flags['national'] === true, flags['plan'] !== undefined].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('give exactly one of --shard k/n, --office ID, --national or --plan n');
  const source = contentRoot();
  const tree = readOfficeTree(source);
  if (tree.size === 0) throw new UsageError(`no offices in ${officesDir(source)} (set PORTAL_CONTENT_DIR to the content root)`);

  if (typeof flags['plan'] === 'string') return plan(flags['plan'], flags['changed-since'] as string | undefined, flags['format'] === 'json', tree);
  if (flags['national']) {
    if (typeof flags['shards-dir'] !== 'string') throw new UsageError('--national needs --shards-dir DIR: the folder holding the built shards, one folder each');
    return national(source, path.resolve(flags['shards-dir']), path.resolve(typeof flags['out'] === 'string' ? flags['out'] : 'dist'));
  }

  let shardPlan: ShardPlan;
  let name: string;
  if (typeof flags['shard'] === 'string') {
    const spec = parseShardSpec(flags['shard']);
    if (!spec) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, e.g. --shard 1/4; got "${flags['shard']}"`);
    shardPlan = planShard(spec.k, spec.n, tree);
    name = `${spec.k}-of-${spec.n}`;
  } else {
    const ids = flags['office'] as string[];
    const unknown = ids.filter((id) => !tree.has(id));
    if (unknown.length) throw new UsageError(`no office "${unknown.join('", "')}" in ${officesDir(source)}`);
    shardPlan = planSubtrees(ids, tree);
    name = ids.join('+');
  }
  const out = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : path.join('dist-shards', name));
  return buildShard(source, shardPlan, name, out);
});

function plan(nRaw: string, since: string | undefined, json: boolean, tree: ReturnType<typeof readOfficeTree>): number {
  if (!/^\d+$/.test(nRaw) || Number(nRaw) < 1) throw new UsageError(`--plan needs the number of shards, got "${nRaw}"`);
  const n = Number(nRaw);
  if (since === undefined) {
    const shards = Array.from({ length: n }, (_, i) => planShard(i + 1, n, tree));
    if (json) process.stdout.write(`${JSON.stringify({ n, shards: shards.map((s, i) => ({ shard: i + 1, ...s })) })}\n`);
    else shards.forEach((s, i) => process.stdout.write(`shard ${i + 1}/${n}: ${s.owned.length} offices (+${s.context.length} context)\n`));
    return 0;
  }
  let changed: string[];
  try {
    changed = execFileSync('git', ['diff', '--name-only', since, '--'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    throw new UsageError(`git cannot compare with "${since}" (is it a commit or branch here? in CI fetch enough history)`);
  }
  const prefix = `${path.relative(repo, contentRoot()).split(path.sep).join('/') || '.'}/`;
  const result = changedShards(changed, n, tree, prefix);
  if (json) process.stdout.write(`${JSON.stringify({ n, ...result })}\n`);
  else process.stdout.write(`${result.shards.length ? `rebuild shards ${result.shards.join(', ')} of ${n}` : 'no shard changed'}\n${result.reasons.map((r) => `  ${r}`).join('\n')}\n`);
  return 0;
}

/** Hard-link (or copy, across file systems) a folder tree. */
function linkTree(from: string, to: string, filter: (rel: string) => boolean = () => true): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(from, abs);
    if (!entry.isFile() || !filter(rel)) continue;
    const target = path.join(to, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(abs, target);
    } catch {
      fs.copyFileSync(abs, target);
    }
  }
}

function workDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `protishruti-shard-${name.replace(/[^a-z0-9-]+/gi, '_').slice(0, 40)}-`));
  return dir;
}

function buildShard(source: string, shard: ShardPlan, name: string, out: string): number {
  if (shard.owned.length === 0) {
    process.stdout.write(`shard ${name}: no office is assigned to it; nothing to build\n`);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    return 0;
  }
  const work = workDir(name);
  const root = path.join(work, 'content');
  try {
    for (const id of [...shard.owned, ...shard.context]) linkTree(path.join(officesDir(source), id), path.join(officesDir(root), id));
    process.stdout.write(`shard ${name}: ${shard.owned.length} offices${shard.context.length ? `, ${shard.context.length} ancestors as context (${shard.context.join(', ')})` : ''}\n`);
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts/build.ts')], {
      stdio: 'inherit',
      env: {
        ...process.env,
        PORTAL_CONTENT_DIR: root,
        PORTAL_OUT_DIR: out,
        PORTAL_SHARD_CONTEXT: shard.context.join(','),
        PORTAL_CACHE_DIR: path.join(work, 'astro-cache'),
      },
    });
    return result.status ?? 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Paths of a built site that belong to one office: any path with a segment (extension dropped) equal to its id. */
function officeOfPath(rel: string, ids: ReadonlySet<string>): string | undefined {
  for (const segment of rel.split('/')) {
    const bare = segment.replace(/\.[a-z]+$/i, '');
    if (ids.has(bare)) return bare;
  }
  return undefined;
}

async function national(source: string, shardsDir: string, out: string): Promise<number> {
  const fail = (message: string) => {
    process.stderr.write(`\nnational build failed: ${message}\nNothing was published; ${out} is unchanged.\n`);
    return 1;
  };
  const tree = readOfficeTree(source);
  const ids = new Set(tree.keys());
  const shardDirs = fs.existsSync(shardsDir)
    ? fs.readdirSync(shardsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(shardsDir, e.name)).sort()
    : [];
  if (shardDirs.length === 0) return fail(`no built shards in ${shardsDir}`);

  // 1. Which shard holds each office's pages: every office must come from exactly one shard.
  const owner = new Map<string, string>();
  for (const dir of shardDirs) {
    const offices = path.join(dir, 'offices');
    if (!fs.existsSync(offices)) continue;
    for (const id of fs.readdirSync(offices)) {
      if (!ids.has(id)) continue;
      const previous = owner.get(id);
      if (previous) return fail(`office ${id} is in two shards (${path.basename(previous)} and ${path.basename(dir)}): rebuild them with the same --shard n`);
      owner.set(id, dir);
    }
  }
  const missing = [...ids].filter((id) => !owner.has(id));
  if (missing.length) {
    return fail(`${missing.length} offices are in no shard (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): build every shard k/n into ${shardsDir} first`);
  }

  // 2. The national pages, from every office.yaml (and media) without documents: cheap at any size.
  const work = workDir('national');
  const root = path.join(work, 'content');
  const staging = `${out}.staging`;
  try {
    for (const id of ids) linkTree(path.join(officesDir(source), id), path.join(officesDir(root), id), (rel) => rel === OFFICE_FILE || rel.startsWith('media'));
    const { diagnostics } = validateTree(loadContentTree(root));
    if (countBySeverity(diagnostics).errors > 0) {
      process.stderr.write(`${formatDiagnosticsText(diagnostics.filter((d) => d.severity === 'error'))}\n`);
      return fail('office metadata has errors');
    }
    fs.rmSync(staging, { recursive: true, force: true });
    const astro = spawnSync(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, PORTAL_CONTENT_DIR: root, PORTAL_OUT_DIR: staging, PORTAL_VALIDATED: '1', PORTAL_CACHE_DIR: path.join(work, 'astro-cache') },
    });
    if (astro.status !== 0) return fail('astro build of the national pages failed (see above)');

    // 3. Assemble: every office's own paths come from its shard (the national copies had no documents).
    for (const entry of fs.readdirSync(staging, { withFileTypes: true, recursive: true })) {
      const rel = path.relative(staging, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (entry.isFile() && officeOfPath(rel, ids)) fs.rmSync(path.join(staging, rel));
    }
    // Country roll-ups computed without documents would call every office stale: shards publish each office's own.
    for (const rollUp of ['compliance/index.html', 'compliance.json', 'compliance.csv']) fs.rmSync(path.join(staging, rollUp), { force: true });
    let copied = 0;
    for (const dir of shardDirs) {
      linkTree(dir, staging, (rel) => {
        const posix = rel.split(path.sep).join('/');
        if (posix.startsWith('_astro/')) return !fs.existsSync(path.join(staging, rel));
        const office = officeOfPath(posix, ids);
        const take = office !== undefined && owner.get(office) === dir;
        if (take) copied++;
        return take;
      });
    }
    process.stdout.write(`national: ${ids.size} offices from ${shardDirs.length} shards (${copied} files)\n`);

    // 4. One search index (and offline data) over the assembled site.
    for (const step of buildSteps.afterAstro) {
      const result = await step.run({ repo, contentRoot: source, siteDir: staging });
      if (!result.ok) return fail(result.message);
    }
    fs.rmSync(out, { recursive: true, force: true });
    fs.renameSync(staging, out);
    process.stdout.write(`published ${out}\n`);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

