import { illegalTransition, type TransitionResult } from './transition';

export const MEETING_STATES = ['planned', 'in_progress', 'closed', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_ACTIONS = ['start', 'close', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

// A meeting that has started may already hold discussion notes, votes and adopted plans, which
// are kept forever; it must be closed (its undecided cases deferred), never cancelled.
const TRANSITIONS: Readonly<Record<MeetingAction, [MeetingState, MeetingState]>> = {
  start: ['planned', 'in_progress'],
  close: ['in_progress', 'closed'],
  cancel: ['planned', 'cancelled'],
};

export function nextMeetingState(state: MeetingState, action: MeetingAction): TransitionResult<MeetingState> {
  const [from, to] = TRANSITIONS[action];
  return state === from
    ? { ok: true, to }
    : illegalTransition(`cannot ${action} a meeting in state ${state}`);
}

// Title, time, quorum disciplines and agenda are fixed once the meeting starts.
export function isMeetingEditable(state: MeetingState): boolean {
  return state === 'planned';
}

// Open: not yet closed or cancelled. An open meeting takes proposals and attendance, shows booking
// warnings, and holds its cases (an agenda entry stays active until the meeting closes or is cancelled).
export const OPEN_MEETING_STATES: readonly MeetingState[] = ['planned', 'in_progress'];

export function isMeetingOpen(state: MeetingState): boolean {
  return OPEN_MEETING_STATES.includes(state);
}
