/**
 * What `npm run lint` checks, enforced in `npm test`: formatting (Prettier, .prettierrc.json),
 * ESLint (eslint.config.js) and the layer order (.dependency-cruiser.cjs) pass on the tree.
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

  it('finds every file formatted (npm run format fixes it)', { timeout: 120_000 }, () => {
    const run = spawnSync(bin('prettier'), ['--check', '.'], { cwd: repo, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('All matched files use Prettier code style!');
    expect(run.status).toBe(0);
  });

  it('finds no ESLint problem in the tree', { timeout: 120_000 }, () => {
    const { status, output } = runScript('lint:eslint');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('finds no import against the layer order', { timeout: 120_000 }, () => {
    const { status, output } = runScript('lint:layers');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});
