import { CASE_STATES, type CaseState } from './case-workflow';
import {
  type AdoptProposalFacts,
  canAdoptProposal,
  canPropose,
  canRecordAttendance,
  canVote,
  canWriteNote,
  mayAdoptAs,
  mayRecordAttendanceOf,
  type ProposeFacts,
  requireSpecialistProfile,
  type VoteFacts,
} from './meeting-actions';
import { MEETING_STATES, type MeetingState } from './meeting-workflow';
import { ROLES } from './roles';

const OTHER_CASE_STATES = CASE_STATES.filter((state) => state !== 'scheduled');
const NOT_IN_PROGRESS = MEETING_STATES.filter((state) => state !== 'in_progress');

describe('requireSpecialistProfile', () => {
  it('answers the profile id, so the caller needs no second check', () => {
    expect(requireSpecialistProfile('s1')).toEqual({ ok: true, specialistId: 's1' });
  });

  it('refuses an account without a profile', () => {
    for (const id of [null, '']) {
      expect(requireSpecialistProfile(id)).toEqual({
        ok: false,
        code: 'NO_SPECIALIST_PROFILE',
        message: 'only a clinician with a specialist profile may do this',
      });
    }
  });
});

describe('canPropose: a plan for a case on the agenda, before or during the meeting', () => {
  const facts = (overrides: Partial<ProposeFacts> = {}): ProposeFacts => ({
    callerSpecialistId: 's1',
    meetingState: 'in_progress',
    caseState: 'scheduled',
    onAgenda: true,
    present: true,
    ...overrides,
  });

  it('lets a present specialist propose during the meeting', () => {
    expect(canPropose(facts())).toEqual({ ok: true });
  });

  it('lets anyone with a profile propose before the meeting, present or not', () => {
    expect(canPropose(facts({ meetingState: 'planned', present: false }))).toEqual({ ok: true });
  });

  it('refuses a caller without a specialist profile', () => {
    expect(canPropose(facts({ callerSpecialistId: null }))).toMatchObject({ code: 'NO_SPECIALIST_PROFILE' });
  });

  it.each<MeetingState>(['closed', 'cancelled'])('refuses a %s meeting (MEETING_NOT_OPEN)', (state) => {
    expect(canPropose(facts({ meetingState: state }))).toEqual({
      ok: false,
      code: 'MEETING_NOT_OPEN',
      message: `plans are proposed before or during the meeting; the meeting is ${state}`,
      state,
    });
  });

  it.each(OTHER_CASE_STATES)('refuses a %s case (CASE_NOT_ON_AGENDA, naming its state)', (state) => {
    expect(canPropose(facts({ caseState: state }))).toMatchObject({ code: 'CASE_NOT_ON_AGENDA', state });
  });

  it("refuses a scheduled case that is on another meeting's agenda", () => {
    expect(canPropose(facts({ onAgenda: false }))).toEqual({
      ok: false,
      code: 'CASE_NOT_ON_AGENDA',
      message: 'the case is not scheduled on the agenda of this meeting (the case is scheduled)',
      state: 'scheduled',
    });
  });

  it('refuses a specialist not marked present during the meeting (NOT_PRESENT)', () => {
    expect(canPropose(facts({ present: false }))).toEqual({
      ok: false,
      code: 'NOT_PRESENT',
      message: 'only specialists marked present at the meeting may do this while it is in progress',
    });
  });

  it('reports the profile first, then the meeting, then the agenda, then presence', () => {
    const all = facts({
      callerSpecialistId: null,
      meetingState: 'closed',
      caseState: 'decided',
      onAgenda: false,
      present: false,
    });
    expect(canPropose(all)).toMatchObject({ code: 'NO_SPECIALIST_PROFILE' });
    expect(canPropose({ ...all, callerSpecialistId: 's1' })).toMatchObject({ code: 'MEETING_NOT_OPEN' });
    expect(canPropose({ ...all, callerSpecialistId: 's1', meetingState: 'in_progress' })).toMatchObject({
      code: 'CASE_NOT_ON_AGENDA',
    });
    expect(
      canPropose({
        ...all,
        callerSpecialistId: 's1',
        meetingState: 'in_progress',
        caseState: 'scheduled',
        onAgenda: true,
      }),
    ).toMatchObject({ code: 'NOT_PRESENT' });
  });
});

