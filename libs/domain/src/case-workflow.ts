import type { Role } from './roles';
import { illegalTransition, type TransitionResult } from './transition';

export const CASE_STATES = [
  'draft',
  'submitted',
  'accepted',
  'scheduled',
  'deferred',
  'decided',
  'closed',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'return',
  'schedule',
  'unschedule',
  'defer',
  'cancel_meeting',
  'decide',
  'close',
  'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

// 'system' marks a transition that follows from a meeting operation (closing or cancelling the
// meeting, adopting a plan) whose own permission is checked by the meetings module; no user calls
// it on the case directly.
export type CaseActor = Role | 'system';

export const CASE_ACTION_ACTORS: Readonly<Record<CaseAction, readonly CaseActor[]>> = {
  submit: ['clinician'],
  withdraw: ['clinician'],
  accept: ['coordinator'],
  return: ['coordinator'],
  // Agenda building is the coordinator's (docs/design.md#agenda).
  schedule: ['coordinator'],
  unschedule: ['coordinator'],
  defer: ['system'],
  cancel_meeting: ['system'],
  // Adoption is done by a coordinator or the meeting's chair; the case follows.
  decide: ['system'],
  // Closing is the consequence of the coordinator recording follow-up.
  close: ['coordinator'],
};

export function mayPerformCaseAction(actor: CaseActor, action: CaseAction): boolean {
  return CASE_ACTION_ACTORS[action].includes(actor);
}

// The workflow stores the reason with the case event; a return or withdrawal without one is refused.
export const CASE_ACTIONS_REQUIRING_REASON: readonly CaseAction[] = ['return', 'withdraw'];

export type CaseReasonCheck = { ok: true } | { ok: false; code: 'REASON_REQUIRED'; message: string };

export function validateCaseActionReason(
  action: CaseAction,
  reason: string | null | undefined,
): CaseReasonCheck {
  if (CASE_ACTIONS_REQUIRING_REASON.includes(action) && (reason ?? '').trim() === '') {
    return { ok: false, code: 'REASON_REQUIRED', message: `a reason is required to ${action} a case` };
  }
  return { ok: true };
}

// Facts stay editable until the board has decided; after that the recommendation must keep
// describing the case it was made for.
const EDITABLE_STATES: readonly CaseState[] = ['draft', 'submitted', 'accepted', 'scheduled', 'deferred'];

export function isCaseEditable(state: CaseState): boolean {
  return EDITABLE_STATES.includes(state);
}

// The board has decided: a recommendation exists, and the votes that led to it can no longer change.
export const DECIDED_CASE_STATES: readonly CaseState[] = ['decided', 'closed'];

export function isCaseDecided(state: CaseState): boolean {
  return DECIDED_CASE_STATES.includes(state);
}

export interface CaseTransitionOptions {
  // For `unschedule`: the state the case was in before it was scheduled (the `from` of the case
  // event that scheduled it), so that a deferred case goes back to deferred.
  previousState?: CaseState | null;
}

// Single-source transitions: action -> [allowed from-states, to-state]. `unschedule` is handled
// apart because its target depends on history.
const TRANSITIONS: Readonly<Record<Exclude<CaseAction, 'unschedule'>, [readonly CaseState[], CaseState]>> = {
  submit: [['draft'], 'submitted'],
  accept: [['submitted'], 'accepted'],
  return: [['submitted'], 'draft'],
  schedule: [['accepted', 'deferred'], 'scheduled'],
  defer: [['scheduled'], 'deferred'],
  // A cancelled meeting never discussed the case, so it goes back to the pool of accepted cases.
  cancel_meeting: [['scheduled'], 'accepted'],
  decide: [['scheduled'], 'decided'],
  close: [['decided'], 'closed'],
  withdraw: [EDITABLE_STATES, 'withdrawn'],
};

export function nextCaseState(
  state: CaseState,
  action: CaseAction,
  options: CaseTransitionOptions = {},
): TransitionResult<CaseState> {
  const cannot = `cannot ${action} a case in state ${state}`;
  if (action === 'unschedule') {
    if (state !== 'scheduled') return illegalTransition(cannot);
    const previous = options.previousState;
    if (previous !== 'accepted' && previous !== 'deferred') {
      return illegalTransition(
        `${cannot}: the state before scheduling must be accepted or deferred, got ${previous ?? 'none'}`,
      );
    }
    return { ok: true, to: previous };
  }
  const [from, to] = TRANSITIONS[action];
  return from.includes(state) ? { ok: true, to } : illegalTransition(cannot);
}
