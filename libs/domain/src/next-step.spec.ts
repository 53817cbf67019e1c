import { CASE_STATES } from './case-workflow';
import { nextStepOf } from './next-step';
import type { Readiness } from './readiness';

const ready: Readiness = {
  ready: true,
  items: [
    { item: 'ecog', ok: true, message: 'ECOG 1' },
    { item: 'question', ok: true, message: 'question for the board recorded' },
  ],
};
const lacking: Readiness = {
  ready: false,
  items: [
    { item: 'ecog', ok: false, message: 'missing: ECOG performance status' },
    { item: 'imaging', ok: false, message: 'missing: date of the latest cross-sectional imaging' },
    { item: 'question', ok: true, message: 'question for the board recorded' },
  ],
};

describe('nextStepOf', () => {
  it('asks the presenter for the missing readiness items of a draft, by item', () => {
    expect(
      nextStepOf('draft', { readiness: lacking, lastEvent: { action: 'created', reason: null } }),
    ).toEqual({
      kind: 'complete',
      missing: ['ecog', 'imaging'],
      returnReason: null,
    });
  });

  it('asks for submission once the draft is ready', () => {
    expect(nextStepOf('draft', { readiness: ready, lastEvent: null })).toEqual({
      kind: 'submit',
      missing: [],
      returnReason: null,
    });
  });

  it("carries the coordinator's reason while a returned case is back in draft, ready or not", () => {
    const lastEvent = { action: 'return' as const, reason: 'add the MRI of last week' };
    expect(nextStepOf('draft', { readiness: ready, lastEvent })).toEqual({
      kind: 'revise',
      missing: [],
      returnReason: 'add the MRI of last week',
    });
    expect(nextStepOf('draft', { readiness: lacking, lastEvent }).missing).toEqual(['ecog', 'imaging']);
  });

  it('refuses to guess the next step of a draft without its readiness', () => {
    expect(() => nextStepOf('draft')).toThrow(RangeError);
  });

  it.each([
    ['submitted', 'awaiting_triage'],
    ['accepted', 'awaiting_agenda'],
    ['deferred', 'awaiting_new_board'],
    ['scheduled', 'on_agenda'],
    ['decided', 'awaiting_follow_up'],
    ['closed', 'none'],
    ['withdrawn', 'none'],
  ] as const)('names who acts next on a %s case', (state, kind) => {
    expect(nextStepOf(state)).toEqual({ kind, missing: [], returnReason: null });
  });

  it('has a next step for every state', () => {
    for (const state of CASE_STATES) {
      expect(() => nextStepOf(state, { readiness: ready })).not.toThrow();
    }
  });
});
