import {
  CASE_ACTION_ACTORS,
  CASE_ACTIONS,
  CASE_STATES,
  type CaseAction,
  type CaseState,
  isCaseDecided,
  isCaseEditable,
  mayPerformCaseAction,
  nextCaseState,
  validateCaseActionReason,
} from './case-workflow';

// The expected machine, written out by hand from docs/design.md#transitions rather than derived from the
// code. `null` means illegal. `unschedule` is given `previousState: 'accepted'` here; its
// history-dependent target is tested separately below.
const EXPECTED: Record<CaseState, Record<CaseAction, CaseState | null>> = {
  draft: {
    submit: 'submitted',
    accept: null,
    return: null,
    schedule: null,
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: 'withdrawn',
  },
  submitted: {
    submit: null,
    accept: 'accepted',
    return: 'draft',
    schedule: null,
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: 'withdrawn',
  },
  accepted: {
    submit: null,
    accept: null,
    return: null,
    schedule: 'scheduled',
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: 'withdrawn',
  },
  scheduled: {
    submit: null,
    accept: null,
    return: null,
    schedule: null,
    unschedule: 'accepted',
    defer: 'deferred',
    cancel_meeting: 'accepted',
    decide: 'decided',
    close: null,
    withdraw: 'withdrawn',
  },
  deferred: {
    submit: null,
    accept: null,
    return: null,
    schedule: 'scheduled',
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: 'withdrawn',
  },
  decided: {
    submit: null,
    accept: null,
    return: null,
    schedule: null,
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: 'closed',
    withdraw: null,
  },
  closed: {
    submit: null,
    accept: null,
    return: null,
    schedule: null,
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: null,
  },
  withdrawn: {
    submit: null,
    accept: null,
    return: null,
    schedule: null,
    unschedule: null,
    defer: null,
    cancel_meeting: null,
    decide: null,
    close: null,
    withdraw: null,
  },
};

const PAIRS = CASE_STATES.flatMap((state) =>
  CASE_ACTIONS.map((action) => [state, action, EXPECTED[state][action]] as const),
);

describe('case workflow', () => {
  it('covers every state and action pair (8 x 10)', () => {
    expect(PAIRS).toHaveLength(80);
  });

  it.each(PAIRS)('%s --%s--> %s', (state, action, expected) => {
    const result = nextCaseState(state, action, { previousState: 'accepted' });
    if (expected === null) {
      expect(result).toEqual({
        ok: false,
        code: 'ILLEGAL_TRANSITION',
        message: `cannot ${action} a case in state ${state}`,
      });
    } else {
      expect(result).toEqual({ ok: true, to: expected });
    }
  });

  describe('unschedule returns the case to where it came from', () => {
    it('back to deferred when it was deferred before scheduling', () => {
      expect(nextCaseState('scheduled', 'unschedule', { previousState: 'deferred' })).toEqual({
        ok: true,
        to: 'deferred',
      });
    });

    it.each<[CaseState | null | undefined]>([[undefined], [null], ['draft'], ['submitted'], ['scheduled']])(
      'refuses previous state %s',
      (previousState) => {
        const result = nextCaseState('scheduled', 'unschedule', { previousState });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.code).toBe('ILLEGAL_TRANSITION');
          expect(result.message).toContain('cannot unschedule a case in state scheduled');
          expect(result.message).toContain(previousState ?? 'none');
        }
      },
    );

    it('is illegal outside scheduled whatever the previous state', () => {
      expect(nextCaseState('accepted', 'unschedule', { previousState: 'deferred' })).toEqual({
        ok: false,
        code: 'ILLEGAL_TRANSITION',
        message: 'cannot unschedule a case in state accepted',
      });
    });
  });

  it('uses the documented message', () => {
    expect(nextCaseState('draft', 'accept')).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: 'cannot accept a case in state draft',
    });
  });

  it.each<[CaseState, boolean]>([
    ['draft', true],
    ['submitted', true],
    ['accepted', true],
    ['scheduled', true],
    ['deferred', true],
    ['decided', false],
    ['closed', false],
    ['withdrawn', false],
  ])('facts of a %s case editable: %s', (state, editable) => {
    expect(isCaseEditable(state)).toBe(editable);
  });

  it.each<[CaseState, boolean]>([
    ['draft', false],
    ['submitted', false],
    ['accepted', false],
    ['scheduled', false],
    ['deferred', false],
    ['decided', true],
    ['closed', true],
    ['withdrawn', false],
  ])('a %s case is decided: %s', (state, decided) => {
    expect(isCaseDecided(state)).toBe(decided);
  });

  describe('actors', () => {
    it('names an actor for every action', () => {
      for (const action of CASE_ACTIONS) expect(CASE_ACTION_ACTORS[action].length).toBeGreaterThan(0);
    });

    it('lets clinicians submit and withdraw, and nothing else', () => {
      const clinician = CASE_ACTIONS.filter((action) => mayPerformCaseAction('clinician', action));
      expect(clinician).toEqual(['submit', 'withdraw']);
    });

    it('lets coordinators accept, return, schedule, unschedule and close', () => {
      const coordinator = CASE_ACTIONS.filter((action) => mayPerformCaseAction('coordinator', action));
      expect(coordinator).toEqual(['accept', 'return', 'schedule', 'unschedule', 'close']);
    });

    it('leaves meeting consequences to the system and nothing to admins', () => {
      expect(CASE_ACTIONS.filter((action) => mayPerformCaseAction('system', action))).toEqual([
        'defer',
        'cancel_meeting',
        'decide',
      ]);
      expect(CASE_ACTIONS.filter((action) => mayPerformCaseAction('admin', action))).toEqual([]);
    });
  });

  describe('reasons', () => {
    it.each<[CaseAction]>([['return'], ['withdraw']])('%s needs a non-blank reason', (action) => {
      for (const reason of [undefined, null, '', '   ']) {
        expect(validateCaseActionReason(action, reason)).toEqual({
          ok: false,
          code: 'REASON_REQUIRED',
          message: `a reason is required to ${action} a case`,
        });
      }
      expect(validateCaseActionReason(action, 'imaging is outdated')).toEqual({ ok: true });
    });

    it('other actions need none', () => {
      for (const action of CASE_ACTIONS.filter((a) => a !== 'return' && a !== 'withdraw')) {
        expect(validateCaseActionReason(action, null)).toEqual({ ok: true });
      }
    });
  });
});
