import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainFilesUnder } from '../../src/content-model/confine.ts';
import { loadContentTree } from '../../src/content-model/load.ts';
import { validateTree } from '../../src/validation/index.ts';

describe('media folders are walked without following links', () => {
  it('lists regular files only, never what a link points at (media -> / would otherwise publish the machine)', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-plain-'));
    const media = path.join(base, 'media');
    fs.mkdirSync(path.join(media, '2024'), { recursive: true });
    fs.writeFileSync(path.join(media, 'fp.jpg'), '');
    fs.writeFileSync(path.join(media, '2024', 'scan.pdf'), '');
    fs.writeFileSync(path.join(base, 'secret.jpg'), '');
    fs.symlinkSync('/', path.join(media, 'root'));
    fs.symlinkSync(path.join(base, 'secret.jpg'), path.join(media, 'linked.jpg'));
    expect(plainFilesUnder(media)).toEqual(['2024/scan.pdf', 'fp.jpg']);
  });

  it('an office folder that is a link is an error, not silently skipped', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-linked-office-'));
    fs.mkdirSync(path.join(root, 'offices'));
    fs.symlinkSync('/', path.join(root, 'offices', 'evil'));
    expect(validateTree(loadContentTree(root)).diagnostics).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/offices\/evil$/),
        severity: 'error',
        code: 'unsafe-content',
        message: expect.stringContaining('symbolic link'),
      }),
    ]);
  });
});
