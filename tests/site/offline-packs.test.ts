/** The offline build step on the built sample site: office packs, the worker's version and shell. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOffline, fragmentUrl, siteBase } from '../../scripts/lib/offline.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';

const copies: string[] = [];
const copy = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-packs-'));
  fs.cpSync(sampleSiteDir, dir, { recursive: true });
  copies.push(dir);
  return dir;
};
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('offline packs and the service worker', () => {
  it('packs every page of an office with the search page, the word index and only that office\'s search fragments', () => {
    const site = copy();
    const { packs } = buildOffline(site, repoRoot);
    expect(packs.map((p) => p.office)).toEqual(fs.readdirSync(path.join(site, 'offices')).sort());
    for (const pack of packs) {
      const urls = pack.files.map((f) => f.url);
      const pages = fs.readdirSync(path.join(site, 'offices', pack.office), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
      for (const page of pages) expect(urls).toContain(`/offices/${pack.office}/${page.replace(/index\.html$/, '')}`);
      expect(pack.search).toBe(true);
      expect(urls).toContain('/search/');
      expect(urls).toContain('/pagefind/pagefind.js');
      expect(urls.some((u) => u.startsWith('/pagefind/index/'))).toBe(true);
      for (const fragment of urls.filter((u) => u.startsWith('/pagefind/fragment/'))) {
        expect(fragmentUrl(fs.readFileSync(path.join(site, fragment)))?.startsWith(`/offices/${pack.office}/`)).toBe(true);
      }
      expect(urls.some((u) => u.startsWith('/offices/') && !u.startsWith(`/offices/${pack.office}/`))).toBe(false);
      expect(pack.bytes).toBe(pack.files.reduce((s, f) => s + f.size, 0));
    }
  });

  it('leaves the search index out of packs when the word index is over the budget', () => {
    const { packs } = buildOffline(copy(), repoRoot, '/', 1);
    for (const pack of packs) {
      expect(pack.search).toBe(false);
      expect(pack.files.some((f) => f.url.startsWith('/pagefind/') || f.url === '/search/')).toBe(false);
    }
  });

  it('versions the worker by the content of every file, so any change to a page reaches saved copies', () => {
    const site = copy();
    const first = buildOffline(site, repoRoot);
    expect(buildOffline(site, repoRoot).version).toBe(first.version);
    const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    expect(sw).toContain(`"version":"${first.version}"`);
    expect(sw).toContain('"offlinePage":"/offline/"');
    const charter = fs.readdirSync(path.join(site, 'offices/doict-bheramara/charters'))[0] ?? '';
    const file = path.join(site, 'offices/doict-bheramara/charters', charter, 'index.html');
    fs.appendFileSync(file, ' ');
    const second = buildOffline(site, repoRoot);
    expect(second.version).not.toBe(first.version);
    const before = first.packs.find((p) => p.office === 'doict-bheramara')?.files.find((f) => f.url.includes('/charters/'));
    const after = second.packs.find((p) => p.office === 'doict-bheramara')?.files.find((f) => f.url.includes('/charters/'));
    expect(after?.rev).not.toBe(before?.rev);
    // The shell is small: the offline page, its scripts and fonts, the manifest; no pages.
    expect(second.shell.map((f) => f.url).filter((u) => u.endsWith('/'))).toEqual(['/offline/']);
  });

  it('reads the site base path the way astro.config.mjs does', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ PORTAL_BASE: '/portal' })).toBe('/portal/');
    expect(siteBase({ PORTAL_BASE: 'portal/' })).toBe('/portal/');
  });
});
