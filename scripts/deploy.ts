/**
 * npm run deploy -- --to REMOTE [--site DIR] [--dry-run] [--office ID... | --shard k/n | --national]
 *
 * Syncs the published folder (default dist/) to an rclone remote (`s3:bucket/path`,
 * `r2:…`, or a local folder), sending only files whose content changed, pages after
 * what they refer to, deletions last, each file with its Content-Type and
 * Cache-Control (src/pipeline/served-as.ts); prints every file sent or deleted. With
 * --office or --national only that part of the site is sent (and deleted): what one
 * CI job built; --national also deletes the remote's files of offices that are no
 * longer in content (PORTAL_CONTENT_DIR).
 * See src/pipeline/deploy.ts and docs/scale.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DeployError, deploy, type DeployScope } from '../src/pipeline/deploy.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { parseShardSpec, planShard, readOfficeTree } from '../src/content-model/shards.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    to: { value: true },
    site: { value: true },
    'dry-run': {},
    office: { value: true, repeat: true },
    shard: { value: true },
    national: {},
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (typeof flags['to'] !== 'string') throw new UsageError('--to REMOTE is needed: an rclone remote such as s3:bucket/site, or a folder');
  const site = path.resolve(typeof flags['site'] === 'string' ? flags['site'] : process.env['PORTAL_OUT_DIR'] || 'dist');
  if (!fs.existsSync(path.join(site, 'index.html'))) throw new UsageError(`${site} holds no built site (run npm run build first, or give --site DIR)`);
  try {
    const offices = (flags['office'] as string[] | undefined) ?? [];
    if (typeof flags['shard'] === 'string') {
      // The offices one CI job built with `npm run build:shard -- --shard k/n`.
      const spec = parseShardSpec(flags['shard']);
      if (!spec) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n; got "${flags['shard']}"`);
      offices.push(...planShard(spec.k, spec.n, readOfficeTree(contentRoot())).owned);
      if (offices.length === 0) {
        process.stdout.write('deploy: no office in this shard; nothing to send\n');
        return 0;
      }
    }
    if (offices.length && flags['national']) throw new UsageError('give --office ID or --national, not both (deploy them one after the other)');
    const scope: DeployScope = offices.length ? { kind: 'offices', ids: offices } : flags['national'] ? { kind: 'national' } : { kind: 'all' };
    // The national layer's deploy also deletes the files of offices no longer in content.
    const contentOffices = scope.kind === 'national' ? new Set(readOfficeDirectory(contentRoot()).keys()) : undefined;
    const { changes, dryRun } = await deploy({
      site,
      to: flags['to'],
      dryRun: flags['dry-run'] === true,
      scope,
      ...(contentOffices ? { contentOffices } : {}),
    });
    const verb = dryRun ? 'would ' : '';
    for (const change of changes)
      process.stdout.write(`${verb}${change.action === 'deleted' ? 'delete' : change.action === 'new' ? 'send (new)' : 'send (changed)'} ${change.path}\n`);
    const sent = changes.filter((c) => c.action !== 'deleted').length;
    process.stdout.write(
      `deploy: ${verb}send ${sent} file${sent === 1 ? '' : 's'} and ${verb}delete ${changes.length - sent} to ${flags['to']}${changes.length === 0 ? ' (nothing changed)' : ''}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DeployError) {
      process.stderr.write(`deploy failed: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
});
