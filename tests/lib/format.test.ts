import { describe, expect, it } from 'vitest';
import { bnCount } from '../../src/lib/format.ts';

describe('bnCount', () => {
  it.each([
    [4, '৪'],
    [999, '৯৯৯'],
    [7_677, '৭,৬৭৭'],
    [50_000, '৫০,০০০'],
    [123_456, '১,২৩,৪৫৬'],
    [1_942_446, '১৯,৪২,৪৪৬'],
  ])('writes %i as %s (lakh grouping, Bengali digits)', (n, expected) => {
    expect(bnCount(n)).toBe(expected);
  });
});
