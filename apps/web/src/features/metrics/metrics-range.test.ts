import { describe, expect, it } from 'vitest';

import { defaultRange, isPlainDate, metricsQuery, nextDay, rangeProblem } from './metrics-range';

describe('the metrics range', () => {
  it('defaults to this month so far and the eleven whole months before it', () => {
    expect(defaultRange(new Date(2026, 10, 17, 9, 30))).toEqual({ from: '2025-12-01', to: '2026-11-17' });
    expect(defaultRange(new Date(2026, 0, 1))).toEqual({ from: '2025-02-01', to: '2026-01-01' });
  });

  it('sends the day after the last one, the API’s end being exclusive', () => {
    expect(nextDay('2026-11-30')).toBe('2026-12-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(metricsQuery({ from: '2026-01-01', to: '2026-03-31' }, null)).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
    });
    expect(metricsQuery({ from: '2026-01-01', to: '2026-03-31' }, 'Hepatobiliar')).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
      boardType: 'Hepatobiliar',
    });
  });

  it('takes only real calendar days', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate('2026-2-3')).toBe(false);
    expect(isPlainDate('')).toBe(false);
    expect(isPlainDate(null)).toBe(false);
  });

  it('refuses an end before the start and more than two years, as the API would', () => {
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('order');
    // Two calendar years, a leap day included: 731 days.
    expect(rangeProblem({ from: '2027-01-01', to: '2028-12-31' })).toBeNull();
    expect(rangeProblem({ from: '2027-01-01', to: '2029-01-01' })).toBe('tooLong');
  });
});
