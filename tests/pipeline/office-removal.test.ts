/**
 * An office removed from content leaves the published folder (every file it owns,
 * whatever part of it is there), and a stale office's record is replaced without the
 * manifest ever claiming bytes that are not on disk. The whole loop, with real builds
 * and a clean build to compare with: tests/build/publishing-sequence.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, publishUnit, readManifest, replacePublishedFile, sha256 } from '../../src/pipeline/publish.ts';
import { publishedOfficeIds, removeOffice, removedOffices } from '../../src/pipeline/office-removal.ts';

let work = '';
const site = () => path.join(work, 'site');
const write = (dir: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};

/** One office's files as a build publishes them, and a national page and shared asset beside them. */
function publishOffice(id: string, extra: string[] = []): void {
  const staging = path.join(work, `staging-${id}`);
  const files = [
    `offices/${id}/index.html`,
    `offices/${id}/compliance.json`,
    `offices/${id}/pagefind/pagefind-entry.json`,
    `api/offices/${id}.json`,
    `api/offices/${id}/charters/2024-04-01.json`,
    `admin/${id}/index.html`,
    `admin/${id}/options.json`,
    `offline-packs/${id}.json`,
    ...extra,
  ];
  for (const file of files) write(staging, file, `${file} of ${id}`);
  publishUnit({ stagingDir: staging, outDir: site(), files, manifestPath: `offices/${id}/build.json`, key: `key of ${id}` });
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-office-removal-'));
  write(site(), 'index.html', 'home');
  write(site(), 'admin/index.html', 'cms shell');
  write(site(), 'admin/fonts/a.woff2', 'font');
  write(site(), '_astro/app.js', 'shared');
  publishOffice('lgd');
  publishOffice('old-office');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('an office removed from content', () => {
  it('is found published by any of its files, and the CMS shell’s own folders are not offices', () => {
    expect(publishedOfficeIds(site())).toEqual(['lgd', 'old-office']);
    expect(removedOffices(site(), new Set(['lgd']))).toEqual(['old-office']);
    // Only a record (a stale office that never built), or only a leftover pack: still published.
    write(site(), 'offices/stale-one/compliance.json', '{}');
    write(site(), 'offline-packs/leftover.json', '{}');
    expect(removedOffices(site(), new Set(['lgd']))).toEqual(['leftover', 'old-office', 'stale-one']);
  });

  it('leaves with every file it owns, and nothing of another office, the national layer or shared assets', () => {
    const before = listFiles(site());
    const removed = removeOffice(site(), 'old-office');
    expect(removed).toEqual(before.filter((f) => f.includes('old-office')));
    expect(listFiles(site())).toEqual(before.filter((f) => !f.includes('old-office')));
    for (const folder of ['offices/old-office', 'api/offices/old-office', 'admin/old-office'])
      expect(fs.existsSync(path.join(site(), folder)), folder).toBe(false);
  });

  it('is removed whole when a removal was cut short before (any part left, half-written files included)', () => {
    fs.rmSync(path.join(site(), 'offices/old-office'), { recursive: true });
    write(site(), 'admin/old-office/options.json.4194304.tmp', 'half');
    expect(removedOffices(site(), new Set(['lgd']))).toEqual(['old-office']);
    removeOffice(site(), 'old-office');
    expect(publishedOfficeIds(site())).toEqual(['lgd']);
    expect(fs.existsSync(path.join(site(), 'admin/old-office'))).toBe(false);
  });

  it('never deletes outside the office’s own files, whatever its manifest lists', () => {
    const manifest = path.join(site(), 'offices/old-office/build.json');
    fs.writeFileSync(
      manifest,
      JSON.stringify({ key: 'k', files: { 'index.html': 'x', '_astro/app.js': 'x', 'offices/lgd/index.html': 'x', '../outside': 'x' } }),
    );
    removeOffice(site(), 'old-office');
    for (const file of ['index.html', '_astro/app.js', 'offices/lgd/index.html']) expect(fs.existsSync(path.join(site(), file)), file).toBe(true);
  });
});

describe('a published file replaced outside a publish (a stale office’s record)', () => {
  const record = 'offices/lgd/compliance.json';
  const manifestPath = 'offices/lgd/build.json';

  it('is written, and the manifest names its new bytes and keeps its key', () => {
    expect(replacePublishedFile(site(), manifestPath, record, 'stale record')).toBe(true);
    expect(fs.readFileSync(path.join(site(), record), 'utf8')).toBe('stale record');
    const manifest = readManifest(site(), manifestPath);
    expect(manifest?.key).toBe('key of lgd');
    expect(manifest?.files[record]).toBe(sha256('stale record'));
    expect(Object.keys(manifest?.files ?? {})).toEqual(Object.keys(manifest?.files ?? {}).sort());
    expect(replacePublishedFile(site(), manifestPath, record, 'stale record')).toBe(false);
  });

  it('is put back by the next publish of the same bytes as before (the manifest does not claim the old ones)', () => {
    const original = fs.readFileSync(path.join(site(), record), 'utf8');
    replacePublishedFile(site(), manifestPath, record, 'stale record');
    publishOffice('lgd');
    expect(fs.readFileSync(path.join(site(), record), 'utf8')).toBe(original);
  });

  it('is written without a manifest (an office that never published): nothing else is made', () => {
    expect(replacePublishedFile(site(), 'offices/new/build.json', 'offices/new/compliance.json', '{}')).toBe(true);
    expect(listFiles(site(), 'offices/new')).toEqual(['offices/new/compliance.json']);
  });
});
