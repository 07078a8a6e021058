/**
 * Publishing lists a render folder once per batch (src/pipeline/office-files.ts): each
 * office's files must be exactly what filtering a fresh listing of the whole folder by
 * owner gives, after its finishing steps wrote their files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesByOwner, ownFiles } from '../../src/pipeline/office-files.ts';
import { listFiles } from '../../src/pipeline/publish.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';

let work = '';
const write = (rel: string) => {
  const file = path.join(work, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rel);
};
const ownersView = (id: string) =>
  listFiles(work).filter((f) => {
    const owner = ownerOf(f);
    return owner.kind === 'office' && owner.id === id;
  });

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-office-files-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const rendered = [
  '_astro/app.abc123.js',
  'pagefind/pagefind.js',
  'index.html',
  'offices/a/index.html',
  'offices/a/charters/2024-01-01/index.html',
  'offices/a/media/photo.jpg',
  'offices/a-b/index.html',
  'api/offices/a.json',
  'api/offices/a/charters.json',
  'api/offices/a-b.json',
  'offices/b/index.html',
  'offices/b/.hidden-but-listed',
  '.prerender/chunk.mjs',
];
const finishing: Record<string, string[]> = {
  a: [
    'offices/a/pagefind/pagefind-entry.json',
    'offices/a/pagefind/index/bn_1.pf_index',
    'offices/a/compliance.json',
    'admin/a/index.html',
    'admin/a/options.json',
    'offline-packs/a.json',
  ],
  b: ['offices/b/pagefind/pagefind-entry.json', 'admin/b/index.html', 'offline-packs/b.json'],
  'a-b': [],
};

describe('filesByOwner and ownFiles', () => {
  it('list each office as a fresh listing filtered by owner would, after its finishing steps', () => {
    for (const rel of rendered) write(rel);
    const groups = filesByOwner(listFiles(work));
    expect(groups.shared).toEqual(['_astro/app.abc123.js', 'pagefind/pagefind.js']);
    for (const id of ['a', 'a-b', 'b']) {
      for (const rel of finishing[id] ?? []) write(rel);
      expect(ownFiles(work, id, groups.offices.get(id) ?? [])).toEqual(ownersView(id));
    }
  });

  it('drop a file the finishing steps removed (a search bundle written again)', () => {
    for (const rel of [...rendered, 'offices/a/pagefind/old.pf_index']) write(rel);
    const groups = filesByOwner(listFiles(work));
    fs.rmSync(path.join(work, 'offices/a/pagefind'), { recursive: true });
    write('offices/a/pagefind/new.pf_index');
    const own = ownFiles(work, 'a', groups.offices.get('a') ?? []);
    expect(own).toContain('offices/a/pagefind/new.pf_index');
    expect(own).not.toContain('offices/a/pagefind/old.pf_index');
    expect(own).toEqual(ownersView('a'));
  });
});

describe('listFiles under a path', () => {
  it('gives the same entries as the whole listing, for folders and single files', () => {
    for (const rel of [...rendered, 'offices/a/x.1.tmp']) write(rel);
    const all = listFiles(work);
    for (const under of ['offices/a', 'api/offices', 'api/offices/a.json', 'offline-packs/none.json', 'missing'])
      expect(listFiles(work, under)).toEqual(all.filter((f) => f === under || f.startsWith(`${under}/`)));
  });
});
