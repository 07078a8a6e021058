import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { generateFiles, planOffices } from '../../src/synthetic/country.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `protishruti-gen-${name}-`));

/** One hash over every file's path and bytes, in order. */
function treeHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const f of files.map((e) => path.join(e.parentPath, e.name)).sort()) {
    hash.update(path.relative(dir, f)).update(fs.readFileSync(f));
  }
  return hash.digest('hex');
}

describe('npm run generate', () => {
  it('writes byte-identical trees for the same seed and different trees for different seeds', async () => {
    const [a, b, c] = [tmp('a'), tmp('b'), tmp('c')];
    for (const [dir, seed] of [
      [a, '42'],
      [b, '42'],
      [c, '43'],
    ] as const) {
      const result = await runScript('generate', ['--offices', '30', '--seed', seed, '--out', dir, '--quiet']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(treeHash(a)).toBe(treeHash(b));
    expect(treeHash(a)).not.toBe(treeHash(c));
  });

  it('refuses to write inside content/ and explains why', async () => {
    const result = await runScript('generate', ['--offices', '3', '--out', path.join(repoRoot, 'content/synthetic')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside \(or contains\) content\//);
  });

  it('rejects a missing office count with a one-line reason', async () => {
    const result = await runScript('generate', ['--out', tmp('x')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a generated tree', () => {
  const dir = tmp('tree');
  for (const file of generateFiles({ offices: 120, seed: 'validate', asOf: '2024-05-01' })) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.content);
  }
  const tree = loadContentTree(dir);
  const { diagnostics } = validateTree(tree);

  it('passes every schema: the validator finds no errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('carries the dirty values of the seeds as warnings: emails, phones, memo numbers, Bangla dates', () => {
    const codes = new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code));
    for (const code of ['email-invalid', 'phone-invalid', 'memo-number-format', 'bangla-date-mismatch']) expect(codes).toContain(code);
  });

  it('links every office to a parent that exists, from divisions down to upazila offices', () => {
    const kinds = new Set<string>();
    for (const f of tree.files.filter((f) => f.kind === 'office')) {
      const data = f.source.data as { parent?: string; kind: string };
      kinds.add(data.kind);
      if (data.parent) expect(tree.officeIds).toContain(data.parent);
    }
    expect(kinds.has('divisional-office') && kinds.has('district-office') && kinds.has('upazila-office')).toBe(true);
  });

  it('has charters with 5 to 30 services, minutes with decisions, and focal-point and monitoring-committee orders', () => {
    const charters = tree.files.filter((f) => f.kind === 'charter');
    for (const c of charters) {
      const s = (c.source.data as { services: Record<string, { services: unknown[] }> }).services;
      const n = Object.values(s).reduce((sum, section) => sum + section.services.length, 0);
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(30);
    }
    const minutes = tree.files.filter((f) => f.kind === 'minutes');
    expect(minutes.length).toBeGreaterThan(0);
    for (const m of minutes) expect((m.source.data as { agenda: { decisions: unknown[] }[] }).agenda.some((a) => a.decisions.length > 0)).toBe(true);
    const orderKinds = new Set(tree.files.filter((f) => f.kind === 'order').map((f) => (f.source.data as { orderKind: string }).orderKind));
    expect(orderKinds).toContain('focal-point');
    expect(orderKinds).toContain('monitoring-committee');
  });

  it('is written in Bengali', () => {
    const charter = tree.files.find((f) => f.kind === 'charter');
    expect(charter && fs.readFileSync(charter.absolutePath, 'utf8')).toMatch(/[\u0980-\u09FF]{3,}/u);
  });
});

describe('the office plan', () => {
  it('is shaped like the country at 10,000 offices: 8 divisions, 64 districts, 495 upazilas', () => {
    const plans = planOffices(10_000);
    expect(plans).toHaveLength(10_000);
    expect(plans.filter((p) => p.kind === 'divisional-office')).toHaveLength(8);
    expect(plans.filter((p) => p.id.startsWith('dc-'))).toHaveLength(64);
    expect(plans.filter((p) => p.id.startsWith('uno-'))).toHaveLength(495);
    expect(new Set(plans.map((p) => p.id)).size).toBe(10_000);
  });

  it('hits an exact page count when asked for pages', () => {
    let pages = 0;
    for (const f of generateFiles({ offices: 0, pages: 333, seed: '1', asOf: '2024-05-01' })) if (/\.(yaml|mdx)$/.test(f.path)) pages++;
    expect(pages).toBe(333);
  });
});
