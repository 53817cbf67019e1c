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
      since: null,
      followUpDueAt: null,
      overdue: false,
    });
  });

  it('asks for submission once the draft is ready', () => {
    expect(nextStepOf('draft', { readiness: ready, lastEvent: null })).toEqual({
      kind: 'submit',
      missing: [],
      returnReason: null,
      since: null,
      followUpDueAt: null,
      overdue: false,
    });
  });

  it("carries the coordinator's reason while a returned case is back in draft, ready or not", () => {
    const lastEvent = { action: 'return' as const, reason: 'add the MRI of last week' };
    expect(nextStepOf('draft', { readiness: ready, lastEvent })).toEqual({
      kind: 'revise',
      missing: [],
      returnReason: 'add the MRI of last week',
      since: null,
      followUpDueAt: null,
      overdue: false,
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
    expect(nextStepOf(state)).toEqual({
      kind,
      missing: [],
      returnReason: null,
      since: null,
      followUpDueAt: null,
      overdue: false,
    });
  });

  it('says since when the case has been in its state', () => {
    const occurredAt = new Date('2026-11-20T09:30:00Z');
    const step = nextStepOf('submitted', { lastEvent: { action: 'submit', reason: null, occurredAt } });
    expect(step).toMatchObject({ kind: 'awaiting_triage', since: occurredAt, followUpDueAt: null });
  });

  it("gives a decided case's follow-up its due date and says when it is overdue", () => {
    const occurredAt = new Date('2026-10-01T10:00:00Z');
    const lastEvent = { action: 'decide' as const, reason: null, occurredAt };
    const before = nextStepOf('decided', {
      lastEvent,
      followUp: { overdueDays: 60, now: new Date('2026-11-01T00:00:00Z') },
    });
    expect(before).toMatchObject({
      kind: 'awaiting_follow_up',
      since: occurredAt,
      followUpDueAt: new Date('2026-11-30T10:00:00Z'),
      overdue: false,
    });
    const after = nextStepOf('decided', {
      lastEvent,
      followUp: { overdueDays: 60, now: new Date('2026-12-01T00:00:00Z') },
    });
    expect(after.overdue).toBe(true);
  });

  it('has a next step for every state', () => {
    for (const state of CASE_STATES) {
      expect(() => nextStepOf(state, { readiness: ready })).not.toThrow();
    }
  });
});
