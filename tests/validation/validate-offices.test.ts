/**
 * Whole-country validate and freshness go office by office (chunks, worker threads) and
 * must say exactly what the checks said over the whole tree in memory: the same
 * diagnostics in the same order, the same report. Checked on a small generated country
 * with the awkward cases added: ids that sort differently as folders and as paths
 * (`a`, `a-b`), a folder without office.yaml, a stray file, an office folder that is a link.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { generateFiles } from '../../src/synthetic/country.ts';
import { checkFreshness, checkFreshnessOfOffices } from '../../src/validation/freshness-check.ts';
import { validateTree } from '../../src/validation/index.ts';
import { validateOffices } from '../../src/validation/validate-offices.ts';
import { jsonChunks } from '../../scripts/lib/json-out.ts';
import { progressReporter } from '../../scripts/lib/progress.ts';

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-chunks-'));
  for (const file of generateFiles({ offices: 30, seed: 'chunks', asOf: '2024-05-01' })) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  const offices = path.join(root, 'offices');
  const some = fs.readdirSync(offices).sort()[3] as string;
  for (const id of ['a', 'a-b', 'a.b']) {
    fs.cpSync(path.join(offices, some), path.join(offices, id), { recursive: true });
    // A parent that does not exist, and one that does but is not in the chunk.
    fs.appendFileSync(path.join(offices, id, 'office.yaml'), '');
  }
  fs.writeFileSync(
    path.join(offices, 'a', 'office.yaml'),
    fs.readFileSync(path.join(offices, 'a', 'office.yaml'), 'utf8').replace(/^parent: .*$/m, 'parent: nowhere'),
  );
  fs.mkdirSync(path.join(offices, 'no-metadata', 'charters'), { recursive: true });
  fs.writeFileSync(path.join(offices, 'no-metadata', 'charters', 'notes.txt'), 'stray');
  fs.writeFileSync(path.join(offices, 'a-b', 'README.md'), 'stray');
  fs.symlinkSync(path.join(offices, some), path.join(offices, 'linked'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('validating a country office by office', { timeout: 60_000 }, () => {
  it('gives the diagnostics of the whole tree, in its order, in this thread and in two workers', async () => {
    const tree = loadContentTree(root);
    const whole = validateTree(tree).diagnostics;
    expect(whole.map((d) => d.code)).toEqual(expect.arrayContaining(['reference', 'file-layout', 'unsafe-content']));
    for (const jobs of [1, 2]) {
      const chunked = await validateOffices({ root, jobs });
      expect(chunked.diagnostics).toEqual(whole);
      expect(chunked.files).toBe(tree.files.length);
      expect(chunked.offices).toBe(tree.officeIds.length);
    }
  });

  it('reports progress after each chunk, and never for offices it does not check', async () => {
    const seen: number[] = [];
    const named = await validateOffices({ root, officeIds: ['a', 'a-b', 'nowhere'], onProgress: (done) => seen.push(done) });
    expect(named.offices).toBe(2);
    expect(named.diagnostics.filter((d) => d.code === 'reference').map((d) => d.file)).toEqual([expect.stringMatching(/\/a\/office\.yaml$/)]);
    expect(seen.at(-1)).toBe(3);
  });
});

describe('freshness of a country office by office', { timeout: 60_000 }, () => {
  it('gives the report of the whole tree, in two workers', async () => {
    const whole = checkFreshness({ root, asOf: '2024-05-01' });
    const chunked = await checkFreshnessOfOffices({ root, asOf: '2024-05-01', jobs: 2 });
    expect(chunked.report).toEqual(whole.report);
    expect(chunked.notes).toEqual(whole.notes);
  });
});

describe('JSON written in pieces', () => {
  it('is byte for byte JSON.stringify(value, null, 2)', () => {
    const values: unknown[] = [
      [],
      {},
      [1, 'two', null, undefined, { a: undefined, b: [] }],
      { asOf: '2024-05-01', offices: [{ id: 'x', obligations: [{ rule: 'r', fix: null, when: new Date(0) }] }], summary: { fresh: 1 } },
      'text with\nnewline',
      { nested: { deeper: { deepest: [1, [2, [3]]] } } },
    ];
    for (const value of values) expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});

describe('progress on long runs', () => {
  it('says nothing within the first interval, then the count, rate and time left', () => {
    let now = 0;
    const lines: string[] = [];
    const report = progressReporter('validate', { intervalMs: 10_000, now: () => now, write: (line) => lines.push(line) });
    now = 5_000;
    report(100, 50_000);
    expect(lines).toEqual([]);
    now = 20_000;
    report(2_000, 50_000);
    expect(lines).toEqual(['validate: 2,000 of 50,000 offices (4%), 20 s, 10.0 ms an office, about 8 min left']);
  });
});
