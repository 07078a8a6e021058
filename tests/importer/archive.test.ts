/**
 * The archive corpus (tests/fixtures/import/archive/, made by make-archive.ts
 * from the seeds) imports in-process: every file is read as its true kind, and
 * every file imported without an error carries the true date and services.
 * The figures before and after are in docs/importer.md (measure-archive.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/importer/index.ts';
import { seedsDir } from '../support/paths.ts';
import { ARCHIVE_DIR, ARCHIVE_TRUTH, archiveFiles } from './make-archive.ts';

describe('the archive corpus', () => {
  it.skipIf(!fs.existsSync(seedsDir))('is what make-archive.ts makes from the seeds (run it after changing either)', () => {
    for (const [name, content] of Object.entries(archiveFiles())) expect(fs.readFileSync(path.join(ARCHIVE_DIR, name), 'utf8'), name).toBe(content);
  });

  const outcomes: Record<string, string> = {};
  it.each(Object.entries(ARCHIVE_TRUTH))('%s is read as its kind, and when complete, with the true date', async (name, truth) => {
    const result = await importFile(path.join(ARCHIVE_DIR, name), name);
    expect(result.kind).toBe(truth.kind);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    outcomes[name] = errors.length ? 'incomplete' : 'complete';
    if (errors.length) return;
    const data = result.data ?? {};
    expect(data['effectiveDate'] ?? data['meetingDate'] ?? data['date']).toBe(truth.date);
    if (truth.services !== undefined) {
      const services = data['services'] as Record<string, { services: unknown[] }>;
      expect(Object.values(services).reduce((n, s) => n + s.services.length, 0)).toBe(truth.services);
    }
  });

  it('imports at least 17 of the 21 files completely (the rest are cut short: drafts)', () => {
    expect(Object.values(outcomes).filter((o) => o === 'complete').length).toBeGreaterThanOrEqual(17);
  });
});
