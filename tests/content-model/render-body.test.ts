/**
 * Document bodies rendered at load time (src/content-model/render-body.ts) must
 * give exactly the HTML @astrojs/mdx gave. The expected files were cut from pages
 * built with @astrojs/mdx (before the switch) from the bodies next to them, which
 * hold every construct the content safety policy allows: line breaks as `<br />`,
 * an MDX comment, an indented line (not code under MDX), GFM tables with
 * alignment and an inline element, headings (ids), a block element with Markdown
 * inside, task lists, quotes and ampersands, an ordered list's start, a blockquote,
 * links with titles, `<abbr>`, footnotes, strikethrough, autolinks, a thematic
 * break, code spans and highlighted code blocks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/content-model/render-body.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/render-body');

describe('renderBody gives the HTML @astrojs/mdx gave', () => {
  it.each(['edge-cases.mdx', 'code-blocks.mdx'])('%s', async (name) => {
    const body = fs.readFileSync(path.join(fixtures, name), 'utf8');
    const expected = fs.readFileSync(path.join(fixtures, `${name}-astro.html`), 'utf8');
    const { html } = await renderBody(body, path.join(fixtures, name));
    expect(html).toBe(expected);
  });

  it.each([
    ['an MDX comment disappears', 'ক {/* মন্তব্য */} খ', '<p>ক  খ</p>'],
    ['text is escaped like Astro escapes it', `a 'b' & "c" > d`, '<p>a &#39;b&#39; &amp; &quot;c&quot; &gt; d</p>'],
    ['a JSX line break is a void element', 'ক<br />খ', '<p>ক<br/>খ</p>'],
    ['headings get ids, English ones lang="en"', '## Second part', '<h2 lang="en" id="second-part">Second part</h2>'],
  ])('%s', async (_, body, expected) => {
    expect((await renderBody(body, 'x.mdx')).html).toBe(expected);
  });

  it('reports the headings', async () => {
    expect((await renderBody('## এক\n\n### Two', 'x.mdx')).headings).toEqual([
      { depth: 2, slug: 'এক', text: 'এক' },
      { depth: 3, slug: 'two', text: 'Two' },
    ]);
  });
});
