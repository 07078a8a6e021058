/**
 * Deploying the published folder to any rclone remote (S3, R2, GCS, Azure, SFTP, or
 * a local folder), sending only files whose content changed, in an order that never
 * leaves a page pointing at a file that is not there yet:
 *
 * 0. the remote is listed once, with each file's MD5 (an object store's ETag), limited
 *    to what this deploy may touch; each published file is compared with it;
 * 1. everything a page refers to that is new or different (scripts, fonts, media,
 *    search index data, JSON);
 * 2. then the entry files: HTML pages, the service worker, Pagefind's entry files, the
 *    offline packs and search scopes, sitemaps and build manifests;
 * 3. last, files the remote has and the published folder no longer has are deleted.
 *
 * Each file goes up with its Content-Type and Cache-Control (src/pipeline/served-as.ts):
 * rclone sets headers per run (`--header-upload`), so each pass is one rclone run per
 * kind of file, given the exact files to send (`--files-from-raw`, `--no-check-dest`: the
 * comparison is done, no request per file). Content is compared by checksum, not by
 * time, so a rebuild that writes the same bytes sends nothing, and a deploy that was
 * interrupted is finished by running it again (an object store never shows half a
 * file, and the listing says what is there, whatever an earlier run did).
 *
 * A deploy may be limited to some offices or to the national layer (what one CI job
 * built): it then sends and deletes only files that scope owns
 * (src/pipeline/site-layout.ts), and never deletes shared assets. The national layer's
 * deploy also deletes the files of offices that are no longer in content (it is the
 * one job that always runs after a change).
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from './publish.ts';
import { ownerOf } from './site-layout.ts';
import { servedAs } from './served-as.ts';

/** Files read first by a browser or a service worker: sent after what they refer to. */
const ENTRY_FILE =
  /(^|\/)(index\.html|[^/]+\.html|sw\.js|pagefind-entry\.json|build\.json|national-build\.json|sitemap[^/]*\.xml)$|^(offline-packs|search\/scopes)\//;

/** Whether a file is an entry file (sent in the second pass, after everything it may refer to). */
export const isEntryFile = (file: string) => ENTRY_FILE.test(file);

export interface DeployChange {
  path: string;
  action: 'new' | 'replaced' | 'deleted';
}

export interface DeployResult {
  changes: DeployChange[];
  dryRun: boolean;
}

export class DeployError extends Error {}

export type DeployScope = { kind: 'all' } | { kind: 'offices'; ids: string[] } | { kind: 'national' };

export function inScope(file: string, scope: DeployScope): boolean {
  const owner = ownerOf(file);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'national') return owner.kind !== 'office';
  return owner.kind === 'office' && scope.ids.includes(owner.id);
}

/**
 * The rules naming every file some offices own (src/pipeline/site-layout.ts): one rule per
 * place, the ids as a `{a,b,…}` alternation (rclone's glob), at most 500 a rule. One rule per
 * office and place cost rclone 11 s of CPU to list 20,000 office folders for 800 offices;
 * alternations (which Go's regexp factors by common prefix) 0.4 s.
 */
export function officeRules(ids: readonly string[]): string[] {
  const rules: string[] = [];
  for (let at = 0; at < ids.length; at += 500) {
    const chunk = ids.slice(at, at + 500);
    const id = chunk.length === 1 ? (chunk[0] ?? '') : `{${chunk.join(',')}}`;
    rules.push(
      `/offices/${id}/**`,
      `/api/offices/${id}.json`,
      `/api/offices/${id}/**`,
      `/admin/${id}/index.html`,
      `/admin/${id}/options.json`,
      `/offline-packs/${id}.json`,
    );
  }
  return rules;
}

/**
 * rclone filter rules for listing the part of the remote a deploy may touch: a partial
 * deploy only what its scope owns (the national one also the shared assets it sends, and
 * the files of `removed` offices, no longer in content, which it deletes).
 */
export function scopeFilters(scope: DeployScope, removed: readonly string[] = []): string[] {
  if (scope.kind === 'all') return [];
  if (scope.kind === 'offices') return [...officeRules(scope.ids).map((rule) => `+ ${rule}`), '- **'];
  return [
    ...officeRules(removed).map((rule) => `+ ${rule}`),
    '- /offices/**',
    '- /api/offices/*/**',
    '+ /api/offices.json',
    '- /api/offices/*.json',
    '- /admin/*/index.html',
    '- /admin/*/options.json',
    '- /offline-packs/**',
    '+ **',
  ];
}

