/**
 * npm run generate -- --offices N [--seed S] [--as-of YYYY-MM-DD] [--pages P] [--stale PERCENT] --out DIR [--force]
 *
 * Writes a synthetic, country-shaped content tree (see src/synthetic/country.ts) to
 * DIR/offices/..., for benchmarks and sharding tests. Use it with
 * PORTAL_CONTENT_DIR=DIR. It refuses to write inside content/ (synthetic offices
 * must never mix with real ones) and will not replace an existing tree unless
 * --force is given. Stale offices (default 5%) make the build's freshness gate
 * fail, as it should: build benchmarks generate with --stale 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isIsoDate } from '../src/domain/iso-date.ts';
import { DEFAULT_AS_OF, DEFAULT_STALE_SHARE, emptySummary, generateFiles } from '../src/synthetic/country.ts';
import { UsageError, parseArgs, runCli } from './lib/args.ts';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), {
    offices: { value: true },
    pages: { value: true },
    seed: { value: true },
    'as-of': { value: true },
    stale: { value: true },
    out: { value: true },
    force: {},
    quiet: {},
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const wholeNumber = (name: string) => {
    const raw = flags[name];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < 1)
      throw new UsageError(`--${name} must be a whole number of at least 1, got "${String(raw)}"`);
    return Number(raw);
  };
  const offices = wholeNumber('offices');
  const pages = wholeNumber('pages');
  if (offices === undefined && pages === undefined) throw new UsageError('give --offices N (or --pages P for an exact page count)');
  if (typeof flags['out'] !== 'string') throw new UsageError('give --out DIR: the folder to write the content tree into (outside content/)');
  const asOf = typeof flags['as-of'] === 'string' ? flags['as-of'] : DEFAULT_AS_OF;
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${asOf}"`);
  const seed = typeof flags['seed'] === 'string' ? flags['seed'] : '1';
  const staleRaw = flags['stale'];
  if (staleRaw !== undefined && (typeof staleRaw !== 'string' || !/^\d+(\.\d+)?$/.test(staleRaw) || Number(staleRaw) > 100)) {
    throw new UsageError(`--stale is the percentage of stale offices, 0 to 100, got "${String(staleRaw)}"`);
  }
  const staleShare = staleRaw === undefined ? DEFAULT_STALE_SHARE : Number(staleRaw) / 100;

  const out = path.resolve(flags['out']);
  const realContent = path.resolve('content');
  if (out === realContent || out.startsWith(realContent + path.sep) || realContent.startsWith(out + path.sep)) {
    throw new UsageError(
      `--out ${flags['out']} is inside (or contains) content/; synthetic offices must never mix with real content, write them elsewhere (e.g. --out /tmp/country)`,
    );
  }
  const officesDir = path.join(out, 'offices');
  if (fs.existsSync(officesDir) && fs.readdirSync(officesDir).length > 0) {
    if (!flags['force']) throw new UsageError(`${officesDir} already holds a content tree; pass --force to replace it`);
    fs.rmSync(officesDir, { recursive: true, force: true });
  }

  const started = performance.now();
  const summary = emptySummary();
  const dirs = new Set<string>();
  for (const file of generateFiles({ offices: offices ?? 0, pages, seed, asOf, staleShare }, summary)) {
    const target = path.join(out, file.path);
    const dir = path.dirname(target);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    fs.writeFileSync(target, file.content);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!flags['quiet']) {
    process.stdout.write(
      `generated ${summary.offices} offices, ${summary.pages} pages (${summary.documents.charter} charters, ${summary.documents.minutes} minutes, ${summary.documents.order} orders) in ${out} in ${seconds}s\n` +
        `seed ${seed}, fresh as of ${asOf}; ${summary.staleOffices} stale offices; dirty values (validation warnings): ${summary.dirty.email} emails, ${summary.dirty.phone} phones, ${summary.dirty.memo} memo numbers, ${summary.dirty.banglaDate} Bangla dates\n`,
    );
  }
  return 0;
});
