/** Offline data on the built sample site: each office's own pack, the service worker's version and shell. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBase } from '../../scripts/lib/offline.ts';
import { writeServiceWorker } from '../../src/pipeline/national-build.ts';
import { officePack } from '../../src/pipeline/office-offline.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';

const copies: string[] = [];
const copy = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-packs-'));
  fs.cpSync(sampleSiteDir, dir, { recursive: true });
  copies.push(dir);
  return dir;
};
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const offices = fs.readdirSync(path.join(sampleSiteDir, 'offices')).sort();
const swConfig = (site: string) =>
  JSON.parse(/const CONFIG = (\{.*\});/.exec(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'))?.[1] ?? '{}') as { version: string; shell: { url: string }[] };

describe('offline packs and the service worker', () => {
  it.each(offices)('packs every page of %s with its own search bundle and the shared engine, and nothing of another office', (office) => {
    const published = JSON.parse(fs.readFileSync(path.join(sampleSiteDir, 'offline-packs', `${office}.json`), 'utf8'));
    const pack = officePack(sampleSiteDir, office, '/');
    expect(pack).toEqual(published);
    const urls = pack.files.map((f) => f.url);
    const pages = fs.readdirSync(path.join(sampleSiteDir, 'offices', office), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    for (const page of pages) expect(urls).toContain(`/offices/${office}/${page.replace(/index\.html$/, '')}`);
    expect(pack.search).toBe(true);
    expect(urls).toContain('/pagefind/pagefind.js');
    expect(urls).toContain(`/offices/${office}/pagefind/pagefind-entry.json`);
    expect(urls.some((u) => u.startsWith(`/offices/${office}/pagefind/index/`))).toBe(true);
    expect(urls.some((u) => u.startsWith('/offices/') && !u.startsWith(`/offices/${office}/`))).toBe(false);
    expect(pack.bytes).toBe(pack.files.reduce((s, f) => s + f.size, 0));
  });

  it('gives a changed page a new content hash in its office pack, and no other office a new one', () => {
    const site = copy();
    const before = offices.map((o) => officePack(site, o, '/'));
    const charter = fs.readdirSync(path.join(site, 'offices/doict-bheramara/charters'))[0] ?? '';
    fs.appendFileSync(path.join(site, 'offices/doict-bheramara/charters', charter, 'index.html'), ' ');
    const after = offices.map((o) => officePack(site, o, '/'));
    offices.forEach((office, i) => {
      if (office === 'doict-bheramara') expect(after[i]?.version).not.toBe(before[i]?.version);
      else expect(after[i]).toEqual(before[i]);
    });
  });

  it('versions the worker by its shell and every office build, so a change to any office reaches saved copies', () => {
    const site = copy();
    writeServiceWorker(site, site, repoRoot, ['a 1', 'b 2']);
    const first = swConfig(site);
    writeServiceWorker(site, site, repoRoot, ['b 2', 'a 1']);
    expect(swConfig(site).version).toBe(first.version);
    writeServiceWorker(site, site, repoRoot, ['a 1', 'b 3']);
    expect(swConfig(site).version).not.toBe(first.version);
    // The shell is small: the offline and search pages, their scripts and fonts, the manifest; no office page.
    expect(first.shell.map((f) => f.url).filter((u) => u.endsWith('/'))).toEqual(['/offline/', '/search/']);
  });

  it('reads the site base path the way astro.config.mjs does', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ PORTAL_BASE: '/portal' })).toBe('/portal/');
    expect(siteBase({ PORTAL_BASE: 'portal/' })).toBe('/portal/');
  });
});
