import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_MAX_BYTES, parseCodeowners, renderCodeowners, type OfficeReviewers } from '../../cms/codeowners.ts';
import { generateFiles, planOffices } from '../../src/synthetic/country.ts';
import { runScript } from '../support/run-script.ts';

function contentWith(reviewers: Record<string, string[]>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'codeowners-'));
  for (const [id, list] of Object.entries(reviewers)) {
    fs.mkdirSync(path.join(root, 'offices', id), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'offices', id, 'office.yaml'),
      `name:\n  bn: দপ্তর\n  en: Office\nkind: other\nreviewers: [${list.map((r) => `"${r}"`).join(', ')}]\n`,
    );
  }
  return root;
}

/** What GitHub reads for a path: the last matching line (cms/codeowners.ts parses the patterns as GitHub documents them). */
function ownersOf(text: string, file: string): string[] | undefined {
  return ownersLookup(text)(file);
}

/**
 * The same, fast enough for 50,000 offices: each line is tried only for paths that start
 * with the literal text before its first wildcard.
 */
function ownersLookup(text: string): (file: string) => string[] | undefined {
  const rules = parseCodeowners(text);
  const byLiteral = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    expect(rule.pattern.startsWith('/'), `${rule.pattern} is anchored`).toBe(true);
    const literal = rule.pattern.slice(1).split('*')[0] as string;
    byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), i]);
  });
  return (file) => {
    let last = -1;
    for (let n = 0; n <= file.length; n++) for (const i of byLiteral.get(file.slice(0, n)) ?? []) if (i > last && rules[i]!.matches(file)) last = i;
    return last < 0 ? undefined : rules[last]!.owners;
  };
}

describe('CODEOWNERS generated from the offices', () => {
  it("makes each office's reviewers the owners of its folder, and says which offices have none", () => {
    const text = renderCodeowners([
      { id: 'lgd', reviewers: ['@lgd-ict', '@org/lgd-editors', '@lgd-ict'] },
      { id: 'divcom-rangpur', reviewers: [] },
    ]);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/content/offices/lgd/ @lgd-ict @org/lgd-editors']);
    expect(text).toContain('# 1 office has no reviewers yet (add them to each office.yaml): divcom-rangpur\n');
  });

  it('gives offices whose ids start alike one wildcard line, and each office that differs its own line after it', () => {
    const offices: OfficeReviewers[] = [
      { id: 'feni-07-land', reviewers: ['@bd/uno-feni-07'] },
      { id: 'feni-07-agri', reviewers: ['@bd/uno-feni-07'] },
      { id: 'feni-07-health', reviewers: ['@bd/uno-feni-07', '@bd/feni-07-health'] },
      { id: 'feni-07-up-01', reviewers: [] },
      { id: 'feni-07', reviewers: ['@bd/dc-feni'] },
      { id: 'uno-feni-07', reviewers: ['@bd/uno-feni-07'] },
    ];
    const text = renderCodeowners(offices);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      // The shortest pattern that covers the group (nothing else starts with feni-).
      '/content/offices/feni-*/ @bd/uno-feni-07',
      '/content/offices/feni-07/ @bd/dc-feni',
      '/content/offices/feni-07-health/ @bd/uno-feni-07 @bd/feni-07-health',
      // An office with no reviewers under a wildcard line gets a line naming no owners (GitHub: "owners are left empty").
      '/content/offices/feni-07-up-01/',
      '/content/offices/uno-feni-07/ @bd/uno-feni-07',
    ]);
    for (const office of offices) expect(ownersOf(text, `content/offices/${office.id}/charters/2024-04-15.mdx`)).toEqual(office.reviewers);
  });

  it('refuses an office folder whose name cannot be a CODEOWNERS pattern', () => {
    expect(() => renderCodeowners([{ id: 'lgd [old]', reviewers: ['@lgd'] }])).toThrow(/office folder "lgd \[old\]" cannot be named in CODEOWNERS/);
  });

  it("stays under GitHub's 3 MB at 50,000 generated offices (one line per office would not), and every office keeps exactly its reviewers", () => {
    const offices = planOffices(50_000).map((p) => ({ id: p.id, reviewers: p.reviewers }));
    const text = renderCodeowners(offices);
    const onePerOffice = offices.reduce((n, o) => n + Buffer.byteLength(`/content/offices/${o.id}/ ${o.reviewers.join(' ')}\n`), 0);
    expect(onePerOffice).toBeGreaterThan(CODEOWNERS_MAX_BYTES);
    expect(Buffer.byteLength(text)).toBeLessThan(CODEOWNERS_MAX_BYTES / 3);
    const owners = ownersLookup(text);
    for (const office of offices) expect(owners(`content/offices/${office.id}/office.yaml`), office.id).toEqual(office.reviewers);
    // A new office whose id matches no group is owned by nobody (the maintainers), never by a stray team.
    expect(owners('content/offices/new-office/office.yaml')).toBeUndefined();
  });

  it('is current in the repository (the CI check)', async () => {
    const result = await runScript('codeowners', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes the file, then the check exits 1 with a plain reason once a reviewer changes', async () => {
    const root = contentWith({ lgd: ['@lgd-ict'] });
    const out = path.join(root, 'CODEOWNERS');
    expect((await runScript('codeowners', ['--out', out], { PORTAL_CONTENT_DIR: root })).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('/content/offices/lgd/ @lgd-ict\n');
    expect((await runScript('codeowners', ['--check', '--out', out], { PORTAL_CONTENT_DIR: root })).code).toBe(0);
    fs.writeFileSync(path.join(root, 'offices/lgd/office.yaml'), 'name:\n  bn: দপ্তর\n  en: Office\nkind: other\nreviewers: ["@someone-else"]\n');
    const stale = await runScript('codeowners', ['--check', '--out', out], { PORTAL_CONTENT_DIR: root });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/is stale.*npm run codeowners/);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is written from a generated country with reviewers, and checked, reading only the office.yaml files', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'codeowners-country-'));
    const reviewers = new Map<string, string[]>();
    for (const file of generateFiles({ offices: 120, seed: 'codeowners', asOf: '2024-05-01' })) {
      fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
      fs.writeFileSync(path.join(root, file.path), file.content);
    }
    for (const p of planOffices(120)) reviewers.set(p.id, p.reviewers);
    const out = path.join(root, 'CODEOWNERS');
    expect((await runScript('codeowners', ['--out', out], { PORTAL_CONTENT_DIR: root })).code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.some((l) => l.includes('-*/ '))).toBe(true);
    expect(lines.length).toBeLessThan(reviewers.size / 2);
    for (const [id, list] of reviewers) expect(ownersOf(text, `content/offices/${id}/minutes/x.mdx`), id).toEqual(list);
    expect((await runScript('codeowners', ['--check', '--out', out], { PORTAL_CONTENT_DIR: root })).code).toBe(0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('names the file, line and field when a reviewer is not a GitHub name', async () => {
    const root = contentWith({ lgd: ['lgd ict'] });
    const result = await runScript('codeowners', ['--check', '--out', path.join(root, 'CODEOWNERS')], { PORTAL_CONTENT_DIR: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/office\.yaml, line 5, field reviewers: expected a list of GitHub users or teams/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
