import type { MeetingStateRefusal } from './meeting-actions';
import type { MeetingState } from './meeting-workflow';
import type { Allowed, Refusal } from './result';
import type { Role } from './roles';

/**
 * What a live meeting's devices are told (docs/adr/0014): the kind of change and the ids it
 * concerns, never its content. Each device refetches what changed through the normal API, so every
 * rule and every audit entry stays where it is.
 */
export const MEETING_EVENT_KINDS = [
  'meeting_started',
  'attendance_changed',
  'current_case_changed',
  'note_added',
  'proposal_added',
  'vote_cast',
  'plan_adopted',
  'case_deferred',
  'meeting_closed',
] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];

/** The stream of a meeting ends with these: nothing more happens at it. */
export function endsMeetingStream(kind: MeetingEventKind): boolean {
  return kind === 'meeting_closed';
}

export type CurrentCaseRefusal =
  Refusal<'NOT_CHAIR_OR_COORDINATOR'> | MeetingStateRefusal<'MEETING_NOT_IN_PROGRESS'>;
export type CurrentCaseCheck = Allowed | CurrentCaseRefusal;

/**
 * The board discusses one case at a time; the chair (or a coordinator, who runs the room's
 * console) says which, while the meeting is in progress.
 */
export function canSetCurrentCase(facts: {
  role: Role;
  callerSpecialistId: string | null;
  chairSpecialistId: string;
  meetingState: MeetingState;
}): CurrentCaseCheck {
  const guides =
    facts.role === 'coordinator' ||
    (facts.role === 'clinician' && facts.callerSpecialistId === facts.chairSpecialistId);
  if (!guides) {
    return {
      ok: false,
      code: 'NOT_CHAIR_OR_COORDINATOR',
      message: "only the meeting's chair or a coordinator moves the board to a case",
    };
  }
  if (facts.meetingState !== 'in_progress') {
    return {
      ok: false,
      code: 'MEETING_NOT_IN_PROGRESS',
      message: `the board moves between cases while the meeting is in progress; it is ${facts.meetingState}`,
      state: facts.meetingState,
    };
  }
  return { ok: true };
}

export function isMeetingEventKind(value: string): value is MeetingEventKind {
  return (MEETING_EVENT_KINDS as readonly string[]).includes(value);
}
