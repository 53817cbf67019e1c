import type { DataSource } from 'typeorm';

import { type EntitySql, entitySql } from '@api/database/entity-sql';

import { Patient } from '../patients/patient.entity';
import { Specialist } from '../specialists/specialist.entity';
import { BoardCase } from './board-case.entity';

// The fixed statements of the case reads (docs/adr/0020), built once from the entities' metadata.
// Exported for the benchmark's "equiv" baseline, which sends exactly these (apps/api/bench).

export interface CaseStatements {
  boardCase: EntitySql<BoardCase>;
  patient: EntitySql<Patient>;
  specialist: EntitySql<Specialist>;
  /** Cases with their patient, presenter and addressee; the caller adds WHERE, ORDER BY, LIMIT. */
  withPeople: string;
  /** Each case's latest event and the open board whose agenda holds it, for `$1::uuid[]`. */
  nextStepRows: string;
}

export function caseStatements(dataSource: DataSource): CaseStatements {
  const boardCase = entitySql(dataSource, BoardCase);
  const patient = entitySql(dataSource, Patient);
  const specialist = entitySql(dataSource, Specialist);
  return {
    boardCase,
    patient,
    specialist,
    withPeople: `SELECT ${boardCase.columns('c')},
        ${patient.json('p')} AS patient,
        ${specialist.json('s')} AS "presentingSpecialist",
        ${specialist.json('tp')} AS "treatingPhysicianSpecialist"
      FROM board_case c JOIN patient p ON p.id = c.patient_id
      LEFT JOIN specialist s ON s.id = c.presenting_specialist_id
      LEFT JOIN specialist tp ON tp.id = c.treating_physician_specialist_id`,
    nextStepRows: `SELECT c.id AS case_id, ev.action, ev.reason, ev.occurred_at,
              m.id AS meeting_id, m.title, m.starts_at
         FROM unnest($1::uuid[]) AS c(id)
         LEFT JOIN LATERAL (
           SELECT e.action, e.reason, e.occurred_at FROM case_event e
            WHERE e.case_id = c.id ORDER BY e.seq DESC LIMIT 1) ev ON true
         LEFT JOIN agenda_item ai ON ai.case_id = c.id AND ai.active
         LEFT JOIN meeting m ON m.id = ai.meeting_id`,
  };
}
