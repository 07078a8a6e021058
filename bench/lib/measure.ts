/**
 * Running a command and measuring it the way the benchmark reports it: wall
 * time, the peak resident memory of the whole process tree (Astro, Vite
 * workers, Pagefind), polled from /proc because /usr/bin/time only reports the
 * largest single process, and the CPU time of that tree (user + system of every
 * process in it, from the same polls: Pagefind's processes are stopped without being
 * waited for, so the tree's own rusage would leave them out).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Measured {
  code: number;
  seconds: number;
  /** Peak of the summed RSS of the process and all its descendants, in bytes (0 where /proc is missing). */
  peakRssBytes: number;
  /** User + system CPU seconds of the process and all its descendants (each process's last poll; 0 where /proc is missing). */
  cpuSeconds: number;
  /** The same CPU seconds by kind of process (processKind: astro, pagefind, node, other). */
  cpuByKind: Record<string, number>;
  output: string;
}

/** What kind of process a command line is, for the CPU breakdown: Astro builds, Pagefind's indexer, other Node processes (the pipeline itself), the rest. */
export function processKind(commandLine: string): string {
  if (/astro\.mjs\b/.test(commandLine)) return 'astro';
  if (/pagefind/.test(commandLine)) return 'pagefind';
  if (/(^|\/)node$/.test(commandLine.split(' ')[0] ?? '')) return 'node';
  return 'other';
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** CPU use: CPU seconds per wall second (2.0 = both cores of a 2-core machine busy throughout). */
export const cpuUse = (m: Pick<Measured, 'cpuSeconds' | 'seconds'>) => (m.seconds > 0 ? m.cpuSeconds / m.seconds : 0);

const PAGE = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** RSS in bytes of `root` and every descendant, and each one's CPU seconds so far, from /proc/<pid>/stat. */
export function treeStats(root: number): { rssBytes: number; cpuByPid: Map<number, number> } {
  const cpuByPid = new Map<number, number>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return { rssBytes: 0, cpuByPid };
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parent.get(p), hops++) {
      if (p === root) {
        total += bytes;
        cpuByPid.set(pid, cpu.get(pid) ?? 0);
        break;
      }
    }
  }
  return { rssBytes: total, cpuByPid };
}

/** RSS in bytes of `root` and every descendant. */
export function treeRss(root: number): number {
  return treeStats(root).rssBytes;
}

export function run(
  command: string,
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    quiet?: boolean;
    /** Every sample (epoch milliseconds, bytes, CPU seconds of the tree so far) is pushed here, to line up with the build's own step spans. */
    samples?: { time: number; rssBytes: number; cpuSeconds: number }[];
    /** Sampling interval in milliseconds (default 200). */
    intervalMs?: number;
  } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env } });
    let output = '';
    const keep = (d: Buffer) => {
      output += d.toString();
      if (output.length > 400_000) output = output.slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    /** Each process's CPU seconds at its last poll (a process ending between polls loses at most one interval). */
    const cpuSeen = new Map<number, number>();
    const kinds = new Map<number, string>();
    const poll = setInterval(() => {
      if (!child.pid) return;
      const { rssBytes: rss, cpuByPid } = treeStats(child.pid);
      for (const [pid, seconds] of cpuByPid) {
        cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, seconds));
        // Seen between fork and exec, a child still shows its parent's command line: looked at again until it is something else.
        if (!kinds.has(pid) || kinds.get(pid) === 'node') kinds.set(pid, processKind(commandLineOf(pid)));
      }
      peak = Math.max(peak, rss);
      options.samples?.push({ time: Date.now(), rssBytes: rss, cpuSeconds: [...cpuSeen.values()].reduce((a, b) => a + b, 0) });
    }, options.intervalMs ?? 200);
    child.on('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const cpuSeconds = [...cpuSeen.values()].reduce((a, b) => a + b, 0);
      const cpuByKind: Record<string, number> = {};
      for (const [pid, seconds] of cpuSeen) {
        const kind = kinds.get(pid) ?? 'other';
        cpuByKind[kind] = (cpuByKind[kind] ?? 0) + seconds;
      }
      resolve({ code: code ?? -1, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, cpuSeconds, cpuByKind, output });
    });
  });
}

export function machine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${load}`;
}

export const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const kib = (bytes: number) => `${(bytes / 2 ** 10).toFixed(0)} KiB`;

export function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return total;
}
