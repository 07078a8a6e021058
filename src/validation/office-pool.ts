/**
 * Whole-country commands go office by office: the offices are cut into small chunks,
 * each chunk is read, checked and dropped (./office-tasks.ts), so memory follows the
 * largest chunk, not the country. Chunks run in worker threads, one per core, and come
 * back in the order they were cut, so the output never depends on which thread was
 * faster. A small tree is checked in this thread (starting workers costs more).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { runOfficeTask, type OfficeTask, type OfficeTaskResult } from './office-tasks.ts';

export interface OfficePoolOptions {
  root: string;
  kind: OfficeTask['kind'];
  /** The offices, in the order their results are wanted. */
  officeIds: readonly string[];
  /** Threads; 1 checks in this thread. Default: one per core (at most 4) for 400 offices or more, else 1. */
  jobs?: number | undefined;
  /** Offices per chunk (default 20). */
  chunkSize?: number;
  /** Called after each chunk, with the offices done so far. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Offices from which worker threads pay for their start-up. */
export const WORKERS_FROM_OFFICES = 400;

export function defaultJobs(offices: number): number {
  return offices < WORKERS_FROM_OFFICES ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
}

/** Runs the task over every chunk; `onResult` sees the results in chunk order. */
export async function runOverOffices(options: OfficePoolOptions, onResult: (result: OfficeTaskResult) => void): Promise<void> {
  const size = Math.max(1, options.chunkSize ?? 20);
  const chunks: string[][] = [];
  for (let i = 0; i < options.officeIds.length; i += size) chunks.push(options.officeIds.slice(i, i + size));
  const total = options.officeIds.length;
  const jobs = Math.min(options.jobs ?? defaultJobs(total), Math.max(1, chunks.length));
  const task = (officeIds: string[]): OfficeTask => ({ kind: options.kind, root: options.root, officeIds });
  let done = 0;
  if (jobs <= 1) {
    for (const chunk of chunks) {
      onResult(runOfficeTask(task(chunk)));
      done += chunk.length;
      options.onProgress?.(done, total);
    }
    return;
  }

  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./office-worker.ts', import.meta.url)));
  try {
    await new Promise<void>((resolve, reject) => {
      const waiting = new Map<number, OfficeTaskResult>();
      let next = 0; // next chunk to hand out
      let emit = 0; // next chunk to pass on
      // At most this many chunks ahead of the one passed on, so a slow chunk cannot make the others pile up.
      const window = jobs * 4;
      const feed = (worker: Worker) => {
        if (next >= chunks.length || next >= emit + window) return false;
        const seq = next++;
        worker.postMessage({ seq, task: task(chunks[seq] as string[]) });
        return true;
      };
      const idle: Worker[] = [];
      for (const worker of workers) {
        worker.on('message', (message: { seq: number; result?: OfficeTaskResult; error?: string }) => {
          if (message.error !== undefined || !message.result) {
            reject(new Error(`checking offices ${chunks[message.seq]?.join(', ')} failed: ${message.error ?? 'no result'}`));
            return;
          }
          waiting.set(message.seq, message.result);
          for (let result = waiting.get(emit); result; result = waiting.get(emit)) {
            waiting.delete(emit);
            try {
              onResult(result);
            } catch (error) {
              reject(error);
              return;
            }
            done += chunks[emit]?.length ?? 0;
            options.onProgress?.(done, total);
            emit++;
          }
          if (emit >= chunks.length) {
            resolve();
            return;
          }
          idle.push(worker);
          while (idle.length && feed(idle[0] as Worker)) idle.shift();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (emit < chunks.length) reject(new Error(`a worker checking offices stopped (exit code ${code})`));
        });
        if (!feed(worker)) idle.push(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
