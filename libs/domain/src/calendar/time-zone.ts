// Time-zone arithmetic on IANA zones through the runtime's own tz database (Intl), without a
// dependency. Instants are `Date`s (UTC); wall-clock times are plain fields in a named zone.

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Formatters are costly to build and immutable: one per zone for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23: midnight is 00, never 24 (some runtimes print 24:00 with hour12: false).
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone the runtime knows (`Europe/Amsterdam`, `UTC`); false for anything else. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('expected a valid date');
  return ms;
}

/** The wall-clock time of an instant in a zone (seconds truncated from milliseconds). */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  assertInstant(instant);
  const local: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in local) local[part.type as keyof LocalDateTime] = Number(part.value);
  }
  return local;
}

/** The offset of a zone whose wall clock reads `local` at the instant `ms`, in minutes. */
function offsetOf(local: LocalDateTime, ms: number): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // Both sides at whole seconds, so the difference is the offset exactly.
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The zone's offset from UTC at an instant, in minutes (east positive: Amsterdam in summer = 120). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  return offsetOf(localDateTime(instant, timeZone), assertInstant(instant));
}

/**
 * The instant a wall-clock time names in a zone. A time in the gap of a spring-forward night does
 * not exist there: it is read with the offset before the gap (02:30 → 03:30 summer time), as
 * calendar apps do. A repeated time of a fall-back night is read as its first pass.
 */
