import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';

function officeWithPhoto(photo: string, createFile: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-photo-'));
  const dir = path.join(root, 'offices', 'demo');
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  if (createFile) fs.writeFileSync(path.join(dir, photo), 'image');
  fs.writeFileSync(
    path.join(dir, 'office.yaml'),
    `name: { bn: নমুনা, en: Demo }\nkind: upazila-office\nfocalPoint:\n  name: জনাব ক\n  photo: ${photo}\n`,
  );
  return root;
}

describe('focal point photos', () => {
  it('pass when the named image is in the office folder', () => {
    const { diagnostics } = validateTree(loadContentTree(officeWithPhoto('media/fp.jpg', true)));
    expect(diagnostics).toEqual([]);
  });

  it('are reported on their line when the image is missing', () => {
    const { diagnostics } = validateTree(loadContentTree(officeWithPhoto('media/fp.jpg', false)));
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 5, field: 'focalPoint.photo', severity: 'warning', code: 'reference' }),
    ]);
  });
});
