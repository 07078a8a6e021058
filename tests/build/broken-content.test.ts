import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

describe('a build of broken content', () => {
  it('fails with one line naming the file, the line, the field and what is expected, and publishes nothing', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-broken-'));
    const published = path.join(out, 'site');
    fs.mkdirSync(published);
    fs.writeFileSync(path.join(published, 'previous.html'), 'the site as it was');

    const result = await runScript('build', [], {
      PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/broken-content'),
      PORTAL_OUT_DIR: published,
      FRESHNESS_AS_OF: '2024-05-01',
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/broken-content/offices/broken-office/charters/2024-04-15.mdx:11  error  schema  services.citizen.services[0].fee.kind: expected fee kind "free" or "paid" (Fee and how to pay (সেবার মূল্য ও পরিশোধ পদ্ধতি)); found "gratis"',
    );
    expect(result.stderr).toContain('Nothing was published');
    // The previous site is untouched: nothing half-built replaces it.
    expect(fs.readdirSync(published)).toEqual(['previous.html']);
  });
});
