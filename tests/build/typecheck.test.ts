import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repoRoot } from '../support/paths.ts';

describe('strict TypeScript', () => {
  it('astro check finds no errors in the whole project', () => {
    const result = spawnSync(nodeBin, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => / - error /.test(line));
    expect(errors, errors.join('\n')).toEqual([]);
    expect(result.status).toBe(0);
  });
});
