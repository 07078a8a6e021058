/**
 * npm run fonts:subset [-- --check]
 *
 * Writes src/fonts/noto-sans-bengali-{400,700}.woff2: the Bengali faces of
 * @fontsource/noto-sans-bengali subset to the Bengali block (U+0980-09FF) plus
 * the dandas, ZWNJ/ZWJ and the dotted circle, with HarfBuzz (subset-font), which
 * keeps every conjunct those characters can shape into. It drops the Vedic
 * extensions and other marks fontsource's Bengali face also carries: about 10 KB
 * less per first visit (docs/citizens.md, "Weight"). The files are committed so
 * `astro dev` and `astro check` work without this step; src/fonts/fonts.json
 * records the source they came from, and --check (run by the tests) exits 1 when
 * the installed fontsource package no longer matches it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { parseArgs, runCli, UsageError } from './lib/args.ts';

export const FONT_DIR = 'src/fonts';
export const WEIGHTS = ['400', '700'] as const;
/** The characters kept, as a CSS unicode-range too (src/styles/fonts.css uses the same). */
export const UNICODE_RANGE = 'U+0964-0965,U+0980-09FF,U+200C-200D,U+25CC';

export function subsetText(): string {
  let text = '\u0964\u0965\u200C\u200D\u25CC';
  for (let c = 0x0980; c <= 0x09ff; c++) text += String.fromCodePoint(c);
  return text;
}

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

export interface FontsRecord {
  source: string;
  version: string;
  unicodeRange: string;
  files: Record<string, { sourceSha256: string; sha256: string; bytes: number }>;
}

export function sourceFile(repo: string, weight: string): string {
  return path.join(repo, 'node_modules/@fontsource/noto-sans-bengali/files', `noto-sans-bengali-bengali-${weight}-normal.woff2`);
}

export function readRecord(repo: string): FontsRecord | undefined {
  const file = path.join(repo, FONT_DIR, 'fonts.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FontsRecord) : undefined;
}

/** Problems that make the committed fonts out of date with the installed package (empty when they match). */
export function checkFonts(repo: string): string[] {
  const record = readRecord(repo);
  if (!record) return [`${FONT_DIR}/fonts.json is missing: run npm run fonts:subset`];
  const problems: string[] = [];
  for (const weight of WEIGHTS) {
    const entry = record.files[weight];
    const out = path.join(repo, FONT_DIR, `noto-sans-bengali-${weight}.woff2`);
    if (!entry || !fs.existsSync(out)) {
      problems.push(`${out} is missing: run npm run fonts:subset`);
      continue;
    }
    if (sha256(fs.readFileSync(sourceFile(repo, weight))) !== entry.sourceSha256)
      problems.push(
        `the installed @fontsource/noto-sans-bengali ${weight} face differs from the one ${FONT_DIR} was made from: run npm run fonts:subset and commit src/fonts/`,
      );
    if (sha256(fs.readFileSync(out)) !== entry.sha256) problems.push(`${out} was changed by hand: run npm run fonts:subset`);
  }
  if (record.unicodeRange !== UNICODE_RANGE)
    problems.push(`${FONT_DIR}/fonts.json was made for ${record.unicodeRange}, the script now keeps ${UNICODE_RANGE}: run npm run fonts:subset`);
  return problems;
}

export async function writeFonts(repo: string): Promise<FontsRecord> {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/@fontsource/noto-sans-bengali/package.json'), 'utf8')) as { version: string };
  const record: FontsRecord = { source: '@fontsource/noto-sans-bengali', version: pkg.version, unicodeRange: UNICODE_RANGE, files: {} };
  fs.mkdirSync(path.join(repo, FONT_DIR), { recursive: true });
  for (const weight of WEIGHTS) {
    const source = fs.readFileSync(sourceFile(repo, weight));
    const subset = Buffer.from(await subsetFont(source, subsetText(), { targetFormat: 'woff2' }));
    fs.writeFileSync(path.join(repo, FONT_DIR, `noto-sans-bengali-${weight}.woff2`), subset);
    record.files[weight] = { sourceSha256: sha256(source), sha256: sha256(subset), bytes: subset.length };
  }
  fs.writeFileSync(path.join(repo, FONT_DIR, 'fonts.json'), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

if (import.meta.main) {
  await runCli(async () => {
    const { flags, positionals } = parseArgs(process.argv.slice(2), { check: {} });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const repo = process.cwd();
    if (flags['check']) {
      const problems = checkFonts(repo);
      for (const p of problems) process.stderr.write(`${p}\n`);
      return problems.length ? 1 : 0;
    }
    const record = await writeFonts(repo);
    for (const [weight, f] of Object.entries(record.files))
      process.stdout.write(`${FONT_DIR}/noto-sans-bengali-${weight}.woff2: ${(f.bytes / 1024).toFixed(1)} KB\n`);
    return 0;
  });
}
