import type {
  AttendanceRefusal,
  CurrentCaseRefusal,
  MeetingState,
  MeetingStateRefusal,
  NoteRefusal,
  Refusal,
} from '@consilium/domain';
import { conflict, type DomainError, forbidden, missing, notFound, unprocessable } from '@api/common/errors';

// The meetings feature's errors, with stable codes (the `error` field of the response). Who may record
// attendance or write a note, and when, is libs/domain/src/meeting-actions.ts: its refusals carry the
// code and the message, and these factories add the status and the details.

// Proposals, votes and adoption use these codes too: the rules about a meeting's state and about who
// is marked present at it are this feature's.

export const meetingNotFound = (id: string) => notFound('meeting', id);

export const notOnAgenda = (meetingId: string, caseId: string) =>
  missing(`case ${caseId} is not on the agenda of meeting ${meetingId}`);

export const calendarFeedNotFound = () => missing('calendar feed not found (unknown or revoked link)');

/** Only a planned meeting changes; its attendance changes until it ends (the domain's message). */
export const meetingNotEditable = (
  state: MeetingState,
  message = `a meeting in state ${state} can no longer be changed (only a planned meeting can)`,
) => conflict('MEETING_NOT_EDITABLE', message, { state });

/** What happens only while the meeting runs: discussion notes and votes. */
export const meetingNotInProgress = (refusal: MeetingStateRefusal<'MEETING_NOT_IN_PROGRESS'>) =>
  conflict(refusal.code, refusal.message, { state: refusal.state });

/** The other meeting is named (id, title, start) so the coordinator knows where the case is. */
export const caseAlreadyOnAgenda = (
  caseId: string,
  meeting?: { id: string; title: string; startsAt: Date },
) =>
  conflict(
    'CASE_ALREADY_ON_AGENDA',
    meeting
      ? `case ${caseId} is already on the agenda of open meeting "${meeting.title}" (${meeting.id})`
      : `case ${caseId} is already on the agenda of an open meeting`,
    meeting ? { meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt } : undefined,
  );

export const agendaFull = (max: number) =>
  unprocessable('AGENDA_FULL', `an agenda holds at most ${max} cases`, { max });

export const invalidAgendaOrder = (
  message: string,
  details: { missing: string[]; extra: string[]; duplicated: string[] },
) => unprocessable('INVALID_AGENDA_ORDER', message, details);

/**
 * The actor must be marked present at the meeting: to propose once it has started, to vote, for the
 * chair to adopt, and (unless a coordinator) to write a discussion note.
 */
export const notPresent = (refusal: Refusal<'NOT_PRESENT'>) => forbidden(refusal.code, refusal.message);

/** `mayRecordAttendanceOf`'s and `canRecordAttendance`'s refusals. */
export function attendanceRefused(refusal: AttendanceRefusal): DomainError {
  switch (refusal.code) {
    case 'ATTENDANCE_NOT_ALLOWED':
    case 'NOT_OWN_ATTENDANCE':
      return forbidden(refusal.code, refusal.message);
    case 'MEETING_NOT_EDITABLE':
      return meetingNotEditable(refusal.state, refusal.message);
  }
}

/** `canSetCurrentCase`'s refusals. */
export function currentCaseRefused(refusal: CurrentCaseRefusal): DomainError {
  switch (refusal.code) {
    case 'NOT_CHAIR_OR_COORDINATOR':
      return forbidden(refusal.code, refusal.message);
    case 'MEETING_NOT_IN_PROGRESS':
      return meetingNotInProgress(refusal);
  }
}

/** `canWriteNote`'s refusals. */
export function noteRefused(refusal: NoteRefusal): DomainError {
  switch (refusal.code) {
    case 'MEETING_NOT_IN_PROGRESS':
      return meetingNotInProgress(refusal);
    case 'NOT_PRESENT':
      return notPresent(refusal);
  }
}

export const correctedNoteMismatch = (noteId: string) =>
  unprocessable(
    'CORRECTED_NOTE_MISMATCH',
    `note ${noteId} is not a note of this discussion (same meeting and case); a correction must refer to one`,
    { field: 'correctsNoteId' },
  );

export const notOwnCalendarFeed = () =>
  forbidden(
    'NOT_OWN_CALENDAR_FEED',
    "a clinician manages only their own calendar feed; a coordinator manages anyone's",
  );

export const calendarFeedNotAllowed = () =>
  forbidden(
    'CALENDAR_FEED_NOT_ALLOWED',
    'a calendar feed is managed by the specialist themselves or by a coordinator',
  );
