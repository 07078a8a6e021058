/**
 * The one writer of content files (src/content-model/write.ts) and its YAML
 * (src/content-model/yaml-text.ts): the fast emitter writes exactly what the
 * `yaml` library writes with the content style, for any data; keys follow the
 * schema; each caller's `leaveOut` keeps what it promises.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bodyAfterFrontmatter, contentYaml, documentFile, officeFile } from '../../src/content-model/write.ts';
import { YAML_STYLE, yamlText } from '../../src/content-model/yaml-text.ts';
import { generateFiles } from '../../src/synthetic/country.ts';

/** Characters that decide quoting: indicators, spaces, digits, signs, Bengali letters and digits, controls, a surrogate pair. */
const tricky = fc.constantFrom(
  ...[' ', ':', '#', '-', '?', '+', '.', '"', "'", '\\', '\n', '\t', '|', '>', '@', '`', '%', '&', '*', '!', '[', ']', '{', '}', ','],
  ...['0', '1', '9', 'e', 'x', 'o', 'a', 'T', 'n', 'N', 'u', 'l', 'f', '~', '<', '='],
  ...['ক', '০', '৮', 'া', '\u00a0', '\u0085', '\u0007', '\u2028', '😀'],
);
const text = fc.oneof(
  fc.array(tricky, { maxLength: 8 }).map((cs) => cs.join('')),
  fc.constantFrom(
    'true',
    'False',
    'NULL',
    'null',
    '~',
    '.inf',
    '-.Inf',
    '.nan',
    '0x1F',
    '0o17',
    '1e3',
    '12',
    '+12',
    '-0',
    '0.5',
    '2024-07-01',
    '2023-24',
    '---',
    '...x',
    '+৮৮০১৭১১',
    '০১৭১২',
  ),
  fc.string(),
);
const key = fc.oneof(fc.constantFrom('name', 'bn', 'en', 'phone', 'true', 'null', 'a-b', '_x', 'key with space', '1', ''), text);
const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.double(), fc.constant(null));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;

describe('the YAML of a content file', () => {
  it('is, byte for byte, what the yaml library writes with the content style', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (data) => {
        expect(yamlText(data)).toBe(stringify(data, YAML_STYLE));
      }),
      { numRuns: 3000 },
    );
  });

  // Found by the property above: characters JavaScript's \s does not count as space but YAML reads as a break or a mark.
  it.each(['\u0085', 'a\u0085b', '\u2028', 'x\u2028', 'ক\u2029খ', '\uFEFFx', 'কখ\u0085'])('keeps %j as the library writes it, and reads it back', (text) => {
    const written = yamlText({ name: text });
    expect(written).toBe(stringify({ name: text }, YAML_STYLE));
    expect(parse(written)).toEqual({ name: text });
  });

  it('is the library’s for every file of a generated country, and reads back as the data it came from', () => {
    let files = 0;
    for (const file of generateFiles({ offices: 60, seed: 'yaml', asOf: '2024-05-01' })) {
      if (typeof file.content !== 'string' || !/\.(yaml|mdx)$/.test(file.path)) continue;
      const yaml = file.path.endsWith('.yaml') ? file.content : /^---\n([\s\S]*?)---\n/.exec(file.content)![1]!;
      expect(stringify(parse(yaml), YAML_STYLE), file.path).toBe(yaml);
      files++;
    }
    expect(files).toBeGreaterThan(400);
  });

  it.each([
    ['a date and a fiscal year stay plain', { date: '2024-04-01', fiscalYear: '2023-24' }, 'date: 2024-04-01\nfiscalYear: 2023-24\n'],
    ['Bengali text with a comma stays plain', { bn: 'উপজেলা কৃষি অফিস, ঢাকা' }, 'bn: উপজেলা কৃষি অফিস, ঢাকা\n'],
    ['a Bengali phone number with + stays plain', { phone: ['+৮৮০১৭১২৩৪৫৬৭৮'] }, 'phone:\n  - +৮৮০১৭১২৩৪৫৬৭৮\n'],
    ['ASCII digits are quoted (they would read back as a number)', { phone: ['01712345678'] }, 'phone:\n  - "01712345678"\n'],
    ['": " is quoted', { c: 'ক: খ' }, 'c: "ক: খ"\n'],
    ['multi-line text is a block literal', { discussion: 'এক\nদুই' }, 'discussion: |-\n  এক\n  দুই\n'],
    ['empty lists and groups are written inline', { a: [], b: {} }, 'a: []\nb: {}\n'],
    ['nothing to write is no text', { a: undefined }, ''],
  ])('%s', (_, data, expected) => {
    expect(yamlText(data as Record<string, unknown>)).toBe(expected);
  });
});

describe('the writer', () => {
  it('puts keys in schema order at every depth, unknown keys after the known ones', () => {
    const text = officeFile({ reviewers: ['@x'], extra: 1, kind: 'other', name: { en: 'E', bn: 'ব' } });
    expect(text).toBe('name:\n  bn: ব\n  en: E\nkind: other\nreviewers:\n  - "@x"\nextra: 1\n');
  });

  it('orders a union by its chosen variant', () => {
    const text = contentYaml('charter', {
      title: 't',
      services: { citizen: { services: [{ fee: { text: '৫০ টাকা', amount: 50, kind: 'paid' }, name: 'ন' }] } },
    });
    expect(text).toContain('      - name: ন\n        fee:\n          kind: paid\n          amount: 50\n          text: ৫০ টাকা\n');
  });

  it.each([
    ['nothing', { title: 't', attendees: [], chair: { name: '' } }, 'title: t\nchair:\n  name: ""\nattendees: []\n'],
    ['blank', { title: 't', attendees: [], place: '', chair: { name: '' }, agenda: null }, 'title: t\nattendees: []\n'],
    [
      'empty',
      { title: 't', attendees: [], chair: { name: 'ক', phone: [] }, agenda: [{ decisions: [] }] },
      'title: t\nchair:\n  name: ক\nattendees: []\nagenda:\n  - {}\n',
    ],
  ] as const)('leaveOut %s', (leaveOut, data, expected) => {
    expect(contentYaml('minutes', data, leaveOut)).toBe(expected);
  });

  it('writes a document as frontmatter then the body as given, in NFC', () => {
    const decomposed = 'কো'.normalize('NFD');
    expect(documentFile('order', { subject: decomposed }, bodyAfterFrontmatter(decomposed))).toBe(`---\nsubject: কো\n---\n\nকো\n`);
    expect(documentFile('order', {}, '')).toBe('---\n---\n');
    expect(bodyAfterFrontmatter('')).toBe('');
  });
});
