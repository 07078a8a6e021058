import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyError, validationError } from '../../src/integration/errors.ts';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';

const diagnostic = (file: string, line: number, field: string): Diagnostic => ({
  file,
  line,
  field,
  severity: 'error',
  code: 'schema',
  message: `${field} is wrong`,
});

describe('content findings as Astro errors', () => {
  it('locates a validation error at its first finding, listing every one', () => {
    const error = validationError([diagnostic('content/offices/a/office.yaml', 3, 'name.bn'), diagnostic('content/offices/b/office.yaml', 7, 'parent')], {
      cwd: '/repo',
    });
    expect(error?.loc).toEqual({ file: '/repo/content/offices/a/office.yaml', line: 3, column: 1 });
    expect(error?.message).toContain('content/offices/a/office.yaml:3  error  schema  name.bn: name.bn is wrong');
    expect(error?.message).toContain('content/offices/b/office.yaml:7  error  schema  parent: parent is wrong');
    expect(error?.hint).toContain('Fix the field `name.bn` at `content/offices/a/office.yaml:3`');
    expect(error?.hint).toContain('Then build again');
  });

  it.each([
    { name: 'inside the project: absolute', file: '/repo/content/x.mdx', dev: true, loc: '/repo/content/x.mdx' },
    { name: 'outside, in dev: relative (the overlay joins it to the root)', file: '/tmp/c/x.mdx', dev: true, loc: path.relative('/repo', '/tmp/c/x.mdx') },
    { name: 'outside, in a build: absolute', file: '/tmp/c/x.mdx', dev: false, loc: '/tmp/c/x.mdx' },
  ])('location of a file $name', ({ file, dev, loc }) => {
    expect(validationError([diagnostic(file, 1, 'f')], { cwd: '/repo', dev })?.loc?.file).toBe(loc);
  });

  it('says nothing when there is no error', () => {
    expect(validationError([])).toBeUndefined();
  });

  it('locates a policy error at the file and line its message starts with', () => {
    expect(policyError('policy/freshness.yaml:4 graceDays: expected a number', { cwd: '/repo' }).loc).toEqual({
      file: '/repo/policy/freshness.yaml',
      line: 4,
      column: 1,
    });
  });
});
