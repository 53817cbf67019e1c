import { calendarDateIn, canonicalTimeZone, parseDateOrInstant, startOfDayIn } from './calendar-date';

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

  it('answers each zone for itself within one second, and turns the date on the second after midnight', () => {
    const lastSecond = new Date('2026-03-01T22:59:59.000Z');
    expect(calendarDateIn(lastSecond, 'Europe/Amsterdam')).toBe('2026-03-01');
    expect(calendarDateIn(new Date('2026-03-01T22:59:59.999Z'), 'Europe/Amsterdam')).toBe('2026-03-01');
    expect(calendarDateIn(lastSecond, 'Asia/Tokyo')).toBe('2026-03-02');
    expect(calendarDateIn(new Date('2026-03-01T23:00:00.000Z'), 'Europe/Amsterdam')).toBe('2026-03-02');
    expect(calendarDateIn(lastSecond, 'Europe/Amsterdam')).toBe('2026-03-01');
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

describe('startOfDayIn and parseDateOrInstant', () => {
  it('is local midnight in the zone, in winter and in summer', () => {
    expect(startOfDayIn('2026-01-15', 'Europe/Madrid')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayIn('2026-07-15', 'Europe/Madrid')?.toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(startOfDayIn('2026-11-01', 'America/New_York')?.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('2026-11-02', 'America/New_York')?.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfDayIn('2026-11-01', 'Pacific/Auckland')?.toISOString()).toBe('2026-10-31T11:00:00.000Z');
  });

  it('refuses what is not a calendar date', () => {
    expect(startOfDayIn('2026-02-30', 'UTC')).toBeNull();
    expect(startOfDayIn('1 Nov 2026', 'UTC')).toBeNull();
  });

  it('reads a plain date in the zone and a date-time by its own offset', () => {
    expect(parseDateOrInstant('2026-11-01', 'Europe/Madrid')?.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(parseDateOrInstant('2026-11-01T08:00:00+01:00', 'Pacific/Auckland')?.toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
    expect(parseDateOrInstant('2026-11-01T08:00:00', 'UTC')).toBeNull();
    expect(parseDateOrInstant('yesterday', 'UTC')).toBeNull();
  });
});
