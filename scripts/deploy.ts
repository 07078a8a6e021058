/**
 * npm run deploy -- --to REMOTE [--site DIR] [--dry-run]
 *
 * Syncs the published folder (default dist/) to an rclone remote (`s3:bucket/path`,
 * `r2:…`, or a local folder), sending only files whose content changed, pages after
 * what they refer to, deletions last; prints every file sent or deleted.
 * See src/pipeline/deploy.ts and docs/scale.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DeployError, deploy } from '../src/pipeline/deploy.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), { to: { value: true }, site: { value: true }, 'dry-run': {} });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (typeof flags['to'] !== 'string') throw new UsageError('--to REMOTE is needed: an rclone remote such as s3:bucket/site, or a folder');
  const site = path.resolve(typeof flags['site'] === 'string' ? flags['site'] : process.env['PORTAL_OUT_DIR'] || 'dist');
  if (!fs.existsSync(path.join(site, 'index.html'))) throw new UsageError(`${site} holds no built site (run npm run build first, or give --site DIR)`);
  try {
    const { changes, dryRun } = deploy({ site, to: flags['to'], dryRun: flags['dry-run'] === true });
    const verb = dryRun ? 'would ' : '';
    for (const change of changes) process.stdout.write(`${verb}${change.action === 'deleted' ? 'delete' : change.action === 'new' ? 'send (new)' : 'send (changed)'} ${change.path}\n`);
    const sent = changes.filter((c) => c.action !== 'deleted').length;
    process.stdout.write(`deploy: ${verb}send ${sent} file${sent === 1 ? '' : 's'} and ${verb}delete ${changes.length - sent} to ${flags['to']}${changes.length === 0 ? ' (nothing changed)' : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DeployError) {
      process.stderr.write(`deploy failed: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
});
