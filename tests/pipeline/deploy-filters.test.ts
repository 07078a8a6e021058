/**
 * What a deploy of each scope may touch on the remote: rclone's own listing with the
 * scope's filter rules (src/pipeline/deploy.ts), run on a folder laid out as a site. The
 * offices' ids go in `{a,b}` alternations (cheaper for rclone than a rule per office):
 * this holds them to the same files as a rule per office would name.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletable, inScope, officeRules, scopeFilters, type DeployScope } from '../../src/pipeline/deploy.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-deploy-filters-'));
const office = (id: string) => [
  `offices/${id}/index.html`,
  `offices/${id}/pagefind/fragment/bn_1.pf_fragment`,
  `api/offices/${id}.json`,
  `api/offices/${id}/charters/2024-04-01.json`,
  `admin/${id}/index.html`,
  `admin/${id}/options.json`,
  `offline-packs/${id}.json`,
];
const FILES = [
  ...['lgd', 'lgd-2', 'uno-feni-07', 'gone'].flatMap(office),
  'index.html',
  'api/offices.json',
  'admin/index.html',
  'admin/fonts/a.woff2',
  'directory/lgd/index.html',
  'search/scopes/_country.json',
  '_astro/app.js',
  'pagefind/pagefind.js',
].sort();

function listed(filters: string[]): string[] {
  const rules = path.join(work, 'rules');
  fs.writeFileSync(rules, `${filters.join('\n')}\n`);
  const result = spawnSync('rclone', ['lsf', '-R', '--files-only', '--filter-from', rules, path.join(work, 'remote')], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').filter(Boolean).sort();
}

beforeAll(() => {
  for (const file of FILES) {
    fs.mkdirSync(path.dirname(path.join(work, 'remote', file)), { recursive: true });
    fs.writeFileSync(path.join(work, 'remote', file), file);
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a deploy scope on the remote', () => {
  it('of some offices lists exactly their files (an id that is a prefix of another names only itself)', () => {
    const scope: DeployScope = { kind: 'offices', ids: ['lgd', 'uno-feni-07'] };
    expect(listed(scopeFilters(scope))).toEqual(FILES.filter((f) => inScope(f, scope)));
  });

  it('of the national layer lists its files and the shared assets, and the files of offices removed from content', () => {
    const scope: DeployScope = { kind: 'national' };
    const files = listed(scopeFilters(scope, ['gone']));
    expect(files).toEqual(FILES.filter((f) => inScope(f, scope) || (ownerOf(f).kind === 'office' && f.includes('gone'))));
    // It never deletes the shared assets it lists.
    expect(files.filter((f) => deletable(f, scope))).toEqual(files.filter((f) => !f.startsWith('_astro/') && !f.startsWith('pagefind/')));
  });

  it('puts at most 500 offices in one rule', () => {
    const ids = Array.from({ length: 1201 }, (_, i) => `office-${i}`);
    const rules = officeRules(ids);
    expect(rules.length).toBe(3 * 6);
    expect(rules.every((rule) => (rule.match(/,/g)?.length ?? 0) < 500)).toBe(true);
    expect(officeRules(['lgd'])[0]).toBe('/offices/lgd/**');
  });
});
