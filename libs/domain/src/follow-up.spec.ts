import { FOLLOW_UP_REASONS, type FollowUpStatus, isFollowUpReason, validateFollowUp } from './follow-up';

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
