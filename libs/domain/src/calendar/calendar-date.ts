import { localDateTime } from './time-zone';

// The calendar date (YYYY-MM-DD) of an instant in a time zone: what "today" means to the people of
// the institution, whatever the server's own zone (readiness and the plan builder read it).
export function calendarDateIn(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateTime(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The canonical spelling of a valid IANA time zone (`europe/amsterdam` → `Europe/Amsterdam`). Throws
 * a RangeError for an unknown zone: validate input with `isValidTimeZone` first.
 */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}
