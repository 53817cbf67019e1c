import { describe, expect, it } from 'vitest';

import { summariseDetails } from './audit-details';
import { auditQuery, instantOfLocalTime, readAuditFilter } from './audit-filter';

const ID = '3f2b9c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b';

describe('instantOfLocalTime', () => {
  it('reads a wall-clock time in the institution’s zone, winter and summer', () => {
    expect(instantOfLocalTime('2026-01-15T08:00', 'Europe/Madrid')).toBe('2026-01-15T07:00:00.000Z');
    expect(instantOfLocalTime('2026-07-15T08:00', 'Europe/Madrid')).toBe('2026-07-15T06:00:00.000Z');
    expect(instantOfLocalTime('2026-07-15T08:00:30', 'America/New_York')).toBe('2026-07-15T12:00:30.000Z');
  });

  it('finds the right offset on either side of a change of offset', () => {
    // Madrid moves to summer time at 02:00 on 29 March 2026.
    expect(instantOfLocalTime('2026-03-29T01:30', 'Europe/Madrid')).toBe('2026-03-29T00:30:00.000Z');
    expect(instantOfLocalTime('2026-03-29T03:30', 'Europe/Madrid')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a time', () => {
    expect(instantOfLocalTime('2026-02-30T08:00', 'UTC')).toBeNull();
    expect(instantOfLocalTime('2026-01-15T24:00', 'UTC')).toBeNull();
    expect(instantOfLocalTime('yesterday', 'UTC')).toBeNull();
  });
});

describe('the filters in the address', () => {
  it('become the API’s query, times as instants', () => {
    const filter = readAuditFilter(
      new URLSearchParams({
        actorId: ID.toUpperCase(),
        entityType: 'board_case',
        entityId: ID,
        action: 'case.accept',
        outcome: 'denied',
        from: '2026-01-15T08:00',
        to: '2026-01-16T00:00',
      }),
    );
    expect(auditQuery(filter, 'Europe/Madrid')).toEqual({
      actorId: ID,
      entityType: 'board_case',
      entityId: ID,
      action: 'case.accept',
      outcome: 'denied',
      from: '2026-01-15T07:00:00.000Z',
      to: '2026-01-15T23:00:00.000Z',
    });
  });

  it('leave out what the API would refuse', () => {
    const filter = readAuditFilter(
      new URLSearchParams({
        actorId: 'not-an-id',
        entityType: 'Robert"); DROP',
        outcome: 'maybe',
        from: 'soon',
        action: 'x'.repeat(81),
      }),
    );
    expect(auditQuery(filter, 'UTC')).toEqual({});
  });
});

describe('summariseDetails', () => {
  it('says which fields an update changed, never their values', () => {
    expect(
      summariseDetails({
        before: { email: 'old@h.org', role: 'clinician' },
        after: { email: 'new@h.org', role: 'admin' },
        passwordChanged: true,
      }),
    ).toEqual(['changed: email, role', 'passwordChanged: true']);
  });

  it('names what a create set, a transition, listed ids by count and failed attempts by code', () => {
    expect(summariseDetails({ after: { fullName: 'X', discipline: 'surgery' } })).toEqual([
      'fields: fullName, discipline',
    ]);
    expect(summariseDetails({ from: 'accepted', to: 'scheduled', meetingId: ID })).toEqual([
      'state: accepted → scheduled',
      `meetingId: ${ID}`,
    ]);
    expect(summariseDetails({ listed: [ID, ID, ID] })).toEqual(['listed: 3']);
    expect(summariseDetails({ code: 'NOT_PRESENT', permission: 'plans.vote' })).toEqual([
      'code: NOT_PRESENT',
      'permission: plans.vote',
    ]);
    expect(summariseDetails({ caseState: { from: null, to: 'scheduled' } })).toEqual([
      'caseState: — → scheduled',
    ]);
    expect(summariseDetails({ changedFields: ['ecog', 'lesions'] })).toEqual([
      'changedFields: ecog, lesions',
    ]);
    expect(summariseDetails(null)).toEqual([]);
  });

  it('clips a long value', () => {
    const [part] = summariseDetails({ reason: 'x'.repeat(500) });
    expect(part?.length).toBe(160);
    expect(part?.endsWith('…')).toBe(true);
  });
});
