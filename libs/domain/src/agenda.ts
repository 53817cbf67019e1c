import type { MeetingState } from './meeting-workflow';

export type AgendaOrderCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'INVALID_AGENDA_ORDER';
      message: string;
      missing: string[];
      extra: string[];
      duplicated: string[];
    };

// A reorder must be an exact permutation of the current agenda, so that a stale client (one that
// missed a case being added or removed) is refused instead of silently dropping or adding a case.
export function checkAgendaOrder(current: readonly string[], proposed: readonly string[]): AgendaOrderCheck {
  const currentIds = new Set(current);
  const proposedIds = new Set(proposed);
  const missing = current.filter((id, index) => !proposedIds.has(id) && current.indexOf(id) === index);
  const extra = [...proposedIds].filter((id) => !currentIds.has(id));
  const duplicated = [...proposedIds].filter((id) => proposed.indexOf(id) !== proposed.lastIndexOf(id));
  if (missing.length === 0 && extra.length === 0 && duplicated.length === 0) return { ok: true };
  const problems = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(extra.length > 0 ? [`not on the agenda ${extra.join(', ')}`] : []),
    ...(duplicated.length > 0 ? [`listed more than once ${duplicated.join(', ')}`] : []),
  ];
  return {
    ok: false,
    code: 'INVALID_AGENDA_ORDER',
    message: `the new order must list each agenda case exactly once: ${problems.join('; ')}`,
    missing,
    extra,
    duplicated,
  };
}

export const DEFAULT_MINUTES_PER_CASE = 10;

export interface AgendaOverrun {
  totalMinutes: number;
  overrunMinutes: number;
  warning: string | null;
}

// A warning, not a refusal: coordinators knowingly overbook and the chair manages the clock.
export function agendaOverrun(
  plannedMinutes: readonly (number | null)[],
  durationMinutes: number,
  defaultMinutesPerCase = DEFAULT_MINUTES_PER_CASE,
): AgendaOverrun {
  assertMinutes('durationMinutes', durationMinutes);
  assertMinutes('defaultMinutesPerCase', defaultMinutesPerCase);
  plannedMinutes.forEach((minutes, index) => {
    if (minutes !== null) assertMinutes(`plannedMinutes[${index}]`, minutes);
  });
  const unplanned = plannedMinutes.filter((minutes) => minutes === null).length;
  const totalMinutes = plannedMinutes.reduce<number>(
    (sum, minutes) => sum + (minutes ?? defaultMinutesPerCase),
    0,
  );
  const overrunMinutes = Math.max(0, totalMinutes - durationMinutes);
  if (overrunMinutes === 0) return { totalMinutes, overrunMinutes, warning: null };
  const assumption =
    unplanned > 0
      ? ` (counting ${defaultMinutesPerCase} minutes for each of ${unplanned} case${unplanned === 1 ? '' : 's'} without planned minutes)`
      : '';
  return {
    totalMinutes,
    overrunMinutes,
    warning: `the agenda needs ${totalMinutes} minutes${assumption}, ${overrunMinutes} more than the meeting's ${durationMinutes}`,
  };
}

// Half-open intervals [start, start + minutes): a meeting ending at 10:00 does not overlap one
// starting at 10:00. A zero-length interval is empty and overlaps nothing.
export function overlaps(aStart: Date, aMinutes: number, bStart: Date, bMinutes: number): boolean {
  assertMinutes('aMinutes', aMinutes);
  assertMinutes('bMinutes', bMinutes);
  const a = aStart.getTime();
  const b = bStart.getTime();
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('overlaps needs valid dates');
  if (aMinutes === 0 || bMinutes === 0) return false;
  return a < b + bMinutes * 60_000 && b < a + aMinutes * 60_000;
}

function assertMinutes(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be >= 0 minutes, got ${value}`);
}

/** What a board did with a case on its agenda, once it has met (null while that is not known). */
export const AGENDA_OUTCOMES = ['decided', 'deferred', 'withdrawn'] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];

/**
 * A case is decided at the board that adopted its plan; a closed board deferred every other case of
 * its agenda, unless it was withdrawn before the board closed. While a board meets, only its
 * decisions are known; before, and for a cancelled board, nothing. The case's current state is not
 * enough: a case deferred here may be decided at a later board.
 */
export function agendaOutcome(
  meeting: MeetingState,
  facts: { decidedHere: boolean; withdrawnBeforeClose: boolean },
): AgendaOutcome | null {
  if (facts.decidedHere) return 'decided';
  if (meeting !== 'closed') return null;
  return facts.withdrawnBeforeClose ? 'withdrawn' : 'deferred';
}
