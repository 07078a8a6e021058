/**
 * npm run build:shard -- --plan n [--changed-since GIT-REF] [--format text|json]
 * npm run build:shard -- (--shard k/n | --office ID...) [--out DIR]
 * npm run build:shard -- --national [--out DIR]
 *
 * Shards group offices for CI jobs (docs/scale.md). A shard is a set of upazila
 * subtrees chosen by a hash of the id (stable as offices are added):
 * - `--plan` prints the assignment, or with `--changed-since` the shards whose
 *   folders changed (what CI rebuilds);
 * - `--shard k/n` (or the subtrees of `--office ID`) runs the office builds of
 *   those offices into the published folder (`npm run build:office`), and
 *   `--national` the national layer (`npm run build:national`). Office builds
 *   publish into one folder, so no assembly step is needed; `--shards-dir` is
 *   accepted for old workflows and ignored.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contentRoot, officesDir } from '../src/content-model/paths.ts';
import { changedShards, parseShardSpec, planShard, planSubtrees, readOfficeTree, type ShardPlan } from '../src/content-model/shards.ts';
import { affectedOffices, officesDueOn } from '../src/content-model/dependents.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { parseStandard, standardsDay } from '../src/content-model/standards.ts';
import { buildNational } from '../src/pipeline/national-build.ts';
import { buildOffices, summarizeOutcomes } from '../src/pipeline/office-build.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

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
    await buildNational({
      repo,
      contentRoot: source,
      outDir: path.resolve(typeof flags['out'] === 'string' ? flags['out'] : process.env['PORTAL_OUT_DIR'] || 'dist'),
    });
    return 0;
  }

  const out = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : process.env['PORTAL_OUT_DIR'] || 'dist');
  let shardPlan: ShardPlan;
  if (typeof flags['shard'] === 'string') {
    const spec = parseShardSpec(flags['shard']);
    if (!spec) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, e.g. --shard 1/4; got "${flags['shard']}"`);
    shardPlan = planShard(spec.k, spec.n, tree);
  } else {
    const ids = flags['office'] as string[];
    const unknown = ids.filter((id) => !tree.has(id));
    if (unknown.length) throw new UsageError(`no office "${unknown.join('", "')}" in ${officesDir(source)}`);
    shardPlan = planSubtrees(ids, tree);
  }
  if (shardPlan.owned.length === 0) {
    process.stdout.write('no office is assigned to this shard; nothing to build\n');
    return 0;
  }
  const { outcomes } = await buildOffices({ repo, contentRoot: source, outDir: out, officeIds: shardPlan.owned });
  process.stdout.write(`${summarizeOutcomes(outcomes)}\n`);
  return outcomes.some((o) => o.status !== 'built' && o.status !== 'unchanged') ? 1 : 0;
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
  // The same dependency as build:office --changed (standards included), with each changed standard as it was at `since`.
  const root = contentRoot();
  const directory = readOfficeDirectory(root);
  const previousStandard = (ref: string) => {
    const [setter, id] = ref.split('/');
    try {
      return parseStandard(
        execFileSync('git', ['show', `${since}:${prefix}offices/${setter}/services/${id}.yaml`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      );
    } catch {
      return undefined;
    }
  };
  const result = changedShards(changed, n, tree, prefix, (files) => {
    const found = affectedOffices(
      files.map((f) => path.join(repo, f)),
      { root, directory, previousStandard },
    );
    // Scheduled versions of standards announced or taking effect today change pages without a commit.
    const due = officesDueOn(standardsDay(), { root, directory });
    return { offices: [...new Set([...found.offices, ...due.offices])].sort(), removed: found.removed, reasons: [...found.reasons, ...due.reasons] };
  });
  if (json) process.stdout.write(`${JSON.stringify({ n, ...result })}\n`);
  else
    process.stdout.write(
      `${result.shards.length ? `rebuild shards ${result.shards.join(', ')} of ${n}` : 'no shard changed'}\n${result.reasons.map((r) => `  ${r}`).join('\n')}\n`,
    );
  return 0;
}
