import type { CaseAction, CaseState } from './case-workflow';
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
}

export interface NextStepContext {
  /** The readiness of a draft case (needsReadiness). */
  readiness?: Readiness | null;
  /** The case's latest workflow event (needsLastEvent). */
  lastEvent?: { action: CaseAction | 'created'; reason: string | null } | null;
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
  if (state !== 'draft') return { kind: BY_STATE[state], missing: [], returnReason: null };
  const missing = (context.readiness?.items ?? []).filter((i) => !i.ok).map((i) => i.item);
  const returned = context.lastEvent?.action === 'return';
  if (returned) return { kind: 'revise', missing, returnReason: context.lastEvent?.reason ?? null };
  if (!context.readiness) throw new RangeError('the next step of a draft case needs its readiness');
  return { kind: context.readiness.ready ? 'submit' : 'complete', missing, returnReason: null };
}
