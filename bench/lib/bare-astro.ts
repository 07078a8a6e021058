/**
 * The baseline: a bare Astro project (same astro package from this repository's
 * node_modules, no network, default settings and Markdown processor) rendering
 * the same pages as plain Markdown: one page per office and per document, with
 * the same text (every field of the YAML written out as Markdown lists, then the
 * document body).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

function scalar(value: unknown): string {
  return String(value).replace(/\s*\n\s*/g, ' ');
}

/** A YAML value as nested Markdown lists: `- key: value`. */
function toList(value: unknown, indent = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      item !== null && typeof item === 'object' ? [`${indent}- ${i + 1}.`, ...toList(item, `${indent}  `)] : [`${indent}- ${scalar(item)}`],
    );
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      v !== null && typeof v === 'object' ? [`${indent}- ${key}:`, ...toList(v, `${indent}  `)] : [`${indent}- ${key}: ${scalar(v)}`],
    );
  }
  return [`${indent}- ${scalar(value)}`];
}

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(text);
  return m ? { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' } : { data: parseYaml(text), body: '' };
}

/** Escape MDX's code characters in the generated part of a page (everything before the document's own body). */
function escapeForMdx(page: string, source: string): string {
  const body = splitFrontmatter(source).body.trim();
  const at = body ? page.lastIndexOf(body) : page.length;
  const head = page.slice(0, at);
  const fm = /^---\n[\s\S]*?\n---\n/.exec(head)?.[0] ?? '';
  return fm + head.slice(fm.length).replace(/[{}<>]/g, (c) => `\\${c}`) + page.slice(at);
}

export function toPlainMarkdown(source: string, fallbackTitle: string): string {
  const { data, body } = splitFrontmatter(source);
  const record = (data ?? {}) as Record<string, unknown>;
  const name = record['name'] as { bn?: string } | undefined;
  const title = String(record['title'] ?? record['subject'] ?? name?.bn ?? fallbackTitle);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n${toList(record).join('\n')}\n\n${body.trim()}\n`;
}

/**
 * Writes the bare project into `dir` for the content tree at `contentRoot`; returns the number of pages.
 * `format: 'mdx'` writes the same pages as `.mdx` compiled by @astrojs/mdx: what MDX itself costs.
 */
export function writeBareProject(contentRoot: string, dir: string, repoRoot: string, options: { format?: 'md' | 'mdx' } = {}): number {
  const ext = options.format === 'mdx' ? 'mdx' : 'md';
  fs.rmSync(dir, { recursive: true, force: true });
  const pagesDir = path.join(dir, 'src/content/pages');
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2));
  // Its own cache: the node_modules symlink would otherwise share the repository's.
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    ext === 'mdx'
      ? "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: './.cache', build: { format: 'directory' }, integrations: [mdx()] });\n"
      : "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache', build: { format: 'directory' } });\n",
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ base: './src/content/pages', pattern: '**/*.${ext}' }) }) };\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="bn"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><Content /></main></body></html>
`,
  );
  let pages = 0;
  const offices = path.join(contentRoot, 'offices');
  for (const id of fs.readdirSync(offices).sort()) {
    for (const entry of fs.readdirSync(path.join(offices, id), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(ya?ml|mdx?)$/.test(entry.name)) continue;
      const abs = path.join(entry.parentPath, entry.name);
      const rel = path.relative(path.join(offices, id), abs);
      const target =
        rel === 'office.yaml' ? path.join(pagesDir, 'offices', id, `index.${ext}`) : path.join(pagesDir, 'offices', id, rel.replace(/\.mdx?$/, `.${ext}`));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const markdown = toPlainMarkdown(fs.readFileSync(abs, 'utf8'), id);
      // MDX reads `{`, `<` and `}` in the YAML-derived lists as code; escape them there (bodies are valid MDX already).
      fs.writeFileSync(target, ext === 'mdx' ? escapeForMdx(markdown, fs.readFileSync(abs, 'utf8')) : markdown);
      pages++;
    }
  }
  return pages;
}
