/**
 * The national layer of a few thousand offices: a directory a citizen can walk
 * (division → district → upazila → office) where no page lists more than 200
 * offices and every page stays within the page budget, built from office.yaml
 * files and office records alone (no document is read, no office page rendered).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeRecord } from '../../src/lib/national-model.ts';
import { officeComplianceFile, officeManifestFile } from '../../src/pipeline/site-layout.ts';
import { generateFiles } from '../../src/synthetic/country.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

const OFFICES = 3_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-directory-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
let build: ScriptResult;
let ids: string[] = [];

beforeAll(async () => {
  for (const file of generateFiles({ offices: OFFICES, seed: 'directory', asOf: '2024-05-01', staleShare: 0 })) {
    if (!file.path.endsWith('/office.yaml')) continue;
    fs.mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    fs.writeFileSync(path.join(content, file.path), file.content);
  }
  ids = fs.readdirSync(path.join(content, 'offices')).sort();
  // Every office but the last ten published: what their office builds write for the national layer.
  for (const id of ids.slice(0, -10)) {
    const record = officeRecord({ id, name: { bn: id, en: id }, folder: `content/offices/${id}`, exemptions: [], documents: [] });
    fs.mkdirSync(path.join(site, 'offices', id), { recursive: true });
    fs.writeFileSync(path.join(site, officeComplianceFile(id)), JSON.stringify(record));
    fs.writeFileSync(path.join(site, officeManifestFile(id)), JSON.stringify({ key: 'test', files: { [`offices/${id}/index.html`]: 'x' } }));
  }
  build = await runScript('build-national', ['--out', site], {
    PORTAL_CONTENT_DIR: content,
    PORTAL_CACHE_DIR: path.join(work, 'astro-cache'),
    FRESHNESS_AS_OF: '2024-05-01',
  });
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const pages = () =>
  fs
    .readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin'))
    .map((f) => ({ file: f, html: fs.readFileSync(path.join(site, f), 'utf8') }));
const officeLinks = (html: string) => [...html.matchAll(/href="\/offices\/([^/"]+)\/"/g)].map((m) => m[1] ?? '');

describe(`the national layer of ${OFFICES.toLocaleString('en')} offices`, () => {
  it('builds without a document, and says how many offices it covers', () => {
    expect(build.code, build.stderr.slice(-3000)).toBe(0);
    expect(build.stdout).toContain(`national: ${OFFICES} offices, ${OFFICES - 10} published`);
  });

  it('lists no more than 200 offices on any page, and keeps every page within the 60 KB budget (gzip)', () => {
    for (const { file, html } of pages()) {
      expect(new Set(officeLinks(html)).size, file).toBeLessThanOrEqual(200);
      expect(zlib.gzipSync(html).length, file).toBeLessThan(60 * 1024);
    }
  });

  it('reaches every published office from the home page through directory pages, and names the unpublished ones without a link', () => {
    const all = pages();
    const linked = new Set(all.flatMap(({ file, html }) => (file === 'index.html' || file.startsWith('directory/') ? officeLinks(html) : [])));
    for (const id of ids.slice(0, -10)) expect(linked.has(id), id).toBe(true);
    for (const id of ids.slice(-10)) expect(linked.has(id), id).toBe(false);
    // The home page links each top-level office's directory page, and a directory page its children's.
    const home = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(home).toMatch(/href="\/directory\/divcom-[a-z]+\/"/);
  });

  it('rolls up compliance JSON and CSV past 200 offices, and gives every office its full rows in exactly one small scope', () => {
    const country = JSON.parse(fs.readFileSync(path.join(site, 'compliance.json'), 'utf8')) as { rollup: { id: string; offices: number }[] };
    expect(country.rollup.length).toBeGreaterThan(0);
    expect(country.rollup.reduce((n, r) => n + r.offices, 0)).toBe(OFFICES);
    for (const file of fs.readdirSync(path.join(site, 'compliance')).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(fs.readFileSync(path.join(site, 'compliance', file), 'utf8')) as { offices: unknown[] };
      expect(data.offices.length, file).toBeLessThanOrEqual(200);
    }
  });
});
