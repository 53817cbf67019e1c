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
