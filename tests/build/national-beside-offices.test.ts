/**
 * `npm run build` starts the national layer's Astro beside the last offices' search
 * indexing, from what the offices are expected to publish (startNationalRender), and
 * buildNational uses that render only when the model it reads back from the published
 * offices is the same. Both ways must publish the same national files as
 * `npm run build:national` on its own; a wrong expectation is discarded, not published.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNational, startNationalRender } from '../../src/pipeline/national-build.ts';
import { sha256 } from '../../src/pipeline/publish.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';
import { repoRoot } from '../support/paths.ts';
import { generateFiles } from '../../src/synthetic/country.ts';
import { runScript } from '../support/run-script.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-national-beside-'));
const content = path.join(work, 'content');
const env = { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), FRESHNESS_AS_OF: '2024-05-01' };

/** The national layer's files of a site (path -> hash), service worker and manifest included. */
const nationalFiles = (site: string) =>
  new Map(
    fs
      .readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((f) => ownerOf(f).kind === 'national')
      .map((f) => [f, sha256(fs.readFileSync(path.join(site, f)))] as const),
  );

let built: Awaited<ReturnType<typeof runScript>>;

beforeAll(async () => {
  for (const file of generateFiles({ offices: 6, seed: 'national-beside', asOf: '2024-05-01', staleShare: 0 })) {
    fs.mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    fs.writeFileSync(path.join(content, file.path), file.content);
  }
  built = await runScript('build', [], { ...env, PORTAL_OUT_DIR: path.join(work, 'site') });
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('national pages rendered beside the office builds', () => {
  it('publish the same national files as build:national on its own', async () => {
    expect(built.code, built.stderr).toBe(0);
    const alone = path.join(work, 'alone');
    fs.cpSync(path.join(work, 'site'), alone, { recursive: true });
    const result = await runScript('build-national', ['--out', alone], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 files written/);
    expect(nationalFiles(alone)).toEqual(nationalFiles(path.join(work, 'site')));
  }, 120_000);

  it('discard a render started from a wrong expectation and render the published offices instead', async () => {
    const site = path.join(work, 'wrong');
    fs.cpSync(path.join(work, 'site'), site, { recursive: true });
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      // Expected: nothing published, so its model lists no office as published.
      const early = startNationalRender({
        repo: repoRoot,
        contentRoot: content,
        outDir: path.join(work, 'empty'),
        expected: { records: new Map(), published: [] },
      });
      const result = await buildNational({ repo: repoRoot, contentRoot: content, outDir: site, early, log: () => {} });
      expect(result.report.written).toEqual([]);
      await early.done;
      expect(fs.existsSync(early.staging)).toBe(false);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
    expect(nationalFiles(site)).toEqual(nationalFiles(path.join(work, 'site')));
  }, 120_000);
});
