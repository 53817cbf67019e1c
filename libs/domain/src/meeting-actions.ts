import { type CaseState, isCaseDecided } from './case-workflow';
import {
  type AdoptionCheck,
  type AdoptionContext,
  canAdopt,
  validateVote,
  type Vote,
  type VoteCheck,
} from './consensus';
import { isMeetingOpen, type MeetingState } from './meeting-workflow';
import type { Allowed, Refusal } from './result';
import type { Role } from './roles';

// Who may propose, vote, write a discussion note, record attendance or adopt a plan at a meeting, and
// when (docs/design.md#who-may-do-what, #meetings, #treatment-plans). Each check answers the first
// refusal that applies, in the order the API has always reported them, from facts the caller read
// under its locks. The `require…`/`may…` checks read only the caller and the request (and, for
// adoption, the meeting's chair), so the API runs them before it locks the case; the `can…` checks
// repeat them first, so that each one states its whole rule.

export type MeetingStateRefusal<C extends string> = Refusal<C> & { state: MeetingState };
export type CaseStateRefusal<C extends string> = Refusal<C> & { state: CaseState };

const notPresent = (message: string): Refusal<'NOT_PRESENT'> => ({ ok: false, code: 'NOT_PRESENT', message });

// Proposals, votes and adoption run during the meeting: only those in the room take part.
const NOT_PRESENT_AT_MEETING =
  'only specialists marked present at the meeting may do this while it is in progress';

const caseNotOnAgenda = (state: CaseState): CaseStateRefusal<'CASE_NOT_ON_AGENDA'> => ({
  ok: false,
  code: 'CASE_NOT_ON_AGENDA',
  message: `the case is not scheduled on the agenda of this meeting (the case is ${state})`,
  state,
});

export type SpecialistProfileCheck = { ok: true; specialistId: string } | Refusal<'NO_SPECIALIST_PROFILE'>;

// Proposals and votes are a specialist's (attendance and quorum count specialists, not accounts).
// The answer carries the id, so the caller needs no second null check.
export function requireSpecialistProfile(specialistId: string | null): SpecialistProfileCheck {
  if (!specialistId) {
    return {
      ok: false,
      code: 'NO_SPECIALIST_PROFILE',
      message: 'only a clinician with a specialist profile may do this',
    };
  }
  return { ok: true, specialistId };
}

export interface ProposeFacts {
  callerSpecialistId: string | null;
  meetingState: MeetingState;
  caseState: CaseState;
  // The case has an active entry on this meeting's agenda.
  onAgenda: boolean;
  // The caller's specialist is marked present at this meeting.
  present: boolean;
}

export type ProposeRefusal =
  | Refusal<'NO_SPECIALIST_PROFILE'>
  | MeetingStateRefusal<'MEETING_NOT_OPEN'>
  | CaseStateRefusal<'CASE_NOT_ON_AGENDA'>
  | Refusal<'NOT_PRESENT'>;

export type ProposeCheck = Allowed | ProposeRefusal;

// docs/design.md#proposals. The steps themselves are judged by the plan builder (`judgeSteps`).
export function canPropose(facts: ProposeFacts): ProposeCheck {
  const profile = requireSpecialistProfile(facts.callerSpecialistId);
  if (!profile.ok) return profile;
  if (!isMeetingOpen(facts.meetingState)) {
    return {
      ok: false,
      code: 'MEETING_NOT_OPEN',
      message: `plans are proposed before or during the meeting; the meeting is ${facts.meetingState}`,
      state: facts.meetingState,
    };
  }
  if (facts.caseState !== 'scheduled' || !facts.onAgenda) return caseNotOnAgenda(facts.caseState);
  // A plan may be tabled before the meeting by anyone with a profile; once it runs, only from the room.
  if (facts.meetingState === 'in_progress' && !facts.present) return notPresent(NOT_PRESENT_AT_MEETING);
  return { ok: true };
}

