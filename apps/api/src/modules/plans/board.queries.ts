import type { Discipline } from '@consilium/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { BoardCase } from '../cases/board-case.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';

// Reads of the meetings module's tables that plans need, inside the caller's transaction.
// Lock order everywhere (as in the meetings module): meeting, then case, then proposal.

export interface Attendee {
  specialistId: string;
  fullName: string;
  discipline: Discipline;
  present: boolean;
  role: string | null;
}

/**
 * The meeting, share-locked: its state and attendance cannot change (they lock it for update) until
 * this transaction ends, while votes and adoptions on it proceed side by side.
 */
export async function shareLockMeeting(em: EntityManager, id: string): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, { where: { id }, lock: { mode: 'pessimistic_read' } });
  if (!meeting) throw notFound('meeting', id);
  return meeting;
}

export async function lockCase(
  em: EntityManager,
  id: string,
  mode: 'pessimistic_read' | 'pessimistic_write',
): Promise<BoardCase> {
  const boardCase = await em.findOne(BoardCase, { where: { id }, lock: { mode } });
  if (!boardCase) throw notFound('case', id);
  return boardCase;
}

export function isOnActiveAgenda(em: EntityManager, meetingId: string, caseId: string): Promise<boolean> {
  return em.exists(AgendaItem, { where: { meetingId, caseId, active: true } });
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
