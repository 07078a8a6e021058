import { describe, expect, it } from 'vitest';
import { ancestry, changedShards, parseShardSpec, planShard, planSubtrees, shardOf, unitOf, type OfficeNode } from '../../src/content-model/shards.ts';
import { planOffices } from '../../src/synthetic/country.ts';

const treeOf = (count: number) => new Map<string, OfficeNode>(planOffices(count).map((p) => [p.id, { id: p.id, parent: p.parent }]));

describe('shard assignment', () => {
  const tree = treeOf(2_000);

  it('keeps every office with its upazila, and gives division and district offices their own unit', () => {
    expect(unitOf('dhaka-01-agri', tree)).toBe('uno-dhaka-01');
    expect(unitOf('uno-dhaka-01', tree)).toBe('uno-dhaka-01');
    expect(unitOf('dc-dhaka', tree)).toBe('dc-dhaka');
    expect(unitOf('divcom-dhaka', tree)).toBe('divcom-dhaka');
    expect(ancestry('dhaka-01-agri', tree)).toEqual(['dhaka-01-agri', 'uno-dhaka-01', 'dc-dhaka', 'divcom-dhaka']);
  });

  it('puts every office in exactly one of n shards, with the ancestors it needs as context', () => {
    const shards = [1, 2, 3, 4].map((k) => planShard(k, 4, tree));
    const owned = shards.flatMap((s) => s.owned);
    expect(owned.length).toBe(tree.size);
    expect(new Set(owned).size).toBe(tree.size);
    for (const s of shards) {
      expect(s.owned.length).toBeGreaterThan(tree.size / 8);
      for (const id of s.owned) for (const a of ancestry(id, tree).slice(1)) expect(s.owned.includes(a) || s.context.includes(a)).toBe(true);
    }
  });

  it('is stable: adding offices moves no existing office to another shard', () => {
    const bigger = treeOf(2_500);
    for (const id of tree.keys()) if (bigger.get(id)?.parent === tree.get(id)?.parent) expect(shardOf(id, 4, bigger)).toBe(shardOf(id, 4, tree));
  });

  it('builds an office subtree: the office with all its descendants', () => {
    const plan = planSubtrees(['uno-dhaka-01'], tree);
    expect(plan.owned).toContain('uno-dhaka-01');
    expect(plan.owned).toContain('dhaka-01-agri');
    expect(plan.owned.every((id) => ancestry(id, tree).includes('uno-dhaka-01'))).toBe(true);
    expect(plan.context).toEqual(['dc-dhaka', 'divcom-dhaka']);
  });

  it('reads k/n and rejects anything else', () => {
    expect(parseShardSpec('1/2')).toEqual({ k: 1, n: 2 });
    for (const bad of ['0/2', '3/2', '1-2', '', 'a/b']) expect(parseShardSpec(bad)).toBeUndefined();
  });
});

describe('shards to rebuild after a change', () => {
  const tree = treeOf(2_000);
  const n = 4;

  it('rebuilds only the shard of a changed document', () => {
    const result = changedShards(['content/offices/dhaka-01-agri/charters/2024-04-01.mdx'], n, tree);
    expect(result).toMatchObject({ all: false, shards: [shardOf('dhaka-01-agri', n, tree)] });
  });

  it('rebuilds the shards of every descendant when an office.yaml changes (they print its name)', () => {
    const result = changedShards(['content/offices/dc-dhaka/office.yaml'], n, tree);
    const expected = [...new Set([...tree.keys()].filter((id) => ancestry(id, tree).includes('dc-dhaka')).map((id) => shardOf(id, n, tree)))].sort();
    expect(result.shards).toEqual(expected);
  });

  it('rebuilds every shard when code changes or an office disappears, and none for documentation', () => {
    expect(changedShards(['src/pages/index.astro'], n, tree).all).toBe(true);
    expect(changedShards(['content/offices/gone-office/office.yaml'], n, tree).all).toBe(true);
    expect(changedShards(['docs/scale.md', 'bench/RESULTS.md'], n, tree)).toMatchObject({ all: false, shards: [] });
  });
});
