/**
 * Work started ahead of its turn: `take(i)` starts the work of items i … i + ahead (those
 * not started yet) and returns item i's. A step that mostly waits for another process
 * (Pagefind's indexer, a separate binary) then overlaps with this process's own work on
 * the item before it (CMS entry, offline pack, publishing), on the other core.
 * Items must be taken in order; a failure surfaces when its item is taken, never before.
 */
export function lookahead<T, R>(items: readonly T[], ahead: number, work: (item: T, index: number) => Promise<R>): (index: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  let taken = -1;
  return (index) => {
    if (index <= taken) throw new Error(`lookahead: item ${index} was already taken (take items in order)`);
    taken = index;
    // Items skipped over are dropped (their work runs on, its result unused).
    for (const skipped of started.keys()) if (skipped < index) started.delete(skipped);
    if (next < index) next = index;
    for (; next <= Math.min(index + ahead, items.length - 1); next++) {
      const promise = work(items[next] as T, next);
      // Marked as handled: a failure is reported when its item is taken (and not as an unhandled rejection if it never is).
      promise.catch(() => undefined);
      started.set(next, promise);
    }
    const promise = started.get(index);
    if (!promise) throw new Error(`lookahead: no item ${index}`);
    started.delete(index);
    return promise;
  };
}
