/**
 * npm run build:office -- --office ID [--office ID]... [--out DIR] [--force] [--batch-size N]
 * npm run build:office -- --all [--out DIR]
 * npm run build:office -- --changed FILE... [--out DIR]
 *
 * Builds those offices' own files (pages, JSON, feed, media, CMS entry, search
 * bundle, offline pack, compliance record) into the published folder (default
 * dist/, or PORTAL_OUT_DIR), never touching another office's files. An office whose
 * inputs did not change is not rebuilt (its files stay byte for byte). A stale or
 * invalid office fails its own build only: exit 1 names it, and its last good pages
 * stay published. An office that is no longer in content but still published (asked
 * for by id, named by --changed, or any such office with --all) is removed: every file
 * it owns is deleted. Exit 2: bad arguments or policy. See docs/scale.md.
 *
 * `--changed FILE...` builds every office whose published files depend on those changed
 * content files (documents, office.yaml, standard services: src/content-model/dependents.ts,
 * the answer the shard plan uses too).
 */
import path from 'node:path';
import { contentRoot } from '../src/content-model/paths.ts';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { PolicyError } from '../src/content-model/freshness-policy.ts';
import { BuildInputError, buildOffices, summarizeOutcomes } from '../src/pipeline/office-build.ts';
import { publishedOfficeIds, removedOffices } from '../src/pipeline/office-removal.ts';
import { affectedOffices } from '../src/content-model/dependents.ts';
import { publishedUsers } from '../src/pipeline/standards-data.ts';
import { writeFailure } from '../src/pipeline/publish.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(async () => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    office: { value: true, repeat: true },
    all: {},
    changed: {},
    out: { value: true },
    force: {},
    'batch-size': { value: true },
  });
  const changed = flags['changed'] === true;
  if (positionals.length && !changed) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (changed && positionals.length === 0)
    throw new UsageError('--changed needs the changed content files, e.g. --changed content/offices/land-ministry/services/namjari.yaml');
  if ([changed, flags['all'] === true, flags['office'] !== undefined].filter(Boolean).length > 1)
    throw new UsageError('give one of --office ID, --all or --changed FILE...');
  const root = contentRoot();
  const directory = readOfficeDirectory(root);
  let asked = (flags['office'] as string[] | undefined) ?? [];
  if (!flags['all'] && !changed && asked.length === 0) throw new UsageError('give --office ID (repeatable), --all or --changed FILE...');
  const batchSize = flags['batch-size'] === undefined ? undefined : Number(flags['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) throw new UsageError('--batch-size must be a whole number of at least 1');
  const outDir = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : process.env['PORTAL_OUT_DIR'] || 'dist');
  if (changed) {
    const affected = affectedOffices(
      positionals.map((file) => path.resolve(file)),
      { root, directory, previousUsers: (ref) => publishedUsers(outDir, ref) },
    );
    if (affected.notContent.length)
      throw new UsageError(`not a content file: ${affected.notContent.join(', ')} (a change to code or policy rebuilds every office: use --all)`);
    for (const line of affected.reasons) process.stdout.write(`changed: ${line}\n`);
    // An office whose folder was deleted and is still published is asked for too: buildOffices removes its files.
    const published = new Set(affected.removed.length ? publishedOfficeIds(outDir) : []);
    asked = [...affected.offices, ...affected.removed.filter((id) => published.has(id))];
    if (asked.length === 0) {
      process.stdout.write(`${summarizeOutcomes([])}\n`);
      return 0;
    }
  }
  try {
    const { outcomes } = await buildOffices({
      repo: process.cwd(),
      contentRoot: root,
      outDir,
      // --all: every office in content, and every published office no longer there (removed).
      officeIds: flags['all'] ? [...directory.keys(), ...removedOffices(outDir, directory)] : asked,
      directory,
      force: flags['force'] === true,
      ...(batchSize ? { batchSize } : {}),
    });
    process.stdout.write(`${summarizeOutcomes(outcomes)}\n`);
    for (const o of outcomes) if (o.status === 'invalid') process.stderr.write(`\n${o.id}:\n${o.message}\n`);
    return outcomes.some((o) => o.status !== 'built' && o.status !== 'unchanged' && o.status !== 'removed') ? 1 : 0;
  } catch (error) {
    if (error instanceof BuildInputError || error instanceof PolicyError) throw new UsageError(error.message);
    // A full disk: one line; the office being published stays as it was (publishUnit writes all or nothing).
    const line = writeFailure(error);
    if (line) {
      process.stderr.write(`build failed: ${line}\nThe office being published when it happened keeps its last published files.\n`);
      return 1;
    }
    throw error;
  }
});
