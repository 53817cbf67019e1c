import { canSetCurrentCase, endsMeetingStream, MEETING_EVENT_KINDS } from './meeting-events';

describe('the current case of a meeting', () => {
  const chair = '00000000-0000-4000-8000-0000000000c1';
  const base = { chairSpecialistId: chair, meetingState: 'in_progress' as const };

  it('is moved by the chair or a coordinator while the meeting is in progress', () => {
    expect(canSetCurrentCase({ ...base, role: 'clinician', callerSpecialistId: chair })).toEqual({
      ok: true,
    });
    expect(canSetCurrentCase({ ...base, role: 'coordinator', callerSpecialistId: null })).toEqual({
      ok: true,
    });
  });

  it('is not moved by another clinician or an admin', () => {
    for (const caller of [
      { role: 'clinician' as const, callerSpecialistId: '00000000-0000-4000-8000-0000000000c2' },
      { role: 'admin' as const, callerSpecialistId: null },
    ]) {
      expect(canSetCurrentCase({ ...base, ...caller })).toMatchObject({
        ok: false,
        code: 'NOT_CHAIR_OR_COORDINATOR',
      });
    }
  });

  it('is not moved before the meeting starts or after it closes', () => {
    for (const meetingState of ['planned', 'closed', 'cancelled'] as const) {
      expect(
        canSetCurrentCase({ ...base, meetingState, role: 'coordinator', callerSpecialistId: null }),
      ).toMatchObject({ ok: false, code: 'MEETING_NOT_IN_PROGRESS', state: meetingState });
    }
  });
});

describe('meeting events', () => {
  it('end the stream only when the meeting closes', () => {
    expect(MEETING_EVENT_KINDS.filter(endsMeetingStream)).toEqual(['meeting_closed']);
  });
});
