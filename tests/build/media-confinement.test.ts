/**
 * The published site links and serves only files from an office's own media
 * folder: a photo in media/ is published and shown; a photo path that leaves the
 * folder, or a media folder that is a link, stops the build before anything is published.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const OFFICE = 'doict-bheramara';

/** The sample content with a focal point photo `photo` in one office, and media files in it. */
function contentWithPhoto(photo: string): { root: string; officeDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-media-content-'));
  fs.cpSync(path.join(repoRoot, 'content'), root, { recursive: true });
  const officeDir = path.join(root, 'offices', OFFICE);
  fs.mkdirSync(path.join(officeDir, 'media', '2024'), { recursive: true });
  fs.writeFileSync(path.join(officeDir, 'media', 'fp.jpg'), 'jpeg bytes');
  fs.writeFileSync(path.join(officeDir, 'media', '2024', 'scan.pdf'), 'pdf bytes');
  const yamlFile = path.join(officeDir, 'office.yaml');
  fs.writeFileSync(
    yamlFile,
    fs
      .readFileSync(yamlFile, 'utf8')
      .replace('reviewers: []', `focalPoint:\n  name: জনাব ক\n  designation: সহকারী প্রোগ্রামার\n  photo: '${photo}'\nreviewers: []`),
  );
  return { root, officeDir };
}

async function build(root: string) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-media-site-'));
  fs.writeFileSync(path.join(out, 'previous.html'), 'the site as it was');
  const result = await runScript('build', [], { PORTAL_CONTENT_DIR: root, PORTAL_OUT_DIR: out, PORTAL_CACHE_DIR: `${out}.astro-cache` });
  return { result, out };
}

describe('media in a build', () => {
  it('publishes the office media folder and shows the photo from it', async () => {
    const { root } = contentWithPhoto('media/fp.jpg');
    const { result, out } = await build(root);
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readFileSync(path.join(out, 'offices', OFFICE, 'media', 'fp.jpg'), 'utf8')).toBe('jpeg bytes');
    expect(fs.readFileSync(path.join(out, 'offices', OFFICE, 'media', '2024', 'scan.pdf'), 'utf8')).toBe('pdf bytes');
    expect(fs.readFileSync(path.join(out, 'offices', OFFICE, 'index.html'), 'utf8')).toContain(`src="/offices/${OFFICE}/media/fp.jpg"`);
  });

  it.each(['../../../../etc/passwd', 'media/../../lgd/office.yaml', '%2e%2e/%2e%2e/secret.jpg'])('refuses photo "%s" and publishes nothing', async (photo) => {
    const { root } = contentWithPhoto(photo);
    const { result, out } = await build(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`offices/${OFFICE}/office\\.yaml:\\d+  error  unsafe-content  focalPoint\\.photo: photo .* is refused because`));
    expect(fs.readdirSync(out)).toEqual(['previous.html']);
  });

  it('refuses a media folder that is a link, and publishes nothing', async () => {
    const { root, officeDir } = contentWithPhoto('media/fp.jpg');
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-elsewhere-'));
    fs.writeFileSync(path.join(elsewhere, 'private.jpg'), 'private');
    fs.rmSync(path.join(officeDir, 'media'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(officeDir, 'media'));
    const { result, out } = await build(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error  unsafe-content  this is a symbolic link');
    expect(fs.readdirSync(out)).toEqual(['previous.html']);
  });
});
