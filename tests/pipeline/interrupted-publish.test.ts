/**
 * What a killed build leaves, and how the next one deals with it, step by step
 * (tests/build/killed-build.test.ts kills real builds; these pin each state).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, publishUnit, recoverSwap, swapIn } from '../../src/pipeline/publish.ts';

let work = '';
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const read = (file: string) => fs.readFileSync(file, 'utf8');
/** A process id that is not running: the highest possible one. */
const DEAD_PID = 4194304;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-interrupted-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run build killed while swapping its staging copy in', () => {
  const site = () => path.join(work, 'dist');
  const staging = () => `${site()}.staging`;
  const previous = () => `${site()}.previous`;
  const cases: { state: string; before: () => void; result: string; message: RegExp | undefined }[] = [
    {
      state: 'after the published folder was renamed aside, before staging took its place',
      before: () => (write(path.join(previous(), 'index.html'), 'old'), write(path.join(staging(), 'index.html'), 'new')),
      result: 'old',
      message: /restored dist\//,
    },
    {
      state: 'after staging took its place, before the old folder was removed',
      before: () => (write(path.join(site(), 'index.html'), 'new'), write(path.join(previous(), 'index.html'), 'old')),
      result: 'new',
      message: undefined,
    },
    {
      state: 'while building into the staging copy',
      before: () => (write(path.join(site(), 'index.html'), 'old'), write(path.join(staging(), 'index.html'), 'half')),
      result: 'old',
      message: /removed dist\.staging\//,
    },
  ];
  it.each(cases)('leaves the site as published and nothing beside it: killed $state', ({ before, result, message }) => {
    before();
    const said = recoverSwap(staging(), site());
    if (message) expect(said).toMatch(message);
    expect(read(path.join(site(), 'index.html'))).toBe(result);
    expect(fs.existsSync(staging())).toBe(false);
    expect(fs.existsSync(previous())).toBe(false);
  });

  it('swaps the staging copy in and keeps nothing of the old folder', () => {
    write(path.join(site(), 'gone.html'), 'old');
    write(path.join(staging(), 'index.html'), 'new');
    swapIn(staging(), site());
    expect(listFiles(site())).toEqual(['index.html']);
    expect(fs.existsSync(previous())).toBe(false);
  });
});

describe('a publish killed half way', () => {
  it('leaves temporary files that are not part of the site and the next publish removes', () => {
    const out = path.join(work, 'site');
    const stage = path.join(work, 'stage');
    write(path.join(stage, 'offices/a/index.html'), 'new');
    const leftover = path.join(out, `offices/a/index.html.${DEAD_PID}.tmp`);
    write(leftover, 'half');
    expect(listFiles(out)).toEqual([]);
    publishUnit({ stagingDir: stage, outDir: out, files: ['offices/a/index.html'], manifestPath: 'offices/a/build.json', key: 'k' });
    expect(fs.existsSync(leftover)).toBe(false);
    expect(listFiles(out)).toEqual(['offices/a/build.json', 'offices/a/index.html']);
  });

  it('keeps the temporary file of a publish still running', () => {
    const out = path.join(work, 'site');
    const stage = path.join(work, 'stage');
    write(path.join(stage, 'offices/a/index.html'), 'new');
    const running = path.join(out, `offices/a/index.html.${process.ppid}.tmp`);
    write(running, 'being written');
    publishUnit({ stagingDir: stage, outDir: out, files: ['offices/a/index.html'], manifestPath: 'offices/a/build.json', key: 'k' });
    expect(fs.existsSync(running)).toBe(true);
  });
});
