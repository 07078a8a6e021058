/**
 * The layer order in .dependency-cruiser.cjs holds on the real tree, and the check
 * really fails on an import against it (a copy of the config over a tiny fixture tree
 * with one deliberate inversion), naming the rule and the import.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(repo, 'node_modules/.bin/depcruise');

function cruise(cwd: string, folders: string[]): { status: number | null; output: string } {
  const run = spawnSync(depcruise, [...folders, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary tree with the real config and the given files (path → source). */
function fixtureTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-layers-'));
  fixtures.push(dir);
  fs.copyFileSync(path.join(repo, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the layer check (npm run lint:layers)', () => {
  it('passes on the repository as it is', { timeout: 120_000 }, () => {
    const { status, output } = cruise(repo, ['src', 'cms', 'scripts', 'bench', 'tests']);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('runs from npm run lint:layers', { timeout: 120_000 }, () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['lint:layers']).toMatch(/^depcruise /);
  });

  it.each([
    {
      case: 'the domain importing the content model',
      files: {
        'src/content-model/load.ts': 'export const root = "content";\n',
        'src/domain/rule.ts': "import { root } from '../content-model/load.ts';\nexport const where = root;\n",
      },
      rule: 'domain-imports-upward',
      named: 'src/domain/rule.ts → src/content-model/load.ts',
    },
    {
      case: 'the content model importing validation',
      files: {
        'src/validation/check.ts': 'export const check = 1;\n',
        'src/content-model/read.ts': "import { check } from '../validation/check.ts';\nexport const n = check;\n",
      },
      rule: 'content-model-imports-upward',
      named: 'src/content-model/read.ts → src/validation/check.ts',
    },
    {
      case: 'cms/ importing scripts/',
      files: {
        'scripts/lib/util.ts': 'export const util = 1;\n',
        'cms/server.ts': "import { util } from '../scripts/lib/util.ts';\nexport const n = util;\n",
      },
      rule: 'cms-imports-scripts',
      named: 'cms/server.ts → scripts/lib/util.ts',
    },
    {
      case: 'two modules importing each other',
      files: {
        'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
        'src/lib/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      },
      rule: 'no-cycles',
      named: 'src/lib/a.ts',
    },
  ])('fails on $case, naming the import', { timeout: 120_000 }, ({ files, rule, named }) => {
    const dir = fixtureTree(files);
    const { status, output } = cruise(dir, [...new Set(Object.keys(files).map((f) => f.split('/')[0] ?? f))]);
    expect(status).not.toBe(0);
    expect(output).toContain(rule);
    expect(output).toContain(named);
  });
});
