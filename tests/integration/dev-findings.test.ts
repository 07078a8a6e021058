import { describe, expect, it } from 'vitest';
import type { ContentCheck } from '../../src/integration/content-check.ts';
import { officeOfContentPath as officeOfPath } from '../../src/content-model/paths.ts';
import { asCheck, findingsOf, withOffice } from '../../src/integration/dev-findings.ts';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';
import type { OfficeResult } from '../../src/domain/freshness/index.ts';

const error = (file: string, line = 1): Diagnostic => ({ file, line, field: 'f', severity: 'error', code: 'schema', message: 'wrong' });
const stale = (id: string) => ({ id, status: 'stale' }) as OfficeResult;
const check = (errors: Diagnostic[], staleIds: string[] = []): ContentCheck => ({ files: 1, offices: 1, errors, warnings: 0, stale: staleIds.map(stale) });

describe('astro dev re-checks only the changed office', () => {
  it.each([
    ['content/offices/lgd/office.yaml', 'lgd'],
    ['/tmp/x/content/offices/doict-bheramara/charters/2024-04-15.mdx', 'doict-bheramara'],
    ['offices/a/minutes/x.mdx', 'a'],
    ['content/offices/stray.txt', ''],
    ['policy/freshness.yaml', ''],
  ])('%s belongs to office "%s"', (file, office) => {
    expect(officeOfPath(file)).toBe(office);
  });

  it('replaces the changed office’s errors and staleness, keeping the others', () => {
    let findings = findingsOf(check([error('content/offices/a/office.yaml', 2), error('content/offices/b/office.yaml', 3)], ['a', 'c']));
    findings = withOffice(findings, 'a', check([], []));
    expect(asCheck(findings).errors.map((d) => d.file)).toEqual(['content/offices/b/office.yaml']);
    expect(asCheck(findings).stale.map((o) => o.id)).toEqual(['c']);
    findings = withOffice(findings, 'b', check([], ['b']));
    expect(asCheck(findings).errors).toEqual([]);
    expect(asCheck(findings).stale.map((o) => o.id)).toEqual(['b', 'c']);
  });

  it('keeps errors in file order after a change', () => {
    let findings = findingsOf(check([error('content/offices/b/office.yaml')]));
    findings = withOffice(findings, 'a', check([error('content/offices/a/charters/x.mdx', 9)]));
    expect(asCheck(findings).errors.map((d) => d.file)).toEqual(['content/offices/a/charters/x.mdx', 'content/offices/b/office.yaml']);
  });
});
