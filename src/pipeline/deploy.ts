/**
 * Deploying the published folder to any rclone remote (S3, R2, GCS, Azure, SFTP, or
 * a local folder), sending only files whose content changed, in an order that never
 * leaves a page pointing at a file that is not there yet:
 *
 * 1. everything a page refers to (scripts, fonts, media, search index data, JSON
 *    data) — the files no other file is read before;
 * 2. the entry files: HTML pages, the service worker, Pagefind's entry files, the
 *    offline packs and search scopes, the build manifests;
 * 3. last, files that no longer exist are deleted from the remote.
 *
 * Content is compared by checksum, not by time, so a rebuild that writes the same
 * bytes sends nothing.
 */
import { spawnSync } from 'node:child_process';

/** Files read first by a browser or a service worker: sent after what they refer to. */
export const ENTRY_FILES = ['*.html', 'sw.js', 'pagefind-entry.json', 'offline-packs/**', 'search/scopes/**', 'build.json', 'national-build.json', 'sitemap*.xml'];

export interface DeployChange {
  path: string;
  action: 'new' | 'replaced' | 'deleted';
}

export interface DeployResult {
  changes: DeployChange[];
  dryRun: boolean;
}

export class DeployError extends Error {}

/** What rclone says it did (or would do, with --dry-run), from its `-v` log. */
export function parseRcloneLog(log: string): DeployChange[] {
  const changes: DeployChange[] = [];
  for (const line of log.split('\n')) {
    const m = /(?:INFO|NOTICE)\s*:\s*(.+?): (Copied \(new\)|Copied \(replaced existing\)|Deleted|Skipped copy as --dry-run is set|Skipped delete as --dry-run is set|Skipped remove as --dry-run is set)/.exec(line);
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

export function deploy(options: { site: string; to: string; dryRun: boolean }): DeployResult {
  const dry = options.dryRun ? ['--dry-run'] : [];
  const entryFilters = ENTRY_FILES.flatMap((pattern) => ['--exclude', pattern]);
  const includeEntries = ENTRY_FILES.flatMap((pattern) => ['--include', pattern]);
  const logs = [
    rclone(['copy', options.site, options.to, ...entryFilters, ...dry]),
    rclone(['copy', options.site, options.to, ...includeEntries, ...dry]),
    rclone(['sync', options.site, options.to, '--delete-after', ...dry]),
  ];
  const seen = new Set<string>();
  const changes = logs.flatMap(parseRcloneLog).filter((c) => {
    const key = `${c.action} ${c.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { changes, dryRun: options.dryRun };
}
