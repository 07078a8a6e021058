/** A worker thread of ./office-pool.ts: runs one chunk of offices at a time and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { runOfficeTask, type OfficeTask } from './office-tasks.ts';

parentPort?.on('message', (message: { seq: number; task: OfficeTask }) => {
  try {
    parentPort?.postMessage({ seq: message.seq, result: runOfficeTask(message.task) });
  } catch (error) {
    parentPort?.postMessage({ seq: message.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