describe('canVote: present specialists, while the meeting is in progress, until the case is decided', () => {
  const facts = (overrides: Partial<VoteFacts> = {}): VoteFacts => ({
    callerSpecialistId: 's1',
    caseState: 'scheduled',
    meetingState: 'in_progress',
    present: true,
    onAgenda: true,
    vote: 'approve',
    comment: null,
    ...overrides,
  });

  it('takes an approval or an abstention without a comment, and a reject with one', () => {
    expect(canVote(facts())).toEqual({ ok: true });
    expect(canVote(facts({ vote: 'abstain', comment: undefined }))).toEqual({ ok: true });
    expect(canVote(facts({ vote: 'reject', comment: 'FLR too small for this resection' }))).toEqual({
      ok: true,
    });
  });

  it('refuses a caller without a specialist profile', () => {
    expect(canVote(facts({ callerSpecialistId: null }))).toMatchObject({ code: 'NO_SPECIALIST_PROFILE' });
  });

  it.each<CaseState>(['decided', 'closed'])('refuses a %s case (CASE_DECIDED)', (state) => {
    expect(canVote(facts({ caseState: state }))).toEqual({
      ok: false,
      code: 'CASE_DECIDED',
      message: `the board has decided this case (it is ${state}); votes can no longer change`,
      state,
    });
  });

  it.each(NOT_IN_PROGRESS)('refuses while the meeting is %s (MEETING_NOT_IN_PROGRESS)', (state) => {
    expect(canVote(facts({ meetingState: state }))).toEqual({
      ok: false,
      code: 'MEETING_NOT_IN_PROGRESS',
      message: `votes are cast while the meeting is in progress; it is ${state}`,
      state,
    });
  });

  it('refuses a specialist not marked present (NOT_PRESENT)', () => {
    expect(canVote(facts({ present: false }))).toMatchObject({ code: 'NOT_PRESENT' });
  });

  it.each<CaseState>(['deferred', 'accepted', 'withdrawn'])(
    'refuses a %s case (CASE_NOT_ON_AGENDA)',
    (state) => {
      expect(canVote(facts({ caseState: state }))).toMatchObject({ code: 'CASE_NOT_ON_AGENDA', state });
    },
  );

  it("refuses a scheduled case that is not on this meeting's agenda", () => {
    expect(canVote(facts({ onAgenda: false }))).toMatchObject({
      code: 'CASE_NOT_ON_AGENDA',
      state: 'scheduled',
    });
  });

  it('refuses a reject without a comment (REJECT_NEEDS_COMMENT)', () => {
    for (const comment of [null, undefined, '', '  ']) {
      expect(canVote(facts({ vote: 'reject', comment }))).toMatchObject({ code: 'REJECT_NEEDS_COMMENT' });
    }
  });

  it('reports a decided case before the meeting state, presence, the agenda and the comment', () => {
    const all = facts({
      caseState: 'decided',
      meetingState: 'closed',
      present: false,
      onAgenda: false,
      vote: 'reject',
      comment: null,
    });
    expect(canVote(all)).toMatchObject({ code: 'CASE_DECIDED' });
    expect(canVote({ ...all, callerSpecialistId: null })).toMatchObject({ code: 'NO_SPECIALIST_PROFILE' });
  });

  it('then the meeting, presence, the agenda, and only last the comment the request lacks', () => {
    const all = facts({ caseState: 'deferred', meetingState: 'closed', present: false, vote: 'reject' });
    expect(canVote(all)).toMatchObject({ code: 'MEETING_NOT_IN_PROGRESS' });
    expect(canVote({ ...all, meetingState: 'in_progress' })).toMatchObject({ code: 'NOT_PRESENT' });
    expect(canVote({ ...all, meetingState: 'in_progress', present: true })).toMatchObject({
      code: 'CASE_NOT_ON_AGENDA',
    });
    expect(
      canVote({ ...all, meetingState: 'in_progress', present: true, caseState: 'scheduled' }),
    ).toMatchObject({ code: 'REJECT_NEEDS_COMMENT' });
  });
});

