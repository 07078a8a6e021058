/**
 * For benchmarks of the national layer at country size: writes what 50,000 office
 * builds would have published for it — each office's record
 * (`offices/<id>/compliance.json`, from the same functions an office build uses) and
 * build manifest — without rendering the offices' pages, which the national layer
 * never reads. Offices are read in chunks so memory stays flat.
 */
import fs from 'node:fs';
import path from 'node:path';
import { freshnessOfficesFromTree } from '../../src/validation/freshness-offices.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { readOfficeDirectory } from '../../src/content-model/office-directory.ts';
import { officeRecord } from '../../src/lib/national-model.ts';
import { officeComplianceFile, officeManifestFile } from '../../src/pipeline/site-layout.ts';

export function writeOfficeRecords(contentRoot: string, outDir: string, chunk = 2_000): number {
  const ids = [...readOfficeDirectory(contentRoot).keys()];
  for (let i = 0; i < ids.length; i += chunk) {
    const tree = loadContentTree(contentRoot, { officeIds: ids.slice(i, i + chunk) });
    const { offices, services } = freshnessOfficesFromTree(tree);
    for (const office of offices) {
      const record = path.join(outDir, officeComplianceFile(office.id));
      fs.mkdirSync(path.dirname(record), { recursive: true });
      fs.writeFileSync(record, `${JSON.stringify(officeRecord(office, services.get(office.id)))}\n`);
      const pages = [
        `offices/${office.id}/index.html`,
        ...office.documents.map(
          (d) => `offices/${office.id}/${d.kind === 'charter' ? 'charters' : d.kind === 'minutes' ? 'minutes' : 'orders'}/${d.stem}/index.html`,
        ),
      ];
      fs.writeFileSync(
        path.join(outDir, officeManifestFile(office.id)),
        `${JSON.stringify({ key: 'bench', files: Object.fromEntries(pages.map((p) => [p, 'bench'])) })}\n`,
      );
    }
  }
  return ids.length;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [content, out] = process.argv.slice(2);
  if (!content || !out) throw new Error('usage: node bench/lib/office-records.ts CONTENT_ROOT OUT_DIR');
  const started = Date.now();
  const n = writeOfficeRecords(path.resolve(content), path.resolve(out));
  process.stdout.write(`records of ${n} offices written in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
