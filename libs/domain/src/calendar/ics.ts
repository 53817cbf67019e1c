import {
  formatOffset,
  isRepeatedWallClockTime,
  type LocalDateTime,
  localDateTime,
  timeZoneObservancesForYears,
} from './time-zone';

// An RFC 5545 (iCalendar) writer for board meetings: what calendar apps need to show, update and
// cancel an event, and nothing about patients (a calendar leaves the hospital's systems).

export type CalendarEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** A person on an event (RFC 5545 CAL-ADDRESS): a mailto: address, else another URI (urn:uuid:…). */
export interface CalendarPerson {
  name: string;
  /** Absolute URI: `mailto:someone@hospital.example` or `urn:uuid:…` for someone without an address. */
  address: string;
}

export interface CalendarAttendee extends CalendarPerson {
  /** RFC 5545 §3.2.16: CHAIR, REQ-PARTICIPANT (expected) or OPT-PARTICIPANT. */
  role: 'CHAIR' | 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';
  /** RFC 5545 §3.2.12 for an event: not yet known, present (accepted) or absent (declined). */
  status: 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED';
}

export interface CalendarEvent {
  /** Stable across every rendering of the same meeting, so apps update instead of duplicating it. */
  uid: string;
  /** Incremented on each significant change (time, place, cancellation). */
  sequence: number;
  status: CalendarEventStatus;
  start: Date;
  durationMinutes: number;
  /** IANA zone the times are written in (with a VTIMEZONE block). */
  timeZone: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** The video link: written as URL and repeated in the description, where every app shows it. */
  videoUrl?: string | null;
  created?: Date | null;
  lastModified?: Date | null;
  /** Who runs the event (the board's chair); a published event should name one (RFC 5546). */
  organizer?: CalendarPerson | null;
  attendees?: readonly CalendarAttendee[];
}

export interface CalendarOptions {
  productId: string;
  /** When this rendering was made (DTSTAMP of every event). */
  stamp: Date;
  /** Display name for a subscribed feed (X-WR-CALNAME). */
  name?: string | null;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * character; continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `20260329T140000Z` */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T` +
    `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** `20260329T160000` (a floating wall-clock time, qualified by a TZID parameter where used). */
export function formatLocalDateTime(l: LocalDateTime): string {
  return `${pad(l.year, 4)}${pad(l.month)}${pad(l.day)}T${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`;
}

// A URI value is not TEXT (no escaping), but it must stay on its logical line.
const uri = (value: string) => value.replace(/[\u0000-\u001f\u007f\s]/g, '');

// Parameter values with characters other than letters, digits, '/', '_', '-', '+' and '.' are quoted.
const paramValue = (value: string) =>
  /^[A-Za-z0-9/_+.-]+$/.test(value) ? value : `"${value.replace(/"/g, '')}"`;

// A CN parameter is a param-value: quoted where needed, without the characters it cannot hold.
const commonName = (name: string) => paramValue(name.replace(/[\u0000-\u001f\u007f"]/g, '').trim() || '-');

const organizerLine = (p: CalendarPerson) => `ORGANIZER;CN=${commonName(p.name)}:${uri(p.address)}`;

const attendeeLine = (a: CalendarAttendee) =>
  `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=${a.role};PARTSTAT=${a.status};CN=${commonName(a.name)}:${uri(a.address)}`;

function vtimezone(timeZone: string, years: readonly number[]): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${paramValue(timeZone)}`];
  for (const o of timeZoneObservancesForYears(timeZone, years)) {
    lines.push(
      `BEGIN:${o.kind}`,
      `DTSTART:${formatLocalDateTime(o.start)}`,
      `TZOFFSETFROM:${formatOffset(o.offsetFrom, '')}`,
      `TZOFFSETTO:${formatOffset(o.offsetTo, '')}`,
      `END:${o.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function vevent(event: CalendarEvent, stamp: Date): string[] {
  if (!Number.isInteger(event.durationMinutes) || event.durationMinutes <= 0)
    throw new RangeError(`durationMinutes must be a whole number > 0, got ${event.durationMinutes}`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0)
    throw new RangeError(`sequence must be a whole number >= 0, got ${event.sequence}`);
  const tzid = paramValue(event.timeZone);
  // A start in the repeated hour of a fall-back night would be read as the first pass: UTC instead.
  const start = isRepeatedWallClockTime(event.start, event.timeZone)
    ? `DTSTART:${formatUtcDateTime(event.start)}`
    : `DTSTART;TZID=${tzid}:${formatLocalDateTime(localDateTime(event.start, event.timeZone))}`;
  const video = event.videoUrl ? uri(event.videoUrl) : null;
  const description = [event.description?.trim(), video ? `Video link: ${video}` : null]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcDateTime(stamp)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    start,
    // An exact duration rather than a wall-clock end, which a DST change can make missing or
    // ambiguous (a meeting ending in the repeated hour).
    `DURATION:PT${event.durationMinutes}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(video ? [`URL:${video}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(event.created ? [`CREATED:${formatUtcDateTime(event.created)}`] : []),
    ...(event.lastModified ? [`LAST-MODIFIED:${formatUtcDateTime(event.lastModified)}`] : []),
    ...(event.organizer ? [organizerLine(event.organizer)] : []),
    ...(event.attendees ?? []).map(attendeeLine),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A VCALENDAR with one VTIMEZONE per zone used (covering the events' years and one either side)
 * and one VEVENT per event: CRLF line ends, lines folded at 75 octets.
 */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
  ];
  const years = new Map<string, number[]>();
  for (const event of events) {
    years.set(event.timeZone, [...(years.get(event.timeZone) ?? []), event.start.getUTCFullYear()]);
  }
  for (const [timeZone, zoneYears] of [...years].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(...vtimezone(timeZone, zoneYears));
  for (const event of events) lines.push(...vevent(event, options.stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
