import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

describe('the build’s freshness gate', () => {
  it('fails FRESHNESS_AS_OF=today on the historical sample content, naming the stale offices, and publishes nothing', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-stale-'));
    const published = path.join(out, 'site');
    fs.mkdirSync(published);
    fs.writeFileSync(path.join(published, 'previous.html'), 'the site as it was');

    const result = await runScript('build', [], { FRESHNESS_AS_OF: 'today', PORTAL_OUT_DIR: published });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/freshness: checking 5 offices as of today in Asia\/Dhaka \(\d{4}-\d{2}-\d{2}; FRESHNESS_AS_OF=today\)/);
    // The text report names each file to change.
    expect(result.stdout).toContain('content/offices/doict-bheramara/charters/  charter-revised stale since 2024-07-16');
    expect(result.stderr).toMatch(
      /build failed: stale content as of \d{4}-\d{2}-\d{2} in 5 offices: divcom-rangpur, doict, doict-bheramara, lgd, prisons-directorate/,
    );
    expect(result.stderr).toContain('Nothing was published');
    // The gate runs before Astro: no staging folder, and the previous site is untouched.
    expect(result.stdout).not.toContain('[build]');
    expect(fs.readdirSync(out)).toEqual(['site']);
    expect(fs.readdirSync(published)).toEqual(['previous.html']);
  });

  it('fails with a one-line reason when the policy is broken', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-policy-'));
    fs.writeFileSync(path.join(dir, 'freshness.yaml'), 'committeeReformedFrom: 2022\nfiscalYears:\n  "2023-24": {}\n');
    const result = await runScript('build', [], { FRESHNESS_POLICY: path.join(dir, 'freshness.yaml'), PORTAL_OUT_DIR: path.join(dir, 'site') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/build failed: freshness gate: .*freshness\.yaml:1 committeeReformedFrom: /);
    expect(fs.existsSync(path.join(dir, 'site'))).toBe(false);
  });
});
