import { calendarDateIn, canonicalTimeZone } from './calendar-date';

describe('calendarDateIn', () => {
  it('is the UTC date in UTC', () => {
    expect(calendarDateIn(new Date('2026-03-01T23:30:00Z'), 'UTC')).toBe('2026-03-01');
  });

  it('is already the next day in Amsterdam late in the UTC evening', () => {
    expect(calendarDateIn(new Date('2026-03-01T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-02');
  });

  it('is still the previous day west of UTC', () => {
    expect(calendarDateIn(new Date('2026-03-02T03:00:00Z'), 'America/New_York')).toBe('2026-03-01');
  });

  it('pads months and days and keeps four-digit years', () => {
    expect(calendarDateIn(new Date('2026-01-05T12:00:00Z'), 'Europe/Amsterdam')).toBe('2026-01-05');
  });

  it('turns the date at local midnight, not UTC midnight, across a DST change', () => {
    // Amsterdam moves to UTC+2 on 2026-03-29 at 01:00 UTC.
    expect(calendarDateIn(new Date('2026-03-28T22:59:59Z'), 'Europe/Amsterdam')).toBe('2026-03-28');
    expect(calendarDateIn(new Date('2026-03-28T23:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(calendarDateIn(new Date('2026-03-29T21:59:59Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(calendarDateIn(new Date('2026-03-29T22:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-30');
  });

  it('throws on an invalid instant or an unknown zone', () => {
    expect(() => calendarDateIn(new Date('not a date'), 'UTC')).toThrow(RangeError);
    expect(() => calendarDateIn(new Date('2026-03-01T12:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('canonicalTimeZone', () => {
  it('normalises the spelling of a valid zone', () => {
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });

  it('throws on an unknown zone', () => {
    expect(() => canonicalTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
