/**
 * A small seeded random source. Synthetic content must be byte-identical for a
 * seed on every machine and Node version, so nothing here touches Math.random,
 * the clock or the locale.
 */

import { fnv1a } from '../core/hash.ts';

// fnv1a lives in src/core/hash.ts (content-model's shards use it too); re-exported for existing imports.
export { fnv1a };

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in a random order (all of them when count >= length). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32 seeded from the hash of a key: one independent stream per key
 * (e.g. seed + office id), so adding an office never changes the content of
 * another one.
 */
export function randomFor(...key: (string | number)[]): Random {
  let state = fnv1a(key.join('\u0000'));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, Math.max(0, count));
    },
  };
}
