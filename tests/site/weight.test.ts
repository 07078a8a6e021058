/**
 * Page weight on the built sample site, from the files themselves (the same gzip
 * sizes `npm run bench:weight` reports per page type in Chromium): budgets for a
 * charter page, every page readable without JavaScript, images sized and lazy.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importedScripts, referencedFiles } from '../../scripts/lib/offline.ts';
import { BUDGET } from '../../bench/weight.ts';
import { pageTypes } from '../browser/page-types.ts';
import { sampleSiteDir } from '../support/paths.ts';

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(sampleSiteDir, file)), { level: 6 }).length;
const htmlOf = (route: string) => {
  const file = path.join(sampleSiteDir, route.split('?')[0] ?? '', 'index.html');
  return fs.readFileSync(fs.existsSync(file) ? file : path.join(sampleSiteDir, '404.html'), 'utf8');
};

/** The page's scripts with everything they import, and the font files its CSS declares. */
function assetsOf(html: string): { scripts: string[]; fonts: string[] } {
  const refs = referencedFiles(html, '/');
  const scripts = new Set<string>();
  const queue = refs.filter((f) => f.endsWith('.js'));
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (scripts.has(file)) continue;
    scripts.add(file);
    queue.push(...importedScripts(fs.readFileSync(path.join(sampleSiteDir, file), 'utf8'), file));
  }
  return { scripts: [...scripts], fonts: refs.filter((f) => f.endsWith('.woff2')) };
}

describe('page weight', () => {
  const charterRoute = pageTypes().find((p) => p.type === 'charter')?.route ?? '';

  it("keeps a charter page's HTML, CSS and JS within 60 KB gzip, and its fonts within 120 KB", () => {
    const html = htmlOf(charterRoute);
    const { scripts, fonts } = assetsOf(html);
    const htmlCssJs = zlib.gzipSync(html, { level: 6 }).length + scripts.reduce((sum, f) => sum + gz(f), 0);
    // Every face the CSS declares counts, although a browser only fetches the ones the text needs.
    const fontBytes = fonts.reduce((sum, f) => sum + gz(f), 0);
    expect(htmlCssJs).toBeLessThanOrEqual(BUDGET.charterHtmlCssJs);
    expect(fontBytes).toBeLessThanOrEqual(BUDGET.charterFonts);
    expect(fonts.length).toBeGreaterThan(0);
    // Stylesheets are inlined: no render-blocking CSS request on a slow link.
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  });

  it.each(pageTypes())("shows the $type page's heading and text without JavaScript", ({ route }) => {
    const html = htmlOf(route);
    const main = html.split('<main')[1]?.split('</main>')[0] ?? '';
    expect(main).toMatch(/<h1[^>]*>[^<]*\S/);
    // Nothing in main is hidden until a script reveals it, except controls that need a script anyway.
    const text = main
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(text.length).toBeGreaterThan(60);
  });

  it('gives every image its size and loads it lazily', () => {
    const pages = fs.readdirSync(sampleSiteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin'));
    const bad: string[] = [];
    for (const page of pages) {
      for (const [img] of fs.readFileSync(path.join(sampleSiteDir, page), 'utf8').matchAll(/<img\b[^>]*>/g)) {
        if (!/\bwidth=/.test(img) || !/\bheight=/.test(img) || !/\bloading="lazy"/.test(img)) bad.push(`${page}: ${img}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
