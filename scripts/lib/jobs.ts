import { UsageError } from './args.ts';

/** `--jobs N`: worker threads for a whole-country run (1: none); undefined leaves the default (one per core for large trees). */
export function jobsFlag(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, e.g. --jobs 2; got "${String(value)}"`);
  return n;
}
