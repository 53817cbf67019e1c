import {
  FOLLOW_UP_REASONS,
  followUpDueAt,
  type FollowUpStatus,
  isFollowUpOverdue,
  isFollowUpReason,
  validateFollowUp,
} from './follow-up';

describe('follow-up', () => {
  it('accepts implemented without a reason', () => {
    expect(validateFollowUp('implemented', null)).toEqual({ ok: true });
    expect(validateFollowUp('implemented', undefined)).toEqual({ ok: true });
  });

  it('accepts implemented with a valid reason', () => {
    expect(validateFollowUp('implemented', 'toxicity')).toEqual({ ok: true });
  });

  it.each<[FollowUpStatus, string]>([
    ['partially_implemented', 'partially implemented'],
    ['not_implemented', 'not implemented'],
  ])('requires a reason when %s', (status, words) => {
    expect(validateFollowUp(status, null)).toEqual({
      ok: false,
      code: 'FOLLOW_UP_REASON_REQUIRED',
      message: `a reason is required when the recommendation is ${words}`,
    });
    expect(validateFollowUp(status, undefined)).toMatchObject({ code: 'FOLLOW_UP_REASON_REQUIRED' });
  });

  it.each(FOLLOW_UP_REASONS.map((reason) => [reason]))('accepts reason %s when not implemented', (reason) => {
    expect(validateFollowUp('not_implemented', reason)).toEqual({ ok: true });
  });

  it.each<[FollowUpStatus]>([['implemented'], ['partially_implemented'], ['not_implemented']])(
    'refuses an unknown reason when %s',
    (status) => {
      expect(validateFollowUp(status, 'forgot')).toEqual({
        ok: false,
        code: 'FOLLOW_UP_REASON_INVALID',
        message:
          'unknown follow-up reason "forgot"; expected one of patient_choice, clinical_deterioration, progression, toxicity, other_therapy_chosen, death, other',
      });
    },
  );

  it('treats an empty string as an invalid reason, not as absent', () => {
    expect(validateFollowUp('not_implemented', '')).toMatchObject({ code: 'FOLLOW_UP_REASON_INVALID' });
  });

  it('recognises reason codes exactly', () => {
    expect(isFollowUpReason('death')).toBe(true);
    expect(isFollowUpReason('Death')).toBe(false);
  });
});

describe('follow-up due date', () => {
  const decidedAt = new Date('2026-10-01T10:00:00Z');

  it('falls due the given number of whole days after the decision', () => {
    expect(followUpDueAt(decidedAt, 60).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(followUpDueAt(decidedAt, 1).toISOString()).toBe('2026-10-02T10:00:00.000Z');
  });

  it('refuses a number of days that is not a whole number of at least one', () => {
    expect(() => followUpDueAt(decidedAt, 0)).toThrow(RangeError);
    expect(() => followUpDueAt(decidedAt, 1.5)).toThrow(RangeError);
  });

  it('is overdue only once the due time has passed', () => {
    const due = followUpDueAt(decidedAt, 60);
    expect(isFollowUpOverdue(due, new Date('2026-11-30T10:00:00Z'))).toBe(false);
    expect(isFollowUpOverdue(due, new Date('2026-11-30T10:00:01Z'))).toBe(true);
  });
});
