import type { DataSource, EntityManager } from 'typeorm';

import { type Discipline, EXPECTED_REASONS, type ExpectedReason } from '@consilium/domain';
import { notFound } from '@api/common/errors';
import { type EntitySql, entitySql } from '@api/database/entity-sql';

import { BoardCase } from '../cases/board-case.entity';
import { Patient } from '../patients/patient.entity';
import { Specialist } from '../specialists/specialist.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
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

/**
 * SQL: is the specialist expected at the meeting? `m` is a meeting alias; `specialistId` and
 * `discipline` SQL expressions for the specialist. The rule of docs/adr/0013, in one place for the
 * calendar feed, the "boards I am expected at" filter and the meeting's list of expected people.
 */
export function expectedAtMeeting(m: string, specialistId: string, discipline: string): string {
  return `(${m}.chair_specialist_id = ${specialistId}
    OR ${discipline} = ANY(${m}.required_disciplines)
    OR EXISTS (SELECT 1 FROM agenda_item xa JOIN board_case xc ON xc.id = xa.case_id
                WHERE xa.meeting_id = ${m}.id AND xc.presenting_specialist_id = ${specialistId})
    OR EXISTS (SELECT 1 FROM attendance xt
                WHERE xt.meeting_id = ${m}.id AND xt.specialist_id = ${specialistId}))`;
}

export interface ExpectedAttendee {
  meetingId: string;
  specialistId: string;
  fullName: string;
  discipline: Discipline;
  /** The linked active account's address, for calendar invitations. */
  email: string | null;
  reasons: ExpectedReason[];
  /** Recorded present (true) or absent (false); null while not recorded. */
  present: boolean | null;
}

// A directory is tens to a few hundred people; the bound keeps a runaway quorum list finite.
const MAX_EXPECTED = 500;

/** The statement of `expectedAttendees` for `meetingCount` meetings (`$1::uuid[]`, `$2::uuid[]`). */
export function expectedAttendeesSql(meetingCount: number): string {
  return `SELECT m.id AS "meetingId", s.id AS "specialistId", s.full_name AS "fullName", s.discipline,
          u.email, at.present,
          (m.chair_specialist_id = s.id) AS chair,
          EXISTS (SELECT 1 FROM agenda_item xa JOIN board_case xc ON xc.id = xa.case_id
                   WHERE xa.meeting_id = m.id AND xc.presenting_specialist_id = s.id) AS presenter,
          (s.discipline = ANY(m.required_disciplines)) AS quorum,
          (at.specialist_id IS NOT NULL) AS recorded
     FROM meeting m
    CROSS JOIN specialist s
     LEFT JOIN attendance at ON at.meeting_id = m.id AND at.specialist_id = s.id
     LEFT JOIN app_user u ON u.specialist_id = s.id AND u.active
    WHERE m.id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR s.id = ANY($2::uuid[]))
      AND ${expectedAtMeeting('m', 's.id', 's.discipline')}
    ORDER BY m.id, s.discipline, s.full_name, s.id
    LIMIT ${MAX_EXPECTED * meetingCount}`;
}

/**
 * Everyone expected at each of the meetings (or only those of `specialistIds`), with why and their
 * recorded attendance, in one query.
 */
export async function expectedAttendees(
  em: EntityManager,
  meetingIds: string[],
  specialistIds?: string[],
): Promise<ExpectedAttendee[]> {
  if (meetingIds.length === 0 || specialistIds?.length === 0) return [];
  const rows: (Omit<ExpectedAttendee, 'reasons'> & Record<ExpectedReason, boolean>)[] = await em.query(
    expectedAttendeesSql(meetingIds.length),
    [meetingIds, specialistIds ?? null],
  );
  return rows.map(({ chair, presenter, quorum, recorded, ...row }) => ({
    ...row,
    reasons: EXPECTED_REASONS.filter((reason) => ({ chair, presenter, quorum, recorded })[reason]),
  }));
}

export interface MeetingDetailStatements {
  specialist: EntitySql<Specialist>;
  boardCase: EntitySql<BoardCase>;
  patient: EntitySql<Patient>;
  /** The meetings of `$1::uuid[]` with their chairs. */
  meetings: string;
  /** Their agenda items with each case, its patient and presenter, in agenda order. */
  items: string;
  /** Their attendance with each specialist, by name. */
  attendance: string;
  /** What the board did with each case: adopted its plan here, or saw it withdrawn before closing. */
  outcomes: string;
}

/**
 * The meeting detail's reads as fixed SQL from the entities' columns (docs/adr/0020), built once.
 * Exported for the benchmark's "equiv" baseline, which sends exactly these.
 */
export function meetingDetailStatements(dataSource: DataSource): MeetingDetailStatements {
  const specialist = entitySql(dataSource, Specialist);
  const boardCase = entitySql(dataSource, BoardCase);
  const patient = entitySql(dataSource, Patient);
  return {
    specialist,
    boardCase,
    patient,
    meetings: `SELECT ${entitySql(dataSource, Meeting).columns('m')}, ${specialist.json('chair')} AS chair
        FROM meeting m JOIN specialist chair ON chair.id = m.chair_specialist_id
       WHERE m.id = ANY($1::uuid[])`,
    items: `SELECT ${entitySql(dataSource, AgendaItem).columns('a')}, ${boardCase.json('c')} AS "boardCase",
                   ${patient.json('p')} AS patient, ${specialist.json('ps')} AS presenter
        FROM agenda_item a JOIN board_case c ON c.id = a.case_id JOIN patient p ON p.id = c.patient_id
        LEFT JOIN specialist ps ON ps.id = c.presenting_specialist_id
       WHERE a.meeting_id = ANY($1::uuid[])
       ORDER BY a.position ASC, a.added_at ASC`,
    attendance: `SELECT ${entitySql(dataSource, Attendance).columns('at')}, ${specialist.json('s')} AS specialist
        FROM attendance at JOIN specialist s ON s.id = at.specialist_id
       WHERE at.meeting_id = ANY($1::uuid[])
       ORDER BY s.full_name ASC, s.id ASC`,
    outcomes: `SELECT a.meeting_id AS "meetingId", a.case_id AS "caseId",
              EXISTS (SELECT 1 FROM recommendation r
                       WHERE r.case_id = a.case_id AND r.meeting_id = a.meeting_id) AS "decidedHere",
              EXISTS (SELECT 1 FROM case_event e
                       WHERE e.case_id = a.case_id AND e.action = 'withdraw'
                         AND e.occurred_at <= coalesce(m.closed_at, 'infinity')) AS "withdrawnBeforeClose"
         FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.meeting_id = ANY($1::uuid[])`,
  };
}
