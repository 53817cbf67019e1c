import type { EntityManager } from 'typeorm';

import type { Discipline } from '@consilium/domain';
import { notFound } from '@api/common/errors';

import { BoardCase } from '../cases/board-case.entity';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { meetingNotFound } from './meetings.errors';

// The row locks of the board's work, and the reads of a meeting's agenda and attendance made under
// them, inside the caller's transaction (meetings, proposals, votes, adoption, follow-up).
//
// Lock order, everywhere: the meeting, then the case, then the proposal. A transaction that needs
// more than one of them takes them in this order, so two transactions never each hold one while
// waiting for the other (a deadlock, which PostgreSQL ends by failing one of them with a 500).
// - Meeting: FOR UPDATE to change the meeting, its agenda or its attendance; FOR SHARE to act at it
//   (notes, proposals, votes, adoption). Those run side by side, and the meeting's state and
//   attendance (hence quorum and presence) hold still until they commit.
// - Case: FOR UPDATE to change its state (agenda, adoption, follow-up, close and cancel in agenda
//   order); FOR SHARE to propose or vote, so votes proceed side by side and an adoption waits for
//   them, and they for it.
// - Proposal: FOR UPDATE to vote or adopt, so one specialist's parallel votes queue up.

export type LockMode = 'pessimistic_write' | 'pessimistic_read';

/** The meeting row, locked: `pessimistic_write` (FOR UPDATE) to change it, `pessimistic_read` to act at it. */
export async function lockMeeting(
  em: EntityManager,
  id: string,
  mode: LockMode = 'pessimistic_write',
): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, { where: { id }, lock: { mode } });
  if (!meeting) throw meetingNotFound(id);
  return meeting;
}

/** The case row, locked after its meeting's (if any). */
export async function lockCase(em: EntityManager, id: string, mode: LockMode): Promise<BoardCase> {
  const boardCase = await em.findOne(BoardCase, { where: { id }, lock: { mode } });
  if (!boardCase) throw notFound('case', id);
  return boardCase;
}

export function isOnActiveAgenda(em: EntityManager, meetingId: string, caseId: string): Promise<boolean> {
  return em.exists(AgendaItem, { where: { meetingId, caseId, active: true } });
}

export interface Attendee {
  specialistId: string;
  fullName: string;
  discipline: Discipline;
  present: boolean;
  role: string | null;
}

/** Everyone recorded at the meeting, present or not, by name. */
export async function attendanceOf(em: EntityManager, meetingId: string): Promise<Attendee[]> {
  return em.query(
    `SELECT a.specialist_id AS "specialistId", s.full_name AS "fullName", s.discipline, a.present, a.role
       FROM attendance a JOIN specialist s ON s.id = a.specialist_id
      WHERE a.meeting_id = $1
      ORDER BY s.full_name, s.id`,
    [meetingId],
  );
}

export async function isPresent(
  em: EntityManager,
  meetingId: string,
  specialistId: string,
): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM attendance WHERE meeting_id = $1 AND specialist_id = $2 AND present`,
    [meetingId, specialistId],
  );
  return rows.length > 0;
}

/** The present specialists of several meetings at once (for lists): `meetingId/specialistId` keys. */
export async function presenceOf(em: EntityManager, meetingIds: string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows: { meetingId: string; specialistId: string }[] = await em.query(
    `SELECT meeting_id AS "meetingId", specialist_id AS "specialistId"
       FROM attendance WHERE meeting_id = ANY($1::uuid[]) AND present`,
    [meetingIds],
  );
  return new Set(rows.map((r) => `${r.meetingId}/${r.specialistId}`));
}
