/**
 * Writes the CMS into the built site: `/admin/` for maintainers (every office)
 * and `/admin/<office-id>/` per office (only that office's folder). Decap's
 * prebuilt bundle is copied from node_modules (never a CDN, never committed),
 * our admin script and the preview stylesheet are bundled with esbuild, and the
 * configs are generated from the zod schemas.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { readOfficeDirectory } from '../src/content-model/office-directory.ts';
import { generateConfig, type GenerateOptions, type OfficeRef } from './generate-config.ts';

export interface AdminBuildOptions {
  repo: string;
  /** Absolute path of the content root. */
  contentRoot: string;
  /** The built site; the admin goes to `<siteDir>/admin/`. */
  siteDir: string;
  /** GitHub repository, branch and OAuth endpoint of the editorial workflow (see docs/editors.md). */
  backend?: Pick<GenerateOptions, 'repo' | 'branch' | 'authBaseUrl' | 'siteUrl' | 'openAuthoring'>;
  /** false: only the shell and the maintainers' entry (office builds write each office's own). */
  officeEntries?: boolean;
}

/** The CMS backend settings from the environment (`PORTAL_CMS_REPO`, `PORTAL_CMS_BRANCH`, `PORTAL_CMS_AUTH_URL`, `PORTAL_CMS_OPEN_AUTHORING=1`, `PORTAL_SITE`). */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): NonNullable<AdminBuildOptions['backend']> {
  return {
    repo: env['PORTAL_CMS_REPO'] || 'protishruti/protishruti',
    branch: env['PORTAL_CMS_BRANCH'] || 'main',
    ...(env['PORTAL_CMS_AUTH_URL'] ? { authBaseUrl: env['PORTAL_CMS_AUTH_URL'] } : {}),
    ...(env['PORTAL_SITE'] ? { siteUrl: env['PORTAL_SITE'] } : {}),
    ...(env['PORTAL_CMS_OPEN_AUTHORING'] === '1' ? { openAuthoring: true } : {}),
  };
}

/** At most this many offices in the maintainers' admin (/admin/); every office has its own /admin/<id>/. */
export const NATIONAL_ADMIN_LIMIT = 200;

/** Offices on the portal with their Bengali names (a folder whose office.yaml does not parse keeps its id as name). */
export function readOffices(contentRoot: string): OfficeRef[] {
  return [...readOfficeDirectory(contentRoot).values()].map((office) => ({ id: office.id, name: office.name.bn, kind: office.kind }));
}

/** Decap's files to serve: the main bundle, its lazily loaded chunks and wasm; not the source maps or the duplicate `cms.js` build. */
export function decapDistFiles(distDir: string): string[] {
  return fs
    .readdirSync(distDir)
    .filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f) || f.endsWith('.wasm'))
    .sort();
}

const MANUAL_INIT = 'window.CMS_MANUAL_INIT = true;';

/**
 * /admin/'s Content-Security-Policy, looser than the public pages' and only here:
 * Decap validates its config with ajv, which compiles code ('unsafe-eval'); its editor
 * injects <style> elements and style attributes ('unsafe-inline' for styles only); the
 * GitHub backend calls api.github.com and shows avatars and media from https: hosts.
 * Scripts stay 'self' plus the hash of the one inline line. See docs/maintainers.md.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${crypto.createHash('sha256').update(MANUAL_INIT).digest('base64')}' 'unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: https://api.github.com",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function adminHtml(scriptBase: string, title: string): string {
  return `<!doctype html>
<html lang="bn">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${ADMIN_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="${scriptBase}admin.css">
<script>${MANUAL_INIT}</script>
</head>
<body>
<script src="${scriptBase}decap-cms.js"></script>
<script src="${scriptBase}protishruti-admin.js"></script>
</body>
</html>
`;
}

/**
 * zod re-exports its messages in ~40 languages; the admin uses none of them (the schema's own
 * messages are English, shown by npm run validate), so only English is bundled: ~300 KB less.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * One admin entry: `index.html` and the `options.json` the admin script turns into
 * Decap's config. An office's entry (`/admin/<id>/`) needs only that office and the
 * offices it may name as parent, so its size does not grow with the country.
 */
export function writeAdminEntry(dir: string, entry: { offices: OfficeRef[]; backend: NonNullable<AdminBuildOptions['backend']>; officeId?: string }): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const office = entry.officeId ? entry.offices.find((o) => o.id === entry.officeId) : undefined;
  const title = office ? `${office.name} — সম্পাদনা` : 'প্রতিশ্রুতি — সম্পাদনা (সব দপ্তর)';
  const adminOptions: Omit<GenerateOptions, 'locale'> = { ...entry.backend, offices: entry.offices, ...(entry.officeId ? { officeId: entry.officeId } : {}) };
  generateConfig(adminOptions); // fails the build here, not in an editor's browser, if the options are wrong
  fs.writeFileSync(path.join(dir, 'options.json'), `${JSON.stringify(adminOptions)}\n`);
  fs.writeFileSync(path.join(dir, 'index.html'), adminHtml(entry.officeId ? '../' : '', title));
  return ['options.json', 'index.html'];
}

export async function buildAdmin(options: AdminBuildOptions): Promise<{ offices: number; files: string[] }> {
  const adminDir = path.join(options.siteDir, 'admin');
  fs.rmSync(adminDir, { recursive: true, force: true });
  fs.mkdirSync(adminDir, { recursive: true });
  const decapDist = path.join(options.repo, 'node_modules/decap-cms/dist');
  const copied = decapDistFiles(decapDist);
  for (const file of copied) fs.copyFileSync(path.join(decapDist, file), path.join(adminDir, file));

  await build({
    entryPoints: [path.join(options.repo, 'cms/admin/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: path.join(adminDir, 'protishruti-admin.js'),
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [zodEnglishOnly],
  });
  // The admin's own styles: the status panel, the Bengali inputs, the phone layout.
  await build({
    entryPoints: [path.join(options.repo, 'cms/admin/admin.css')],
    bundle: true,
    minify: true,
    outfile: path.join(adminDir, 'admin.css'),
    logLevel: 'warning',
  });
  // The site's look in the preview pane: the same global.css and Bengali font the pages load.
  await build({
    stdin: {
      contents: `@import '@fontsource/noto-sans-bengali/400.css';\n@import '@fontsource/noto-sans-bengali/700.css';\n@import './src/styles/global.css';\n.cms-preview-notice{background:var(--warn-bg);color:var(--warn-ink);padding:.5rem 1rem;border-radius:var(--radius)}\n`,
      resolveDir: options.repo,
      loader: 'css',
    },
    bundle: true,
    minify: true,
    outfile: path.join(adminDir, 'preview.css'),
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    logLevel: 'warning',
  });

  const offices = readOffices(options.contentRoot);
  const backend = options.backend ?? backendFromEnv();
  // The maintainers' admin holds every office's collections: fine for a ministry's portal,
  // not for a country (its config would grow with every office). Past NATIONAL_ADMIN_LIMIT
  // offices it keeps the first ones by id and maintainers use each office's /admin/<id>/.
  writeAdminEntry(adminDir, { offices: offices.slice(0, NATIONAL_ADMIN_LIMIT), backend });
  if (options.officeEntries !== false) for (const office of offices) writeAdminEntry(path.join(adminDir, office.id), { offices, backend, officeId: office.id });
  return { offices: offices.length, files: copied };
}
