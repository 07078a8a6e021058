/** A static file server on 127.0.0.1 for browser tests: serves a built site exactly as a static host would. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestPathname, sendStaticFile } from '../../scripts/lib/static-files.ts';

export interface StaticServer {
  url: string;
  /** Every path requested, in order (to measure transfers and check no third-party requests). */
  requests: string[];
  close(): Promise<void>;
}

/** `before`: runs before each file is sent; a test returns a promise to hold that request (a slow link). */
export async function serveStatic(root: string, options: { before?: (pathname: string) => Promise<void> | void } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const pathname = requestPathname(req.url);
    if (pathname === undefined) return void res.writeHead(400).end();
    requests.push(pathname);
    await options.before?.(pathname);
    if (res.destroyed) return;
    sendStaticFile(root, pathname, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
