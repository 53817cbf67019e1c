import type { QueryKey } from '@tanstack/react-query';

import { MEETING_EVENT_KINDS, type MeetingEventKind } from '@consilium/domain';

/** An event of a meeting's stream (docs/adr/0014): what changed, never its content. */
export interface MeetingEvent {
  id: string;
  meetingId: string;
  kind: MeetingEventKind;
  caseId: string | null;
  proposalId: string | null;
  occurredAt: string;
}

export const EVENT_KINDS: readonly MeetingEventKind[] = MEETING_EVENT_KINDS;

/**
 * The queries an event makes stale, by the app's query keys: the screens refetch them through the
 * normal API (so every permission and audit rule applies to what they show).
 */
export function queryKeysFor(event: MeetingEvent): QueryKey[] {
  const meeting: QueryKey = ['meetings', event.meetingId];
  const caseId = event.caseId;
  switch (event.kind) {
    case 'meeting_started':
    case 'attendance_changed':
    case 'current_case_changed':
      return [meeting];
    case 'note_added':
      return caseId ? [['meetings', event.meetingId, 'cases', caseId, 'notes']] : [meeting];
    case 'proposal_added':
    case 'vote_cast':
      return caseId ? [['cases', caseId, 'proposals']] : [meeting];
    case 'plan_adopted':
    case 'case_deferred':
      // The case is decided or deferred: its state (and proposals, recommendation) and the agenda change.
      return caseId ? [['cases', caseId], meeting] : [meeting];
    case 'meeting_closed':
      // Undecided cases are deferred: every list of cases changes too.
      return [meeting, ['cases']];
  }
}
