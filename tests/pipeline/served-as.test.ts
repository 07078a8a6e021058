/**
 * How each published file is served from an object store: its Content-Type, and
 * whether it is cached for a year (named by its content) or revalidated on every use
 * (docs/scale.md). tests/site/deploy-s3.test.ts checks an S3 server gets them.
 */
import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, servedAs } from '../../src/pipeline/served-as.ts';

describe('servedAs', () => {
  const cases: [string, string, string][] = [
    ['index.html', 'text/html; charset=utf-8', REVALIDATE],
    ['offices/lgd/charters/2024-04-01/index.html', 'text/html; charset=utf-8', REVALIDATE],
    ['_astro/client.D823HKTY.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['_astro/index.BfQ2.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['_astro/noto-sans-bengali-bengali-400-normal.Cx1.woff2', 'font/woff2', IMMUTABLE],
    ['_astro/draft-entry.Co7Ly1Qo_Z1WQR6C.webp', 'image/webp', IMMUTABLE],
    ['offices/lgd/pagefind/fragment/bn_2161d6d.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['offices/lgd/pagefind/index/bn_f6bdb17.pf_index', 'application/octet-stream', IMMUTABLE],
    ['offices/lgd/pagefind/filter/bn_93696ba.pf_filter', 'application/octet-stream', IMMUTABLE],
    ['offices/lgd/pagefind/pagefind.bn_109bcfca96.pf_meta', 'application/octet-stream', IMMUTABLE],
    ['offices/lgd/pagefind/pagefind-entry.json', 'application/json', REVALIDATE],
    // The engine keeps its names across Pagefind versions.
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', REVALIDATE],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream', REVALIDATE],
    ['sw.js', 'text/javascript; charset=utf-8', REVALIDATE],
    ['compliance.csv', 'text/csv; charset=utf-8', REVALIDATE],
    ['compliance.json', 'application/json', REVALIDATE],
    ['sitemap-index.xml', 'application/xml; charset=utf-8', REVALIDATE],
    ['offices/lgd/feed.xml', 'application/rss+xml; charset=utf-8', REVALIDATE],
    ['manifest.webmanifest', 'application/manifest+json', REVALIDATE],
    ['robots.txt', 'text/plain; charset=utf-8', REVALIDATE],
    ['icon.svg', 'image/svg+xml', REVALIDATE],
    ['offices/lgd/media/focal-point.JPG', 'image/jpeg', REVALIDATE],
    ['offices/lgd/media/signed-copy.pdf', 'application/pdf', REVALIDATE],
    ['admin/f728dc876b39e5273411.wasm', 'application/wasm', REVALIDATE],
    ['admin/config.yml', 'text/yaml; charset=utf-8', REVALIDATE],
    ['offices/lgd/media/scan', 'application/octet-stream', REVALIDATE],
  ];
  it.each(cases)('%s: %s, %s', (file, contentType, cacheControl) => {
    expect(servedAs(file)).toEqual({ contentType, cacheControl });
  });
});
