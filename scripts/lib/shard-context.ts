/**
 * Build step for sharded builds (scripts/build-shard.ts): a shard is built with
 * its offices' ancestors as context (names, links, search lineage), but their
 * pages belong to another shard, so they are dropped here, before the search
 * index and the offline packs are made. A normal build sets no
 * PORTAL_SHARD_CONTEXT and this step does nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildStep } from '../../src/content-model/build-step.ts';

/** Office ids built for context only: `PORTAL_SHARD_CONTEXT=id,id,...`. */
export function shardContextOffices(env: Record<string, string | undefined> = process.env): string[] {
  return (env['PORTAL_SHARD_CONTEXT'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export const shardContextStep: BuildStep = {
  name: 'shard context',
  async run(context) {
    const ids = shardContextOffices();
    for (const id of ids) {
      if (!/^[a-z0-9-]+$/.test(id)) return { ok: false, message: `PORTAL_SHARD_CONTEXT holds "${id}", which is not an office id` };
      fs.rmSync(path.join(context.siteDir, 'offices', id), { recursive: true, force: true });
    }
    if (ids.length) process.stdout.write(`shard: dropped the pages of ${ids.length} context office${ids.length === 1 ? '' : 's'} (${ids.join(', ')})\n`);
    return { ok: true };
  },
};
