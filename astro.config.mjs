// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeLangParts } from './src/lib/lang.ts';

/**
 * Astro 7's default Markdown processor (satteri) ignores remark plugins, so we
 * use the unified (remark/rehype) processor to get GFM tables in document bodies.
 * `npm run bench` measures what that costs.
 */
export default defineConfig({
  site: process.env.PORTAL_SITE || 'https://portal.example',
  base: process.env.PORTAL_BASE || '/',
  outDir: process.env.PORTAL_OUT_DIR || 'dist',
  // Concurrent builds of different content (shards, benchmarks) each need their own content cache.
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // PORTAL_BENCH_MARKDOWN=default: Astro's default processor, only so `npm run bench` can price the unified one.
  markdown: process.env.PORTAL_BENCH_MARKDOWN === 'default' ? {} : {
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeLangParts], smartypants: false }),
  },
  integrations: [
    mdx(),
    // Pages worth finding from a search engine; not the offline fallback, the CMS or the empty search form.
    sitemap({ filter: (page) => !/\/(offline|admin|search)\/$/.test(new URL(page).pathname) }),
  ],
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise that would hide real warnings in CI logs.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
