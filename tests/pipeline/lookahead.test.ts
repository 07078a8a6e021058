/** Work started ahead of its turn (src/pipeline/lookahead.ts): how far ahead, in which order, and where failures surface. */
import { describe, expect, it } from 'vitest';
import { lookahead } from '../../src/pipeline/lookahead.ts';

const deferred = () => {
  let resolve: (value: string) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('lookahead', () => {
  it.each([
    { ahead: 0, items: ['a', 'b', 'c'], takeUpTo: 0, started: ['a'] },
    { ahead: 1, items: ['a', 'b', 'c'], takeUpTo: 0, started: ['a', 'b'] },
    { ahead: 1, items: ['a', 'b', 'c'], takeUpTo: 1, started: ['a', 'b', 'c'] },
    { ahead: 5, items: ['a', 'b'], takeUpTo: 0, started: ['a', 'b'] },
  ])('ahead $ahead, after taking item $takeUpTo: started $started', async ({ ahead, items, takeUpTo, started }) => {
    const calls: string[] = [];
    const take = lookahead(items, ahead, async (item) => (calls.push(item), item.toUpperCase()));
    for (let i = 0; i <= takeUpTo; i++) expect(await take(i)).toBe(items[i]?.toUpperCase());
    expect(calls).toEqual(started);
  });

  it('reports a failure when its item is taken, not before, and never as an unhandled rejection', async () => {
    const jobs = new Map([
      ['a', deferred()],
      ['b', deferred()],
    ]);
    const take = lookahead(['a', 'b'], 1, (item) => jobs.get(item)!.promise);
    const first = take(0);
    jobs.get('b')!.reject(new Error('b failed'));
    jobs.get('a')!.resolve('A');
    await expect(first).resolves.toBe('A');
    await expect(take(1)).rejects.toThrow('b failed');
  });

  it('refuses an item taken twice or out of order', async () => {
    const take = lookahead(['a', 'b'], 1, async (item) => item);
    await take(1);
    expect(() => take(0)).toThrow(/already taken/);
  });
});
