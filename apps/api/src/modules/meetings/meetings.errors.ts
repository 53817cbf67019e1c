import type { MeetingState } from '@consilium/domain';
import { HttpStatus } from '@nestjs/common';
import { conflict, DomainError, forbidden, notFound, unprocessable } from '../../common/errors';

// The meetings feature's errors, with stable codes (the `error` field of the response).

// 404s keep the API's one NOT_FOUND code; the message names what is missing.
export const meetingNotFound = (id: string) => notFound('meeting', id);

export const notOnAgenda = (meetingId: string, caseId: string) =>
  new DomainError(
    HttpStatus.NOT_FOUND,
    'NOT_FOUND',
    `case ${caseId} is not on the agenda of meeting ${meetingId}`,
  );

/** The domain's message names the action and the current state. */
export const illegalMeetingTransition = (message: string, state: MeetingState) =>
  conflict('ILLEGAL_TRANSITION', message, { state });

export const meetingNotEditable = (state: MeetingState) =>
  conflict(
    'MEETING_NOT_EDITABLE',
    `a meeting in state ${state} can no longer be changed (only a planned meeting can)`,
    { state },
  );

export const meetingClosedForAttendance = (state: MeetingState) =>
  conflict('MEETING_NOT_EDITABLE', `attendance of a meeting in state ${state} can no longer be changed`, {
    state,
  });

export const meetingNotInProgress = (state: MeetingState) =>
  conflict(
    'MEETING_NOT_IN_PROGRESS',
    `discussion notes are written while the meeting is in progress; it is ${state}`,
    { state },
  );

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

export const notPresent = () =>
  forbidden('NOT_PRESENT', 'only specialists marked present at the meeting (or a coordinator) may do this');

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
