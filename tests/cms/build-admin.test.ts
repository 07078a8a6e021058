import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin } from '../../cms/build-admin.ts';
import { generateConfig } from '../../cms/generate-config.ts';
import { repoRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

let site: string;
beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-admin-'));
  await buildAdmin({ repo: repoRoot, contentRoot: path.join(repoRoot, 'content'), siteDir: site, backend: { repo: 'owner/portal', branch: 'main' } });
});
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

describe('the /admin/ build step', () => {
  it("serves Decap from the npm package's files, never a CDN, without source maps", () => {
    const files = fs.readdirSync(path.join(site, 'admin'));
    expect(files).toContain('decap-cms.js');
    expect(files).toContain('protishruti-admin.js');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(fs.readFileSync(path.join(site, 'admin/decap-cms.js'))).toEqual(fs.readFileSync(path.join(repoRoot, 'node_modules/decap-cms/dist/decap-cms.js')));
    for (const page of ['admin/index.html', 'admin/lgd/index.html']) {
      const html = fs.readFileSync(path.join(site, page), 'utf8');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).toContain('window.CMS_MANUAL_INIT = true');
    }
  });

  it('writes an admin entry per office whose options name only that office as editable', () => {
    for (const office of ['prisons-directorate', 'divcom-rangpur', 'doict-bheramara', 'lgd']) {
      const options = JSON.parse(fs.readFileSync(path.join(site, 'admin', office, 'options.json'), 'utf8'));
      expect(options).toMatchObject({ officeId: office, repo: 'owner/portal' });
      const config = generateConfig(options) as { collections: { folder?: string }[] };
      expect(config.collections.flatMap((c) => (c.folder ? [c.folder] : [])).every((f) => f.startsWith(`content/offices/${office}/`))).toBe(true);
    }
    expect(JSON.parse(fs.readFileSync(path.join(site, 'admin/options.json'), 'utf8')).officeId).toBeUndefined();
  });

  it("bundles the site's stylesheet and Bengali font for the preview pane", () => {
    const css = fs.readFileSync(path.join(site, 'admin/preview.css'), 'utf8');
    expect(css).toContain('.service-name');
    expect(css).toMatch(/Noto Sans Bengali/);
    const fonts = [...css.matchAll(/url\(["']?([^"')]+)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(fs.existsSync(path.join(site, 'admin', font)), font).toBe(true);
  });
});

describe('npm run cms:config', () => {
  it("prints one office's Decap config, and refuses an office that does not exist", async () => {
    const ok = await runScript('cms-config', ['--office', 'lgd', '--locale', 'en']);
    expect(ok.code).toBe(0);
    const config = JSON.parse(ok.stdout);
    expect(config.locale).toBe('en');
    // A division sets standard services for offices of a kind: its admin edits them.
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual(['offices', 'lgd__charters', 'lgd__minutes', 'lgd__orders', 'lgd__services']);
    // An upazila office uses standards in its charter's rows and sets none.
    const upazila = JSON.parse((await runScript('cms-config', ['--office', 'doict-bheramara'])).stdout);
    expect(upazila.collections.map((c: { name: string }) => c.name)).toEqual([
      'offices',
      'doict-bheramara__charters',
      'doict-bheramara__minutes',
      'doict-bheramara__orders',
    ]);
    const bad = await runScript('cms-config', ['--office', 'nowhere']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--office "nowhere" is not an office folder/);
  });
});
