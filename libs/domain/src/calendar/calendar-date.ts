import { isoDateToDayNumber } from '../iso-date';
import { instantOfLocalDateTime, localDateTime, parseInstantWithOffset } from './time-zone';

// The calendar date (YYYY-MM-DD) of an instant in a time zone: what "today" means to the people of
// the institution, whatever the server's own zone (readiness and the plan builder read it).
export function calendarDateIn(instant: Date, timeZone: string): string {
  // Most requests ask for today: the answer of the last second is kept per zone. Every zone's offset
  // is whole seconds, so the date cannot change within one.
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDates.get(timeZone);
  if (last?.second === second) return last.date;
  const { year, month, day } = localDateTime(instant, timeZone);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  lastDates.set(timeZone, { second, date });
  return date;
}

const lastDates = new Map<string, { second: number; date: string }>();

/**
 * The canonical spelling of a valid IANA time zone (`europe/amsterdam` → `Europe/Amsterdam`). Throws
 * a RangeError for an unknown zone: validate input with `isValidTimeZone` first.
 */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

/** The instant a calendar day (YYYY-MM-DD) begins in a zone (its local midnight); null for a non-date. */
export function startOfDayIn(date: string, timeZone: string): Date | null {
  if (isoDateToDayNumber(date) === null) return null;
  const [year, month, day] = date.split('-').map(Number);
  return instantOfLocalDateTime({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/**
 * A range bound from a query: a plain calendar date (`2026-11-01`, the start of that day in the
 * institution's zone) or a date-time with an offset. Null when it is neither.
 */
export function parseDateOrInstant(value: string, timeZone: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfDayIn(value, timeZone) : parseInstantWithOffset(value);
}
