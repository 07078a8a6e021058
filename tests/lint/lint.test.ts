/**
 * What `npm run lint` checks besides formatting, enforced in `npm test` now: ESLint
 * (eslint.config.js) and the layer order (.dependency-cruiser.cjs) pass on the tree.
 * Prettier joins once the tree has been formatted in one pass (`npm run format`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);
const scripts = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** Runs an npm script's command line (its binaries from node_modules/.bin), as `npm run` would. */
function runScript(name: string): { status: number | null; output: string; ms: number } {
  const command = scripts[name];
  if (!command) throw new Error(`package.json has no "${name}" script`);
  const [tool, ...args] = command.split(/\s+/);
  const start = Date.now();
  const run = spawnSync(bin(tool ?? ''), args, { cwd: repo, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, ms: Date.now() - start };
}

describe('npm run lint', () => {
  it('runs Prettier, ESLint and the layer check, in that order', () => {
    expect(scripts['lint']).toBe('prettier --check . && npm run lint:eslint && npm run lint:layers');
  });

  it('finds no ESLint problem in the tree', { timeout: 120_000 }, () => {
    const { status, output } = runScript('lint:eslint');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('finds no import against the layer order, in under 20 seconds', { timeout: 60_000 }, () => {
    const { status, output, ms } = runScript('lint:layers');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
    expect(ms).toBeLessThan(20_000);
  });
});
