import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/content-model/limits.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const OFFICE_HEAD = 'name: { bn: নমুনা, en: Demo }\nkind: upazila-office\n';

/** A content root with one office whose office.yaml is `yaml`, plus extra files (path -> text). */
function treeWith(yaml: string, extra: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-limits-'));
  const dir = path.join(root, 'offices', 'demo');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'office.yaml'), yaml);
  for (const [name, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return root;
}

function limitDiagnostics(root: string) {
  return validateTree(loadContentTree(root)).diagnostics.filter((d) => d.code === 'limit');
}

const nested = (depth: number) => `${OFFICE_HEAD}address: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;

describe('limits on what is read: one `limit` error naming file, line, field and the limit', () => {
  const cases: { name: string; yaml: string; limit: keyof typeof LIMITS; line: number; field: string }[] = [
    {
      name: 'a YAML alias that refers to itself',
      yaml: `${OFFICE_HEAD}address: &loop [x, *loop]\n`,
      limit: 'yamlValues',
      line: 3,
      field: 'address[1]',
    },
    {
      name: 'more aliases than allowed',
      yaml: `${OFFICE_HEAD}reviewers: &r [a]\nexemptions:\n${'  - *r\n'.repeat(LIMITS.yamlAliases + 1)}`,
      limit: 'yamlAliases',
      line: 5 + LIMITS.yamlAliases,
      field: `exemptions[${LIMITS.yamlAliases}]`,
    },
    { name: 'lists nested past the depth limit', yaml: nested(LIMITS.nestingDepth + 5), limit: 'nestingDepth', line: 3, field: '' },
    { name: 'nesting deep enough to exhaust a parser', yaml: nested(200_000), limit: 'nestingDepth', line: 3, field: '' },
    {
      name: 'a list with more rows than allowed',
      yaml: `${OFFICE_HEAD}reviewers:\n${'  - someone\n'.repeat(LIMITS.rowsPerList + 1)}`,
      limit: 'rowsPerList',
      line: 4,
      field: 'reviewers',
    },
    {
      name: 'a text field longer than allowed',
      yaml: `${OFFICE_HEAD}address: ${'ক'.repeat(LIMITS.textFieldChars + 1)}\n`,
      limit: 'textFieldChars',
      line: 3,
      field: 'address',
    },
    {
      name: 'a file bigger than allowed (never read)',
      yaml: `${OFFICE_HEAD}# ${'x'.repeat(LIMITS.fileBytes)}\n`,
      limit: 'fileBytes',
      line: 1,
      field: '',
    },
  ];

  it.each(cases)('$name', ({ yaml, limit, line, field }) => {
    const started = performance.now();
    const found = limitDiagnostics(treeWith(yaml));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/offices\/demo\/office\.yaml$/), line, field, severity: 'error', code: 'limit' }),
    ]);
    expect(found[0]?.message).toContain(`over the limit ${limit} = ${LIMITS[limit].toLocaleString('en')}`);
  });

  it('a document body with more Markdown markup than the parser handles in bounded time', () => {
    const root = treeWith(OFFICE_HEAD, { 'orders/2024-01-10-x.mdx': `---\nsubject: নমুনা\n---\n${'{/*'.repeat(100_000)}\n` });
    const started = performance.now();
    const found = limitDiagnostics(root);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/orders\/2024-01-10-x\.mdx$/),
        line: 4,
        field: 'body',
        code: 'limit',
        message: expect.stringContaining('over the limit bodyMarkupChars'),
      }),
    ]);
  });

  it('an office folder with more files than allowed is named, and the loader stops reading it', () => {
    const extra = Object.fromEntries(Array.from({ length: LIMITS.filesPerOffice + 1 }, (_, i) => [`junk/${i}.txt`, '']));
    const root = treeWith(OFFICE_HEAD, extra);
    const tree = loadContentTree(root);
    expect(tree.files.length + tree.strayFiles.length).toBe(LIMITS.filesPerOffice);
    expect(limitDiagnostics(root)).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/offices\/demo$/), line: 1, severity: 'error', code: 'limit' }),
    ]);
  });

  it('a value just inside every limit is not reported', () => {
    const yaml = `${OFFICE_HEAD}address: ${'ক'.repeat(LIMITS.textFieldChars)}\nreviewers: &r\n${'  - someone\n'.repeat(LIMITS.rowsPerList)}exemptions: [*r, *r]\n`;
    expect(limitDiagnostics(treeWith(yaml))).toEqual([]);
  });

  it('the sample content reaches no limit', () => {
    expect(limitDiagnostics(path.join(repoRoot, 'content'))).toEqual([]);
  });
});

describe('npm run validate on a "billion laughs" office.yaml (759 bytes, 387 million values expanded)', () => {
  it('refuses it with a `limit` error in well under the time budget, without walking the expansion', async () => {
    const started = performance.now();
    const result = await runScript('validate', ['--format', 'json'], { PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/limits') });
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(5);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/limits/offices/laughs/office.yaml',
        code: 'limit',
        severity: 'error',
        message: expect.stringContaining('over the limit yamlValues'),
      }),
    ]);
  });
});
