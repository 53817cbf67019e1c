import {
  type CalendarEvent,
  escapeText,
  foldLine,
  formatLocalDateTime,
  formatUtcDateTime,
  renderCalendar,
} from './ics';

const stamp = new Date('2026-11-27T09:00:00Z');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const contentLines = (text: string) => unfold(text).split('\r\n').filter(Boolean);

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: '3f0c6c1e-8d1e-4c7b-9a51-2b1f6f2f0a11@consilium',
    sequence: 0,
    status: 'CONFIRMED',
    start: new Date('2026-03-29T14:00:00Z'),
    durationMinutes: 90,
    timeZone: 'Europe/Amsterdam',
    summary: 'Hepatobiliary MDT',
    ...overrides,
  };
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\r\ntwo\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('drops control characters other than tab', () => {
    expect(escapeText('bell\u0007\ttab')).toBe('bell\ttab');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBe(3);
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'🩺'.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    // A lone surrogate would be half a character.
    expect(
      physical.every(
        (l) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(l),
      ),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
    // 8 + 50×2 + 20×4 = 188 octets: more than two lines.
    expect(physical.length).toBe(3);
  });
});

describe('date-time values', () => {
  it('writes UTC with Z and wall-clock times without', () => {
    expect(formatUtcDateTime(new Date('2026-03-29T14:05:09.999Z'))).toBe('20260329T140509Z');
    expect(formatLocalDateTime({ year: 2026, month: 3, day: 9, hour: 7, minute: 5, second: 0 })).toBe(
      '20260309T070500',
    );
  });
});

