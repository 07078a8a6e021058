/**
 * The five seed documents import through the command (`node scripts/import.ts`,
 * as `npm run import` runs it) into content equal to the hand-converted sample
 * content: the same frontmatter after schema parsing, the same body modulo
 * whitespace. Doubtful values are reported with their line in the seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import type { DocumentKind } from '../../src/schemas/index.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot, seedsDir } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { differences, readContent } from './compare.ts';
import { listFiles, tempContentRoot, type ImportJson } from './support.ts';

const haveSeeds = fs.existsSync(seedsDir);

const SEEDS: { seed: string; office: string; kind: DocumentKind; sample: string; warnings: [string, number][] }[] = [
  {
    seed: '000',
    office: 'prisons-directorate',
    kind: 'minutes',
    sample: 'minutes/2023-03-23-charter-monitoring-3.mdx',
    warnings: [['bangla-date-mismatch', 43]],
  },
  { seed: '001', office: 'divcom-rangpur', kind: 'minutes', sample: 'minutes/2023-06-22-charter-q4.mdx', warnings: [['memo-number-format', 41]] },
  {
    seed: '002',
    office: 'prisons-directorate',
    kind: 'order',
    sample: 'orders/2022-09-19-innovation-ideas.mdx',
    warnings: [
      ['bangla-date-mismatch', 8],
      ['memo-number-format', 6],
      ['unparsed', 16],
    ],
  },
  {
    seed: '003',
    office: 'doict-bheramara',
    kind: 'charter',
    sample: 'charters/2024-04-15.mdx',
    warnings: [
      ['email-invalid', 21],
      ['email-invalid', 27],
      ['unparsed', 27],
      ['phone-invalid', 56],
    ],
  },
  {
    seed: '004',
    office: 'lgd',
    kind: 'minutes',
    sample: 'minutes/2021-07-28-e-governance-innovation.mdx',
    warnings: [
      ['memo-number-format', 68],
      ['phone-invalid', 89],
      ['unparsed', 28],
    ],
  },
];

function seedFile(prefix: string): string {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}_* in ${seedsDir}`);
  return path.join(seedsDir, file);
}

describe.skipIf(!haveSeeds)('importing the five seeds', () => {
  let root: string;
  const runs = new Map<string, { code: number; json: ImportJson; stderr: string }>();

  beforeAll(async () => {
    root = tempContentRoot();
    await Promise.all(
      SEEDS.map(async (s) => {
        const r = await runScript('import', [seedFile(s.seed), '--office', s.office, '--out', root, '--format', 'json']);
        runs.set(s.seed, { code: r.code, json: JSON.parse(r.stdout || '{}') as ImportJson, stderr: r.stderr });
      }),
    );
  }, 180_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(SEEDS)('seed $seed imports as $kind into the office folder, kind detected', (s) => {
    const run = runs.get(s.seed);
    expect(run?.stderr).toBe('');
    expect(run?.code).toBe(0);
    expect(run?.json.kind).toBe(s.kind);
    expect(run?.json.office).toBe(s.office);
    expect(run?.json.written).toBe(true);
    expect(run?.json.files).toHaveLength(1);
    const file = run?.json.files[0];
    expect(file?.kindDetected).toBe(true);
    // Same folder and date as the sample; the slug is the importer's own (kind and number).
    const [folder, name] = s.sample.split('/');
    expect(file?.path).toContain(`/offices/${s.office}/${folder}/${name?.slice(0, 10)}`);
  });

  it.each(SEEDS)('seed $seed gives content equal to the sample content ($sample)', (s) => {
    const written = runs.get(s.seed)?.json.files[0]?.path ?? '';
    const got = readContent(s.kind, path.resolve(repoRoot, written));
    const want = readContent(s.kind, path.join(repoRoot, 'content/offices', s.office, s.sample));
    expect(differences(got.data, want.data)).toEqual([]);
    expect(got.body).toBe(want.body);
  });

  it.each(SEEDS)('seed $seed reports its doubtful values on their seed lines', (s) => {
    const diagnostics = runs.get(s.seed)?.json.diagnostics ?? [];
    for (const [code, line] of s.warnings) expect(diagnostics).toContainEqual(expect.objectContaining({ code, line, severity: 'warning' }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const d of diagnostics) expect(d.file).toMatch(new RegExp(`${s.seed}_[0-9a-f]+\\.txt$`));
  });

  it('writes NFC files that the validator accepts without errors', () => {
    const files = listFiles(path.join(root, 'offices')).filter((f) => f.endsWith('.mdx'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const raw = fs.readFileSync(path.join(root, 'offices', f), 'utf8');
      expect(raw).toBe(raw.normalize('NFC'));
      expect(raw.split('---\n').slice(2).join('---\n')).not.toMatch(/[{}<]/);
    }
    const { diagnostics } = validateTree(loadContentTree(root));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
