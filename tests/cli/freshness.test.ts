import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

interface Obligation {
  rule: string;
  status: string;
  lastSatisfied: string | null;
  dueBy: string | null;
  evidence: string | null;
  message: string;
}
interface Report {
  asOf: string;
  fiscalYear: string;
  quarter: number;
  offices: { id: string; name: string; status: string; obligations: Obligation[] }[];
  summary: { fresh: number; dueSoon: number; stale: number; exempt: number };
}

async function json(asOf: string, ...more: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await runScript('freshness', ['--as-of', asOf, '--format', 'json', ...more]);
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const charterOf = (report: Report) => report.offices.find((o) => o.id === 'doict-bheramara')?.obligations.find((o) => o.rule === 'charter-revised');

describe('npm run freshness -- --format json on the sample content', () => {
  it('prints the contract shape, and the Bheramara charter of 15 Apr 2024 is fresh as of 2024-05-01 (exit 0)', async () => {
    const { code, report } = await json('2024-05-01');
    expect(code).toBe(0);
    expect(report).toMatchObject({ asOf: '2024-05-01', fiscalYear: '2023-24', quarter: 4, summary: { fresh: 1, dueSoon: 0, stale: 0, exempt: 4 } });
    expect(report.offices.map((o) => o.id)).toEqual(['divcom-rangpur', 'doict', 'doict-bheramara', 'lgd', 'prisons-directorate']);
    for (const office of report.offices) {
      expect(office).toEqual(
        expect.objectContaining({ id: expect.any(String), name: expect.any(String), status: expect.any(String), obligations: expect.any(Array) }),
      );
      expect(office.obligations.map((o) => o.rule)).toEqual(['charter-revised', 'monitoring-meeting', 'committee-reformed', 'focal-point']);
      for (const o of office.obligations) {
        expect(Object.keys(o)).toEqual(expect.arrayContaining(['rule', 'status', 'lastSatisfied', 'dueBy', 'evidence', 'message']));
      }
    }
    expect(charterOf(report)).toMatchObject({
      status: 'fresh',
      lastSatisfied: '2024-04-15',
      dueBy: '2024-07-15',
      evidence: 'content/offices/doict-bheramara/charters/2024-04-15.mdx',
    });
  });

  it('finds the same charter stale as of 2024-07-20, with every office stale once the sample exemptions end (exit 1)', async () => {
    const { code, report } = await json('2024-07-20');
    expect(code).toBe(1);
    expect(report).toMatchObject({ asOf: '2024-07-20', fiscalYear: '2024-25', quarter: 1, summary: { fresh: 0, dueSoon: 0, stale: 5, exempt: 0 } });
    expect(charterOf(report)).toMatchObject({
      status: 'stale',
      lastSatisfied: '2024-04-15',
      dueBy: '2024-07-15',
      evidence: 'content/offices/doict-bheramara/charters/2024-04-15.mdx',
    });
  });

  it.each([
    ['2024-06-30', '2023-24', 4, 'fresh'],
    ['2024-07-01', '2024-25', 1, 'due-soon'],
    ['2024-07-15', '2024-25', 1, 'due-soon'],
    ['2024-07-16', '2024-25', 1, 'stale'],
    ['2024-04-14', '2023-24', 4, 'stale'], // the day before the charter's date: it does not count yet
  ] as const)('as of %s (FY %s Q%s) the Bheramara charter is %s', async (asOf, fiscalYear, quarter, status) => {
    const { report } = await json(asOf, '--office', 'doict-bheramara');
    expect(report).toMatchObject({ fiscalYear, quarter });
    expect(report.offices.map((o) => o.id)).toEqual(['doict-bheramara']);
    expect(charterOf(report)?.status).toBe(status);
  });

  it('rejects an impossible date with exit 2 and one line', async () => {
    const result = await runScript('freshness', ['--as-of', '2024-13-45']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['error: --as-of must be a real date written YYYY-MM-DD, or "today"; got "2024-13-45"']);
  });

  it('rejects an unknown office with exit 2, listing the known ones', async () => {
    const result = await runScript('freshness', ['--office', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: no office "nowhere" in .*\(known: divcom-rangpur, doict, doict-bheramara, lgd, prisons-directorate\)\n$/);
  });

  it.each([
    [
      'a negative grace period',
      'committeeReformedFrom: "2022-23"\nfiscalYears:\n  "2023-24":\n    graceDays: -3\n',
      /bad-policy\.yaml:4 fiscalYears\.2023-24\.graceDays: must be at least 0/,
    ],
    [
      'a misspelt field',
      'committeeReformedFrom: "2022-23"\ngraceDay: 15\nfiscalYears:\n  "2023-24": {}\n',
      /bad-policy\.yaml:2 graceDay: is not a known field/,
    ],
    ['broken YAML', 'committeeReformedFrom: [\n', /bad-policy\.yaml:\d+: the YAML cannot be read/],
    ['no fiscal years', 'committeeReformedFrom: "2022-23"\nfiscalYears: {}\n', /bad-policy\.yaml:2 fiscalYears: list at least one fiscal year/],
    [
      'YAML aliases that expand exponentially',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${'bcdefg'
        .split('')
        .map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)
        .join('\n')}\n`,
      /bad-policy\.yaml:\d+ \w+: the YAML holds more than 100,000 values .*over the limit yamlValues/,
    ],
  ])('rejects a policy with %s with exit 2 and one line naming the file, line and field', async (_, yaml, expected) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-policy-'));
    const file = path.join(dir, 'bad-policy.yaml');
    fs.writeFileSync(file, yaml);
    const result = await runScript('freshness', ['--policy', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(expected);
  });
});

describe('npm run freshness in text and Markdown', () => {
  it('says the date is pinned and where, groups by office, and names the file to change on each problem line', async () => {
    const result = await runScript('freshness', ['--format', 'text'], { FRESHNESS_AS_OF: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PINNED by pinnedAsOf in policy/freshness.yaml');
    const stale = await runScript('freshness', ['--as-of', '2024-07-20']);
    expect(stale.stdout).toMatch(/\ndoict-bheramara {2}.+ {2}STALE since 2024-07-01\n/);
    expect(stale.stdout).toContain('  content/offices/doict-bheramara/charters/  charter-revised stale since 2024-07-16: add the revised charter');
    expect(stale.stdout).toContain('  content/offices/lgd/office.yaml  focal-point exemption ended on 2024-06-30');
    // No colour codes when the output is not a terminal.
    expect(stale.stdout).not.toContain('\u001b[');
  });

  it('writes a Markdown summary with a table and the list of files to change', async () => {
    const result = await runScript('freshness', ['--as-of', '2024-07-20', '--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## Freshness as of 2024-07-20 \(FY 2024-25, Q1\)/);
    expect(result.stdout).toContain('| office | status | charter-revised | monitoring-meeting | committee-reformed | focal-point |');
    expect(result.stdout).toContain('### What to change');
    expect(result.stdout).toContain('- `content/offices/doict-bheramara/charters/`');
  });

  it('runs from another directory on a content root given by PORTAL_CONTENT_DIR', async () => {
    const result = await runScript('freshness', ['--as-of', '2024-05-01', '--format', 'json'], { PORTAL_CONTENT_DIR: path.join(repoRoot, 'content') });
    expect(result.code).toBe(0);
  });
});
