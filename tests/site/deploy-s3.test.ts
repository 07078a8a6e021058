/**
 * `npm run deploy` over the S3 protocol: the sample site deployed with rclone's S3
 * backend to an S3-compatible server started here on 127.0.0.1 (s3rver, an npm
 * package that implements the S3 API on the file system). What an object store behind
 * a CDN needs: every file with its Content-Type and the cache header docs/scale.md
 * gives it, pages after what they refer to, deletions last, only changed files sent,
 * a deploy interrupted half-way and run again leaving the remote exactly the published
 * folder, and the national layer's deploy deleting an office removed from content (and
 * nothing else of any office).
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEntryFile } from '../../src/pipeline/deploy.ts';
import { listFiles } from '../../src/pipeline/publish.ts';
import { removeOffice } from '../../src/pipeline/office-removal.ts';
import { IMMUTABLE, REVALIDATE, servedAs } from '../../src/pipeline/served-as.ts';
import { ownerOf } from '../../src/pipeline/site-layout.ts';
import { nodeBin, repoRoot, sampleSiteDir } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

interface ListOptions {
  delimiter?: string;
  prefix?: string;
  startAfter?: string;
  maxKeys?: number;
}
interface ListResult {
  objects: { key: string }[];
  commonPrefixes: string[];
  isTruncated: boolean;
}
interface S3Server {
  store: { listObjects(bucket: string, options: ListOptions): Promise<ListResult> };
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => void): void;
}
const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (options: Record<string, unknown>) => S3Server;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-deploy-s3-'));
const site = path.join(work, 'site');
const content = path.join(work, 'content');
const BUCKET = 'portal';
const REMOTE = `s3test:${BUCKET}`;
let server: S3Server;
let endpoint = '';
/** What the server was asked to do, in order: `put <key>` or `delete <key>`. */
let requests: string[] = [];
let onPut: ((count: number) => void) | undefined;

const env = () => ({
  PORTAL_CONTENT_DIR: content,
  RCLONE_CONFIG_S3TEST_TYPE: 's3',
  RCLONE_CONFIG_S3TEST_PROVIDER: 'Other',
  RCLONE_CONFIG_S3TEST_ENDPOINT: endpoint,
  RCLONE_CONFIG_S3TEST_ACCESS_KEY_ID: 'S3RVER',
  RCLONE_CONFIG_S3TEST_SECRET_ACCESS_KEY: 'S3RVER',
  RCLONE_CONFIG_S3TEST_FORCE_PATH_STYLE: 'true',
  RCLONE_CONFIG_S3TEST_REGION: 'us-east-1',
});
const deploy = (...args: string[]) => runScript('deploy', ['--site', site, '--to', REMOTE, ...args], env());

const md5 = (file: string) => crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');
/** The published folder as path -> md5 (what S3 keeps as the ETag of a single-part upload). */
const local = () => new Map(listFiles(site).map((f) => [f, md5(path.join(site, f))] as const));
/** The bucket as path -> md5, listed by rclone over S3. */
async function remote(): Promise<Map<string, string>> {
  const listed = await runRclone(['md5sum', REMOTE]);
  return new Map(
    listed
      .split('\n')
      .filter(Boolean)
      .map((line) => /^([0-9a-f]{32}) {2}(.+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[2] ?? '', m[1] ?? ''] as const),
  );
}
function runRclone(args: string[]): Promise<string> {
  const { AWS_CA_BUNDLE: _ignored, ...rest } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('rclone', args, { env: { ...rest, ...env() } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`rclone ${args.join(' ')}: ${err}`))));
  });
}
const differing = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();

/** The headers the server gives back for one object. */
async function headersOf(file: string): Promise<{ type: string | null; cache: string | null }> {
  const url = `${endpoint}/${BUCKET}/${file.split('/').map(encodeURIComponent).join('/')}`;
  const response = await fetch(url, { method: 'HEAD' });
  expect(response.status, file).toBe(200);
  return { type: response.headers.get('content-type'), cache: response.headers.get('cache-control') };
}

const sent = (stdout: string) => [...stdout.matchAll(/^send \((?:new|changed)\) (.+)$/gm)].map((m) => m[1] ?? '');

