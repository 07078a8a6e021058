/** What a build's output depends on besides content (src/pipeline/office-build.ts, national-build.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, sha256 } from './publish.ts';

/** Each code file's hash by path, size and modification time: the code is hashed once per process, not once per use. */
const fileHashes = new Map<string, { stamp: string; hash: string }>();

function hashFile(full: string): string {
  const stat = fs.statSync(full);
  const stamp = `${stat.size} ${stat.mtimeMs}`;
  const known = fileHashes.get(full);
  if (known?.stamp === stamp) return known.hash;
  const hash = sha256(fs.readFileSync(full));
  fileHashes.set(full, { stamp, hash });
  return hash;
}

/**
 * Everything that is not content but changes what a build writes: the code, the lock
 * file, the policy and the settings read from the environment. Part of every office's
 * input key and of the key of a kept national render.
 */
export function codeFingerprint(repo: string, policyFile: string): string {
  const parts: string[] = [];
  const add = (rel: string) => {
    const full = path.join(repo, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const file of listFiles(full)) parts.push(`${rel}/${file} ${hashFile(path.join(full, file))}`);
    } else parts.push(`${rel} ${hashFile(full)}`);
  };
  for (const rel of ['src', 'cms', 'public', 'scripts/lib', 'astro.config.mjs', 'package-lock.json']) add(rel);
  parts.push(`policy ${sha256(fs.readFileSync(policyFile))}`);
  const env = [
    'PORTAL_SITE',
    'PORTAL_BASE',
    'PORTAL_REPO_URL',
    'PORTAL_REPO_BRANCH',
    'PORTAL_CMS_REPO',
    'PORTAL_CMS_BRANCH',
    'PORTAL_CMS_AUTH_URL',
    'PORTAL_CMS_OPEN_AUTHORING',
  ];
  for (const name of env) parts.push(`${name}=${process.env[name] ?? ''}`);
  return sha256(parts.join('\n'));
}
