import {
  formatInTimeZone,
  formatOffset,
  instantOfLocalDateTime,
  isRepeatedWallClockTime,
  isValidTimeZone,
  localDateTime,
  offsetMinutesAt,
  parseInstantWithOffset,
  timeZoneObservances,
  timeZoneObservancesForYears,
  zoneTransitions,
} from './time-zone';

const at = (iso: string) => new Date(iso);

describe('formatInTimeZone', () => {
  it('writes the wall-clock time with the offset in force at that instant', () => {
    expect(formatInTimeZone(at('2026-03-29T14:00:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-03-29T16:00:00+02:00',
    );
    expect(formatInTimeZone(at('2026-01-15T14:00:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-01-15T15:00:00+01:00',
    );
    expect(formatInTimeZone(at('2026-03-29T14:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-29T23:00:00+09:00');
    expect(formatInTimeZone(at('2026-03-29T14:00:00Z'), 'UTC')).toBe('2026-03-29T14:00:00+00:00');
    expect(formatInTimeZone(at('2026-03-29T14:00:00Z'), 'Asia/Kolkata')).toBe('2026-03-29T19:30:00+05:30');
  });

  it('crosses midnight into the local date', () => {
    expect(formatInTimeZone(at('2026-06-30T23:30:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-07-01T01:30:00+02:00',
    );
    expect(formatInTimeZone(at('2026-07-01T02:00:00Z'), 'America/New_York')).toBe(
      '2026-06-30T22:00:00-04:00',
    );
  });

  describe('Europe/Amsterdam around the spring change (2026-03-29, 02:00 CET → 03:00 CEST)', () => {
    it('is on CET one minute before and on CEST at the change; 02:xx never happens', () => {
      expect(formatInTimeZone(at('2026-03-29T00:59:00Z'), 'Europe/Amsterdam')).toBe(
        '2026-03-29T01:59:00+01:00',
      );
      expect(formatInTimeZone(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toBe(
        '2026-03-29T03:00:00+02:00',
      );
    });
  });

  describe('Europe/Amsterdam around the autumn change (2026-10-25, 03:00 CEST → 02:00 CET)', () => {
    it('shows 02:30 twice, told apart by the offset', () => {
      expect(formatInTimeZone(at('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toBe(
        '2026-10-25T02:30:00+02:00',
      );
      expect(formatInTimeZone(at('2026-10-25T01:30:00Z'), 'Europe/Amsterdam')).toBe(
        '2026-10-25T02:30:00+01:00',
      );
    });
  });

  describe('America/New_York (2026-03-08 and 2026-11-01)', () => {
    it('moves from EST to EDT and back', () => {
      expect(formatInTimeZone(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(
        '2026-03-08T01:59:00-05:00',
      );
      expect(formatInTimeZone(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(
        '2026-03-08T03:00:00-04:00',
      );
      expect(formatInTimeZone(at('2026-11-01T05:30:00Z'), 'America/New_York')).toBe(
        '2026-11-01T01:30:00-04:00',
      );
      expect(formatInTimeZone(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe(
        '2026-11-01T01:30:00-05:00',
      );
    });
  });
});

describe('offsetMinutesAt and localDateTime', () => {
  it('gives the offset in minutes, east positive', () => {
    expect(offsetMinutesAt(at('2026-07-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(offsetMinutesAt(at('2026-12-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(60);
    expect(offsetMinutesAt(at('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(at('2026-07-01T12:00:00.999Z'), 'Asia/Tokyo')).toBe(540);
  });

  it('writes midnight as hour 0', () => {
    expect(localDateTime(at('2026-03-28T23:00:00Z'), 'Europe/Amsterdam')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });

  it('refuses an invalid date', () => {
    expect(() => offsetMinutesAt(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('instantOfLocalDateTime', () => {
  const local = (year: number, month: number, day: number, hour: number, minute = 0) => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
  });

  it('reads a wall-clock time with the offset in force then', () => {
    expect(instantOfLocalDateTime(local(2026, 3, 28, 16), 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-28T15:00:00.000Z',
    );
    expect(instantOfLocalDateTime(local(2026, 3, 29, 16), 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T14:00:00.000Z',
    );
    expect(instantOfLocalDateTime(local(2026, 4, 5, 9, 30), 'Asia/Kolkata').toISOString()).toBe(
      '2026-04-05T04:00:00.000Z',
    );
  });

  it('moves a time in the spring-forward gap by the missing hour', () => {
    // 02:30 does not exist in Amsterdam on 2026-03-29: read as 01:30Z, which is 03:30 summer time.
    expect(instantOfLocalDateTime(local(2026, 3, 29, 2, 30), 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('reads a repeated time of the fall-back night as its first pass', () => {
    expect(instantOfLocalDateTime(local(2026, 10, 25, 2, 30), 'Europe/Amsterdam').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});

describe('formatOffset', () => {
  it('signs and pads, with or without a separator', () => {
    expect(formatOffset(120)).toBe('+02:00');
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(345, '')).toBe('+0545');
    expect(formatOffset(-150, '')).toBe('-0230');
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses the rest', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('parseInstantWithOffset', () => {
  it('reads Z and ±hh:mm offsets to the same instant', () => {
    expect(parseInstantWithOffset('2026-03-29T16:00:00+02:00')?.toISOString()).toBe(
      '2026-03-29T14:00:00.000Z',
    );
    expect(parseInstantWithOffset('2026-03-29T14:00:00Z')?.toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(parseInstantWithOffset('2026-03-29T09:00-05:00')?.toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(parseInstantWithOffset('2026-03-29T14:00:00.5Z')?.toISOString()).toBe('2026-03-29T14:00:00.500Z');
    expect(parseInstantWithOffset('2026-03-29T19:30:00+05:30')?.toISOString()).toBe(
      '2026-03-29T14:00:00.000Z',
    );
  });

  it('refuses a time without an offset, whose meaning depends on where it is read', () => {
    expect(parseInstantWithOffset('2026-03-29T16:00:00')).toBeNull();
    expect(parseInstantWithOffset('2026-03-29')).toBeNull();
  });

  it('refuses impossible fields that Date would roll over', () => {
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-03-29T24:00:00Z',
      '2026-03-29T10:60:00Z',
      '2026-03-29T10:00:60Z',
      '2026-03-29T10:00:00+15:00',
      '2026-03-29T10:00:00+0200',
      '2026-03-29T10:00:00.1234Z',
      ' 2026-03-29T10:00:00Z',
      'yesterday',
    ]) {
      expect({ bad, parsed: parseInstantWithOffset(bad) }).toEqual({ bad, parsed: null });
    }
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseInstantWithOffset('2028-02-29T10:00:00Z')).not.toBeNull();
    expect(parseInstantWithOffset('2026-02-29T10:00:00Z')).toBeNull();
  });
});

describe('zoneTransitions', () => {
  it('finds both 2026 changes of Europe/Amsterdam to the minute', () => {
    expect(zoneTransitions('Europe/Amsterdam', 2026, 2026)).toEqual([
      { at: at('2026-03-29T01:00:00Z'), offsetBefore: 60, offsetAfter: 120 },
      { at: at('2026-10-25T01:00:00Z'), offsetBefore: 120, offsetAfter: 60 },
    ]);
  });

  it('finds the 2026 changes of America/New_York', () => {
    expect(zoneTransitions('America/New_York', 2026, 2026)).toEqual([
      { at: at('2026-03-08T07:00:00Z'), offsetBefore: -300, offsetAfter: -240 },
      { at: at('2026-11-01T06:00:00Z'), offsetBefore: -240, offsetAfter: -300 },
    ]);
  });

  it('finds none in a zone without daylight saving time', () => {
    expect(zoneTransitions('Asia/Tokyo', 2025, 2027)).toEqual([]);
    expect(zoneTransitions('UTC', 2026, 2026)).toEqual([]);
  });

  it('refuses an unreasonable range', () => {
    expect(() => zoneTransitions('UTC', 2027, 2026)).toThrow(RangeError);
    expect(() => zoneTransitions('UTC', 2000, 2100)).toThrow(RangeError);
  });
});

describe('timeZoneObservances', () => {
  it('gives Europe/Amsterdam an opening standard time, then summer and winter time with local onsets', () => {
    expect(timeZoneObservances('Europe/Amsterdam', 2026, 2026)).toEqual([
      {
        kind: 'STANDARD',
        start: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
        offsetFrom: 60,
        offsetTo: 60,
      },
      {
        kind: 'DAYLIGHT',
        start: { year: 2026, month: 3, day: 29, hour: 2, minute: 0, second: 0 },
        offsetFrom: 60,
        offsetTo: 120,
      },
      {
        kind: 'STANDARD',
        start: { year: 2026, month: 10, day: 25, hour: 3, minute: 0, second: 0 },
        offsetFrom: 120,
        offsetTo: 60,
      },
    ]);
  });

  it('gives a zone without DST a single standard observance', () => {
    expect(timeZoneObservances('Asia/Tokyo', 2025, 2027)).toEqual([
      {
        kind: 'STANDARD',
        start: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
        offsetFrom: 540,
        offsetTo: 540,
      },
    ]);
  });

  it('opens the southern summer as daylight time (Australia/Sydney starts the year on DST)', () => {
    const [opening, first] = timeZoneObservances('Australia/Sydney', 2026, 2026);
    expect(opening).toMatchObject({ kind: 'DAYLIGHT', offsetFrom: 660, offsetTo: 660 });
    expect(first).toMatchObject({
      kind: 'STANDARD',
      start: { year: 2026, month: 4, day: 5, hour: 3, minute: 0 },
      offsetFrom: 660,
      offsetTo: 600,
    });
  });
});

describe('timeZoneObservancesForYears', () => {
  it('covers each year with its neighbours, and opens a distant block on its first day', () => {
    const observances = timeZoneObservancesForYears('Europe/Amsterdam', [2026, 2026, 2090]);
    // 2025–2027: opening + 6 changes; 2089–2091: opening + 6 changes.
    expect(observances).toHaveLength(14);
    expect(observances[0].start.year).toBe(1970);
    expect(observances[7]).toEqual({
      kind: 'STANDARD',
      start: { year: 2089, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
      offsetFrom: 60,
      offsetTo: 60,
    });
  });
});

describe('isRepeatedWallClockTime', () => {
  it('is true only for the second pass through the hour repeated when clocks go back', () => {
    const amsterdam = (iso: string) => isRepeatedWallClockTime(at(iso), 'Europe/Amsterdam');
    expect(amsterdam('2026-10-25T00:30:00Z')).toBe(false); // 02:30 CEST, the first pass
    expect(amsterdam('2026-10-25T01:00:00Z')).toBe(true); // 02:00 CET
    expect(amsterdam('2026-10-25T01:59:00Z')).toBe(true); // 02:59 CET
    expect(amsterdam('2026-10-25T02:00:00Z')).toBe(false); // 03:00 CET, never repeated
    expect(amsterdam('2026-03-29T01:30:00Z')).toBe(false); // spring: nothing repeats
    expect(isRepeatedWallClockTime(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe(true);
    expect(isRepeatedWallClockTime(at('2026-11-01T05:30:00Z'), 'America/New_York')).toBe(false);
    expect(isRepeatedWallClockTime(at('2026-11-01T06:30:00Z'), 'Asia/Tokyo')).toBe(false);
  });
});
