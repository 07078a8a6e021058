/**
 * Guarding saves through the local CMS server (`npm run cms`, fs mode).
 *
 * Decap's local backend (decap-server) writes whatever the browser sends: a save
 * carries the whole new file and nothing about the version the editor started
 * from, so two editors saving the same file, or an editor saving over what the
 * importer (or anyone) wrote after the editor opened it, silently overwrite.
 * The proxy in front of decap-server sees every read, though: each entry Decap
 * loads comes back with `file.id`, the sha-256 of the file's bytes. This guard
 * remembers, per editor (a browser tab: the admin page sends a random id in the
 * `x-protishruti-editor` header), the hash of each file that editor last loaded
 * or saved, and refuses a save (409) when the file on disk is no longer that
 * version. It also refuses any write outside the content folder, and, for a
 * request from an office's admin page (`/admin/<office-id>/`, named by the
 * browser's Referer header), outside that office's folder.
 *
 * What it cannot see: an editor whose tab was opened before the server started
 * (nothing remembered: the save of an existing file is refused, and a reload
 * fixes it), and a writer that changes the file between the check and
 * decap-server's write (saves through this server are serialised, so only an
 * outside writer in that millisecond window).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isReallyInside } from '../src/content-model/confine.ts';

/** The header the admin page (cms/admin/main.ts) puts on every request to the local backend. */
export const EDITOR_HEADER = 'x-protishruti-editor';

export interface GuardAnswer {
  status: number;
  /** Shown to the editor by Decap ("Failed to persist entry: …"): Bengali first, then English. */
  error: string;
}

interface EntryFile {
  path?: unknown;
  id?: unknown;
}
interface DataFile {
  path?: unknown;
  newPath?: unknown;
  raw?: unknown;
}

function sha256(bytes: Buffer | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function createSaveGuard(repoDir: string, contentFolder = 'content') {
  const repo = path.resolve(repoDir);
  const contentRoot = path.join(repo, contentFolder);
  /** `editor \0 repo-relative path` -> sha-256 the editor last saw, or null when the editor saw no file there. */
  const seen = new Map<string, string | null>();
  const key = (editor: string, file: string) => `${editor}\0${path.posix.normalize(file.replace(/\\/g, '/'))}`;

  const onDisk = (file: string): string | null => {
    try {
      return sha256(fs.readFileSync(path.resolve(repo, file)));
    } catch {
      return null;
    }
  };

  const outside = (file: unknown, root: string): boolean => typeof file !== 'string' || !isReallyInside(root, path.resolve(repo, file));

  function writtenPaths(action: string, params: Record<string, unknown>): unknown[] {
    switch (action) {
      case 'persistEntry': {
        const dataFiles = (params['dataFiles'] as DataFile[] | undefined) ?? (params['entry'] ? [params['entry'] as DataFile] : []);
        const assets = (params['assets'] as EntryFile[] | undefined) ?? [];
        return [...dataFiles.flatMap((f) => (f.newPath === undefined ? [f.path] : [f.path, f.newPath])), ...assets.map((a) => a.path)];
      }
      case 'persistMedia':
        return [(params['asset'] as EntryFile | undefined)?.path];
      case 'deleteFile':
        return [params['path']];
      case 'deleteFiles':
        return (params['paths'] as unknown[] | undefined) ?? [];
      default:
        return [];
    }
  }

  return {
    /**
     * Before forwarding: refuse a write outside the content folder (outside the office's
     * folder when `officeId` names the office admin the request came from), or a save
     * over a version this editor never saw.
     */
    check(editor: string, body: { action?: unknown; params?: unknown }, officeId?: string): GuardAnswer | undefined {
      const action = typeof body.action === 'string' ? body.action : '';
      const params = (body.params && typeof body.params === 'object' ? body.params : {}) as Record<string, unknown>;
      const root = officeId ? path.join(contentRoot, 'offices', officeId) : contentRoot;
      const shownRoot = path.relative(repo, root).split(path.sep).join('/');
      const refused = writtenPaths(action, params).find((file) => outside(file, root));
      if (refused !== undefined) {
        return {
          status: 403,
          error: `এই ঠিকানায় লেখা যাবে না: "${String(refused)}" ${shownRoot}/ ফোল্ডারের বাইরে। / Refused: "${String(refused)}" is outside the content folder ${shownRoot}/.`,
        };
      }
      if (action !== 'persistEntry') return undefined;
      const dataFiles = (params['dataFiles'] as DataFile[] | undefined) ?? (params['entry'] ? [params['entry'] as DataFile] : []);
      for (const file of dataFiles) {
        for (const target of [file.path, file.newPath]) {
          if (typeof target !== 'string') continue;
          const known = seen.get(key(editor, target));
          const current = onDisk(target);
          // A file this editor never loaded may be saved only where there is no file yet (a new entry).
          if (known === undefined ? current === null : known === current) continue;
          return {
            status: 409,
            error:
              `${target} ফাইলটি আপনি খোলার পরে অন্য কেউ (আরেকজন সম্পাদক বা ইমপোর্টার) বদলেছেন; আপনার সংরক্ষণ করা হয়নি। আপনার পরিবর্তন কপি করে রাখুন, পাতাটি রিলোড করে নতুন সংস্করণ দেখুন, তারপর আবার সংরক্ষণ করুন। / ` +
              `Conflict: ${target} changed on disk after you opened it (another editor or the importer saved it); your save was refused. Copy your changes, reload the page to see the new version, then save again.`,
          };
        }
      }
      return undefined;
    },

    /** After decap-server answered: remember the versions this editor now has. */
    record(editor: string, body: { action?: unknown; params?: unknown }, status: number, answer: unknown): void {
      if (status < 200 || status >= 300) return;
      const action = body.action;
      if (action === 'getEntry' || action === 'entriesByFiles' || action === 'entriesByFolder') {
        for (const entry of Array.isArray(answer) ? answer : [answer]) {
          const file = (entry as { file?: EntryFile } | null)?.file;
          if (typeof file?.path === 'string') seen.set(key(editor, file.path), typeof file.id === 'string' ? file.id : null);
        }
      } else if (action === 'persistEntry') {
        const params = (body.params ?? {}) as Record<string, unknown>;
        const dataFiles = (params['dataFiles'] as DataFile[] | undefined) ?? (params['entry'] ? [params['entry'] as DataFile] : []);
        for (const file of dataFiles) {
          if (typeof file.path !== 'string' || typeof file.raw !== 'string') continue;
          if (typeof file.newPath === 'string') {
            seen.set(key(editor, file.path), null);
            seen.set(key(editor, file.newPath), sha256(file.raw));
          } else {
            seen.set(key(editor, file.path), sha256(file.raw));
          }
        }
      }
    },
  };
}