describe('canWriteNote: while the meeting is in progress, by a coordinator or a present clinician', () => {
  it('lets a coordinator write whether or not they are marked present', () => {
    expect(canWriteNote({ role: 'coordinator', meetingState: 'in_progress', present: false })).toEqual({
      ok: true,
    });
  });

  it('lets a clinician marked present write', () => {
    expect(canWriteNote({ role: 'clinician', meetingState: 'in_progress', present: true })).toEqual({
      ok: true,
    });
  });

  it('refuses a clinician who is absent, not recorded or without a profile (NOT_PRESENT), and an admin', () => {
    for (const role of ['clinician', 'admin'] as const) {
      expect(canWriteNote({ role, meetingState: 'in_progress', present: false })).toEqual({
        ok: false,
        code: 'NOT_PRESENT',
        message: 'only specialists marked present at the meeting (or a coordinator) may do this',
      });
    }
  });

  it.each(NOT_IN_PROGRESS)('refuses everyone while the meeting is %s, before presence', (state) => {
    for (const role of ROLES) {
      for (const present of [true, false]) {
        expect(canWriteNote({ role, meetingState: state, present })).toEqual({
          ok: false,
          code: 'MEETING_NOT_IN_PROGRESS',
          message: `discussion notes are written while the meeting is in progress; it is ${state}`,
          state,
        });
      }
    }
  });
});

describe('canRecordAttendance: a coordinator anyone, a clinician themselves, while the meeting is open', () => {
  it("lets a coordinator record anyone's attendance, and a clinician their own", () => {
    for (const meetingState of ['planned', 'in_progress'] as const) {
      expect(
        canRecordAttendance({
          role: 'coordinator',
          callerSpecialistId: null,
          attendeeSpecialistId: 's2',
          meetingState,
        }),
      ).toEqual({ ok: true });
      expect(
        canRecordAttendance({
          role: 'clinician',
          callerSpecialistId: 's1',
          attendeeSpecialistId: 's1',
          meetingState,
        }),
      ).toEqual({ ok: true });
    }
  });

  it("refuses a clinician recording someone else's attendance, or having no profile (NOT_OWN_ATTENDANCE)", () => {
    for (const callerSpecialistId of ['s1', null]) {
      expect(
        mayRecordAttendanceOf({ role: 'clinician', callerSpecialistId, attendeeSpecialistId: 's2' }),
      ).toEqual({
        ok: false,
        code: 'NOT_OWN_ATTENDANCE',
        message: "a clinician records only their own attendance; a coordinator records anyone's",
      });
    }
  });

  it("refuses an admin anyone's attendance (ATTENDANCE_NOT_ALLOWED)", () => {
    expect(
      mayRecordAttendanceOf({ role: 'admin', callerSpecialistId: null, attendeeSpecialistId: 's2' }),
    ).toEqual({
      ok: false,
      code: 'ATTENDANCE_NOT_ALLOWED',
      message: 'attendance is recorded by a coordinator or by the specialist themselves',
    });
  });

  it.each<MeetingState>(['closed', 'cancelled'])('refuses a %s meeting (MEETING_NOT_EDITABLE)', (state) => {
    expect(
      canRecordAttendance({
        role: 'coordinator',
        callerSpecialistId: null,
        attendeeSpecialistId: 's2',
        meetingState: state,
      }),
    ).toEqual({
      ok: false,
      code: 'MEETING_NOT_EDITABLE',
      message: `attendance of a meeting in state ${state} can no longer be changed`,
      state,
    });
  });

  it('reports the caller before the meeting state', () => {
    const closed = { meetingState: 'closed' as const, attendeeSpecialistId: 's2' };
    expect(canRecordAttendance({ ...closed, role: 'admin', callerSpecialistId: null })).toMatchObject({
      code: 'ATTENDANCE_NOT_ALLOWED',
    });
    expect(canRecordAttendance({ ...closed, role: 'clinician', callerSpecialistId: 's1' })).toMatchObject({
      code: 'NOT_OWN_ATTENDANCE',
    });
  });
});

