import { agendaOutcome, agendaOverrun, checkAgendaOrder, overlaps } from './agenda';

describe('agenda order', () => {
  const current = ['a', 'b', 'c'];

  it('accepts a permutation, including the same order', () => {
    expect(checkAgendaOrder(current, ['c', 'a', 'b'])).toEqual({ ok: true });
    expect(checkAgendaOrder(current, ['a', 'b', 'c'])).toEqual({ ok: true });
    expect(checkAgendaOrder([], [])).toEqual({ ok: true });
  });

  it('names a missing case', () => {
    expect(checkAgendaOrder(current, ['c', 'a'])).toEqual({
      ok: false,
      code: 'INVALID_AGENDA_ORDER',
      message: 'the new order must list each agenda case exactly once: missing b',
      missing: ['b'],
      extra: [],
      duplicated: [],
    });
  });

  it('names an extra case', () => {
    const result = checkAgendaOrder(current, ['a', 'b', 'c', 'x']);
    expect(result).toMatchObject({ ok: false, missing: [], extra: ['x'], duplicated: [] });
    if (!result.ok) expect(result.message).toContain('not on the agenda x');
  });

  it('names a duplicated case even when the count matches', () => {
    const result = checkAgendaOrder(current, ['a', 'a', 'c']);
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_AGENDA_ORDER',
      message: 'the new order must list each agenda case exactly once: missing b; listed more than once a',
      missing: ['b'],
      extra: [],
      duplicated: ['a'],
    });
  });

  it('reports every problem at once, each id once', () => {
    const result = checkAgendaOrder(current, ['x', 'x', 'a', 'a', 'a']);
    expect(result).toMatchObject({ ok: false, missing: ['b', 'c'], extra: ['x'], duplicated: ['x', 'a'] });
    if (!result.ok) {
      expect(result.message).toBe(
        'the new order must list each agenda case exactly once: missing b, c; not on the agenda x; listed more than once x, a',
      );
    }
  });
});

describe('agenda overrun', () => {
  it('sums planned minutes, with no warning when the agenda fits exactly', () => {
    expect(agendaOverrun([20, 20, 20], 60)).toEqual({ totalMinutes: 60, overrunMinutes: 0, warning: null });
  });

  it('warns by how much the agenda overruns', () => {
    expect(agendaOverrun([30, 25, 20], 60)).toEqual({
      totalMinutes: 75,
      overrunMinutes: 15,
      warning: "the agenda needs 75 minutes, 15 more than the meeting's 60",
    });
  });

  it('counts the default for cases without planned minutes and says so', () => {
    expect(agendaOverrun([50, null, null], 60)).toEqual({
      totalMinutes: 70,
      overrunMinutes: 10,
      warning:
        "the agenda needs 70 minutes (counting 10 minutes for each of 2 cases without planned minutes), 10 more than the meeting's 60",
    });
    expect(agendaOverrun([null], 10, 15).warning).toBe(
      "the agenda needs 15 minutes (counting 15 minutes for each of 1 case without planned minutes), 5 more than the meeting's 10",
    );
  });

  it('treats an explicit 0 as planned, not as missing', () => {
    expect(agendaOverrun([0, 0], 0)).toEqual({ totalMinutes: 0, overrunMinutes: 0, warning: null });
  });

  it('handles an empty agenda', () => {
    expect(agendaOverrun([], 60)).toEqual({ totalMinutes: 0, overrunMinutes: 0, warning: null });
  });

  it('rejects negative or non-finite minutes', () => {
    expect(() => agendaOverrun([-5], 60)).toThrow(RangeError);
    expect(() => agendaOverrun([10], Number.NaN)).toThrow(RangeError);
    expect(() => agendaOverrun([null], 60, -1)).toThrow(RangeError);
  });
});

describe('overlaps', () => {
  const at = (time: string) => new Date(`2025-03-15T${time}:00Z`);

  it('detects a partial overlap, both ways round', () => {
    expect(overlaps(at('09:00'), 60, at('09:30'), 60)).toBe(true);
    expect(overlaps(at('09:30'), 60, at('09:00'), 60)).toBe(true);
  });

  it('detects containment and identical slots', () => {
    expect(overlaps(at('09:00'), 120, at('09:30'), 15)).toBe(true);
    expect(overlaps(at('09:00'), 60, at('09:00'), 60)).toBe(true);
  });

  it('does not count touching end-to-start as overlap', () => {
    expect(overlaps(at('09:00'), 60, at('10:00'), 60)).toBe(false);
    expect(overlaps(at('10:00'), 60, at('09:00'), 60)).toBe(false);
  });

  it('counts a one-minute overlap', () => {
    expect(overlaps(at('09:00'), 61, at('10:00'), 60)).toBe(true);
  });

  it('finds no overlap between separate slots or with an empty slot', () => {
    expect(overlaps(at('09:00'), 30, at('11:00'), 30)).toBe(false);
    expect(overlaps(at('09:00'), 60, at('09:30'), 0)).toBe(false);
  });

  it('rejects invalid input', () => {
    expect(() => overlaps(new Date('nope'), 60, at('09:00'), 60)).toThrow(RangeError);
    expect(() => overlaps(at('09:00'), -1, at('09:00'), 60)).toThrow(RangeError);
  });
});

describe('agendaOutcome', () => {
  const none = { decidedHere: false, withdrawnBeforeClose: false };
  it('is decided where the plan was adopted, even while the board still meets', () => {
    expect(agendaOutcome('in_progress', { ...none, decidedHere: true })).toBe('decided');
    expect(agendaOutcome('closed', { ...none, decidedHere: true })).toBe('decided');
  });
  it('is deferred for every other case of a closed board, or withdrawn if it was withdrawn first', () => {
    expect(agendaOutcome('closed', none)).toBe('deferred');
    expect(agendaOutcome('closed', { ...none, withdrawnBeforeClose: true })).toBe('withdrawn');
  });
  it('is not known before the board has met, while it meets, or for a cancelled board', () => {
    expect(agendaOutcome('planned', none)).toBeNull();
    expect(agendaOutcome('in_progress', none)).toBeNull();
    expect(agendaOutcome('cancelled', none)).toBeNull();
  });
});
