/**
 * The per-document entry (src/validation/document.ts) is the build's check of one file:
 * for every sample file it finds exactly what validateTree finds for that file, from the
 * file's path and text alone, and it bundles for a browser (the admin runs it there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateDocument, validateTree } from '../../src/validation/index.ts';
import { repoRoot } from '../support/paths.ts';

const root = path.join(repoRoot, 'content');

describe('one document checked as the build checks it', () => {
  it('finds for each sample file what validateTree finds for it, from its path and text alone', () => {
    const tree = loadContentTree(root);
    const knownOfficeIds = new Set(tree.officeIds);
    const { diagnostics } = validateTree(tree);
    for (const file of tree.files) {
      const text = fs.readFileSync(file.absolutePath, 'utf8');
      const alone = validateDocument({ path: file.source.displayPath, text }, { knownOfficeIds }).diagnostics;
      expect(alone, file.source.displayPath).toEqual(diagnostics.filter((d) => d.file === file.source.displayPath));
    }
    // The sample has findings to compare (its dirty emails, memo numbers, dual dates).
    expect(diagnostics.length).toBeGreaterThan(10);
  });

  it('refuses what the build refuses: a blank required field, HTML in a field, a fee that is not a number', () => {
    const file = 'content/offices/doict-bheramara/charters/2024-04-15.mdx';
    const text = fs
      .readFileSync(path.join(repoRoot, file), 'utf8')
      .replace('name: আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান', 'name: " "')
      .replace('delivery: টেলিফোন/ সরাসরি/ ই- মেইল যোগাযোগ', 'delivery: <b>টেলিফোন</b>')
      .replace(/kind: free\n(\s+)text: বিনামূল্যে/, 'kind: paid\n$1amount: ৫০০ টাকা\n$1text: ৫০০ টাকা');
    const found = validateDocument({ path: file, text }).diagnostics.filter((d) => d.severity === 'error');
    expect(found.map((d) => [d.field, d.code])).toEqual([
      ['services.citizen.services[0].name', 'schema'],
      ['services.citizen.services[0].delivery', 'unsafe-content'],
      ['services.citizen.services[0].fee.amount', 'schema'],
    ]);
  });

  it('says where nothing can live, and warns when monitoring minutes count for no quarter', () => {
    expect(validateDocument({ path: 'content/offices/x/notes/a.mdx', text: '' }).diagnostics).toMatchObject([{ code: 'file-layout', severity: 'error' }]);
    const minutes = fs.readFileSync(path.join(root, 'offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx'), 'utf8');
    const withoutQuarter = minutes.replace(/\nquarter: \d\n/, '\n');
    expect(withoutQuarter).not.toBe(minutes);
    const found = validateDocument({
      path: 'content/offices/prisons-directorate/minutes/2023-03-23-charter-monitoring-3.mdx',
      text: withoutQuarter,
    }).diagnostics;
    expect(found.filter((d) => d.code === 'freshness-field')).toMatchObject([{ field: 'quarter', severity: 'warning' }]);
  });

  it('bundles for a browser: no file system anywhere below it', async () => {
    const result = await build({
      stdin: { contents: "export { validateDocument } from './src/validation/document.ts';", resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });
});
