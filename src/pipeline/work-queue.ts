/**
 * Two small pieces of the office pipeline's scheduling (src/pipeline/office-build.ts):
 *
 * - `Channel`: items that arrive over time (offices whose pages Astro has written),
 *   read in arrival order by one consumer, with a hook that sees each item as soon as it
 *   arrives, so work on it can start before the consumer reaches it.
 * - `boundedStarts`: work started as items arrive, at most `limit` at a time, in
 *   arrival order, each on a numbered slot (one Pagefind process per slot: a step that
 *   mostly waits for another process overlaps with this process's own work on the item
 *   before it, on the other core).
 */

/** Items pushed over time, read once, in order. */
export class Channel<T> {
  private readonly items: T[] = [];
  private closed = false;
  private wake: (() => void) | undefined;
  private onArrive: ((item: T) => void) | undefined;

  push(item: T): void {
    if (this.closed) throw new Error('Channel: push after close');
    this.items.push(item);
    this.onArrive?.(item);
    this.wake?.();
  }

  /** No more items: the reader ends after the ones already pushed. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /**
   * Every item in order; `onArrive` is called for each item as soon as it is pushed (at
   * once for items pushed before), whether or not the reader has reached it.
   */
  async *each(onArrive?: (item: T) => void): AsyncGenerator<T> {
    if (onArrive) {
      for (const item of this.items) onArrive(item);
      this.onArrive = onArrive;
    }
    for (let at = 0; ; at++) {
      while (at >= this.items.length && !this.closed) await new Promise<void>((resolve) => (this.wake = resolve));
      if (at >= this.items.length) return;
      yield this.items[at] as T;
    }
  }
}

/**
 * `start(item)` runs `work(item, slot)` as soon as one of `limit` slots is free (items
 * wait in the order they were started); its promise settles with the work's.
 */
export function boundedStarts<T, R>(limit: number, work: (item: T, slot: number) => Promise<R>): (item: T) => Promise<R> {
  const free = Array.from({ length: Math.max(1, limit) }, (_, slot) => slot);
  const waiting: (() => void)[] = [];
  return (item) =>
    new Promise<R>((resolve, reject) => {
      const run = () => {
        const slot = free.shift() as number;
        work(item, slot)
          .then(resolve, reject)
          .finally(() => {
            free.push(slot);
            free.sort((a, b) => a - b);
            waiting.shift()?.();
          });
      };
      if (free.length) run();
      else waiting.push(run);
    });
}
