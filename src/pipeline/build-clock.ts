/**
 * Where a build's time goes, step by step, measured by the build itself.
 *
 * The pipeline interleaves its steps office by office (render a batch, then for each
 * office: search bundle, CMS entry, record, offline pack, publish), so a profiler that
 * only sees the process from outside cannot tell them apart. Each step is wrapped in
 * `clock.time(step, fn)`, which records when it started and ended (absolute
 * milliseconds, so an outside memory sampler can line its samples up with them).
 * `npm run build` writes the spans to `PORTAL_BUILD_PROFILE` when that is set
 * (bench/lib/profile.ts reads them); otherwise the clock is `noClock` and costs nothing.
 */

/** The steps of `npm run build`, in the order they first run. */
export const CLOCK_STEPS = [
  'validate',
  'freshness gate',
  'link previous site',
  'office inputs (validate, gate, keys)',
  'astro: office batches',
  'search: per-office Pagefind',
  'cms: per-office entry',
  'record: per-office compliance.json',
  'offline: per-office pack',
  'publish: offices',
  'render folders: list and remove',
  'national: model',
  'astro: national',
  'national: scopes, CMS shell, sitemaps, service worker',
  'publish: national',
  'publish: swap',
] as const;

export type ClockStep = (typeof CLOCK_STEPS)[number];

export interface StepSpan {
  step: ClockStep;
  /** Milliseconds since the epoch (sub-millisecond precision). */
  start: number;
  end: number;
}

export interface BuildClock {
  readonly spans: StepSpan[];
  time<T>(step: ClockStep, fn: () => T): T;
  /** Output of each Astro process the build started, kept for the profile (phases, per-page times). */
  readonly astroLogs: string[];
  /** Whether anything is recorded (callers skip collecting logs otherwise). */
  readonly recording: boolean;
}

const now = () => performance.timeOrigin + performance.now();

/** A clock that records every span; async functions are timed until their promise settles. */
export function createClock(): BuildClock {
  const spans: StepSpan[] = [];
  return {
    spans,
    astroLogs: [],
    recording: true,
    time<T>(step: ClockStep, fn: () => T): T {
      const start = now();
      const value = fn();
      if (value instanceof Promise) {
        return value.finally(() => spans.push({ step, start, end: now() })) as T;
      }
      spans.push({ step, start, end: now() });
      return value;
    },
  };
}

/** A clock that records nothing. */
export const noClock: BuildClock = {
  spans: [],
  astroLogs: [],
  recording: false,
  time: (_step, fn) => fn(),
};

export interface StepTotal {
  step: ClockStep;
  seconds: number;
  /** How many times the step ran (once per office for the per-office steps). */
  count: number;
}

/** Time per step, summed over its spans, in CLOCK_STEPS order. */
export function stepTotals(spans: readonly StepSpan[]): StepTotal[] {
  const totals = new Map<ClockStep, StepTotal>();
  for (const span of spans) {
    const total = totals.get(span.step) ?? { step: span.step, seconds: 0, count: 0 };
    total.seconds += (span.end - span.start) / 1000;
    total.count++;
    totals.set(span.step, total);
  }
  return CLOCK_STEPS.flatMap((step) => totals.get(step) ?? []);
}

/**
 * The step running at `time`: the innermost span containing it (the one that started
 * last), for attributing a memory sample to a step.
 */
export function stepAt(spans: readonly StepSpan[], time: number): ClockStep | undefined {
  let found: StepSpan | undefined;
  for (const span of spans) if (span.start <= time && time <= span.end && (!found || span.start >= found.start)) found = span;
  return found?.step;
}
