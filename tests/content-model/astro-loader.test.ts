/**
 * The content layer's loader (src/content-model/astro-loader.ts), driven with a
 * stand-in for Astro's loader context: which files each collection loads under
 * a build scope, that an unchanged document is not rendered again on the next
 * sync (its digest matches), that a changed one is, and that removed files leave
 * the store.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { officeContentLoader } from '../../src/content-model/astro-loader.ts';
import { repoRoot } from '../support/paths.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
}

function fakeContext() {
  const entries = new Map<string, StoredEntry>();
  let parsed = 0;
  const context = {
    collection: 'test',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => (parsed++, data),
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16),
    config: { root: pathToFileURL(`${repoRoot}/`) },
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  };
  return { context: context as unknown as LoaderContext, entries, parsedCount: () => parsed };
}

const saved = { content: process.env['PORTAL_CONTENT_DIR'], scope: process.env['PORTAL_SCOPE'] };
afterEach(() => {
  for (const [key, value] of [
    ['PORTAL_CONTENT_DIR', saved.content],
    ['PORTAL_SCOPE', saved.scope],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A copy of the sample content to change. */
function sampleCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-'));
  fs.cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
  process.env['PORTAL_CONTENT_DIR'] = dir;
  return dir;
}

describe('the content loader', () => {
  it('loads every office and document of the sample, with rendered bodies and Astro-shaped file paths', async () => {
    process.env['PORTAL_CONTENT_DIR'] = path.join(repoRoot, 'content');
    delete process.env['PORTAL_SCOPE'];
    const offices = fakeContext();
    await officeContentLoader('office').load(offices.context);
    expect([...offices.entries.keys()].sort()).toEqual(['divcom-rangpur', 'doict', 'doict-bheramara', 'lgd', 'prisons-directorate']);
    expect(offices.entries.get('lgd')?.filePath).toBe('content/offices/lgd/office.yaml');
    const minutes = fakeContext();
    await officeContentLoader('minutes').load(minutes.context);
    const lgd = minutes.entries.get('lgd/2021-07-28-e-governance-innovation');
    expect(lgd?.filePath).toBe('content/offices/lgd/minutes/2021-07-28-e-governance-innovation.mdx');
    expect(lgd?.rendered?.html).toContain('<table>');
    expect(lgd?.body?.startsWith('গণপ্রজাতন্ত্রী')).toBe(true);
  });

  it('honours the build scope: office.yaml of metadata offices, documents of document offices only', async () => {
    process.env['PORTAL_CONTENT_DIR'] = path.join(repoRoot, 'content');
    process.env['PORTAL_SCOPE'] = JSON.stringify({ offices: ['doict-bheramara'], context: ['lgd'], national: false });
    const offices = fakeContext();
    await officeContentLoader('office').load(offices.context);
    expect([...offices.entries.keys()].sort()).toEqual(['doict-bheramara', 'lgd']);
    for (const kind of ['charter', 'minutes', 'order'] as const) {
      const documents = fakeContext();
      await officeContentLoader(kind).load(documents.context);
      expect(
        [...documents.entries.keys()].every((id) => id.startsWith('doict-bheramara/')),
        kind,
      ).toBe(true);
    }
  });

  it('renders only what changed on the next sync, and drops what was removed', async () => {
    delete process.env['PORTAL_SCOPE'];
    const dir = sampleCopy();
    const { context, entries, parsedCount } = fakeContext();
    const loader = officeContentLoader('minutes');
    await loader.load(context);
    const first = parsedCount();
    expect(first).toBe(entries.size);
    const unchanged = entries.get('lgd/2021-07-28-e-governance-innovation');

    const changed = path.join(dir, 'offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx');
    fs.appendFileSync(changed, '\nসংশোধিত অনুচ্ছেদ।\n');
    fs.rmSync(path.join(dir, 'offices/divcom-rangpur/minutes/2023-06-22-charter-q4.mdx'));
    await loader.load(context);

    expect(parsedCount() - first).toBe(1);
    expect(entries.get('lgd/2021-07-28-e-governance-innovation')).toBe(unchanged);
    expect(entries.get('prisons-directorate/2023-03-23-charter-monitoring-3')?.rendered?.html).toContain('সংশোধিত অনুচ্ছেদ।');
    expect(entries.has('divcom-rangpur/2023-06-22-charter-q4')).toBe(false);
  });
});
