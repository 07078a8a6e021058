import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/**
 * A site folder `site/` next to a sibling `site-secret/` (same name prefix: a
 * `startsWith` check lets it through) and a symbolic link inside the site that
 * points out of it. No request may read either secret.
 */
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-static-'));
const site = path.join(base, 'site');
const SECRET = 'SECRET-OUTSIDE-THE-SITE';
let server: StaticServer;

beforeAll(async () => {
  fs.mkdirSync(path.join(site, 'offices'), { recursive: true });
  fs.writeFileSync(path.join(site, 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(site, '404.html'), '<p>not here</p>');
  fs.mkdirSync(path.join(base, 'site-secret'));
  fs.writeFileSync(path.join(base, 'site-secret', 'key.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'passwd'), SECRET);
  fs.symlinkSync(path.join(base, 'site-secret'), path.join(site, 'offices', 'linked'));
  server = await serveStatic(site);
});
afterAll(() => server.close());

/** Send the request target exactly as written (fetch would normalise it first). */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0), body: data }));
  });
}

describe('the local static server never serves outside the site folder', () => {
  const hostile = [
    '/../passwd',
    '/..%2Fpasswd',
    '/..%2F..%2Fetc/passwd',
    '/%2e%2e/passwd',
    '/%2E%2E%2Fpasswd',
    '/..%2fsite-secret/key.txt',
    '/%2e%2e%2fsite-secret%2fkey.txt',
    '/..%5Cpasswd',
    '/..\\passwd',
    '/%5C..%5C..%5Cpasswd',
    '/index.html%00.png',
    '/%00',
    '/%E0%A4%A',
    '/%',
    '/offices/linked/key.txt',
    '//../passwd',
    'http://[',
  ];
  it.each(hostile)('%s gets no file from outside and the server keeps answering', async (target) => {
    const answer = await rawGet(target);
    expect(answer.body).not.toContain(SECRET);
    expect([400, 403, 404]).toContain(answer.status);
    expect((await rawGet('/')).status).toBe(200);
  });

  it('still serves the site itself', async () => {
    const answer = await rawGet('/index.html');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<p>home</p>');
  });
});
