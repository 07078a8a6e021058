/**
 * Offline support's shared pieces: the shape of an office pack, content hashes,
 * URLs of site files, and which files a page loads (transitively through its
 * scripts). Each office's build writes its pack (src/pipeline/office-offline.ts);
 * the national layer writes the service worker (src/pipeline/national-build.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface OfflineFile {
  url: string;
  rev: string;
  size: number;
}

export interface OfficePack {
  version: string;
  office: string;
  files: OfflineFile[];
  bytes: number;
  /** Whether the office's own search bundle comes with the pack. */
  search: boolean;
}

export const CONFIG_MARK = /\/\*__PROTISHRUTI_SW_CONFIG__\*\/ \{[^\n]*\};/;

/** The site's base path as Astro uses it (astro.config.mjs reads the same variable). */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['PORTAL_BASE'] || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export const hashOf = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');

/** Site-relative file path -> URL the browser asks for (directory pages end in `/`). */
export function urlOf(base: string, file: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** Same-site files a page refers to (scripts, styles, fonts in its inline CSS), as site-relative file paths. */
export function referencedFiles(html: string, base: string): string[] {
  const found = new Set<string>();
  const patterns = [/(?:src|href)="([^"#?]+)"/g, /url\(([^)"'#?]+)\)/g, /url\("([^"#?]+)"\)/g];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const ref = match[1] ?? '';
      if (ref.startsWith(`${base}_astro/`)) found.add(ref.slice(base.length));
    }
  }
  return [...found].filter((file) => file.endsWith('.woff2') || !/\.woff$/.test(file)).sort();
}

/** Scripts a script imports (statically or dynamically), as site-relative file paths. */
export function importedScripts(code: string, file: string): string[] {
  const dir = path.posix.dirname(file);
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(path.posix.normalize(path.posix.join(dir, match[1] ?? '')));
  }
  return [...found];
}

/** A page's files with everything their scripts import, transitively. */
export function withImports(siteDir: string, start: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (all.has(file)) continue;
    all.add(file);
    if (file.endsWith('.js') && fs.existsSync(path.join(siteDir, file)))
      queue.push(...importedScripts(fs.readFileSync(path.join(siteDir, file), 'utf8'), file));
  }
  return all;
}
