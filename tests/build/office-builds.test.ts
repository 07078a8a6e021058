/**
 * The office as the unit of build, gate and deploy, on a small generated country:
 * a stale office fails only its own build and the national layer lists it as stale;
 * an unchanged office rebuilds byte for byte whatever it is built with; a changed
 * office changes only its own files and the national pages, and a deploy sends
 * only those.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/pipeline/publish.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';
import { generateFiles } from '../../src/synthetic/country.ts';
import { runScript } from '../support/run-script.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-office-builds-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const env = { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), FRESHNESS_AS_OF: '2024-05-01' };

const files = (dir: string) =>
  new Map(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const abs = path.join(e.parentPath, e.name);
        return [path.relative(dir, abs).split(path.sep).join('/'), sha256(fs.readFileSync(abs))] as const;
      }),
  );
const changed = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
const outcome = (stdout: string, status: string) => [...stdout.matchAll(new RegExp(`^  ([a-z0-9-]+): ${status}:`, 'gm'))].map((m) => m[1] ?? '').sort();

let firstBuild: Awaited<ReturnType<typeof runScript>>;
let stale: string[] = [];
let fresh: string[] = [];

beforeAll(async () => {
  // Ten offices (division > district > upazilas > offices), 30% of them stopped updating long ago.
  for (const file of generateFiles({ offices: 10, seed: 'office-builds', asOf: '2024-05-01', staleShare: 0.3 })) {
    fs.mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    fs.writeFileSync(path.join(content, file.path), file.content);
  }
  firstBuild = await runScript('build-office', ['--all', '--out', site], env);
  stale = outcome(firstBuild.stdout, 'stale');
  fresh = fs
    .readdirSync(path.join(content, 'offices'))
    .filter((id) => !stale.includes(id))
    .sort();
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('office builds', () => {
  it('fail a stale office on its own: the others are published, it is named with the file to change', () => {
    expect(stale.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    expect(firstBuild.code, firstBuild.stderr).toBe(1);
    expect(firstBuild.stdout).toContain(`${fresh.length} built, 0 unchanged, ${stale.length} stale`);
    expect(firstBuild.stdout).toMatch(/charter-revised stale since \d{4}-\d{2}-\d{2}/);
    for (const id of fresh) expect(fs.existsSync(path.join(site, 'offices', id, 'index.html')), id).toBe(true);
    for (const id of stale) {
      expect(fs.existsSync(path.join(site, 'offices', id, 'index.html')), id).toBe(false);
      // Its record is published, so the national layer knows it is stale.
      expect(fs.existsSync(path.join(site, 'offices', id, 'compliance.json')), id).toBe(true);
    }
  });

  it('give every office its own search bundle, CMS entry and offline pack, and only its own office in the CMS entry', () => {
    for (const id of fresh) {
      expect(fs.existsSync(path.join(site, 'offices', id, 'pagefind', 'pagefind-entry.json'))).toBe(true);
      const options = JSON.parse(fs.readFileSync(path.join(site, 'admin', id, 'options.json'), 'utf8')) as { offices: { id: string }[]; officeId: string };
      expect(options.officeId).toBe(id);
      expect(options.offices.length).toBeLessThanOrEqual(4); // the office and its ancestors, not the country
      const pack = JSON.parse(fs.readFileSync(path.join(site, 'offline-packs', `${id}.json`), 'utf8')) as { files: { url: string }[]; search: boolean };
      expect(pack.search).toBe(true);
      expect(pack.files.every((f) => !f.url.startsWith('/offices/') || f.url.startsWith(`/offices/${id}/`))).toBe(true);
    }
    expect(fs.existsSync(path.join(site, 'pagefind', 'wasm.unknown.pagefind'))).toBe(true);
  });

  it('rebuild an unchanged office byte for byte, alone or in a batch, and skip it when nothing changed', async () => {
    const before = files(site);
    const again = await runScript('build-office', ['--all', '--out', site], env);
    expect(again.stdout).toContain(`0 built, ${fresh.length} unchanged`);
    const id = fresh[fresh.length - 1] ?? '';
    const alone = path.join(work, 'alone');
    const forced = await runScript('build-office', ['--office', id, '--out', alone, '--force'], env);
    expect(forced.code, forced.stderr).toBe(0);
    const own = (map: Map<string, string>) =>
      new Map(
        [...map].filter(([f]) => {
          const o = ownerOf(f);
          return o.kind === 'office' && o.id === id;
        }),
      );
    expect(own(files(alone))).toEqual(own(before));
    expect(changed(before, files(site))).toEqual([]);
  }, 300_000);

  it('keep an unchanged office byte for byte on later days while its status reads the same (a nightly build sends nothing for it)', async () => {
    const before = files(site);
    const later = await runScript('build-office', ['--all', '--out', site], { ...env, FRESHNESS_AS_OF: '2024-05-03' });
    expect(later.stdout).toContain(`0 built, ${fresh.length} unchanged`);
    expect(changed(before, files(site))).toEqual([]);
  }, 300_000);

  it('build the national layer from office records, listing stale offices as stale, and exit 0', async () => {
    const national = await runScript('build-national', ['--out', site], env);
    expect(national.code, national.stderr).toBe(0);
    const compliance = JSON.parse(fs.readFileSync(path.join(site, 'compliance.json'), 'utf8')) as { offices: { id: string; status: string }[] };
    const statusOf = new Map(compliance.offices.map((o) => [o.id, o.status]));
    for (const id of stale) expect(statusOf.get(id)).toBe('stale');
    const home = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    for (const id of fresh) expect(home).toContain(`href="/offices/${id}/"`);
    for (const id of stale) expect(home).not.toContain(`href="/offices/${id}/"`);
  }, 300_000);

  it('publish each office’s current charter at its stable address, and say on every older version that a newer one exists', () => {
    const versionsOf = (o: string) =>
      fs.existsSync(path.join(site, 'offices', o, 'charters')) ? fs.readdirSync(path.join(site, 'offices', o, 'charters')).sort() : [];
    const id = [...fresh].sort((a, b) => versionsOf(b).length - versionsOf(a).length)[0] ?? '';
    const versions = versionsOf(id);
    expect(versions.length).toBeGreaterThan(1);
    const read = (route: string) => fs.readFileSync(path.join(site, route, 'index.html'), 'utf8');
    const current = read(`offices/${id}/charter`);
    const newest = versions.at(-1)!;
    expect(current).toContain(`href="/offices/${id}/charters/${newest}/"`);
    expect(current).not.toContain('data-charter-superseded');
    expect(read(`offices/${id}/charters/${newest}`)).not.toContain('data-charter-superseded');
    for (const older of versions.slice(0, -1)) {
      const html = read(`offices/${id}/charters/${older}`);
      expect(html, older).toMatch(new RegExp(`data-charter-superseded[^>]*>[^<]*<a href="/offices/${id}/charter/"`));
      // The QR code on any printed version leads to the current charter.
      expect(html).toContain(`data-qr-url="https://portal.example/offices/${id}/charter/"`);
    }
    expect(read(`offices/${id}`)).toContain(`href="/offices/${id}/charter/"`);
  });

  it('change only the edited office’s files and the national pages, and deploy only those', async () => {
    const remote = path.join(work, 'remote');
    const first = await runScript('deploy', ['--site', site, '--to', remote], env);
    expect(first.code, first.stderr).toBe(0);
    const before = files(site);
    const id = fresh.find((o) => fs.existsSync(path.join(content, 'offices', o, 'charters'))) ?? '';
    const charters = path.join(content, 'offices', id, 'charters');
    const charter = path.join(charters, fs.readdirSync(charters).sort().at(-1) ?? '');
    fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace(/\n---\n/, '\n---\n\nএই সংস্করণে একটি বাক্য যোগ হয়েছে।\n'));
    const office = await runScript('build-office', ['--office', id, '--out', site], env);
    expect(office.code, office.stderr).toBe(0);
    const afterOffice = changed(before, files(site));
    expect(afterOffice.length).toBeGreaterThan(0);
    for (const file of afterOffice) expect(ownerOf(file), file).toEqual({ kind: 'office', id });
    const national = await runScript('build-national', ['--out', site], env);
    expect(national.code, national.stderr).toBe(0);
    const after = changed(before, files(site));
    for (const file of after) expect(['office', 'national'], file).toContain(ownerOf(file).kind);
    const deployed = await runScript('deploy', ['--site', site, '--to', remote], env);
    expect(deployed.code, deployed.stderr).toBe(0);
    const sent = [...deployed.stdout.matchAll(/^send \((?:new|changed)\) (.+)$/gm)].map((m) => m[1] ?? '').sort();
    expect(sent).toEqual(after.filter((f) => fs.existsSync(path.join(site, f))));
    expect(changed(files(site), files(remote))).toEqual([]);
    // Pages went up after what they refer to.
    const order = [...deployed.stdout.matchAll(/^send \((?:new|changed)\) (.+)$/gm)].map((m) => m[1] ?? '');
    const firstPage = order.findIndex((f) => f.endsWith('.html'));
    expect(order.slice(firstPage).every((f) => !f.startsWith('_astro/'))).toBe(true);
  }, 300_000);
});
