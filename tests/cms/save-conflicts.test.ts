/**
 * Two saves of one file through `npm run cms`'s server, or a save over what the
 * importer (or anyone) wrote after the editor opened the file: the later writer
 * gets a conflict, nothing is overwritten. Writes outside content/ are refused.
 * Drives the real server and decap-server with the requests Decap's proxy backend sends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../cms/local-server.ts';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-cms-repo-'));
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-cms-site-'));
const FILE = 'content/offices/demo/minutes/2024-01-10-x.mdx';
let server: CmsServer;

beforeAll(async () => {
  fs.mkdirSync(path.join(repo, 'content/offices/demo/minutes'), { recursive: true });
  fs.writeFileSync(path.join(repo, FILE), 'original\n');
  fs.mkdirSync(path.join(site, 'admin'));
  fs.writeFileSync(path.join(site, 'admin', 'index.html'), '<p>admin</p>');
  server = await startCmsServer({ siteDir: site, repoDir: repo });
}, 30_000);
afterAll(() => server?.close());

async function call(
  editor: string,
  action: string,
  params: Record<string, unknown>,
  admin = '/admin/',
): Promise<{ status: number; json: { error?: string } & Record<string, unknown> }> {
  const res = await fetch(`${server.url}/api/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-protishruti-editor': editor, referer: `${server.url}${admin}` },
    body: JSON.stringify({ branch: 'main', action, params: { branch: 'main', ...params } }),
  });
  return { status: res.status, json: (await res.json()) as { error?: string } };
}
const open = (editor: string, file = FILE) => call(editor, 'getEntry', { path: file });
const save = (editor: string, raw: string, file = FILE, extra: Record<string, unknown> = {}) =>
  call(editor, 'persistEntry', {
    dataFiles: [{ slug: 'x', path: file, raw, ...extra }],
    assets: [],
    options: { collectionName: 'minutes', commitMessage: 'save', useWorkflow: false, status: 'draft' },
  });
const onDisk = (file = FILE) => fs.readFileSync(path.join(repo, file), 'utf8');

describe('saves through the local CMS server', () => {
  it('two editors open the same file; the first save wins, the second gets a conflict and nothing is overwritten', async () => {
    expect((await open('anika')).status).toBe(200);
    expect((await open('babul')).status).toBe(200);
    expect((await save('anika', 'anika\n')).status).toBe(200);
    const second = await save('babul', 'babul\n');
    expect(second.status).toBe(409);
    expect(second.json.error).toMatch(
      /^.*আপনার সংরক্ষণ করা হয়নি.*Conflict: content\/offices\/demo\/minutes\/2024-01-10-x\.mdx changed on disk after you opened it/,
    );
    expect(onDisk()).toBe('anika\n');
    // After reloading, the second editor sees the new version and may save over it.
    await open('babul');
    expect((await save('babul', 'babul\n')).status).toBe(200);
    expect(onDisk()).toBe('babul\n');
  });

  it('an editor saves again after their own save without reopening', async () => {
    await open('chandra');
    expect((await save('chandra', 'one\n')).status).toBe(200);
    expect((await save('chandra', 'two\n')).status).toBe(200);
    expect(onDisk()).toBe('two\n');
  });

  it('the importer (or anyone) writes the file after the editor opened it: the save is refused', async () => {
    await open('dipa');
    fs.writeFileSync(path.join(repo, FILE), 'imported\n');
    expect((await save('dipa', 'dipa\n')).status).toBe(409);
    expect(onDisk()).toBe('imported\n');
  });

  it('a new entry is saved where there is no file, but not over a file someone else created', async () => {
    const fresh = 'content/offices/demo/minutes/2024-02-01-new.mdx';
    expect((await save('emon', 'new\n', fresh)).status).toBe(200);
    expect(onDisk(fresh)).toBe('new\n');
    expect((await save('farida', 'mine\n', fresh)).status).toBe(409);
    expect(onDisk(fresh)).toBe('new\n');
  });

  it('two saves sent at the same moment: exactly one is written', async () => {
    await open('gopal');
    await open('hasina');
    const answers = await Promise.all([save('gopal', 'gopal\n'), save('hasina', 'hasina\n')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(['gopal\n', 'hasina\n']).toContain(onDisk());
  });

  it.each([
    [
      'persistEntry',
      {
        dataFiles: [{ slug: 'x', path: 'package.json', raw: 'x' }],
        assets: [],
        options: { collectionName: 'm', commitMessage: 'm', useWorkflow: false, status: 'draft' },
      },
      'package.json',
    ],
    [
      'persistEntry',
      {
        dataFiles: [{ slug: 'x', path: 'content/../evil.mdx', raw: 'x' }],
        assets: [],
        options: { collectionName: 'm', commitMessage: 'm', useWorkflow: false, status: 'draft' },
      },
      'evil.mdx',
    ],
    ['persistMedia', { asset: { path: 'scripts/evil.js', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'm' } }, 'scripts/evil.js'],
  ])('%s outside content/ is refused and nothing is written', async (action, params, written) => {
    const answer = await call('ivy', action, params);
    expect(answer.status).toBe(403);
    expect(answer.json.error).toContain('outside the content folder');
    expect(fs.existsSync(path.join(repo, written))).toBe(false);
  });

  it("from an office's admin page, a save into another office's folder is refused", async () => {
    const other = 'content/offices/other/minutes/2024-03-01-x.mdx';
    const persist = {
      dataFiles: [{ slug: 'x', path: other, raw: 'x\n' }],
      assets: [],
      options: { collectionName: 'm', commitMessage: 'm', useWorkflow: false, status: 'draft' },
    };
    const answer = await call('jamal', 'persistEntry', persist, '/admin/demo/');
    expect(answer.status).toBe(403);
    expect(answer.json.error).toContain('outside the content folder content/offices/demo/');
    expect(fs.existsSync(path.join(repo, other))).toBe(false);
    expect(
      (
        await call(
          'jamal',
          'persistEntry',
          { ...persist, dataFiles: [{ slug: 'x', path: 'content/offices/demo/minutes/2024-03-01-x.mdx', raw: 'x\n' }] },
          '/admin/demo/',
        )
      ).status,
    ).toBe(200);
  });
});
