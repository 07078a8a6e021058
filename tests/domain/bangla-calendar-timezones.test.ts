/**
 * Every day from 1950 to 2100, under time zones on both sides of UTC, with the
 * Date local-time getters booby-trapped: the calendar must be pure arithmetic.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromBanglaDate, toBanglaDate, type BanglaDate } from '../../src/domain/bangla-calendar.ts';

const LOCAL_GETTERS = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getTimezoneOffset'] as const;
const originalTz = process.env['TZ'];

// Walks ISO dates without the code under test, using UTC only.
function* everyDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function isNextBanglaDay(prev: BanglaDate, next: BanglaDate): boolean {
  if (next.year === prev.year && next.month === prev.month) return next.day === prev.day + 1;
  if (next.year === prev.year) return next.month === prev.month + 1 && next.day === 1;
  return next.year === prev.year + 1 && prev.month === 12 && next.month === 1 && next.day === 1;
}

afterAll(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe.each(['Asia/Dhaka', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('with TZ=%s', (tz) => {
  beforeEach(() => {
    process.env['TZ'] = tz;
    for (const getter of LOCAL_GETTERS) {
      vi.spyOn(Date.prototype, getter).mockImplementation(() => {
        throw new Error(`the Bangla calendar read local time via Date#${getter}`);
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('round-trips every day of 1950–2100 and advances by exactly one Bangla day each day', () => {
    let prev: BanglaDate | undefined;
    let days = 0;
    for (const iso of everyDay('1950-01-01', '2100-12-31')) {
      const b = toBanglaDate(iso);
      if (fromBanglaDate(b) !== iso) throw new Error(`${iso} → ${JSON.stringify(b)} → ${fromBanglaDate(b)}`);
      if (prev && !isNextBanglaDay(prev, b)) throw new Error(`${iso}: ${JSON.stringify(prev)} then ${JSON.stringify(b)}`);
      prev = b;
      days += 1;
    }
    expect(days).toBe(55_152);
  });

  it('puts 1 বৈশাখ on 14 April every year', () => {
    for (let y = 1950; y <= 2100; y++) {
      expect(toBanglaDate(`${y}-04-14`)).toEqual({ year: y - 593, month: 1, day: 1 });
    }
  });
});
