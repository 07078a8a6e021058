/**
 * Build shards: which offices a partial build renders.
 *
 * The unit of sharding is an office subtree, cut at upazila depth: an office at
 * depth 0-2 (division, district, upazila root) heads its own unit, and every
 * office deeper down goes with its depth-2 ancestor. A unit is assigned to shard
 * `hash(unit root id) mod n`, so the assignment is stable: adding or removing an
 * office moves no other office, and an office stays with its upazila.
 *
 * A shard also needs its offices' ancestors (names, links, search lineage, the
 * parent in breadcrumbs): those are "context" offices, built with the shard and
 * dropped from its output, because their pages belong to another shard.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fnv1a } from '../core/hash.ts';
import { OFFICE_FILE, officesDir } from './paths.ts';

/** Offices deeper than this share a unit with their ancestor at this depth (0 = top level). */
export const UNIT_DEPTH = 2;

export interface OfficeNode {
  id: string;
  parent: string | undefined;
}

export interface ShardPlan {
  /** Offices whose pages this build renders and publishes. */
  owned: string[];
  /** Ancestors of owned offices outside the shard: built for context, dropped from the output. */
  context: string[];
}

/** Every office and its parent, read from `<root>/offices/<id>/office.yaml` (a parent not on the portal counts as none). */
export function readOfficeTree(root: string): Map<string, OfficeNode> {
  const dir = officesDir(root);
  const nodes = new Map<string, OfficeNode>();
  if (!fs.existsSync(dir)) return nodes;
  for (const id of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, id, OFFICE_FILE);
    if (!fs.existsSync(file)) continue;
    const data = parseYaml(fs.readFileSync(file, 'utf8')) as { parent?: unknown } | null;
    nodes.set(id, { id, parent: typeof data?.parent === 'string' ? data.parent : undefined });
  }
  for (const node of nodes.values()) if (node.parent !== undefined && !nodes.has(node.parent)) node.parent = undefined;
  return nodes;
}

/** The office and its ancestors, nearest first; a cycle in `parent` stops the walk. */
export function ancestry(id: string, tree: ReadonlyMap<string, OfficeNode>): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current !== undefined && !chain.includes(current); current = tree.get(current)?.parent) {
    chain.push(current);
  }
  return chain;
}

/** The id of the subtree an office is sharded with. */
export function unitOf(id: string, tree: ReadonlyMap<string, OfficeNode>, unitDepth = UNIT_DEPTH): string {
  const chain = ancestry(id, tree);
  const depth = chain.length - 1;
  return chain[depth - Math.min(depth, unitDepth)] ?? id;
}

/** Shard number (1..n) of an office. */
export function shardOf(id: string, n: number, tree: ReadonlyMap<string, OfficeNode>): number {
  return (fnv1a(unitOf(id, tree)) % n) + 1;
}

/** Parse "k/n" (1 ≤ k ≤ n); returns undefined when it is not that shape. */
export function parseShardSpec(spec: string): { k: number; n: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : undefined;
}

function withContext(owned: Set<string>, tree: ReadonlyMap<string, OfficeNode>): ShardPlan {
  const context = new Set<string>();
  for (const id of owned) for (const a of ancestry(id, tree).slice(1)) if (!owned.has(a)) context.add(a);
  return { owned: [...owned].sort(), context: [...context].sort() };
}

/** Shard k of n. */
export function planShard(k: number, n: number, tree: ReadonlyMap<string, OfficeNode>): ShardPlan {
  return withContext(new Set([...tree.keys()].filter((id) => shardOf(id, n, tree) === k)), tree);
}

/** The subtrees of the given offices (each office with all its descendants). */
export function planSubtrees(ids: readonly string[], tree: ReadonlyMap<string, OfficeNode>): ShardPlan {
  const roots = new Set(ids);
  return withContext(new Set([...tree.keys()].filter((id) => ancestry(id, tree).some((a) => roots.has(a)))), tree);
}

/**
 * Which shards must be rebuilt after the files in `changedPaths` (repository-relative,
 * as `git diff --name-only` prints them) changed. A document change rebuilds its
 * office's shard; an office.yaml change also rebuilds every shard holding a
 * descendant (they print its name); anything outside the content folder (code,
 * policy, dependencies) or an office that no longer exists rebuilds every shard.
 */
export function changedShards(
  changedPaths: readonly string[],
  n: number,
  tree: ReadonlyMap<string, OfficeNode>,
  contentPrefix = 'content/',
  /**
   * Which offices the changed content files affect (src/content-model/dependents.ts: the answer
   * `build:office --changed` gives, standards included); without it, a document rebuilds its
   * office and an office.yaml its subtree.
   */
  dependents?: (contentFiles: string[]) => { offices: string[]; removed: string[]; reasons: string[] },
): { all: boolean; shards: number[]; offices: string[]; reasons: string[] } {
  const shards = new Set<number>();
  const offices = new Set<string>();
  const reasons: string[] = [];
  const every = (reason: string) => ({
    all: true,
    shards: Array.from({ length: n }, (_, i) => i + 1),
    offices: [...tree.keys()].sort(),
    reasons: [...reasons, reason],
  });
  const prefix = `${contentPrefix.replace(/\/?$/, '/')}offices/`;
  if (dependents) {
    const content = changedPaths.filter((file) => file.startsWith(prefix));
    for (const file of changedPaths) {
      if (file.startsWith(prefix) || /^(docs\/|bench\/|tests\/|\.github\/)|\.md$/.test(file)) continue;
      return every(`${file} is not content: every shard is rebuilt`);
    }
    const found = dependents(content);
    if (found.removed.length) return every(`office ${found.removed.join(', ')} was removed or renamed: every shard is rebuilt`);
    for (const o of found.offices) if (tree.has(o)) shards.add(shardOf(o, n, tree));
    return { all: false, shards: [...shards].sort((a, b) => a - b), offices: found.offices.filter((o) => tree.has(o)), reasons: found.reasons };
  }
  for (const file of changedPaths) {
    if (!file.startsWith(prefix)) {
      // Docs and workflow files do not change the site.
      if (/^(docs\/|bench\/|tests\/|\.github\/)|\.md$/.test(file)) continue;
      return every(`${file} is not content: every shard is rebuilt`);
    }
    const [id = '', rest = ''] = file.slice(prefix.length).split(/\/(.*)/s);
    if (!tree.has(id)) return every(`office ${id} was removed or renamed: every shard is rebuilt`);
    const affected = rest === OFFICE_FILE ? [...tree.keys()].filter((o) => ancestry(o, tree).includes(id)) : [id];
    for (const o of affected) {
      shards.add(shardOf(o, n, tree));
      offices.add(o);
    }
    reasons.push(`${file} → shard ${[...new Set(affected.map((o) => shardOf(o, n, tree)))].sort((a, b) => a - b).join(', ')}`);
  }
  return { all: false, shards: [...shards].sort((a, b) => a - b), offices: [...offices].sort(), reasons };
}