export function instantOfLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // The zone's offsets a day either side (no zone changes twice within two days): the instant is
  // the wall-clock time less one of them.
  const before = offsetMinutesAt(new Date(asUtc - DAY_MS), timeZone);
  const after = offsetMinutesAt(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [asUtc - before * MINUTE_MS, asUtc - after * MINUTE_MS].sort((a, b) => a - b);
  // The earliest candidate that is that wall-clock time there (the first pass of a repeated time).
  for (const candidate of candidates) {
    if (asUtc - offsetMinutesAt(new Date(candidate), timeZone) * MINUTE_MS === candidate) {
      return new Date(candidate);
    }
  }
  return new Date(asUtc - before * MINUTE_MS);
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** `+02:00`, `-05:00`, `+05:30` (or `+0200` with an empty separator, as iCalendar writes it). */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** An instant as ISO 8601 local time with its offset in a zone: `2026-03-29T16:00:00+02:00`. */
export function formatInTimeZone(instant: Date, timeZone: string): string {
  const l = localDateTime(instant, timeZone);
  // The offset from the same reading of the clock: one formatToParts, not two.
  const offset = offsetOf(l, instant.getTime());
  return (
    `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}` +
    formatOffset(offset)
  );
}

// Extended ISO 8601 with a mandatory offset: a time without one is ambiguous (whose 16:00?).
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses `2026-03-29T16:00:00+02:00` or `...Z` to an instant. Null when the offset is missing or any
 * field is out of range: `Date` would silently roll 2026-02-30 over to March.
 */
export function parseInstantWithOffset(value: string): Date | null {
  const m = INSTANT_WITH_OFFSET.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const dayStart = Date.UTC(year, month - 1, day);
  const check = new Date(dayStart);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  let offset = 0;
  if (m[8] !== 'Z') {
    const [hours, minutes] = [Number(m[10]), Number(m[11])];
    // Real offsets lie within ±14:00.
    if (hours > 14 || minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
    offset = (m[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return new Date(local - offset * MINUTE_MS);
}

export interface ZoneTransition {
  /** The first instant of the new offset. */
  at: Date;
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * The offset changes of a zone from the start of `fromYear` (UTC) to the end of `toYear`, found by
 * scanning day by day and narrowing each change to the minute. Transitions are months apart in
 * every zone's current rules, so a daily step cannot miss one.
 */
export function zoneTransitions(timeZone: string, fromYear: number, toYear: number): ZoneTransition[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear > 50)
    throw new RangeError(`expected a year range of at most 50 years, got ${fromYear}–${toYear}`);
  const end = Date.UTC(toYear + 1, 0, 1);
  const offsetAt = (ms: number) => offsetMinutesAt(new Date(ms), timeZone);
  const transitions: ZoneTransition[] = [];
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetAt(t);
  while (t < end) {
    const next = Math.min(t + DAY_MS, end);
    const nextOffset = offsetAt(next);
    if (nextOffset !== offset) {
      // Invariant: offsetAt(lo) is the old offset, offsetAt(hi) is not.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(mid) === offset) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: new Date(hi), offsetBefore: offset, offsetAfter: offsetAt(hi) });
    }
    t = next;
    offset = nextOffset;
  }
  return transitions;
}

export interface TimeZoneObservance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Wall-clock onset in the offset in force before it (RFC 5545 §3.6.5 DTSTART of an observance). */
  start: LocalDateTime;
  offsetFrom: number;
  offsetTo: number;
}

function wallClock(ms: number): LocalDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The observances of a VTIMEZONE covering `fromYear`..`toYear`: one opening observance from 1970
 * with the offset in force at the start of the range (so earlier times resolve too), then one per
 * transition. A change to a larger offset starts daylight time, to a smaller one standard time.
 */
export function timeZoneObservances(
  timeZone: string,
  fromYear: number,
  toYear: number,
): TimeZoneObservance[] {
  const transitions = zoneTransitions(timeZone, fromYear, toYear);
  const initialOffset = offsetMinutesAt(new Date(Date.UTC(fromYear, 0, 1)), timeZone);
  const first = transitions[0];
  // Before a change to daylight time the zone was on standard time, and the other way round.
  const initialKind: TimeZoneObservance['kind'] =
    first && first.offsetAfter < first.offsetBefore ? 'DAYLIGHT' : 'STANDARD';
  return [
    {
      kind: initialKind,
      start: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
      offsetFrom: initialOffset,
      offsetTo: initialOffset,
    },
    ...transitions.map((tr): TimeZoneObservance => ({
      kind: tr.offsetAfter > tr.offsetBefore ? 'DAYLIGHT' : 'STANDARD',
      start: wallClock(tr.at.getTime() + tr.offsetBefore * MINUTE_MS),
      offsetFrom: tr.offsetBefore,
      offsetTo: tr.offsetAfter,
    })),
  ];
}

/**
 * The observances covering some years (each with the year before and after, for events near New
 * Year in any zone): contiguous years are scanned together, and a later block opens with the
 * offset in force on its first day, so a far-future meeting does not cost a scan of every year
 * in between.
 */
export function timeZoneObservancesForYears(
  timeZone: string,
  years: readonly number[],
): TimeZoneObservance[] {
  const wanted = [...new Set(years.flatMap((y) => [y - 1, y, y + 1]))].sort((a, b) => a - b);
  const blocks: { from: number; to: number }[] = [];
  for (const year of wanted) {
    const last = blocks[blocks.length - 1];
    if (last && year === last.to + 1) last.to = year;
    else blocks.push({ from: year, to: year });
  }
  return blocks.flatMap((block, index) => {
    const observances = timeZoneObservances(timeZone, block.from, block.to);
    if (index === 0) return observances;
    const [opening, ...rest] = observances;
    return [
      { ...opening, start: { year: block.from, month: 1, day: 1, hour: 0, minute: 0, second: 0 } },
      ...rest,
    ];
  });
}

/**
 * True when the wall-clock time of `instant` already happened earlier that night: the second pass
 * through the hour repeated when clocks go back (02:30 CET on 2026-10-25 in Amsterdam). Such a
 * local time alone means the first pass (RFC 5545 §3.3.5), so it must be written in UTC instead.
 */
export function isRepeatedWallClockTime(instant: Date, timeZone: string): boolean {
  const ms = assertInstant(instant);
  const offset = offsetMinutesAt(instant, timeZone);
  // A few hours earlier is before any change that could repeat this wall-clock time.
  const earlierOffset = offsetMinutesAt(new Date(ms - 6 * 60 * MINUTE_MS), timeZone);
  if (earlierOffset <= offset) return false;
  const firstPass = ms - (earlierOffset - offset) * MINUTE_MS;
  return offsetMinutesAt(new Date(firstPass), timeZone) === earlierOffset;
}
