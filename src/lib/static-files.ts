/**
 * Serving a built site from disk exactly as a static host would (index.html for
 * folders, the site's 404 page, no escaping the root). The local CMS server and the
 * browser tests both serve the site through this one function.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { isReallyInside, sitePathToFile } from '../content-model/confine.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
};

/**
 * Answer a GET for `pathname` from the site at `root`. The path is checked by
 * `sitePathToFile` (src/content-model/confine.ts): an encoded `..`, a backslash,
 * a NUL byte, a broken %-escape or a symbolic link out of the folder is a 403,
 * never a file from elsewhere and never an exception that stops the server.
 */
export function sendStaticFile(root: string, pathname: string, res: http.ServerResponse): void {
  const siteRoot = path.resolve(root);
  let file = sitePathToFile(siteRoot, pathname);
  if (file === undefined) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
    return;
  }
  if (isDirectory(file)) file = path.join(file, 'index.html');
  if (!isFile(file) || !isReallyInside(siteRoot, file)) {
    const notFound = path.join(siteRoot, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(isFile(notFound) ? fs.readFileSync(notFound) : 'not found');
    return;
  }
  res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  const stream = fs.createReadStream(file);
  // A file removed between the check and the read ends the response instead of the server.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function isDirectory(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The path of a request line's target, or undefined when it is not a URL at all (answered 400, never thrown). */
export function requestPathname(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return undefined;
  }
}
