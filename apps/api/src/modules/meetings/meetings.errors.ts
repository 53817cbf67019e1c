import type { MeetingState } from '@consilium/domain';
import { conflict, forbidden, missing, notFound, unprocessable } from '../../common/errors';

// The meetings feature's errors, with stable codes (the `error` field of the response).

// Proposals, votes and adoption use these codes too: the rules about a meeting's state and about who
// is marked present at it are this feature's.

export const meetingNotFound = (id: string) => notFound('meeting', id);

export const notOnAgenda = (meetingId: string, caseId: string) =>
  missing(`case ${caseId} is not on the agenda of meeting ${meetingId}`);

export const calendarFeedNotFound = () => missing('calendar feed not found (unknown or revoked link)');

/** Only a planned meeting changes; attendance changes until the meeting ends. */
export const meetingNotEditable = (state: MeetingState, part: 'meeting' | 'attendance' = 'meeting') =>
  conflict(
    'MEETING_NOT_EDITABLE',
    part === 'attendance'
      ? `attendance of a meeting in state ${state} can no longer be changed`
      : `a meeting in state ${state} can no longer be changed (only a planned meeting can)`,
    { state },
  );

/** What happens only while the meeting runs: discussion notes and votes. */
export const meetingNotInProgress = (
  state: MeetingState,
  activity: 'discussion notes are written' | 'votes are cast',
) =>
  conflict('MEETING_NOT_IN_PROGRESS', `${activity} while the meeting is in progress; it is ${state}`, {
    state,
  });

export const caseAlreadyOnAgenda = (caseId: string, meetingId?: string) =>
  conflict(
    'CASE_ALREADY_ON_AGENDA',
    meetingId
      ? `case ${caseId} is already on the agenda of open meeting ${meetingId}`
      : `case ${caseId} is already on the agenda of an open meeting`,
    meetingId ? { meetingId } : undefined,
  );

export const agendaFull = (max: number) =>
  unprocessable('AGENDA_FULL', `an agenda holds at most ${max} cases`, { max });

export const invalidAgendaOrder = (
  message: string,
  details: { missing: string[]; extra: string[]; duplicated: string[] },
) => unprocessable('INVALID_AGENDA_ORDER', message, details);

/**
 * The actor must be marked present at the meeting: to propose once it has started, to vote, and for
 * the chair to adopt. A coordinator writes discussion notes without being present (`orCoordinator`).
 */
export const notPresent = (orCoordinator = false) =>
  forbidden(
    'NOT_PRESENT',
    orCoordinator
      ? 'only specialists marked present at the meeting (or a coordinator) may do this'
      : 'only specialists marked present at the meeting may do this while it is in progress',
  );

export const notOwnAttendance = () =>
  forbidden(
    'NOT_OWN_ATTENDANCE',
    "a clinician records only their own attendance; a coordinator records anyone's",
  );

export const attendanceNotAllowed = () =>
  forbidden(
    'ATTENDANCE_NOT_ALLOWED',
    'attendance is recorded by a coordinator or by the specialist themselves',
  );

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