export interface VoteFacts {
  callerSpecialistId: string | null;
  caseState: CaseState;
  meetingState: MeetingState;
  // The caller's specialist is marked present at this meeting.
  present: boolean;
  // The case has an active entry on this meeting's agenda.
  onAgenda: boolean;
  vote: Vote;
  comment: string | null | undefined;
}

export type VoteRefusal =
  | Refusal<'NO_SPECIALIST_PROFILE'>
  | CaseStateRefusal<'CASE_DECIDED'>
  | MeetingStateRefusal<'MEETING_NOT_IN_PROGRESS'>
  | Refusal<'NOT_PRESENT'>
  | CaseStateRefusal<'CASE_NOT_ON_AGENDA'>
  | Exclude<VoteCheck, Allowed>;

export type CanVoteCheck = Allowed | VoteRefusal;

// docs/design.md#votes-and-dissent.
export function canVote(facts: VoteFacts): CanVoteCheck {
  const profile = requireSpecialistProfile(facts.callerSpecialistId);
  if (!profile.ok) return profile;
  // First: the votes of a decided case are part of its recommendation, whatever the meeting's state.
  if (isCaseDecided(facts.caseState)) {
    return {
      ok: false,
      code: 'CASE_DECIDED',
      message: `the board has decided this case (it is ${facts.caseState}); votes can no longer change`,
      state: facts.caseState,
    };
  }
  if (facts.meetingState !== 'in_progress') {
    return {
      ok: false,
      code: 'MEETING_NOT_IN_PROGRESS',
      message: `votes are cast while the meeting is in progress; it is ${facts.meetingState}`,
      state: facts.meetingState,
    };
  }
  if (!facts.present) return notPresent(NOT_PRESENT_AT_MEETING);
  if (facts.caseState !== 'scheduled' || !facts.onAgenda) return caseNotOnAgenda(facts.caseState);
  // Last, although it reads only the request: a vote the meeting cannot take is refused as such,
  // not sent back for a comment.
  return validateVote(facts.vote, facts.comment);
}

export interface NoteFacts {
  role: Role;
  meetingState: MeetingState;
  // The caller's specialist is marked present at this meeting (false without a profile).
  present: boolean;
}

export type NoteRefusal = MeetingStateRefusal<'MEETING_NOT_IN_PROGRESS'> | Refusal<'NOT_PRESENT'>;

export type NoteCheck = Allowed | NoteRefusal;

// docs/design.md#discussion-notes. Whether the case has a discussion at this meeting at all (an
// agenda entry, active or not) is a lookup the caller answers with a 404 before asking this.
export function canWriteNote(facts: NoteFacts): NoteCheck {
  if (facts.meetingState !== 'in_progress') {
    return {
      ok: false,
      code: 'MEETING_NOT_IN_PROGRESS',
      message: `discussion notes are written while the meeting is in progress; it is ${facts.meetingState}`,
      state: facts.meetingState,
    };
  }
  // The coordinator keeps the minutes and need not be marked present.
  if (facts.role !== 'coordinator' && !facts.present) {
    return notPresent('only specialists marked present at the meeting (or a coordinator) may do this');
  }
  return { ok: true };
}

export interface AttendanceCaller {
  role: Role;
  callerSpecialistId: string | null;
  // Whose attendance is being recorded.
  attendeeSpecialistId: string;
}

export type AttendanceCallerRefusal = Refusal<'ATTENDANCE_NOT_ALLOWED'> | Refusal<'NOT_OWN_ATTENDANCE'>;

// A coordinator records anyone's attendance, a clinician only their own, an admin nobody's
// (admins read no clinical data, and attendance decides quorum).
export function mayRecordAttendanceOf(caller: AttendanceCaller): Allowed | AttendanceCallerRefusal {
  if (caller.role === 'admin') {
    return {
      ok: false,
      code: 'ATTENDANCE_NOT_ALLOWED',
      message: 'attendance is recorded by a coordinator or by the specialist themselves',
    };
  }
  if (caller.role === 'clinician' && caller.callerSpecialistId !== caller.attendeeSpecialistId) {
    return {
      ok: false,
      code: 'NOT_OWN_ATTENDANCE',
      message: "a clinician records only their own attendance; a coordinator records anyone's",
    };
  }
  return { ok: true };
}

