// The range a reader picks: calendar days, both ends included, as the institution's people count them.
// The API takes plain dates (midnight in the institution's zone) with an exclusive end.

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The API's limit on a range (MAX_METRICS_DAYS): two years, a leap day included. */
export const MAX_RANGE_DAYS = 731;

export interface DateRange {
  /** First day, included (YYYY-MM-DD). */
  from: string;
  /** Last day, included (YYYY-MM-DD). */
  to: string;
}

export type RangeProblem = 'order' | 'tooLong';

function utcDay(value: string): number | null {
  const match = PLAIN_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  // 2026-02-30 is not a day.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return time;
}

function plain(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function isPlainDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && utcDay(value) !== null;
}

/** The day after a calendar day: the API's exclusive end for a range that includes `day`. */
export function nextDay(day: string): string {
  const time = utcDay(day);
  if (time === null) throw new RangeError(`not a calendar date: ${day}`);
  return plain(time + DAY_MS);
}

/** The reader's calendar day (their device's), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  return plain(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/**
 * The last twelve months: this month so far and the eleven before it, whole, so that each bar of the
 * monthly chart is a calendar month and the first one is not cut.
 */
export function defaultRange(now: Date): DateRange {
  const from = plain(Date.UTC(now.getFullYear(), now.getMonth() - 11, 1));
  return { from, to: localDay(now) };
}

/** Why the API would refuse this range, if it would. */
export function rangeProblem({ from, to }: DateRange): RangeProblem | null {
  const start = utcDay(from);
  const end = utcDay(to);
  if (start === null || end === null) return null;
  if (end < start) return 'order';
  if (end + DAY_MS - start > MAX_RANGE_DAYS * DAY_MS) return 'tooLong';
  return null;
}

/** The query the API answers for a range (its end exclusive) and a board type, if one is chosen. */
export function metricsQuery(range: DateRange, boardType: string | null) {
  return {
    from: range.from,
    to: nextDay(range.to),
    ...(boardType ? { boardType } : {}),
  };
}
