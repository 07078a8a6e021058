/**
 * Every HTML page of the sample site, compared with a stored copy: changing HOW
 * pages are made (document bodies rendered as Markdown at content-load time
 * instead of compiled as MDX, cached lookups, QR codes made once) must not
 * change WHAT a citizen gets. Only what legitimately differs between two builds
 * of the same pages is normalised: hashed asset file names (they follow the
 * bundler's chunking) and the provenance line (it follows the git history of
 * the content, which moves with every content commit).
 *
 * A deliberate change to a page updates the copies: `npm exec -- vitest run
 * --project site tests/site/rendered-html.test.ts -u`, and the diff of
 * tests/site/__snapshots__/html/ shows what changed in the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSiteDir } from '../support/paths.ts';

/** The parts of a page that differ between two builds of the same content and code. */
export function normaliseBuildDetails(html: string): string {
  return (
    html
      // Bundler chunk hashes: /_astro/client.D823HKTY.js
      .replace(/(\/_astro\/[^"'\s)]+?)\.[A-Za-z0-9_-]{8}\.(js|css|woff2|woff|svg|png|jpe?g|webp)/g, '$1.HASH.$2')
      // The provenance line: last commit and its date come from git.
      .replace(/<p class="provenance"[\s\S]*?<\/p>/g, '<p class="provenance">(provenance)</p>')
  );
}

function htmlPages(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      // The CMS admin pages are Decap's, copied from node_modules; the Pagefind UI is Pagefind's.
      if (entry.isDirectory()) return rel === 'admin' || rel === 'pagefind' ? [] : htmlPages(dir, rel);
      return entry.name.endsWith('.html') ? [rel] : [];
    })
    .sort();
}

describe('every page of the sample site renders as before', () => {
  const pages = htmlPages(sampleSiteDir);

  it('has every page the stored copies were made from, and no other', () => {
    const stored = path.join(import.meta.dirname, '__snapshots__/html');
    expect(pages).toEqual(htmlPages(stored));
  });

  it.each(pages)('%s', async (page) => {
    const html = normaliseBuildDetails(fs.readFileSync(path.join(sampleSiteDir, page), 'utf8'));
    await expect(html).toMatchFileSnapshot(`./__snapshots__/html/${page}`);
  });
});