/** Whether the deletion pass of a deploy of this scope may delete a file it listed: a partial deploy never deletes shared assets. */
export function deletable(file: string, scope: DeployScope): boolean {
  return scope.kind === 'all' || ownerOf(file).kind !== 'shared';
}

/** rclone's environment and flags: AWS_CA_BUNDLE, which rclone 1.60's S3 backend cannot load, is given to it as --ca-cert. */
function rcloneSetup(): { env: NodeJS.ProcessEnv; flags: string[] } {
  const { AWS_CA_BUNDLE: bundle, ...env } = process.env;
  return { env, flags: bundle ? ['--ca-cert', bundle] : [] };
}

const notInstalled = () => new DeployError('rclone is not installed: on Debian or Ubuntu run `apt-get install rclone` (see docs/scale.md)');
const failed = (args: readonly string[], stderr: string) => new DeployError(`rclone ${args[0]} failed:\n${stderr.trim().split('\n').slice(-10).join('\n')}`);

function rclone(args: string[], options: { allowNotFound?: boolean } = {}): { stdout: string; log: string; notFound: boolean } {
  const setup = rcloneSetup();
  const result = spawnSync('rclone', [...args, ...setup.flags, '-v', '--stats', '0'], { encoding: 'utf8', env: setup.env, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') throw notInstalled();
  // Exit 3: the directory is not there (a remote folder never written to): nothing to list.
  if (result.status === 3 && options.allowNotFound) return { stdout: '', log: result.stderr ?? '', notFound: true };
  if (result.status !== 0) throw failed(args, result.stderr ?? '');
  return { stdout: result.stdout ?? '', log: result.stderr ?? '', notFound: false };
}

/** One rclone run in the background (the sending runs of one pass go side by side). */
function rcloneInBackground(args: string[]): Promise<void> {
  const setup = rcloneSetup();
  return new Promise((resolve, reject) => {
    const child = spawn('rclone', [...args, ...setup.flags, '-v', '--stats', '0'], { env: setup.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    child.on('error', (error) => reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? notInstalled() : error));
    child.on('close', (code) => (code === 0 ? resolve() : reject(failed(args, stderr))));
  });
}

/** Rclone runs side by side, at most `limit` at once; the first failure is thrown once all have stopped. */
async function sideBySide(runs: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < runs.length) {
      const run = runs[next++] as () => Promise<void>;
      await run().catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, runs.length) }, worker));
  if (errors.length) throw errors[0];
}

/** rclone runs of one pass at once (each sends 4 files at a time: rclone's --transfers). */
const RUNS_AT_ONCE = 4;

/** `remote` joined with a folder inside it (`s3:bucket/site` + `offices` → `s3:bucket/site/offices`). */
function under(remote: string, folder: string): string {
  return remote.endsWith(':') || remote.endsWith('/') ? `${remote}${folder}` : `${remote}/${folder}`;
}

/** Lines of an rclone listing, without the empty last one. */
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/**
 * Offices the remote holds files of: the folders and files named by an office id in every
 * place an office's files live (a removal that was interrupted may have left any part).
 * admin/ also holds the CMS shell's own folders; a name that is no office only yields
 * rules that match nothing of it.
 */
export function remoteOfficeIds(remote: string): string[] {
  const ids = new Set<string>();
  const list = (folder: string, args: string[]) => lines(rclone(['lsf', ...args, under(remote, folder)], { allowNotFound: true }).stdout);
  for (const entry of list('offices', ['--dirs-only'])) ids.add(entry.replace(/\/$/, ''));
  for (const entry of list('api/offices', [])) ids.add(entry.replace(/(\.json|\/)$/, ''));
  for (const entry of list('admin', ['--dirs-only'])) ids.add(entry.replace(/\/$/, ''));
  for (const entry of list('offline-packs', ['--files-only'])) ids.add(entry.replace(/\.json$/, ''));
  return [...ids].filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)).sort();
}

/** A remote that is a folder on this machine (no `name:` before it), whose empty folders a deletion leaves behind. */
function isLocalFolder(remote: string): boolean {
  return !/^[A-Za-z0-9_. -]+:/.test(remote) || path.isAbsolute(remote);
}

