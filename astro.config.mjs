// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeLangParts } from './src/lib/lang.ts';
import protishruti from './src/integration/index.ts';
import { ownerOf } from './src/pipeline/site-layout.ts';
import { buildScope } from './src/content-model/scope.ts';
import { siteBase } from './src/pipeline/offline-files.ts';

const base = process.env.PORTAL_BASE || '/';
// A scoped build (the pipeline's, PORTAL_SCOPE) lists only national pages in its sitemap: office pages
// join the sitemap index from their offices' manifests (src/pipeline/national-build.ts, writeSitemaps).
const scoped = buildScope().offices !== 'all';
/** @param {string} page */
const officePage = (page) => ownerOf(new URL(page).pathname.slice(siteBase().length)).kind === 'office';

/**
 * Document bodies are not Astro Markdown or MDX pages: the content loader renders
 * them at load time (src/content-model/render-body.ts: MDX syntax, GFM,
 * rehypeLangParts). The `markdown` setting below only applies to any `.md` Astro
 * renders itself; Astro 7's default processor (satteri) ignores remark plugins,
 * so it is the unified one with GFM, like the bodies.
 */
export default defineConfig({
  site: process.env.PORTAL_SITE || 'https://portal.example',
  base,
  outDir: process.env.PORTAL_OUT_DIR || 'dist',
  // Concurrent builds of different content (shards, benchmarks) each need their own content cache.
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // PORTAL_BENCH_MARKDOWN=default: Astro's default processor, only so `npm run bench` can price the unified one.
  markdown:
    process.env.PORTAL_BENCH_MARKDOWN === 'default'
      ? {}
      : {
          processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeLangParts], smartypants: false }),
        },
  // Content-Security-Policy without 'unsafe-inline': Astro hashes the inline <style>s and
  // scripts it renders and puts the policy in a <meta> on every page. Pagefind compiles
  // WebAssembly ('wasm-unsafe-eval'); the service worker is same-site (worker-src). The
  // headers only a server can send (frame-ancestors, and the same policy as a header)
  // are in docs/scale.md "S3 + CDN"; /admin/ (Decap) has its own, written by cms/build-admin.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // Validation and the freshness gate before anything renders, in `astro dev` and `astro build` (src/integration/).
    protishruti(),
    // Pages worth finding from a search engine; not the offline fallback, the CMS or the empty search form.
    sitemap({
      filter: (page) => !/\/(offline|admin|search)\/$/.test(new URL(page).pathname) && !(scoped && officePage(page)),
    }),
  ],
  vite: {
    // Built sites and benchmark countries hold hundreds of thousands of files: `astro dev` must not watch them.
    server: { watch: { ignored: ['**/dist/**', '**/dist.*/**', '**/bench/out/**', '**/node_modules/.cache/**'] } },
    build: {
      assetsInlineLimit: 0,
    },
  },
});
