import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCodeowners } from '../../cms/codeowners.ts';
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

describe('CODEOWNERS generated from the offices', () => {
  it("makes each office's reviewers the owners of its folder, and says which offices have none", () => {
    const text = renderCodeowners([
      { id: 'lgd', reviewers: ['@lgd-ict', '@org/lgd-editors', '@lgd-ict'] },
      { id: 'divcom-rangpur', reviewers: [] },
    ]);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/content/offices/lgd/ @lgd-ict @org/lgd-editors']);
    expect(text).toContain('# /content/offices/divcom-rangpur/ has no reviewers yet');
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

  it('names the file, line and field when a reviewer is not a GitHub name', async () => {
    const root = contentWith({ lgd: ['lgd ict'] });
    const result = await runScript('codeowners', ['--check', '--out', path.join(root, 'CODEOWNERS')], { PORTAL_CONTENT_DIR: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/office\.yaml, line 5, field reviewers: expected a list of GitHub users or teams/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
