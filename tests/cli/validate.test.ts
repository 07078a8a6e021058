import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

interface Diagnostic {
  file: string;
  line: number;
  field: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

describe('npm run validate -- --format json on the sample content', () => {
  it('prints the JSON array contract and exits 0 when there are only warnings', async () => {
    const result = await runScript('validate', ['--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const diagnostics = JSON.parse(result.stdout) as Diagnostic[];
    for (const d of diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['code', 'field', 'file', 'line', 'message', 'severity']);
      expect(d.line).toBeGreaterThan(0);
    }
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('warns bangla-date-mismatch exactly for the Prisons minutes of 23 Mar 2023 and order of 19 Sep 2022', async () => {
    const result = await runScript('validate', ['--format', 'json']);
    const mismatches = (JSON.parse(result.stdout) as Diagnostic[]).filter((d) => d.code === 'bangla-date-mismatch');
    expect(mismatches.map((d) => d.file).sort()).toEqual([
      expect.stringMatching(/^content\/offices\/prisons-directorate\/minutes\/2023-03-23-[^/]+\.mdx$/),
      expect.stringMatching(/^content\/offices\/prisons-directorate\/orders\/2022-09-19-[^/]+\.mdx$/),
    ]);
    expect(mismatches.map((d) => d.message).join('\n')).toMatch(/৯ চৈত্র ১৪২৯[\s\S]*৪ আশ্বিন ১৪২৯|৪ আশ্বিন ১৪২৯[\s\S]*৯ চৈত্র ১৪২৯/);
  });

  it('flags the dirty emails and off-pattern memo numbers of the seeds with their lines', async () => {
    const diagnostics = JSON.parse((await runScript('validate', ['--format', 'json'])).stdout) as Diagnostic[];
    const emails = diagnostics.filter((d) => d.code === 'email-invalid').map((d) => d.message);
    expect(emails.some((m) => m.includes('alamiu@doict.gov.bd@gmail.com'))).toBe(true);
    expect(emails.some((m) => m.includes('alamiu৫৬@gmail.com'))).toBe(true);
    const memos = diagnostics.filter((d) => d.code === 'memo-number-format').map((d) => d.file);
    expect(memos.some((f) => f.includes('divcom-rangpur'))).toBe(true);
    expect(memos.some((f) => f.includes('/lgd/'))).toBe(true);
  });

  it('exits 1 and reports a schema error for broken content', async () => {
    const result = await runScript('validate', ['--format', 'json'], {
      PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/broken-content'),
    });
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout) as Diagnostic[];
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'schema', field: 'services.citizen.services[0].fee.kind', line: 11 }),
    );
  });

  it('refuses an unknown format with exit 2 and one line', async () => {
    const result = await runScript('validate', ['--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a file outside the content layout', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-stray-'));
    fs.cpSync(path.join(repoRoot, 'tests/fixtures/broken-content'), root, { recursive: true });
    fs.writeFileSync(path.join(root, 'offices/broken-office/notes.txt'), 'x');
    const result = await runScript('validate', ['--format', 'json'], { PORTAL_CONTENT_DIR: root });
    const diagnostics = JSON.parse(result.stdout) as Diagnostic[];
    expect(diagnostics.some((d) => d.code === 'file-layout' && d.file.endsWith('broken-office/notes.txt'))).toBe(true);
  });
});
