/**
 * QR codes made once per address, not once per build: every document page
 * draws a QR code of its own address (about 1.3 ms each, the largest per-page
 * cost left after bodies stopped being compiled), and a rebuild draws the same
 * codes again. The drawn path of each (address, error correction, margin) is kept
 * in memory and in a small file in the build's cache dir (`PORTAL_CACHE_DIR`, else
 * Astro's default `node_modules/.astro`), so a warm build only draws new addresses.
 *
 * The file is append-only JSON lines: concurrent builds sharing a cache dir can
 * only add lines, and a line that cannot be read is ignored (drawn again).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface QrCacheStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** In memory only (tests, and where the cache dir cannot be written). */
export function memoryQrCache(): QrCacheStore {
  const map = new Map<string, string>();
  return { get: (key) => map.get(key), set: (key, value) => void map.set(key, value) };
}

/**
 * Kept in `file` (JSON lines of [key, value]), read on first use; on a miss, lines another
 * process appended since (the pipeline draws a batch's codes while its Astro starts) are read first.
 */
export function fileQrCache(file: string): QrCacheStore {
  const map = new Map<string, string>();
  let writable = true;
  /** How far the file has been read (only whole lines). */
  let read = -1;
  const refresh = () => {
    let text = '';
    try {
      const size = fs.statSync(file).size;
      if (size <= read) return;
      const fd = fs.openSync(file, 'r');
      try {
        const start = Math.max(0, read);
        const buffer = Buffer.alloc(size - start);
        fs.readSync(fd, buffer, 0, buffer.length, start);
        // Only up to the last complete line: a line being written is read next time.
        const end = buffer.lastIndexOf(0x0a) + 1;
        text = buffer.subarray(0, end).toString('utf8');
        read = start + end;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // No cache yet.
      read = Math.max(read, 0);
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const [key, value] = JSON.parse(line) as [unknown, unknown];
        if (typeof key === 'string' && typeof value === 'string') map.set(key, value);
      } catch {
        // A line cut short by a build that stopped mid-write: drawn again.
      }
    }
  };
  return {
    get(key) {
      if (read < 0 || !map.has(key)) refresh();
      return map.get(key);
    },
    set(key, value) {
      map.set(key, value);
      if (!writable) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.appendFileSync(file, `${JSON.stringify([key, value])}\n`);
      } catch {
        writable = false;
      }
    },
  };
}

/**
 * The cache file of a build: in its Astro cache dir, named by the qrcode package's
 * version so an upgrade draws every code afresh (a warm build stays byte-identical to a cold one).
 */
export function buildQrCacheFile(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir = path.resolve(cwd, env['PORTAL_CACHE_DIR'] || 'node_modules/.astro');
  let version = 'unknown';
  try {
    version = (JSON.parse(fs.readFileSync(path.join(cwd, 'node_modules/qrcode/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Drawn into a file of its own.
  }
  return path.join(dir, `protishruti-qr-${version}.jsonl`);
}

let shared: QrCacheStore | undefined;

/** The one cache of this build process. */
export function buildQrCache(): QrCacheStore {
  shared ??= fileQrCache(buildQrCacheFile());
  return shared;
}
