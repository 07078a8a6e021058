/**
 * Local editing without a GitHub account: the built site (with /admin/) and
 * Decap's local proxy (decap-server) behind ONE origin on 127.0.0.1. decap-server
 * listens on 127.0.0.1 only (its BIND_HOST), on a port of its own, and this
 * server forwards `/api/v1` to it, so the browser never talks to another host.
 * In `fs` mode decap-server writes straight into the working copy of the
 * repository (`repoDir`): the editor's save is a file change `git diff` shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { requestPathname, sendStaticFile } from '../src/lib/static-files.ts';
import { EDITOR_HEADER, createSaveGuard } from './save-guard.ts';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const repoOfThisFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CmsServerOptions {
  /** The built site to serve (with /admin/ in it). */
  siteDir: string;
  /** The git working copy decap-server reads and writes (content/ inside it). */
  repoDir: string;
  /** Port of the site; 0 picks a free one. */
  port?: number;
  /** `fs` writes files directly (default); `git` makes the editorial workflow's branches in the local repository. */
  mode?: 'fs' | 'git';
  /** Print decap-server's log lines. */
  verbose?: boolean;
  /** Called after a save (fs mode) wrote these files (repository-relative paths): cms/office-checks.ts checks and builds their office. */
  onSaved?: (files: string[]) => void;
  /** What the office's check and build made of its last save, served at /api/protishruti/office-status?office=ID. */
  officeReport?: (officeId: string) => unknown;
}

/** Where the admin asks what became of its last save (cms/admin/after-save.ts). */
export const OFFICE_STATUS_PATH = '/api/protishruti/office-status';

export interface CmsServer {
  url: string;
  decapUrl: string;
  /** Every path the browser asked the site for (tests check nothing left 127.0.0.1). */
  requests: string[];
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForDecap(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited (code ${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not answer at ${url} within 15 s:\n${log()}`);
}

export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const siteDir = path.resolve(options.siteDir);
  if (!fs.existsSync(path.join(siteDir, 'admin', 'index.html'))) {
    throw new Error(`${siteDir} has no admin/index.html: build the site first (npm run build)`);
  }
  const decapPort = await freePort();
  let log = '';
  const child = spawn(process.execPath, [path.join(repoOfThisFile, 'node_modules/decap-server/dist/index.js')], {
    cwd: options.repoDir,
    env: {
      ...process.env,
      PORT: String(decapPort),
      BIND_HOST: HOST,
      MODE: options.mode ?? 'fs',
      GIT_REPO_DIRECTORY: path.resolve(options.repoDir),
      LOG_LEVEL: options.verbose ? 'info' : 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (d: Buffer) => {
    log += d.toString();
    if (options.verbose) process.stderr.write(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const decapUrl = `http://${HOST}:${decapPort}/api/v1`;
  try {
    await waitForDecap(decapUrl, child, () => log);
  } catch (error) {
    child.kill();
    throw error;
  }

  const requests: string[] = [];
  const guard = createSaveGuard(options.repoDir);
  // Calls to decap-server go one at a time: in fs mode so two saves of one file cannot both pass the
  // check; in git mode because decap-server works in the repository's one working tree, and each call
  // checks a branch out and back (a save: `checkout -b`, commit, checkout back), so two calls at once can
  // read another branch's files or leave the tree on a draft branch.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = async (res: http.ServerResponse, run: () => Promise<void>) => {
    const done = queue.then(run, run).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`decap-server: ${error.message}`);
    });
    queue = done;
    await done;
  };
  const answer = (res: http.ServerResponse, { status, headers, bytes }: Awaited<ReturnType<typeof forward>>) => {
    const { 'transfer-encoding': _chunked, connection: _connection, ...kept } = headers;
    res.writeHead(status, { ...kept, 'content-length': String(bytes.length) }).end(bytes);
  };
  const serializedCall = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const raw = await readBody(req);
    await oneAtATime(res, async () => answer(res, await forward(decapPort, req, raw)));
  };
  const guardedCall = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const raw = await readBody(req);
    const editor = String(req.headers[EDITOR_HEADER] ?? '');
    let body: { action?: unknown; params?: unknown } = {};
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      /* decap-server answers a request it cannot read */
    }
    const run = async () => {
      const refused = guard.check(editor, body, officeOfAdmin(req.headers.referer));
      if (refused) {
        res.writeHead(refused.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: refused.error }));
        return;
      }
      const forwarded = await forward(decapPort, req, raw);
      let json: unknown;
      try {
        json = JSON.parse(forwarded.bytes.toString('utf8'));
      } catch {
        json = undefined;
      }
      guard.record(editor, body, forwarded.status, json);
      if (forwarded.status >= 200 && forwarded.status < 300 && body.action === 'persistEntry' && options.onSaved) options.onSaved(savedPaths(body));
      answer(res, forwarded);
    };
    await oneAtATime(res, run);
  };
  const server = http.createServer((req, res) => {
    const pathname = requestPathname(req.url);
    if (pathname === undefined) {
      res.writeHead(400).end();
      return;
    }
    requests.push(pathname);
    if (pathname === OFFICE_STATUS_PATH && req.method === 'GET') {
      const office = new URL(req.url ?? '', 'http://x').searchParams.get('office') ?? '';
      const report = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(office) ? options.officeReport?.(office) : undefined;
      res.writeHead(report ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(report ?? null));
      return;
    }
    if (pathname === '/api/v1' && req.method === 'POST') {
      void ((options.mode ?? 'fs') === 'fs' ? guardedCall(req, res) : serializedCall(req, res));
      return;
    }
    if (pathname === '/api/v1' || pathname.startsWith('/api/v1/')) {
      const upstream = http.request(
        { host: HOST, port: decapPort, path: req.url, method: req.method, headers: { ...req.headers, host: `${HOST}:${decapPort}` } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`decap-server: ${error.message}`));
      req.pipe(upstream);
      return;
    }
    sendStaticFile(siteDir, pathname, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    decapUrl,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
    },
  };
}

/** The files a persistEntry request writes (its data files and assets). */
function savedPaths(body: { params?: unknown }): string[] {
  const params = (body.params ?? {}) as { dataFiles?: { path?: unknown; newPath?: unknown }[]; entry?: { path?: unknown }; assets?: { path?: unknown }[] };
  const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
  return [...files.flatMap((f) => [f.path, (f as { newPath?: unknown }).newPath]), ...(params.assets ?? []).map((a) => a.path)].filter(
    (p): p is string => typeof p === 'string',
  );
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** One request to decap-server with an already-read body; its whole answer. */
function forward(port: number, req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: HOST, port, path: req.url, method: req.method, headers: { ...req.headers, host: `${HOST}:${port}`, 'content-length': String(body.length) } },
      (answer) => {
        readBody(answer).then((bytes) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, bytes }), reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** The office whose admin page (`/admin/<office-id>/`) sent a request, from its Referer; undefined for the national /admin/. */
function officeOfAdmin(referer: string | undefined): string | undefined {
  const pathname = referer ? requestPathname(referer) : undefined;
  return pathname ? /^\/admin\/([a-z0-9]+(?:-[a-z0-9]+)*)\//.exec(pathname)?.[1] : undefined;
}
