/** The build's own step clock (src/pipeline/build-clock.ts): totals per step and which step a moment belongs to. */
import { describe, expect, it } from 'vitest';
import { createClock, noClock, stepAt, stepTotals, type StepSpan } from '../../src/pipeline/build-clock.ts';

describe('stepTotals', () => {
  it('sums each step over its spans, in build order', () => {
    const spans: StepSpan[] = [
      { step: 'publish: offices', start: 3000, end: 3500 },
      { step: 'astro: office batches', start: 0, end: 2000 },
      { step: 'publish: offices', start: 4000, end: 4250 },
    ];
    expect(stepTotals(spans)).toEqual([
      { step: 'astro: office batches', seconds: 2, count: 1 },
      { step: 'publish: offices', seconds: 0.75, count: 2 },
    ]);
  });
});

describe('stepAt', () => {
  const spans: StepSpan[] = [
    { step: 'national: scopes, CMS shell, sitemaps, service worker', start: 0, end: 100 },
    { step: 'publish: national', start: 40, end: 60 },
  ];
  it.each([
    { time: 10, step: 'national: scopes, CMS shell, sitemaps, service worker' },
    { time: 50, step: 'publish: national' },
    { time: 200, step: undefined },
  ])('at $time ms: $step (the innermost span)', ({ time, step }) => {
    expect(stepAt(spans, time)).toBe(step);
  });
});

describe('createClock', () => {
  it('times synchronous and asynchronous steps and returns their values', async () => {
    const clock = createClock();
    expect(clock.time('validate', () => 42)).toBe(42);
    expect(await clock.time('freshness gate', async () => 'ok')).toBe('ok');
    expect(clock.spans.map((s) => s.step)).toEqual(['validate', 'freshness gate']);
    for (const span of clock.spans) expect(span.end).toBeGreaterThanOrEqual(span.start);
  });
  it('records nothing when it is noClock', () => {
    expect(noClock.time('validate', () => 1)).toBe(1);
    expect(noClock.spans).toEqual([]);
  });
});