beforeAll(async () => {
  fs.cpSync(sampleSiteDir, site, { recursive: true });
  // The content's offices, for the national layer's deploy (it reads only their ids).
  for (const id of fs.readdirSync(path.join(repoRoot, 'content', 'offices'))) {
    fs.mkdirSync(path.join(content, 'offices', id), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'content', 'offices', id, 'office.yaml'), path.join(content, 'offices', id, 'office.yaml'));
  }
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: BUCKET }] });
  // s3rver 4.0.4 answers a listing with a delimiter without the folders that hold no object of their
  // own (a/ when there is only a/b/c): it stops walking one level down. S3 returns them, and rclone
  // lists folder by folder when filters are given, so the fake is corrected here: the objects under
  // the prefix are listed without the delimiter and folded into common prefixes as S3 does.
  const listAll = server.store.listObjects.bind(server.store);
  server.store.listObjects = async (bucket, options) => {
    if (!options.delimiter) return listAll(bucket, options);
    const prefix = options.prefix ?? '';
    const all = await listAll(bucket, { ...options, delimiter: '', maxKeys: Infinity });
    const objects: ListResult['objects'] = [];
    const prefixes = new Set<string>();
    for (const object of all.objects) {
      const at = object.key.slice(prefix.length).indexOf(options.delimiter);
      if (at === -1) objects.push(object);
      else prefixes.add(object.key.slice(0, prefix.length + at + options.delimiter.length));
    }
    const maxKeys = options.maxKeys ?? Infinity;
    return { objects: objects.slice(0, maxKeys), commonPrefixes: [...prefixes].sort(), isTruncated: objects.length > maxKeys };
  };
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  server.on('event', (event) => {
    for (const record of event.Records) {
      const key = decodeURIComponent(record.s3.object.key);
      if (record.eventName.startsWith('ObjectCreated')) {
        requests.push(`put ${key}`);
        onPut?.(requests.filter((r) => r.startsWith('put ')).length);
      } else if (record.eventName.startsWith('ObjectRemoved')) requests.push(`delete ${key}`);
    }
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

// Each deploy is one rclone run per kind of file, against a server in this process: slow on a loaded machine.
describe('deploy over S3', { timeout: 240_000 }, () => {
  it('sends every file with its content type and cache header, pages after what they refer to', async () => {
    requests = [];
    const first = await deploy();
    expect(first.code, first.stderr).toBe(0);
    expect(differing(local(), await remote())).toEqual([]);
    const puts = requests.map((r) => r.replace(/^put /, ''));
    expect(new Set(puts)).toEqual(new Set(listFiles(site)));
    const firstPage = puts.findIndex(isEntryFile);
    expect(firstPage).toBeGreaterThan(0);
    expect(puts.slice(firstPage).filter((f) => !isEntryFile(f))).toEqual([]);

    // Every kind of file (one rclone run each: its headers are per run) as served-as.ts says, and those rules as docs/scale.md states them.
    const kinds = new Map<string, string>();
    for (const file of listFiles(site)) {
      const { contentType, cacheControl } = servedAs(file);
      kinds.set(`${isEntryFile(file)} ${contentType} ${cacheControl}`, file);
    }
    expect(kinds.size).toBeGreaterThan(10);
    for (const file of kinds.values()) {
      const { contentType, cacheControl } = servedAs(file);
      expect(await headersOf(file), file).toEqual({ type: contentType, cache: cacheControl });
    }
    const sample = (pattern: RegExp) => listFiles(site).find((f) => pattern.test(f)) ?? '';
    const expected: [RegExp, string, string][] = [
      [/^index\.html$/, 'text/html; charset=utf-8', REVALIDATE],
      [/^admin\/.+\.css$/, 'text/css; charset=utf-8', REVALIDATE],
      [/^_astro\/.+\.js$/, 'text/javascript; charset=utf-8', IMMUTABLE],
      [/^_astro\/.+\.woff2$/, 'font/woff2', IMMUTABLE],
      [/^offices\/[^/]+\/pagefind\/fragment\/.+\.pf_fragment$/, 'application/octet-stream', IMMUTABLE],
      [/^offices\/[^/]+\/pagefind\/.+\.pf_meta$/, 'application/octet-stream', IMMUTABLE],
      [/^offices\/[^/]+\/pagefind\/pagefind-entry\.json$/, 'application/json', REVALIDATE],
      [/^pagefind\/pagefind\.js$/, 'text/javascript; charset=utf-8', REVALIDATE],
      [/^compliance\.csv$/, 'text/csv; charset=utf-8', REVALIDATE],
      [/^sitemap-index\.xml$/, 'application/xml; charset=utf-8', REVALIDATE],
      [/^offices\/[^/]+\/feed\.xml$/, 'application/rss+xml; charset=utf-8', REVALIDATE],
      [/^manifest\.webmanifest$/, 'application/manifest+json', REVALIDATE],
      [/^_astro\/.+\.webp$/, 'image/webp', IMMUTABLE],
      [/^icon\.svg$/, 'image/svg+xml', REVALIDATE],
    ];
    for (const [pattern, type, cache] of expected) {
      const file = sample(pattern);
      expect(file, String(pattern)).not.toBe('');
      expect(await headersOf(file), file).toEqual({ type, cache });
    }
  });

  it('sends only what changed, deletes last, and sends nothing the second time', async () => {
    const page = 'offices/lgd/index.html';
    const data = listFiles(site).find((f) => f.startsWith('api/offices/lgd/')) ?? '';
    const dropped = listFiles(site).find((f) => f.startsWith('offices/lgd/minutes/')) ?? '';
    fs.appendFileSync(path.join(site, page), '\n<!-- changed -->\n');
    fs.appendFileSync(path.join(site, data), '\n');
    fs.writeFileSync(path.join(site, 'offices/lgd/notice.txt'), 'নতুন\n');
    fs.rmSync(path.join(site, dropped));
    requests = [];
    const second = await deploy();
    expect(second.code, second.stderr).toBe(0);
    expect(new Set(sent(second.stdout))).toEqual(new Set([page, data, 'offices/lgd/notice.txt']));
    expect(requests.filter((r) => r.startsWith('delete '))).toEqual([`delete ${dropped}`]);
    expect(requests.findIndex((r) => r.startsWith('delete '))).toBeGreaterThan(requests.findLastIndex((r) => r.startsWith('put ')));
    expect(differing(local(), await remote())).toEqual([]);

    requests = [];
    const third = await deploy();
    expect(third.stdout).toContain('(nothing changed)');
    expect(requests).toEqual([]);
  });

  it('finishes a deploy that was interrupted half-way when it runs again', async () => {
    // Every page changed and an office's minutes gone: many files to send, some to delete.
    const pages = listFiles(site).filter((f) => f.endsWith('.html'));
    for (const page of pages) fs.appendFileSync(path.join(site, page), '\n<!-- rebuilt -->\n');
    const gone = listFiles(site).filter((f) => f.startsWith('offices/doict-bheramara/minutes/'));
    for (const file of gone) fs.rmSync(path.join(site, file));
    requests = [];
    const child = spawn(nodeBin, [path.join(repoRoot, 'scripts', 'deploy.ts'), '--site', site, '--to', REMOTE], {
      cwd: repoRoot,
      env: { ...process.env, ...env() },
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Killed (the whole process group, rclone included) once half of the pages are up.
    onPut = (count) => {
      if (count < pages.length / 2) return;
      onPut = undefined;
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    };
    const code = await exited;
    onPut = undefined;
    expect(code, 'the deploy finished before it could be interrupted').toBeNull();
    const half = differing(local(), await remote());
    expect(half.length).toBeGreaterThan(0);
    expect(requests.some((r) => r.startsWith('delete '))).toBe(false);

    const again = await deploy();
    expect(again.code, again.stderr).toBe(0);
    expect(differing(local(), await remote())).toEqual([]);
    for (const file of [...pages.slice(0, 3), ...pages.slice(-3)])
      expect(await headersOf(file), file).toEqual({ type: 'text/html; charset=utf-8', cache: REVALIDATE });
  });

  it('deletes, from the national layer, an office removed from content and nothing of any other office', async () => {
    const before = await remote();
    const removed = 'prisons-directorate';
    expect([...before.keys()].some((f) => f.startsWith(`offices/${removed}/`))).toBe(true);
    fs.rmSync(path.join(content, 'offices', removed), { recursive: true });
    removeOffice(site, removed); // what build:national does with it
    const national = await deploy('--national');
    expect(national.code, national.stderr).toBe(0);
    const after = await remote();
    const deleted = [...before.keys()].filter((f) => !after.has(f));
    expect(deleted.length).toBeGreaterThan(0);
    for (const file of deleted) expect(ownerOf(file), file).toEqual({ kind: 'office', id: removed });
    expect([...after.keys()].filter((f) => ownerOf(f).kind === 'office' && (ownerOf(f) as { id: string }).id === removed)).toEqual([]);
    expect(differing(local(), after)).toEqual([]);

    // A deploy of one office never deletes another's files, national files or shared assets.
    fs.rmSync(path.join(site, 'compliance.csv'));
    const one = await deploy('--office', 'lgd');
    expect(one.code, one.stderr).toBe(0);
    expect((await remote()).has('compliance.csv')).toBe(true);
  });
});