/** Remove `folder` (inside root) and its parents while they are empty. */
function removeEmptyFolders(root: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = path.dirname(current)) {
    try {
      fs.rmdirSync(path.join(root, current));
    } catch {
      return;
    }
  }
}

export interface DeployOptions {
  site: string;
  to: string;
  dryRun: boolean;
  scope?: DeployScope;
  /**
   * The offices in content (their ids). With the national scope, the remote's files of
   * any other office are deleted (it was removed from content). Needed for that scope.
   */
  contentOffices?: ReadonlySet<string>;
}

/** The remote's files in the part a deploy may touch, each with its MD5 ('' when the remote has none for it: sent again). */
function listRemote(remote: string, filters: readonly string[], work: string): Map<string, string> {
  // The rules in a file: a shard's offices make long lines (an argument may hold at most 128 KiB).
  const rules = path.join(work, 'filters');
  fs.writeFileSync(rules, filters.length ? `${filters.join('\n')}\n` : '');
  const listed = rclone(['lsf', '-R', '--files-only', '--format', 'hp', '--hash', 'MD5', '--separator', '\t', '--filter-from', rules, remote], {
    allowNotFound: true,
  });
  const files = new Map<string, string>();
  for (const line of lines(listed.stdout)) {
    const tab = line.indexOf('\t');
    files.set(line.slice(tab + 1), line.slice(0, tab));
  }
  return files;
}

const md5 = (file: string) => crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const scope = options.scope ?? { kind: 'all' };
  const files = listFiles(options.site).filter((f) => inScope(f, scope));
  // 0. What the remote holds (with the offices removed from content, for the national layer's deploy).
  const removed = scope.kind === 'national' && options.contentOffices ? remoteOfficeIds(options.to).filter((id) => !options.contentOffices?.has(id)) : [];
  if (scope.kind === 'national' && options.contentOffices?.size === 0 && removed.length)
    throw new DeployError(`no office in content, but the remote holds ${removed.length}: refusing to delete them all (check PORTAL_CONTENT_DIR)`);
  const changes: DeployChange[] = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-deploy-'));
  try {
    const remote = listRemote(options.to, scopeFilters(scope, removed), work);
    const send = files.filter((f) => remote.get(f) !== md5(path.join(options.site, f)));
    const local = new Set(files);
    const gone = [...remote.keys()].filter((f) => !local.has(f) && deletable(f, scope)).sort();
    let lists = 0;
    const list = (entries: readonly string[]) => {
      const file = path.join(work, `list-${lists++}`);
      fs.writeFileSync(file, entries.length ? `${entries.join('\n')}\n` : '');
      return file;
    };
    // 1 and 2: what pages refer to, then the pages; each kind of file (its headers) in its own rclone run, side by side.
    for (const phase of [send.filter((f) => !isEntryFile(f)), send.filter(isEntryFile)]) {
      const groups = new Map<string, string[]>();
      for (const file of phase) {
        const { contentType, cacheControl } = servedAs(file);
        const key = `${contentType}\n${cacheControl}`;
        groups.set(key, [...(groups.get(key) ?? []), file]);
      }
      const runs: (() => Promise<void>)[] = [];
      for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [contentType = '', cacheControl = ''] = key.split('\n');
        const args = [
          'copy',
          options.site,
          options.to,
          '--files-from-raw',
          list(group),
          '--no-check-dest',
          '--header-upload',
          `Content-Type: ${contentType}`,
          '--header-upload',
          `Cache-Control: ${cacheControl}`,
        ];
        runs.push(() => rcloneInBackground(args));
        changes.push(...group.map((f) => ({ path: f, action: remote.has(f) ? ('replaced' as const) : ('new' as const) })));
      }
      if (!options.dryRun) await sideBySide(runs, RUNS_AT_ONCE);
    }
    // 3: deletions, last.
    if (gone.length && !options.dryRun) {
      rclone(['delete', options.to, '--files-from-raw', list(gone)]);
      if (isLocalFolder(options.to)) for (const f of gone) removeEmptyFolders(path.resolve(options.to), path.dirname(f));
    }
    changes.push(...gone.map((f) => ({ path: f, action: 'deleted' as const })));
    return { changes, dryRun: options.dryRun };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
