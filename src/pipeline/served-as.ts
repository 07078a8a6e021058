/**
 * How each published file is served from an object store (S3, R2, ...) behind a CDN:
 * its Content-Type and its Cache-Control, decided here once and sent with the file by
 * the deploy (src/pipeline/deploy.ts), so they do not depend on the MIME table of the
 * machine that deploys.
 *
 * Caching (docs/scale.md): files named by their content never change under their name
 * and are cached for a year; everything else is revalidated on every use, so a new
 * charter is seen at once. Named by content: Astro's `_astro/` (scripts, styles,
 * fonts), and an office's Pagefind index data (`offices/<id>/pagefind/{index,fragment,
 * filter}/…` and its `*.pf_meta`). Pagefind's engine at `pagefind/` keeps its names
 * across versions, so it is revalidated.
 */

export interface ServedAs {
  contentType: string;
  cacheControl: string;
}

/** A year, never revalidated: the name changes when the bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the origin before every use (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** By extension. Text is UTF-8 everywhere (Bengali). Pagefind's files are its own compressed binary: served as they are, never re-encoded. */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/vnd.microsoft.icon',
  pdf: 'application/pdf',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  yml: 'text/yaml; charset=utf-8',
  yaml: 'text/yaml; charset=utf-8',
};
const BINARY = 'application/octet-stream';

/** Site-relative path (forward slashes) → how it is served. */
export function servedAs(file: string): ServedAs {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  // An office's RSS feed is XML that feed readers look for by type.
  const contentType = name === 'feed.xml' ? 'application/rss+xml; charset=utf-8' : (TYPES[extension] ?? BINARY);
  return { contentType, cacheControl: namedByContent(file) ? IMMUTABLE : REVALIDATE };
}

/** Whether a file's name changes whenever its bytes do. */
export function namedByContent(file: string): boolean {
  return (
    file.startsWith('_astro/') || /^offices\/[^/]+\/pagefind\/(index|fragment|filter)\//.test(file) || /^offices\/[^/]+\/pagefind\/.*\.pf_meta$/.test(file)
  );
}
