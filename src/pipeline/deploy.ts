/**
 * Deploying the published folder to any rclone remote (S3, R2, GCS, Azure, SFTP, or
 * a local folder), sending only files whose content changed, in an order that never
 * leaves a page pointing at a file that is not there yet:
 *
 * 1. everything a page refers to (scripts, fonts, media, search index data, JSON);
 * 2. the entry files: HTML pages, the service worker, Pagefind's entry files, the
 *    offline packs and search scopes, sitemaps and build manifests;
 * 3. last, files that no longer exist are deleted from the remote.
 *
 * Content is compared by checksum, not by time, so a rebuild that writes the same
 * bytes sends nothing. A deploy may be limited to some offices or to the national
 * layer (what one CI job built): it then sends and deletes only files that scope
 * owns (src/pipeline/site-layout.ts), and never deletes shared assets.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from './publish.ts';
import { ownerOf } from './site-layout.ts';

/** Files read first by a browser or a service worker: sent after what they refer to. */
const ENTRY_FILE =
  /(^|\/)(index\.html|[^/]+\.html|sw\.js|pagefind-entry\.json|build\.json|national-build\.json|sitemap[^/]*\.xml)$|^(offline-packs|search\/scopes)\//;

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

/** rclone filter rules for the deletion pass: a partial deploy deletes only what its scope owns, never shared assets. */
export function deletionFilters(scope: DeployScope): string[] {
  if (scope.kind === 'all') return [];
  const shared = ['- /_astro/**', '- /pagefind/**'];
  if (scope.kind === 'offices') {
    const own = (id: string) => [
      `/offices/${id}/**`,
      `/api/offices/${id}.json`,
      `/api/offices/${id}/**`,
      `/admin/${id}/index.html`,
      `/admin/${id}/options.json`,
      `/offline-packs/${id}.json`,
    ];
    return [...scope.ids.flatMap(own).map((rule) => `+ ${rule}`), '- **'];
  }
  return [
    ...shared,
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

/** What rclone says it did (or would do, with --dry-run), from its `-v` log. */
export function parseRcloneLog(log: string): DeployChange[] {
  const changes: DeployChange[] = [];
  for (const line of log.split('\n')) {
    const m =
      /(?:INFO|NOTICE)\s*:\s*(.+?): (Copied \(new\)|Copied \(replaced existing\)|Deleted|Skipped copy as --dry-run is set|Skipped delete as --dry-run is set|Skipped remove as --dry-run is set)/.exec(
        line,
      );
    if (!m) continue;
    const what = m[2] ?? '';
    const action: DeployChange['action'] = /Deleted|delete|remove/.test(what) ? 'deleted' : /replaced/.test(what) ? 'replaced' : 'new';
    changes.push({ path: m[1] ?? '', action });
  }
  return changes;
}

function rclone(args: string[]): string {
  const result = spawnSync('rclone', [...args, '--checksum', '-v', '--stats', '0'], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new DeployError('rclone is not installed: on Debian or Ubuntu run `apt-get install rclone` (see docs/scale.md)');
  }
  if (result.status !== 0) throw new DeployError(`rclone ${args[0]} failed:\n${(result.stderr ?? '').trim().split('\n').slice(-10).join('\n')}`);
  return result.stderr ?? '';
}

export function deploy(options: { site: string; to: string; dryRun: boolean; scope?: DeployScope }): DeployResult {
  const scope = options.scope ?? { kind: 'all' };
  const dry = options.dryRun ? ['--dry-run'] : [];
  const files = listFiles(options.site).filter((f) => inScope(f, scope));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-deploy-'));
  try {
    const list = (name: string, entries: string[]) => {
      const file = path.join(work, name);
      fs.writeFileSync(file, entries.length ? `${entries.join('\n')}\n` : '');
      return file;
    };
    const assets = files.filter((f) => !ENTRY_FILE.test(f));
    const entries = files.filter((f) => ENTRY_FILE.test(f));
    const logs: string[] = [];
    if (assets.length) logs.push(rclone(['copy', options.site, options.to, '--files-from', list('assets', assets), ...dry]));
    if (entries.length) logs.push(rclone(['copy', options.site, options.to, '--files-from', list('entries', entries), ...dry]));
    logs.push(rclone(['sync', options.site, options.to, '--delete-after', ...deletionFilters(scope).flatMap((rule) => ['--filter', rule]), ...dry]));
    const seen = new Set<string>();
    const changes = logs.flatMap(parseRcloneLog).filter((c) => {
      const key = `${c.action} ${c.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { changes, dryRun: options.dryRun };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
