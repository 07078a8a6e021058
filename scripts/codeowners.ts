/**
 * npm run codeowners [-- --check]: write .github/CODEOWNERS from the offices' reviewers,
 * or (--check) exit 1 when the committed file is not what the content says. Reads each
 * office.yaml and nothing else; exit 1 (and nothing written) when the file would reach
 * GitHub's 3 MB limit, past which GitHub applies none of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_MAX_BYTES, CODEOWNERS_PATH, readReviewers, renderCodeowners } from '../cms/codeowners.ts';
import { contentRoot } from '../src/content-model/paths.ts';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

await runCli(() => {
  const { flags, positionals } = parseArgs(process.argv.slice(2), { check: {}, out: { value: true } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: npm run codeowners [-- --check] [--out FILE])`);
  const out = path.resolve(typeof flags['out'] === 'string' ? flags['out'] : CODEOWNERS_PATH);
  const shown = path.relative(process.cwd(), out) || out;
  let expected: string;
  try {
    expected = renderCodeowners(readReviewers(contentRoot()));
  } catch (error) {
    process.stderr.write(`codeowners: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const bytes = Buffer.byteLength(expected);
  if (bytes >= CODEOWNERS_MAX_BYTES) {
    process.stderr.write(
      `codeowners: the file would be ${(bytes / 1024 / 1024).toFixed(2)} MB, and GitHub ignores a CODEOWNERS file of 3 MB or more (no office's review rule would apply). Give offices that are reviewed together one team in their office.yaml reviewers, and ids that start alike (e.g. <district>-<upazila>-<office>), so one wildcard line covers them.\n`,
    );
    return 1;
  }
  if (flags['check']) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
    if (current === expected) {
      process.stdout.write(`${shown} is current\n`);
      return 0;
    }
    process.stderr.write(
      current === undefined
        ? `${shown} is missing: run \`npm run codeowners\` and commit it\n`
        : `${shown} is stale: the offices' reviewers changed. Run \`npm run codeowners\` and commit the file.\n`,
    );
    return 1;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, expected);
  process.stdout.write(`wrote ${shown}\n`);
  return 0;
});
