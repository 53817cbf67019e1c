export const FOLLOW_UP_STATUSES = ['implemented', 'partially_implemented', 'not_implemented'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_REASONS = [
  'patient_choice',
  'clinical_deterioration',
  'progression',
  'toxicity',
  'other_therapy_chosen',
  'death',
  'other',
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

export function isFollowUpReason(value: string): value is FollowUpReason {
  return (FOLLOW_UP_REASONS as readonly string[]).includes(value);
}

export type FollowUpCheck =
  | { ok: true }
  | { ok: false; code: 'FOLLOW_UP_REASON_REQUIRED' | 'FOLLOW_UP_REASON_INVALID'; message: string };

// A recommendation not (fully) carried out needs a reason code, which is what the board's metrics
// report on. An implemented recommendation may still carry one (e.g. a dose change for toxicity).
// `reason` is typed as a string because it may come straight from a request.
export function validateFollowUp(status: FollowUpStatus, reason: string | null | undefined): FollowUpCheck {
  if (reason === null || reason === undefined) {
    return status === 'implemented'
      ? { ok: true }
      : {
          ok: false,
          code: 'FOLLOW_UP_REASON_REQUIRED',
          message: `a reason is required when the recommendation is ${status.replace('_', ' ')}`,
        };
  }
  if (!isFollowUpReason(reason)) {
    return {
      ok: false,
      code: 'FOLLOW_UP_REASON_INVALID',
      message: `unknown follow-up reason "${reason}"; expected one of ${FOLLOW_UP_REASONS.join(', ')}`,
    };
  }
  return { ok: true };
}

/**
 * Days after the decision by which the follow-up should be recorded, unless the institution sets
 * another number: long enough for a first treatment step (surgery within weeks, a first cycle of
 * systemic therapy) to have started, short enough to catch a recommendation that was not acted on.
 */
export const DEFAULT_FOLLOW_UP_OVERDUE_DAYS = 60;
export const MAX_FOLLOW_UP_OVERDUE_DAYS = 365;

const DAY_MS = 86_400_000;

/** When a decided case's follow-up falls due: the decision plus the institution's overdue days. */
export function followUpDueAt(decidedAt: Date, overdueDays: number): Date {
  if (!Number.isInteger(overdueDays) || overdueDays < 1)
    throw new RangeError(`overdueDays must be a whole number >= 1, got ${overdueDays}`);
  return new Date(decidedAt.getTime() + overdueDays * DAY_MS);
}

/** A follow-up is overdue once its due time has passed without one being recorded. */
export function isFollowUpOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}
