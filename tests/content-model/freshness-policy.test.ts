import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFreshnessPolicy, resolveAsOf } from '../../src/content-model/freshness-policy.ts';
import { repoRoot } from '../support/paths.ts';

const policy = loadFreshnessPolicy(path.join(repoRoot, 'policy/freshness.yaml'));
const now = new Date('2026-11-22T19:30:00Z'); // 01:30 on 23 November in Dhaka

describe('the as-of date', () => {
  it.each([
    ['an argument beats everything', { argument: '2024-07-20', env: { FRESHNESS_AS_OF: '2023-01-01' } }, '2024-07-20', 'argument'],
    ['"today" is today in Asia/Dhaka, not in UTC', { argument: 'today', env: {} }, '2026-11-23', 'argument'],
    ['FRESHNESS_AS_OF beats the pinned date', { env: { FRESHNESS_AS_OF: 'today' } }, '2026-11-23', 'environment'],
    ['the repository pins the sample content', { env: {} }, '2024-05-01', 'pinned'],
    ['an empty FRESHNESS_AS_OF (as CI passes it) means the repository setting', { env: { FRESHNESS_AS_OF: '' } }, '2024-05-01', 'pinned'],
  ] as const)('%s', (_, options, asOf, source) => {
    expect(resolveAsOf({ ...options, policy, now })).toMatchObject({ asOf, source });
  });

  it('is today in Dhaka when the policy pins nothing', () => {
    const { pinnedAsOf: _, ...unpinned } = policy;
    expect(resolveAsOf({ env: {}, policy: unpinned, now })).toMatchObject({ asOf: '2026-11-23', source: 'today' });
  });

  it('says loudly where a pinned date comes from', () => {
    expect(resolveAsOf({ env: {}, policy, now, policyFile: path.join(repoRoot, 'policy/freshness.yaml') }).note).toMatch(
      /^as of 2024-05-01: PINNED by pinnedAsOf in .*policy\/freshness\.yaml/,
    );
  });

  it.each(['2024-02-30', '2023-02-29', '20240501', 'yesterday'])('refuses %s in one line', (bad) => {
    expect(() => resolveAsOf({ env: { FRESHNESS_AS_OF: bad }, policy, now })).toThrow(
      `FRESHNESS_AS_OF must be a real date written YYYY-MM-DD, or "today"; got "${bad}"`,
    );
  });

  it('accepts the leap day', () => {
    expect(resolveAsOf({ argument: '2024-02-29', policy, now }).asOf).toBe('2024-02-29');
  });
});
