import type { CaseAction, CaseState } from './case-workflow';
import { followUpDueAt, isFollowUpOverdue } from './follow-up';
import type { Readiness, ReadinessItemId } from './readiness';

/**
 * What a case needs next, and from whom: the line a presenter reads beside each of their cases
 * (docs/design.md#what-a-case-needs-next).
 */
export const NEXT_STEP_KINDS = [
  // The presenter's: fill the missing readiness items, revise after a return, or submit.
  'complete',
  'revise',
  'submit',
  // The coordinator's: review the submission, put the accepted (or deferred) case on an agenda.
  'awaiting_triage',
  'awaiting_agenda',
  'awaiting_new_board',
  // The board's: discuss it at the meeting it is on.
  'on_agenda',
  // After the decision: record whether the recommendation was carried out.
  'awaiting_follow_up',
  'none',
] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

export interface NextStep {
  kind: NextStepKind;
  /** The readiness items still missing (draft cases only). */
  missing: ReadinessItemId[];
  /** The coordinator's reason, while a returned case is back in draft. */
  returnReason: string | null;
  /** When the case entered its current state (its latest workflow event), when that is known. */
  since: Date | null;
  /** A decided case's: when its follow-up falls due (the decision plus the institution's days). */
  followUpDueAt: Date | null;
  /** A decided case's follow-up is past due. */
  overdue: boolean;
}

export interface NextStepContext {
  /** The readiness of a draft case (needsReadiness). */
  readiness?: Readiness | null;
  /** The case's latest workflow event. */
  lastEvent?: { action: CaseAction | 'created'; reason: string | null; occurredAt?: Date } | null;
  /** For a decided case: the institution's follow-up overdue days, and now. */
  followUp?: { overdueDays: number; now: Date } | null;
}

/** Only a draft case's next step depends on its readiness and on how it came back to draft. */
export function nextStepNeedsHistory(state: CaseState): boolean {
  return state === 'draft';
}

const BY_STATE: Readonly<Record<Exclude<CaseState, 'draft'>, NextStepKind>> = {
  submitted: 'awaiting_triage',
  accepted: 'awaiting_agenda',
  deferred: 'awaiting_new_board',
  scheduled: 'on_agenda',
  decided: 'awaiting_follow_up',
  closed: 'none',
  withdrawn: 'none',
};

export function nextStepOf(state: CaseState, context: NextStepContext = {}): NextStep {
  const since = context.lastEvent?.occurredAt ?? null;
  const timing = { since, followUpDueAt: null, overdue: false };
  if (state === 'decided' && since && context.followUp) {
    const dueAt = followUpDueAt(since, context.followUp.overdueDays);
    return {
      kind: 'awaiting_follow_up',
      missing: [],
      returnReason: null,
      since,
      followUpDueAt: dueAt,
      overdue: isFollowUpOverdue(dueAt, context.followUp.now),
    };
  }
  if (state !== 'draft') return { kind: BY_STATE[state], missing: [], returnReason: null, ...timing };
  const missing = (context.readiness?.items ?? []).filter((i) => !i.ok).map((i) => i.item);
  const returned = context.lastEvent?.action === 'return';
  if (returned)
    return { kind: 'revise', missing, returnReason: context.lastEvent?.reason ?? null, ...timing };
  if (!context.readiness) throw new RangeError('the next step of a draft case needs its readiness');
  return { kind: context.readiness.ready ? 'submit' : 'complete', missing, returnReason: null, ...timing };
}
