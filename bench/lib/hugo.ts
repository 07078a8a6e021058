/**
 * The limit a user would compare us with: Hugo building the same pages as the
 * bare Astro baseline (bench/lib/bare-astro.ts: every YAML field as Markdown lists,
 * then the body), with a minimal layout. Hugo comes from the system (Debian's
 * `hugo` package); the bench installs it with apt-get when it can, else skips it
 * and says why.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toPlainMarkdown } from './bare-astro.ts';

/** The hugo binary, installing it with apt-get when missing and possible; or why there is none. */
export function ensureHugo(): { bin: string; version: string } | { missing: string } {
  const find = () => spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  let bin = find();
  if (!bin) {
    if (process.getuid?.() !== 0 || !spawnSync('sh', ['-c', 'command -v apt-get']).stdout.length) {
      return { missing: 'hugo is not installed and apt-get cannot install it here (needs root on Debian/Ubuntu): `apt-get install -y hugo`' };
    }
    const install = spawnSync('sh', ['-c', 'apt-get install -y hugo || (apt-get update && apt-get install -y hugo)'], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = find();
    if (!bin) return { missing: `installing hugo with apt-get failed (exit ${install.status}): ${install.stderr.trim().split('\n').at(-1) ?? ''}` };
  }
  const version = spawnSync(bin, ['version'], { encoding: 'utf8' }).stdout.trim().split(' ')[1] ?? 'unknown';
  return { bin, version };
}

const LAYOUT = '<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n';

/** Writes a Hugo site into `dir` for the content tree at `contentRoot`; returns the number of pages. */
export function writeHugoProject(contentRoot: string, dir: string): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'hugo.toml'),
    'baseURL = "https://portal.example/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = true\n',
  );
  fs.writeFileSync(path.join(dir, 'layouts/_default/single.html'), LAYOUT);
  fs.writeFileSync(path.join(dir, 'layouts/_default/list.html'), LAYOUT);
  fs.writeFileSync(path.join(dir, 'layouts/index.html'), LAYOUT);
  let pages = 0;
  const offices = path.join(contentRoot, 'offices');
  for (const id of fs.readdirSync(offices).sort()) {
    for (const entry of fs.readdirSync(path.join(offices, id), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(ya?ml|mdx?)$/.test(entry.name)) continue;
      const abs = path.join(entry.parentPath, entry.name);
      const rel = path.relative(path.join(offices, id), abs);
      // An office page heads its documents: a branch bundle (_index.md) in Hugo's terms.
      const target = path.join(dir, 'content/offices', id, rel === 'office.yaml' ? '_index.md' : rel.replace(/\.mdx?$/, '.md'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, toPlainMarkdown(fs.readFileSync(abs, 'utf8'), id));
      pages++;
    }
  }
  return pages;
}
