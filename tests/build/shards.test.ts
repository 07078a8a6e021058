/**
 * A sharded build end to end: two shards of a small synthetic country and the
 * national index, then real Chromium searching from the national site.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planShard, readOfficeTree, type ShardPlan } from '../../src/content-model/shards.ts';
import { generateFiles } from '../../src/synthetic/country.ts';
import { launchChromium } from '../support/browser.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// Outputs stay inside the repository: Astro keeps its prerender chunks next to an
// out-of-tree output in the shared .astro/ folder, where concurrent builds collide.
const work = path.join(repoRoot, 'node_modules/.cache/protishruti-test', `shards-${process.pid}`);
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-shards-content-'));
const shardsDir = path.join(work, 'shards');
const nationalDir = path.join(work, 'national');

// A slice of a generated country: the division, the district, and two upazilas
// (each with two offices) that the stable assignment puts in different shards of 2.
const KEEP = /^(divcom-dhaka|dc-dhaka|uno-dhaka-0[23]|dhaka-0[23]-(agri|ict))$/;
const env = { PORTAL_CONTENT_DIR: content };
let plans: ShardPlan[] = [];
let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  for (const file of generateFiles({ offices: 52, seed: 'shards', asOf: '2024-05-01', staleShare: 0 })) {
    if (!KEEP.test(file.path.split('/')[1] ?? '')) continue;
    fs.mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    fs.writeFileSync(path.join(content, file.path), file.content);
  }
  const tree = readOfficeTree(content);
  plans = [planShard(1, 2, tree), planShard(2, 2, tree)];
  for (const k of [1, 2]) {
    const result = await runScript('build-shard', ['--shard', `${k}/2`, '--out', path.join(shardsDir, `${k}-of-2`)], env);
    expect(result.code, result.stderr + result.stdout.slice(-2000)).toBe(0);
  }
  const result = await runScript('build-shard', ['--national', '--shards-dir', shardsDir, '--out', nationalDir], env);
  expect(result.code, result.stderr + result.stdout.slice(-2000)).toBe(0);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(content, { recursive: true, force: true });
});

describe('a sharded build of two shards and the national index', () => {
  it('gives each shard its own offices, with their own search index, and none of the ancestors it was built with', () => {
    for (const [i, plan] of plans.entries()) {
      const dir = path.join(shardsDir, `${i + 1}-of-2`);
      expect(plan.owned.length).toBeGreaterThan(0);
      expect(fs.readdirSync(path.join(dir, 'offices')).sort()).toEqual(plan.owned);
      for (const id of plan.context) expect(fs.existsSync(path.join(dir, 'offices', id))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    }
  });

  it('publishes a national site linking every office from its home page', () => {
    const home = fs.readFileSync(path.join(nationalDir, 'index.html'), 'utf8');
    for (const id of plans.flatMap((p) => p.owned)) {
      expect(home).toContain(`href="/offices/${id}/"`);
      expect(fs.existsSync(path.join(nationalDir, 'offices', id, 'index.html'))).toBe(true);
    }
  });

  it('finds a page of each shard when searching from the national site', async () => {
    browser = await launchChromium();
    server = await serveStatic(nationalDir);
    // Each upazila's name is printed only on its own offices' pages, and each upazila is in one shard.
    const searches = [
      { q: 'মিরপুর', upazila: 'dhaka-02' },
      { q: 'কুমারখালী', upazila: 'dhaka-03' },
    ];
    const shardsFound = new Set<number>();
    for (const { q, upazila } of searches) {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 20_000 });
      const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const offices = hrefs.map((h) => /\/offices\/([^/]+)\//.exec(h)?.[1]).filter((id): id is string => id !== undefined);
      expect(offices.length, `results for ${q}: ${hrefs.join(' ')}`).toBeGreaterThan(0);
      for (const id of offices) {
        expect(id.endsWith(upazila) || id.startsWith(`${upazila}-`), `${id} is an office of ${upazila}`).toBe(true);
        shardsFound.add(plans.findIndex((p) => p.owned.includes(id)) + 1);
      }
      await page.close();
    }
    expect([...shardsFound].sort()).toEqual([1, 2]);
  });
});