export interface AttendanceFacts extends AttendanceCaller {
  meetingState: MeetingState;
}

export type AttendanceRefusal = AttendanceCallerRefusal | MeetingStateRefusal<'MEETING_NOT_EDITABLE'>;

export type AttendanceCheck = Allowed | AttendanceRefusal;

// docs/design.md#attendance-and-quorum: the invitation list before the meeting, presence during it;
// a closed or cancelled meeting's attendance is the record its quorum was judged on.
export function canRecordAttendance(facts: AttendanceFacts): AttendanceCheck {
  const caller = mayRecordAttendanceOf(facts);
  if (!caller.ok) return caller;
  if (!isMeetingOpen(facts.meetingState)) {
    return {
      ok: false,
      code: 'MEETING_NOT_EDITABLE',
      message: `attendance of a meeting in state ${facts.meetingState} can no longer be changed`,
      state: facts.meetingState,
    };
  }
  return { ok: true };
}

export interface AdoptionCaller {
  role: Role;
  callerSpecialistId: string | null;
  chairSpecialistId: string;
}

// The coordinator runs the meeting; among clinicians only its chair adopts.
export function mayAdoptAs(caller: AdoptionCaller): Allowed | Refusal<'NOT_CHAIR'> {
  if (caller.role !== 'coordinator' && caller.callerSpecialistId !== caller.chairSpecialistId) {
    return {
      ok: false,
      code: 'NOT_CHAIR',
      message: "a plan is adopted by the meeting's chair or a coordinator",
    };
  }
  return { ok: true };
}

export interface AdoptProposalFacts extends AdoptionCaller, AdoptionContext {
  // A recommendation already exists for the case.
  alreadyAdopted: boolean;
  // The case has an active entry on this meeting's agenda.
  onAgenda: boolean;
  // The chair is marked present at this meeting.
  chairPresent: boolean;
}

export type AdoptProposalRefusal =
  | Refusal<'NOT_CHAIR'>
  | Refusal<'ALREADY_ADOPTED'>
  | CaseStateRefusal<'CASE_NOT_ON_AGENDA'>
  | Refusal<'NOT_PRESENT'>
  | Exclude<AdoptionCheck, Allowed>;

export type AdoptProposalCheck = Allowed | AdoptProposalRefusal;

// docs/design.md#adoption: the caller, then whether there is anything left to adopt, then the case's
// place on this agenda and the chair's presence, then `canAdopt` (state, quorum, vote).
export function canAdoptProposal(facts: AdoptProposalFacts): AdoptProposalCheck {
  const caller = mayAdoptAs(facts);
  if (!caller.ok) return caller;
  if (facts.alreadyAdopted) {
    return { ok: false, code: 'ALREADY_ADOPTED', message: 'a plan has already been adopted for this case' };
  }
  // A scheduled case on another meeting's agenda; any other case state is canAdopt's CASE_NOT_SCHEDULED.
  if (facts.caseState === 'scheduled' && !facts.onAgenda) return caseNotOnAgenda(facts.caseState);
  // Outside a meeting in progress, canAdopt's state refusal is the one that applies.
  if (facts.role !== 'coordinator' && facts.meetingState === 'in_progress' && !facts.chairPresent) {
    return notPresent(NOT_PRESENT_AT_MEETING);
  }
  return canAdopt(facts);
}

/**
 * Why a specialist is expected at a board (docs/adr/0013-who-is-expected-at-a-board.md): they chair
 * it, present a case on its agenda, belong to a discipline its quorum requires, or have attendance
 * recorded there (present or absent: whoever was recorded was expected, visiting experts included).
 */
export const EXPECTED_REASONS = ['chair', 'presenter', 'quorum', 'recorded'] as const;
export type ExpectedReason = (typeof EXPECTED_REASONS)[number];
