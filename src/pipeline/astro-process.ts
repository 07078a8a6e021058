/**
 * One `astro build` in a child process, run in the background: the pipeline goes on
 * with other work (indexing and publishing the offices Astro has already written, on
 * the other core) while it renders.
 *
 * The child reports each office whose pages are all written on a pipe of its own (file
 * descriptor 3, `PORTAL_RENDER_EVENTS=3`; src/integration/prerender.ts writes
 * `office <id>` lines there), so its own output stays Astro's log.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';

export interface AstroRun {
  /** Settles when the process has exited: its exit status and its whole output. */
  done: Promise<{ status: number | null; output: string }>;
  /** Stop it (when still running). */
  stop(): void;
  /** Whether it has exited. */
  exited(): boolean;
}

/** The file descriptor the child writes its render events to. */
const EVENTS_FD = 3;

export function startAstro(options: {
  repo: string;
  env: Record<string, string>;
  /** Called with the id of each office whose pages are all written, in render order. */
  onOffice?: (id: string) => void;
}): AstroRun {
  const child = spawn(process.execPath, [path.join(options.repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: options.repo,
    env: { ...process.env, ...options.env, ...(options.onOffice ? { PORTAL_RENDER_EVENTS: String(EVENTS_FD) } : {}) },
    stdio: ['ignore', 'pipe', 'pipe', options.onOffice ? 'pipe' : 'ignore'],
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  const events = child.stdio[EVENTS_FD] as Readable | null | undefined;
  let eventsClosed: Promise<void> = Promise.resolve();
  if (events && options.onOffice) {
    const onOffice = options.onOffice;
    const lines = readline.createInterface({ input: events, crlfDelay: Infinity });
    lines.on('line', (line) => {
      const id = /^office (\S+)$/.exec(line)?.[1];
      if (id) onOffice(id);
    });
    eventsClosed = new Promise((resolve) => lines.on('close', () => resolve()));
  }
  let exited = false;
  const done = new Promise<{ status: number | null; output: string }>((resolve) => {
    child.on('error', (error) => {
      exited = true;
      resolve({ status: 1, output: String(error) });
    });
    child.on('close', (status) => {
      exited = true;
      // Every event line is delivered before the run counts as done.
      void eventsClosed.then(() => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
    });
  });
  return {
    done,
    exited: () => exited,
    stop: () => {
      if (!exited) child.kill();
    },
  };
}
