import {
  isMeetingEditable,
  isMeetingOpen,
  MEETING_ACTIONS,
  MEETING_STATES,
  type MeetingAction,
  type MeetingState,
  nextMeetingState,
} from './meeting-workflow';

// Written out by hand from docs/design.md#meeting-states; `null` means illegal.
const EXPECTED: Record<MeetingState, Record<MeetingAction, MeetingState | null>> = {
  planned: { start: 'in_progress', close: null, cancel: 'cancelled' },
  in_progress: { start: null, close: 'closed', cancel: null },
  closed: { start: null, close: null, cancel: null },
  cancelled: { start: null, close: null, cancel: null },
};

const PAIRS = MEETING_STATES.flatMap((state) =>
  MEETING_ACTIONS.map((action) => [state, action, EXPECTED[state][action]] as const),
);

describe('meeting workflow', () => {
  it('covers every state and action pair (4 x 3)', () => {
    expect(PAIRS).toHaveLength(12);
  });

  it.each(PAIRS)('%s --%s--> %s', (state, action, expected) => {
    const result = nextMeetingState(state, action);
    if (expected === null) {
      expect(result).toEqual({
        ok: false,
        code: 'ILLEGAL_TRANSITION',
        message: `cannot ${action} a meeting in state ${state}`,
      });
    } else {
      expect(result).toEqual({ ok: true, to: expected });
    }
  });

  it('refuses to cancel a meeting in progress: it must be closed', () => {
    expect(nextMeetingState('in_progress', 'cancel')).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: 'cannot cancel a meeting in state in_progress',
    });
  });

  it.each<[MeetingState, boolean]>([
    ['planned', true],
    ['in_progress', false],
    ['closed', false],
    ['cancelled', false],
  ])('a %s meeting is editable: %s', (state, editable) => {
    expect(isMeetingEditable(state)).toBe(editable);
  });

  it.each<[MeetingState, boolean]>([
    ['planned', true],
    ['in_progress', true],
    ['closed', false],
    ['cancelled', false],
  ])('a %s meeting is open: %s', (state, open) => {
    expect(isMeetingOpen(state)).toBe(open);
  });
});
