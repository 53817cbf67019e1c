import { describe, expect, it } from 'vitest';

import {
  addMonths,
  isCalendarDate,
  splitLocal,
  startOfWeek,
  stepDate,
  todayIn,
  visibleRange,
  zonedStart,
} from './calendar-days';

describe('calendar days', () => {
  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-12-01')).toBe('2026-11-30'); // a Tuesday
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30'); // a Sunday
  });

  it('shows a week as seven days, asking the API up to the next Monday', () => {
    const range = visibleRange('week', '2026-12-03');
    expect(range.from).toBe('2026-11-30');
    expect(range.to).toBe('2026-12-07');
    expect(range.weeks).toEqual([
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    ]);
  });

  it('shows a month as whole weeks around it', () => {
    const range = visibleRange('month', '2026-12-15');
    expect(range.month).toBe('2026-12-01');
    expect(range.from).toBe('2026-11-30');
    expect(range.to).toBe('2027-01-04');
    expect(range.weeks).toHaveLength(5);
    expect(range.weeks[4]?.[6]).toBe('2027-01-03');
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(visibleRange('month', '2027-02-10').weeks).toHaveLength(4);
  });

  it('lists a month from its first day to the next month’s', () => {
    expect(visibleRange('list', '2026-12-15')).toMatchObject({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('steps a week or a month, across the year', () => {
    expect(stepDate('week', '2026-12-31', 1)).toBe('2027-01-04');
    expect(stepDate('month', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDate('list', '2026-01-31', -1)).toBe('2025-12-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01');
  });

  it('knows a real date', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('tomorrow')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('takes today from the institution’s zone, not the browser’s', () => {
    const lateEvening = new Date('2026-12-01T23:30:00Z');
    expect(todayIn('Europe/Madrid', lateEvening)).toBe('2026-12-02');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-12-01');
  });
});

describe('a start on the institution’s clock', () => {
  it('carries the zone’s offset on that date, on both sides of the change to summer time', () => {
    // Madrid moves from UTC+1 to UTC+2 on 2026-03-29.
    expect(zonedStart('2026-03-27', '15:00', 'Europe/Madrid')).toMatchObject({
      ok: true,
      startsAt: '2026-03-27T15:00:00+01:00',
    });
    expect(zonedStart('2026-03-30', '15:00', 'Europe/Madrid')).toMatchObject({
      ok: true,
      startsAt: '2026-03-30T15:00:00+02:00',
      offsetMinutes: 120,
    });
    expect(zonedStart('2026-07-01', '08:30', 'America/New_York')).toMatchObject({
      startsAt: '2026-07-01T08:30:00-04:00',
    });
  });

  it('refuses a time the clocks skip, and takes the first pass of a time they repeat', () => {
    expect(zonedStart('2026-03-29', '02:30', 'Europe/Madrid')).toEqual({ ok: false, reason: 'skipped' });
    const repeated = zonedStart('2026-10-25', '02:30', 'Europe/Madrid');
    expect(repeated).toMatchObject({ ok: true, startsAt: '2026-10-25T02:30:00+02:00' });
    expect(repeated.ok && repeated.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a date and a time', () => {
    expect(zonedStart('', '15:00', 'Europe/Madrid')).toEqual({ ok: false, reason: 'invalid' });
    expect(zonedStart('2026-03-30', '25:00', 'Europe/Madrid')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads the date and time back from the API’s local start', () => {
    expect(splitLocal('2026-03-30T15:00:00+02:00')).toEqual({ date: '2026-03-30', time: '15:00' });
  });
});
