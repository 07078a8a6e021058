/**
 * `astro build` run directly (not through our scripts) refuses what `npm run build`
 * refuses: the protishruti() integration validates and gates its scope before the
 * content layer loads, naming the file and line. Builds the pipeline started
 * (PORTAL_VALIDATED=1) are not checked twice.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextOffices, readOfficeDirectory } from '../../src/content-model/office-directory.ts';
import { sha256 } from '../../src/pipeline/publish.ts';
import { officeManifestFile, ownerOf } from '../../src/pipeline/site-layout.ts';
import { nodeBin, repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-astro-build-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The files one office owns in a built site, with their digests. */
function officeFiles(site: string, id: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(site, abs).split(path.sep).join('/');
    const owner = ownerOf(rel);
    if (owner.kind === 'office' && owner.id === id) files.set(rel, sha256(fs.readFileSync(abs)));
  }
  return files;
}

function astroBuild(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|PORTAL_.*|FRESHNESS_.*)$/.test(name)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: repoRoot,
      env: { ...clean, FORCE_COLOR: '0', NO_COLOR: '1', PORTAL_OUT_DIR: path.join(work, 'out'), PORTAL_CACHE_DIR: path.join(work, 'cache'), ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

const broken = path.join(repoRoot, 'tests/fixtures/broken-content');
const brokenFile = 'tests/fixtures/broken-content/offices/broken-office/charters/2024-04-15.mdx';

describe('astro build run directly', () => {
  it('fails on broken content before loading it, naming the file, the line and the field', async () => {
    const result = await astroBuild({ PORTAL_CONTENT_DIR: broken, FRESHNESS_AS_OF: '2024-05-01' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('[ContentValidationError]');
    expect(result.output).toContain(`${brokenFile}:11  error  schema  services.citizen.services[0].fee.kind: expected fee kind "free" or "paid"`);
    expect(result.output).toMatch(/Location:\s+\S*tests\/fixtures\/broken-content\/offices\/broken-office\/charters\/2024-04-15\.mdx:11:1/);
    expect(result.output).toContain('Fix the field `services.citizen.services[0].fee.kind`');
    // Refused in astro:config:setup: nothing was loaded or written.
    expect(result.output).not.toContain('Syncing content');
    expect(fs.existsSync(path.join(work, 'out'))).toBe(false);
  });

  it('fails an office scope with a stale office, naming it and the file to change', async () => {
    const result = await astroBuild({
      FRESHNESS_AS_OF: '2026-01-01',
      PORTAL_SCOPE: JSON.stringify({ offices: ['doict-bheramara'], context: ['lgd'], national: false }),
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('[StaleContentError]');
    expect(result.output).toContain('content/offices/doict-bheramara/charters/  charter-revised stale since');
    expect(result.output).toMatch(/Location:\s+\S*content\/offices\/doict-bheramara\/office\.yaml:1:1/);
  });

  it('does not check again a build the pipeline validated (PORTAL_VALIDATED=1)', async () => {
    const result = await astroBuild({ PORTAL_CONTENT_DIR: broken, FRESHNESS_AS_OF: '2024-05-01', PORTAL_VALIDATED: '1' });
    expect(result.output).toContain('content: validated and gated by the pipeline (PORTAL_VALIDATED=1); not checked again');
    expect(result.output).not.toContain('[ContentValidationError]');
    // The content loader's own schema check still stops it (content changed during a pipeline build).
    expect(result.code).toBe(1);
    // Astro's own error, or the loader's, which names the file (a charter is resolved against its standards first).
    expect(result.output).toMatch(/InvalidContentEntryDataError|broken-office\/charters\/2024-04-15\.mdx: does not match the charter schema/);
  });

  it('over an office scope, leaves the same office files as build:office (pages, search bundle, CMS entry, record, offline pack)', async () => {
    const id = 'doict-bheramara';
    const direct = path.join(work, 'direct');
    const context = contextOffices([id], readOfficeDirectory(path.join(repoRoot, 'content')));
    const result = await astroBuild({
      FRESHNESS_AS_OF: '2024-05-01',
      PORTAL_OUT_DIR: direct,
      PORTAL_SCOPE: JSON.stringify({ offices: [id], context, national: false }),
    });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.output).toMatch(/offices: search bundle, CMS entry, record and offline pack for 1 office/);
    const published = path.join(work, 'published');
    const office = await runScript('build-office', ['--office', id, '--out', published], {
      FRESHNESS_AS_OF: '2024-05-01',
      PORTAL_CACHE_DIR: path.join(work, 'cache-office'),
    });
    expect(office.code, office.stderr).toBe(0);
    const expected = officeFiles(published, id);
    expected.delete(officeManifestFile(id)); // the manifest is written by publishing, which build:office alone does
    const got = officeFiles(direct, id);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(got).toEqual(expected);
    expect(got.has(`offline-packs/${id}.json`) && got.has(`admin/${id}/options.json`) && got.has(`offices/${id}/compliance.json`)).toBe(true);
  });
});
