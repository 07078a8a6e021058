/**
 * Progress of a long whole-country run, on stderr so stdout (JSON, Markdown) stays
 * exactly the report. Silent for a run that ends within the first interval, so small
 * trees and tests see nothing; then one line every interval with the rate and what is left.
 */
export function progressReporter(
  label: string,
  options: { intervalMs?: number; write?: (line: string) => void; now?: () => number } = {},
): (done: number, total: number) => void {
  const now = options.now ?? (() => performance.now());
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const interval = options.intervalMs ?? 10_000;
  const started = now();
  let last = started;
  return (done, total) => {
    const t = now();
    if (t - last < interval || done >= total) return;
    last = t;
    const seconds = (t - started) / 1000;
    const perOffice = seconds / Math.max(1, done);
    const left = Math.round(perOffice * (total - done));
    write(
      `${label}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} offices (${Math.floor((100 * done) / total)}%), ${Math.round(seconds)} s, ${(perOffice * 1000).toFixed(1)} ms an office, about ${left >= 90 ? `${Math.round(left / 60)} min` : `${left} s`} left`,
    );
  };
}