describe("canAdoptProposal: the chair (present) or a coordinator, then consensus's conditions", () => {
  const facts = (overrides: Partial<AdoptProposalFacts> = {}): AdoptProposalFacts => ({
    role: 'clinician',
    callerSpecialistId: 'chair',
    chairSpecialistId: 'chair',
    chairPresent: true,
    alreadyAdopted: false,
    onAgenda: true,
    meetingState: 'in_progress',
    caseState: 'scheduled',
    quorate: true,
    tally: { approvals: 3, rejections: 1, abstentions: 0 },
    ...overrides,
  });

  it('lets the present chair adopt, and a coordinator whether the chair is present or not', () => {
    expect(canAdoptProposal(facts())).toEqual({ ok: true });
    expect(
      canAdoptProposal(facts({ role: 'coordinator', callerSpecialistId: null, chairPresent: false })),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a clinician who is not the chair, or has no profile (NOT_CHAIR), and an admin', () => {
    for (const caller of [
      { role: 'clinician', callerSpecialistId: 's2' },
      { role: 'clinician', callerSpecialistId: null },
      { role: 'admin', callerSpecialistId: null },
    ] as const) {
      expect(mayAdoptAs({ ...caller, chairSpecialistId: 'chair' })).toEqual({
        ok: false,
        code: 'NOT_CHAIR',
        message: "a plan is adopted by the meeting's chair or a coordinator",
      });
    }
  });

  it('refuses a case that already has a recommendation (ALREADY_ADOPTED)', () => {
    expect(canAdoptProposal(facts({ alreadyAdopted: true, caseState: 'decided' }))).toEqual({
      ok: false,
      code: 'ALREADY_ADOPTED',
      message: 'a plan has already been adopted for this case',
    });
  });

  it("refuses a scheduled case on another meeting's agenda (CASE_NOT_ON_AGENDA)", () => {
    expect(canAdoptProposal(facts({ onAgenda: false }))).toMatchObject({
      code: 'CASE_NOT_ON_AGENDA',
      state: 'scheduled',
    });
  });

  it('leaves a case in another state to CASE_NOT_SCHEDULED, on the agenda or not', () => {
    for (const onAgenda of [true, false]) {
      expect(canAdoptProposal(facts({ caseState: 'deferred', onAgenda }))).toMatchObject({
        code: 'CASE_NOT_SCHEDULED',
      });
    }
  });

  it('refuses the chair not marked present during the meeting (NOT_PRESENT)', () => {
    expect(canAdoptProposal(facts({ chairPresent: false }))).toMatchObject({ code: 'NOT_PRESENT' });
  });

  it('leaves an absent chair outside a meeting in progress to MEETING_NOT_IN_PROGRESS', () => {
    expect(canAdoptProposal(facts({ chairPresent: false, meetingState: 'closed' }))).toMatchObject({
      code: 'MEETING_NOT_IN_PROGRESS',
    });
  });

  it('then applies canAdopt: quorum and majority', () => {
    expect(canAdoptProposal(facts({ quorate: false }))).toMatchObject({ code: 'MEETING_NOT_QUORATE' });
    expect(canAdoptProposal(facts({ tally: { approvals: 1, rejections: 1, abstentions: 2 } }))).toMatchObject(
      {
        code: 'NO_MAJORITY',
      },
    );
  });

  it('reports the caller, then adoption, then the agenda, then presence, then the state', () => {
    const all = facts({
      callerSpecialistId: 's2',
      chairPresent: false,
      alreadyAdopted: true,
      onAgenda: false,
      quorate: false,
      tally: { approvals: 0, rejections: 0, abstentions: 0 },
    });
    expect(canAdoptProposal(all)).toMatchObject({ code: 'NOT_CHAIR' });
    const chair = { ...all, callerSpecialistId: 'chair' };
    expect(canAdoptProposal(chair)).toMatchObject({ code: 'ALREADY_ADOPTED' });
    expect(canAdoptProposal({ ...chair, alreadyAdopted: false })).toMatchObject({
      code: 'CASE_NOT_ON_AGENDA',
    });
    expect(canAdoptProposal({ ...chair, alreadyAdopted: false, onAgenda: true })).toMatchObject({
      code: 'NOT_PRESENT',
    });
    expect(
      canAdoptProposal({ ...chair, alreadyAdopted: false, onAgenda: true, chairPresent: true }),
    ).toMatchObject({ code: 'MEETING_NOT_QUORATE' });
  });
});