describe('renderCalendar', () => {
  it('writes a VCALENDAR with CRLF line ends only, and every physical line within 75 octets', () => {
    const text = renderCalendar([event({ description: 'x'.repeat(300), location: 'Room 4.12, Tower; B' })], {
      productId: '-//Consilium//Tumour boards//EN',
      stamp,
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const lines = contentLines(text);
    expect(lines).toContain('PRODID:-//Consilium//Tumour boards//EN');
    expect(lines).toContain('LOCATION:Room 4.12\\, Tower\\; B');
    expect(lines).toContain(`DESCRIPTION:${'x'.repeat(300)}`);
  });

  it('writes the event with a stable UID, DTSTAMP, sequence, status and zoned start and end', () => {
    const lines = contentLines(
      renderCalendar([event({ sequence: 3 })], { productId: '-//Consilium//EN', stamp }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'UID:3f0c6c1e-8d1e-4c7b-9a51-2b1f6f2f0a11@consilium',
        'DTSTAMP:20261127T090000Z',
        'SEQUENCE:3',
        'STATUS:CONFIRMED',
        'DTSTART;TZID=Europe/Amsterdam:20260329T160000',
        'DURATION:PT90M',
        'SUMMARY:Hepatobiliary MDT',
        'END:VEVENT',
      ]),
    );
  });

  it('includes a VTIMEZONE for Europe/Amsterdam with the 2026 changes as local onsets', () => {
    const text = renderCalendar([event()], { productId: '-//Consilium//EN', stamp });
    const lines = contentLines(text);
    const block = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(block[1]).toBe('TZID:Europe/Amsterdam');
    const daylight = block.indexOf('DTSTART:20260329T020000');
    expect(block.slice(daylight - 1, daylight + 4)).toEqual([
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
    ]);
    const standard = block.indexOf('DTSTART:20261025T030000');
    expect(block.slice(standard - 1, standard + 4)).toEqual([
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
    ]);
    // The VTIMEZONE comes before the event that refers to it.
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('keeps the real length of a meeting across the autumn change (02:00 CEST + 120 min = 03:00 CET)', () => {
    const lines = contentLines(
      renderCalendar([event({ start: new Date('2026-10-25T00:00:00Z'), durationMinutes: 120 })], {
        productId: '-//Consilium//EN',
        stamp,
      }),
    );
    // The first pass through 02:00, as a bare local time means; a wall-clock end would say 1 hour.
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261025T020000');
    expect(lines).toContain('DURATION:PT120M');
    expect(lines.some((l) => l.startsWith('DTEND'))).toBe(false);
  });

  it('writes a start in the repeated hour (the second 02:30 of 2026-10-25) in UTC, which is unambiguous', () => {
    const lines = contentLines(
      renderCalendar([event({ start: new Date('2026-10-25T01:30:00Z'), durationMinutes: 30 })], {
        productId: '-//Consilium//EN',
        stamp,
      }),
    );
    expect(lines).toContain('DTSTART:20261025T013000Z');
    expect(lines.some((l) => l.startsWith('DTSTART;TZID'))).toBe(false);
  });

  it('writes a meeting across the spring change in local time (01:30 CET, 60 real minutes)', () => {
    const lines = contentLines(
      renderCalendar([event({ start: new Date('2026-03-29T00:30:00Z'), durationMinutes: 60 })], {
        productId: '-//Consilium//EN',
        stamp,
      }),
    );
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260329T013000');
    expect(lines).toContain('DURATION:PT60M');
  });

  it('writes Asia/Tokyo with one fixed observance', () => {
    const lines = contentLines(
      renderCalendar([event({ timeZone: 'Asia/Tokyo' })], { productId: '-//Consilium//EN', stamp }),
    );
    expect(lines).toContain('DTSTART;TZID=Asia/Tokyo:20260329T230000');
    expect(lines).toContain('DURATION:PT90M');
    expect(lines.filter((l) => l.startsWith('TZOFFSETTO:'))).toEqual(['TZOFFSETTO:+0900']);
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT')).toEqual([]);
  });

  it('writes America/New_York in EDT with its March and November changes', () => {
    const lines = contentLines(
      renderCalendar(
        [
          event({
            timeZone: 'America/New_York',
            start: new Date('2026-03-09T13:00:00Z'),
            durationMinutes: 60,
          }),
        ],
        { productId: '-//Consilium//EN', stamp },
      ),
    );
    expect(lines).toContain('DTSTART;TZID=America/New_York:20260309T090000');
    expect(lines).toContain('DTSTART:20260308T020000');
    expect(lines).toContain('DTSTART:20261101T020000');
    expect(lines).toContain('TZOFFSETFROM:-0500');
    expect(lines).toContain('TZOFFSETTO:-0400');
  });

  it('marks a cancelled meeting and carries the video link as URL and in the description', () => {
    const lines = contentLines(
      renderCalendar(
        [
          event({
            status: 'CANCELLED',
            sequence: 2,
            description: 'Board: Hepatobiliary MDT\nChair: Dr A',
            videoUrl: 'https://video.example/room?id=1,2;x',
          }),
        ],
        { productId: '-//Consilium//EN', stamp, name: 'Dr A, boards' },
      ),
    );
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('URL:https://video.example/room?id=1,2;x');
    expect(lines).toContain(
      'DESCRIPTION:Board: Hepatobiliary MDT\\nChair: Dr A\\n\\nVideo link: https://video.example/room?id=1\\,2\\;x',
    );
    expect(lines).toContain('X-WR-CALNAME:Dr A\\, boards');
  });

  it('writes one VTIMEZONE per zone and an empty calendar without any', () => {
    const both = contentLines(
      renderCalendar([event(), event({ uid: 'b@consilium', timeZone: 'Asia/Tokyo' }), event({ uid: 'c' })], {
        productId: '-//Consilium//EN',
        stamp,
      }),
    );
    expect(both.filter((l) => l.startsWith('TZID:'))).toEqual(['TZID:Asia/Tokyo', 'TZID:Europe/Amsterdam']);
    expect(both.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    const empty = contentLines(renderCalendar([], { productId: '-//Consilium//EN', stamp }));
    expect(empty).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Consilium//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'END:VCALENDAR',
    ]);
  });

  it('names the chair as ORGANIZER and each expected person as ATTENDEE with role and status', () => {
    const text = renderCalendar(
      [
        event({
          organizer: { name: 'Dr. Ana Ruiz, Surgery', address: 'mailto:ana.ruiz@hospital.example' },
          attendees: [
            {
              name: 'Dr. Ana Ruiz, Surgery',
              address: 'mailto:ana.ruiz@hospital.example',
              role: 'CHAIR',
              status: 'ACCEPTED',
            },
            {
              name: 'Jo "JJ" Smith',
              address: 'urn:uuid:9b2e6f9c-4a4f-4b8e-9f6e-1d2c3b4a5f60',
              role: 'REQ-PARTICIPANT',
              status: 'NEEDS-ACTION',
            },
          ],
        }),
      ],
      { productId: '-//Test//EN', stamp },
    );
    const lines = contentLines(text);
    expect(lines).toContain('ORGANIZER;CN="Dr. Ana Ruiz, Surgery":mailto:ana.ruiz@hospital.example');
    expect(lines).toContain(
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Dr. Ana Ruiz, Surgery":mailto:ana.ruiz@hospital.example',
    );
    // A double quote cannot appear in a parameter value, quoted or not: it is dropped.
    expect(lines).toContain(
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Jo JJ Smith":urn:uuid:9b2e6f9c-4a4f-4b8e-9f6e-1d2c3b4a5f60',
    );
    expect(lines.indexOf('END:VEVENT')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('ATTENDEE')));
  });

  it('refuses a meeting without length or with a negative sequence', () => {
    expect(() =>
      renderCalendar([event({ durationMinutes: 0 })], { productId: '-//Consilium//EN', stamp }),
    ).toThrow(RangeError);
    expect(() => renderCalendar([event({ sequence: -1 })], { productId: '-//Consilium//EN', stamp })).toThrow(
      RangeError,
    );
  });
});
