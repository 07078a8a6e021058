import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

describe('a build of hostile content', () => {
  it('refuses to publish, naming each file, line and what is not allowed', async () => {
    const published = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-hostile-'));
    fs.writeFileSync(path.join(published, 'previous.html'), 'the site as it was');

    const result = await runScript('build', [], {
      PORTAL_CONTENT_DIR: path.join(repoRoot, 'tests/fixtures/hostile'),
      PORTAL_OUT_DIR: published,
      FRESHNESS_AS_OF: '2024-02-01',
    });

    expect(result.code).toBe(1);
    const orders = 'tests/fixtures/hostile/offices/hostile-office/orders';
    expect(result.stderr).toContain(
      `${orders}/2024-01-10-script.mdx:13  error  unsafe-content  body: <script> is not allowed: content cannot run code; remove it`,
    );
    expect(result.stderr).toContain(`${orders}/2024-01-10-import.mdx:11  error  unsafe-content  body: import/export is not allowed`);
    expect(result.stderr).toContain(
      'tests/fixtures/hostile/offices/hostile-office/office.yaml:6  error  unsafe-content  website: a "javascript:" address is not allowed',
    );
    expect(result.stderr).toContain('Nothing was published');
    expect(fs.readdirSync(published)).toEqual(['previous.html']);
  });
});
