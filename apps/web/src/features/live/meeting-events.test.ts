import { describe, expect, it } from 'vitest';

import { EVENT_KINDS, type MeetingEvent, queryKeysFor } from './meeting-events';

const event = (kind: MeetingEvent['kind'], ids: Partial<MeetingEvent> = {}): MeetingEvent => ({
  id: '42',
  meetingId: 'm1',
  kind,
  caseId: 'c1',
  proposalId: null,
  occurredAt: '2026-12-01T10:00:00.000Z',
  ...ids,
});

describe('what a meeting event makes stale', () => {
  it('refetches the meeting for attendance, the current case, start and close', () => {
    for (const kind of ['meeting_started', 'attendance_changed', 'current_case_changed'] as const) {
      expect(queryKeysFor(event(kind, { caseId: null }))).toEqual([['meetings', 'm1']]);
    }
    expect(queryKeysFor(event('meeting_closed', { caseId: null }))).toEqual([['meetings', 'm1'], ['cases']]);
  });

  it("refetches a case's proposals for a proposal or a vote, its notes for a note", () => {
    expect(queryKeysFor(event('vote_cast', { proposalId: 'p1' }))).toEqual([['cases', 'c1', 'proposals']]);
    expect(queryKeysFor(event('proposal_added'))).toEqual([['cases', 'c1', 'proposals']]);
    expect(queryKeysFor(event('note_added'))).toEqual([['meetings', 'm1', 'cases', 'c1', 'notes']]);
  });

  it('refetches the whole case and the meeting when a plan is adopted or the case deferred', () => {
    expect(queryKeysFor(event('plan_adopted'))).toEqual([
      ['cases', 'c1'],
      ['meetings', 'm1'],
    ]);
    expect(queryKeysFor(event('case_deferred'))).toEqual([
      ['cases', 'c1'],
      ['meetings', 'm1'],
    ]);
  });

  it('has an answer for every kind the API sends', () => {
    for (const kind of EVENT_KINDS) expect(queryKeysFor(event(kind)).length).toBeGreaterThan(0);
  });
});
