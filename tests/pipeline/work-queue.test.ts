/** The office pipeline's scheduling pieces (src/pipeline/work-queue.ts): items read in arrival order, work bounded and in order. */
import { describe, expect, it } from 'vitest';
import { Channel, boundedStarts } from '../../src/pipeline/work-queue.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Channel', () => {
  it('yields items in the order pushed, waits for more, and ends after close', async () => {
    const channel = new Channel<string>();
    channel.push('a');
    const seen: string[] = [];
    const arrived: string[] = [];
    const reading = (async () => {
      for await (const item of channel.each((item) => arrived.push(item))) seen.push(item);
    })();
    await tick();
    expect(seen).toEqual(['a']);
    expect(arrived).toEqual(['a']);
    channel.push('b');
    channel.push('c');
    // The hook sees an item when it is pushed, before the reader gets to it.
    expect(arrived).toEqual(['a', 'b', 'c']);
    channel.close();
    await reading;
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(() => channel.push('d')).toThrow(/after close/);
  });
});

describe('boundedStarts', () => {
  it('runs at most `limit` at a time, in the order started, each on a free slot', async () => {
    const running = new Set<string>();
    const releases = new Map<string, () => void>();
    const log: string[] = [];
    const start = boundedStarts(2, (item: string, slot: number) => {
      running.add(item);
      log.push(`${item}@${slot}`);
      return new Promise<string>((resolve) =>
        releases.set(item, () => {
          running.delete(item);
          resolve(item.toUpperCase());
        }),
      );
    });
    const results = ['a', 'b', 'c', 'd'].map((item) => start(item));
    await tick();
    expect([...running]).toEqual(['a', 'b']);
    releases.get('b')?.();
    await tick();
    await tick();
    // c takes the slot b freed.
    expect(log).toEqual(['a@0', 'b@1', 'c@1']);
    releases.get('a')?.();
    await tick();
    await tick();
    releases.get('c')?.();
    releases.get('d')?.();
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D']);
    expect(log).toEqual(['a@0', 'b@1', 'c@1', 'd@0']);
  });

  it('lets a failure surface on its own item and frees its slot', async () => {
    const start = boundedStarts(1, async (item: string) => {
      if (item === 'bad') throw new Error('no');
      return item;
    });
    const bad = start('bad');
    const good = start('good');
    await expect(bad).rejects.toThrow('no');
    await expect(good).resolves.toBe('good');
  });
});
