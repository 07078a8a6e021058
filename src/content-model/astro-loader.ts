/**
 * The content layer's loader for offices and their documents: Astro reads the
 * content through the same reader as the validator and the freshness gate
 * (src/content-model/load.ts), so there is one reader of content.
 *
 * - Scope: office.yaml only of the build's metadata offices, documents only of
 *   its document offices (src/content-model/scope.ts, `PORTAL_SCOPE`).
 * - Bodies are rendered to HTML here, at load time (src/content-model/render-body.ts),
 *   not compiled as MDX by Vite: the pages' `render(entry)` serves the stored HTML.
 * - Each entry keeps a digest of its file and of the rendering code; Astro's data
 *   store (in the cache dir) keeps entries between builds, so on a warm build an
 *   unchanged document is neither parsed against its schema nor rendered again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { charterSchema, type DocumentKind } from '../schemas/index.ts';
import { resolveCharter, resolutionDays, standardPhase } from '../domain/standard-services.ts';
import { diskLookup, readStandardFile, standardFile, standardsDay } from './standards.ts';
import { listContentFiles, readContentFile, type ContentFile } from './load.ts';
import { contentRoot, officesDir } from './paths.ts';
import { renderBody } from './render-body.ts';
import { buildScope, documentOffices, metadataOffices } from './scope.ts';

/**
 * What the stored HTML depends on besides the file: the rendering code and the
 * Markdown packages. Part of every document's digest, so changing any of them
 * re-renders every document on the next build instead of serving stale HTML.
 */
function renderingFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of ['src/content-model/render-body.ts', 'src/domain/lang.ts']) {
    try {
      hash.update(fs.readFileSync(path.join(root, file)));
    } catch {
      hash.update(`missing ${file}`);
    }
  }
  for (const pkg of ['@astrojs/markdown-remark', 'remark-gfm', 'micromark-extension-mdxjs', 'mdast-util-mdx', 'remark-rehype']) {
    try {
      hash.update(`${pkg}@${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const posixRelative = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/');

async function sync(kind: 'office' | DocumentKind, context: LoaderContext): Promise<void> {
  const { store, generateDigest, config, logger } = context;
  const root = fileURLToPath(config.root);
  const scope = buildScope();
  const metadata = metadataOffices(scope);
  const documents = documentOffices(scope);
  const tree = listContentFiles(contentRoot(), {
    kinds: new Set([kind]),
    ...(kind === 'office' ? (metadata ? { officeIds: metadata } : {}) : documents ? { officeIds: documents } : {}),
  });
  const fingerprint = kind === 'office' ? '' : renderingFingerprint(root);
  const untouched = new Set(store.keys());
  const days = kind === 'charter' ? charterDays(tree.files.map((f) => f.id)) : new Map<string, string>();
  let rendered = 0;
  for (const ref of tree.files) {
    untouched.delete(ref.id);
    const raw = fs.readFileSync(ref.absolutePath, 'utf8');
    const day = days.get(ref.id);
    // A charter's page also shows the standards its rows name, as they are on its day.
    const digest = generateDigest(fingerprint + raw + (day ? standardsState(raw, day) : ''));
    const filePath = posixRelative(root, ref.absolutePath);
    const existing = store.get(ref.id);
    // Unchanged since the last build: not parsed, not checked against its schema, not rendered.
    if (existing && existing.digest === digest && existing.filePath === filePath) continue;
    await storeFile(readContentFile(ref, raw), { digest, filePath, context, ...(day ? { day } : {}) });
    if (kind !== 'office') rendered++;
  }
  for (const id of untouched) store.delete(id);
  if (kind !== 'office') logger.debug(`${rendered} of ${tree.files.length} ${kind} bodies rendered (the rest unchanged since the last build)`);
}

async function storeFile(file: ContentFile, options: { digest: string; filePath: string; context: LoaderContext; day?: string }): Promise<void> {
  const { store, parseData } = options.context;
  if (file.source.yamlErrors.length || file.source.data === undefined) {
    const error = file.source.yamlErrors[0];
    throw new Error(`${file.source.displayPath}:${error?.line ?? 1}: ${error?.message ?? 'no data'} (run \`npm run validate\`)`);
  }
  const given = options.day ? resolvedCharterData(file, options.day) : (file.source.data as Record<string, unknown>);
  const data = await parseData({ id: file.id, data: given, filePath: file.absolutePath });
  if (file.kind === 'office') {
    store.set({ id: file.id, data, filePath: options.filePath, digest: options.digest });
    return;
  }
  // The body as Astro's MDX integration stored it: the text after the frontmatter, trimmed.
  const body = file.source.body.trim();
  const { html, headings } = await renderBody(file.source.body, file.absolutePath);
  store.set({
    id: file.id,
    data,
    body,
    filePath: options.filePath,
    digest: options.digest,
    rendered: { html, metadata: { headings, frontmatter: data, imagePaths: [] } },
  });
}

/** The day each charter is resolved on (src/domain/standard-services.ts), by id; the date is the start of its file name. */
function charterDays(ids: readonly string[]): Map<string, string> {
  const asOf = standardsDay();
  const dateOf = (id: string) => /^\d{4}-\d{2}-\d{2}/.exec(id.split('/')[1] ?? '')?.[0] ?? asOf;
  const byOffice = new Map<string, string[]>();
  for (const id of ids) byOffice.set(id.split('/')[0] ?? '', [...(byOffice.get(id.split('/')[0] ?? '') ?? []), id]);
  const out = new Map<string, string>();
  for (const list of byOffice.values()) {
    const days = resolutionDays(list.map(dateOf), asOf);
    for (const id of list) out.set(id, days.get(dateOf(id)) ?? asOf);
  }
  return out;
}

const STANDARD_ROW = /^\s*(?:-\s+)?standard:\s*["']?([a-z0-9-]+\/[a-z0-9-]+)/gm;

/** What a charter's page takes from the standards it names on `day`: each one's file and phase. */
function standardsState(raw: string, day: string): string {
  const parts: string[] = [];
  for (const m of raw.matchAll(STANDARD_ROW)) {
    const ref = m[1] ?? '';
    const file = standardFile(contentRoot(), ref);
    const read = file ? readStandardFile(file) : undefined;
    parts.push(`${ref} ${read ? `${read.text} ${read.standard ? standardPhase(read.standard, day) : ''}` : '-'}`);
  }
  return parts.length ? `\n${parts.sort().join('\n')}` : '';
}

/** A charter file's data with its `standard:` rows resolved on its day (the collection holds what pages show). */
function resolvedCharterData(file: ContentFile, day: string): Record<string, unknown> {
  const parsed = charterSchema.safeParse(file.source.data);
  if (!parsed.success) throw new Error(`${file.source.displayPath}: does not match the charter schema (run \`npm run validate\`)`);
  const { charter, missing } = resolveCharter(parsed.data, diskLookup(contentRoot()), day);
  if (missing.length) throw new Error(`${file.source.displayPath}: no standard service ${missing.map((m) => m.ref).join(', ')} (run \`npm run validate\`)`);
  return charter as unknown as Record<string, unknown>;
}

/** A collection's loader: `kind` picks office.yaml files or one kind of document. */
export function officeContentLoader(kind: 'office' | DocumentKind): Loader {
  const watched = new WeakSet<object>();
  return {
    name: `protishruti:${kind}`,
    async load(context) {
      await sync(kind, context);
      // `astro dev`: any change under the offices folder syncs the collection again (cheap: digests skip the rest).
      const dir = officesDir();
      if (!context.watcher || watched.has(context.watcher)) return;
      watched.add(context.watcher);
      context.watcher.add(dir);
      const onChange = (changed: string) => {
        if (!path.resolve(changed).startsWith(dir)) return;
        sync(kind, context).catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher.on('change', onChange);
      context.watcher.on('add', onChange);
      context.watcher.on('unlink', onChange);
    },
  };
}
