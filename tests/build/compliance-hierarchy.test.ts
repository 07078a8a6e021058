import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

// Three offices in a chain (division > district > upazila) and one outside it, all joined on
// 1 June 2024: as of 15 June their quarterly rules do not apply yet, so the gate lets them through.
const site = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-hierarchy-')), 'site');
let build: ScriptResult;
beforeAll(async () => {
  build = await runScript('build', [], {
    PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/freshness-hierarchy'),
    PORTAL_OUT_DIR: site,
    FRESHNESS_AS_OF: '2024-06-15',
  });
});

const read = (route: string) => fs.readFileSync(path.join(site, route), 'utf8');
const rowOffices = (html: string) => [...html.matchAll(/<tr data-office="([^"]+)"/g)].map((m) => m[1]);

describe('the compliance pages of parent offices', () => {
  it('builds, saying the offices that joined later are not checked yet', () => {
    expect(build.code, build.stderr.slice(-2000)).toBe(0);
    expect(build.stdout).toContain('freshness: checking 4 offices as of 2024-06-15 (FRESHNESS_AS_OF)');
    expect(build.stdout).toContain('0 fresh, 0 exempt, 4 not applicable yet; nothing stale');
  });

  it('gives each office with children a page covering it and every office under it, at any depth', () => {
    expect(fs.readdirSync(path.join(site, 'compliance')).sort()).toEqual([
      'dc-test',
      'dc-test.csv',
      'dc-test.json',
      'divcom-test',
      'divcom-test.csv',
      'divcom-test.json',
      'index.html',
    ]);
    expect(new Set(rowOffices(read('compliance/divcom-test/index.html')))).toEqual(new Set(['divcom-test', 'dc-test', 'uno-test']));
    expect(new Set(rowOffices(read('compliance/dc-test/index.html')))).toEqual(new Set(['dc-test', 'uno-test']));
    expect(new Set(rowOffices(read('compliance/index.html')))).toEqual(new Set(['dc-test', 'divcom-test', 'other-test', 'uno-test']));
  });

  it('publishes the same offices as JSON and CSV for each parent', () => {
    const data = JSON.parse(read('compliance/divcom-test.json')) as {
      scope: string;
      offices: { id: string; status: string }[];
      summary: { notApplicableYet: number };
    };
    expect(data.scope).toBe('divcom-test');
    expect(data.offices.map((o) => [o.id, o.status])).toEqual([
      ['divcom-test', 'not-applicable-yet'],
      ['dc-test', 'not-applicable-yet'],
      ['uno-test', 'not-applicable-yet'],
    ]);
    expect(data.summary.notApplicableYet).toBe(3);
    const csv = read('compliance/dc-test.csv').trim().split('\r\n');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual([...Array(4).fill('dc-test'), ...Array(4).fill('uno-test')]);
  });

  it('shows “not applicable yet” on the office page badge', () => {
    expect(read('offices/uno-test/index.html')).toContain('<strong class="badge badge-not-applicable-yet" data-freshness-status');
  });
});
