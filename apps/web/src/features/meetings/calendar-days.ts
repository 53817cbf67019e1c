import { calendarDateIn, formatOffset, localDateTime, offsetMinutesAt } from '@consilium/domain';

// Calendar days are plain dates (YYYY-MM-DD), counted on the UTC calendar so that no browser zone or
// daylight-saving change can shift them; which day an instant falls on is the institution's zone's
// business (`calendarDateIn`), as the API's `localStartsAt` already says.

export type CalendarView = 'week' | 'month' | 'list';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['week', 'month', 'list'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`expected a calendar date, got ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date (2026-02-30 is not one). */
export function isCalendarDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** The first of the month `months` away from the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = new Date(toUtcMs(date));
  return fromUtcMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

export function startOfMonth(date: string): string {
  return addMonths(date, 0);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: string): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week holding `date`: weeks start on Monday. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** `date` as a UTC midnight `Date`, for Intl formatting with `timeZone: 'UTC'`. */
export function dateAtUtcMidnight(date: string): Date {
  return new Date(toUtcMs(date));
}

/** What the calendar shows: the days (whole weeks for the grids), and the range to ask the API for. */
export interface VisibleRange {
  view: CalendarView;
  /** First day asked for (inclusive). */
  from: string;
  /** Day after the last one asked for (exclusive), as the API's `to` means it. */
  to: string;
  /** The grids' weeks, Monday first; empty for the list. */
  weeks: string[][];
  /** The month a month grid (or the list) is about; days outside it are shown dimmed. */
  month: string | null;
}

function weeksBetween(from: string, to: string): string[][] {
  const weeks: string[][] = [];
  for (let monday = from; monday < to; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}

export function visibleRange(view: CalendarView, date: string): VisibleRange {
  if (view === 'week') {
    const from = startOfWeek(date);
    const to = addDays(from, 7);
    return { view, from, to, weeks: weeksBetween(from, to), month: null };
  }
  const month = startOfMonth(date);
  const nextMonth = addMonths(date, 1);
  if (view === 'list') return { view, from: month, to: nextMonth, weeks: [], month };
  // Whole weeks around the month: the first Monday on or before the 1st, to the Sunday on or after the end.
  const from = startOfWeek(month);
  const to = addDays(startOfWeek(addDays(nextMonth, -1)), 7);
  return { view, from, to, weeks: weeksBetween(from, to), month };
}

/** The date the previous / next button goes to: a week away in the week view, else a month. */
export function stepDate(view: CalendarView, date: string, direction: 1 | -1): string {
  return view === 'week' ? addDays(startOfWeek(date), 7 * direction) : addMonths(date, direction);
}

/** Today in the institution's zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return calendarDateIn(now, timeZone);
}

/** A wall-clock start in a zone, resolved to the instant the API needs (with its offset). */
export type ZonedStart =
  | { ok: true; startsAt: string; offsetMinutes: number; instant: Date }
  | { ok: false; reason: 'invalid' | 'skipped' };

const TIME = /^(\d{2}):(\d{2})$/;

/**
 * `2026-03-30` at `15:00` in Europe/Madrid → `2026-03-30T15:00:00+02:00`. The offset is the zone's on
 * that date (the domain's time-zone arithmetic), not the browser's. A time the clocks skip when they
 * go forward does not exist and is refused; a time they pass twice going back means the first pass.
 */
export function zonedStart(date: string, time: string, timeZone: string): ZonedStart {
  const t = TIME.exec(time);
  if (!isCalendarDate(date) || !t) return { ok: false, reason: 'invalid' };
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return { ok: false, reason: 'invalid' };
  const wallClockAsUtc = toUtcMs(date) + (hour * 60 + minute) * 60_000;
  // The zone's offsets around that wall-clock time: a change, if any, lies between them.
  const candidates = [-12, 12]
    .map((hours) => offsetMinutesAt(new Date(wallClockAsUtc + hours * 3_600_000), timeZone))
    .map((offset) => ({ offset, ms: wallClockAsUtc - offset * 60_000 }))
    .filter(({ offset, ms }) => offsetMinutesAt(new Date(ms), timeZone) === offset)
    .sort((a, b) => a.ms - b.ms);
  const first = candidates[0];
  if (!first) return { ok: false, reason: 'skipped' };
  const instant = new Date(first.ms);
  const local = localDateTime(instant, timeZone);
  if (local.hour !== hour || local.minute !== minute) return { ok: false, reason: 'skipped' };
  return {
    ok: true,
    startsAt: `${date}T${time}:00${formatOffset(first.offset)}`,
    offsetMinutes: first.offset,
    instant,
  };
}

/** The date and the time (HH:MM) of an API `localStartsAt` (`2026-03-30T15:00:00+02:00`). */
export function splitLocal(localDateTimeWithOffset: string): { date: string; time: string } {
  return { date: localDateTimeWithOffset.slice(0, 10), time: localDateTimeWithOffset.slice(11, 16) };
}
