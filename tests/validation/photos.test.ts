import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeMediaPath } from '../../src/content-model/confine.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';

function officeWithPhoto(photo: string, createFile: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-photo-'));
  const dir = path.join(root, 'offices', 'demo');
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  if (createFile) fs.writeFileSync(path.join(dir, photo), 'image');
  fs.writeFileSync(path.join(dir, 'office.yaml'), `name: { bn: নমুনা, en: Demo }\nkind: upazila-office\nfocalPoint:\n  name: জনাব ক\n  photo: ${photo}\n`);
  return root;
}

describe('focal point photos', () => {
  it('pass when the named image is in the office folder', () => {
    const { diagnostics } = validateTree(loadContentTree(officeWithPhoto('media/fp.jpg', true)));
    expect(diagnostics).toEqual([]);
  });

  it('are reported on their line when the image is missing', () => {
    const { diagnostics } = validateTree(loadContentTree(officeWithPhoto('media/fp.jpg', false)));
    expect(diagnostics).toEqual([expect.objectContaining({ line: 5, field: 'focalPoint.photo', severity: 'warning', code: 'reference' })]);
  });
});

describe('focal point photos outside the office media folder', () => {
  it.each([
    ['../../../etc/passwd', 'leaves the folder'],
    ['media/../../other-office/media/fp.jpg', 'leaves the folder'],
    ['%2e%2e/%2e%2e/secret.jpg', 'leaves the folder'],
    ['media/%2e%2e/office.yaml', 'leaves the folder'],
    ['/etc/passwd', 'absolute path'],
    ['/offices/other-office/media/fp.jpg', 'absolute path'],
    ['media\\..\\..\\fp.jpg', 'backslash'],
    ['https://tracker.example/fp.jpg', 'another site'],
    ['//cdn.example/fp.jpg', 'another site'],
    ['office.yaml', "not a file in the office's media/ folder"],
    ['media/%zz.jpg', 'broken %-escape'],
  ])('"%s" is an error (%s), and the page does not link it', (photo, reason) => {
    const root = officeWithPhoto('media/fp.jpg', true);
    const yamlFile = path.join(root, 'offices', 'demo', 'office.yaml');
    fs.writeFileSync(yamlFile, fs.readFileSync(yamlFile, 'utf8').replace('photo: media/fp.jpg', `photo: '${photo}'`));
    expect(validateTree(loadContentTree(root)).diagnostics).toEqual([
      expect.objectContaining({ line: 5, field: 'focalPoint.photo', severity: 'error', code: 'unsafe-content', message: expect.stringContaining(reason) }),
    ]);
    expect(officeMediaPath('demo', photo)).toEqual({ refused: expect.stringContaining(reason) });
  });

  it('a photo in media/ that is a link to a file elsewhere is an error', () => {
    const root = officeWithPhoto('media/fp.jpg', false);
    const outside = path.join(root, 'secret.jpg');
    fs.writeFileSync(outside, 'secret');
    fs.symlinkSync(outside, path.join(root, 'offices', 'demo', 'media', 'fp.jpg'));
    expect(validateTree(loadContentTree(root)).diagnostics).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/media\/fp\.jpg$/),
        severity: 'error',
        code: 'unsafe-content',
        message: expect.stringContaining('symbolic link'),
      }),
      expect.objectContaining({ field: 'focalPoint.photo', severity: 'error', code: 'unsafe-content', message: expect.stringContaining('outside') }),
    ]);
  });

  it('a media folder that is a link to a folder elsewhere is an error, and is not walked', () => {
    const root = officeWithPhoto('media/fp.jpg', false);
    const media = path.join(root, 'offices', 'demo', 'media');
    fs.rmSync(media, { recursive: true });
    fs.symlinkSync('/', media);
    const diagnostics = validateTree(loadContentTree(root)).diagnostics.filter((d) => d.code === 'unsafe-content');
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/offices\/demo\/media$/), message: expect.stringContaining('symbolic link') }),
    ]);
  });

  it.each([
    ['media/fp.jpg', 'media/fp.jpg'],
    ['./media/fp.jpg', 'media/fp.jpg'],
    ['/offices/demo/media/fp.jpg', 'media/fp.jpg'],
    ['media/2024/স্ক্যান.pdf', 'media/2024/স্ক্যান.pdf'],
  ])('"%s" is the office\'s own file %s', (written, normalized) => {
    expect(officeMediaPath('demo', written)).toEqual({ path: normalized });
  });
});
