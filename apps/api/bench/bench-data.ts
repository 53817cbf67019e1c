import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';

import { prepareDatabase } from '../src/database/database-roles';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * A throw-away embedded PostgreSQL, migrated as `npm start` does it: by the owner, with the app's
 * runtime role set up (its `url`); the bulk loads below run on `ownerUrl`, which may ANALYZE.
 */
export async function startBenchDatabase(): Promise<EmbeddedPostgresHandle> {
  const embedded = await startEmbeddedPostgres({
    dir: path.join(mkdtempSync(path.join(tmpdir(), 'consilium-bench-')), 'postgres'),
    port: 0,
    database: 'consilium',
    ephemeral: true,
  });
  await prepareDatabase({
    runtimeUrl: embedded.url,
    ownerUrl: embedded.ownerUrl,
    logger: pino({ level: 'silent' }),
  });
  return embedded;
}

// Set-based bench data in a throw-away database, loaded as the schema owner (which may ANALYZE):
// `patients` patients with two cases each (a realistic spread of states, sites, names and creation
// times), and `meetings` closed boards of ten cases each with four members present.

export async function loadPatientsAndCases(
  owner: DataSource,
  patients: number,
  createdBy: string,
  specialistId: string,
  /** Patients already loaded: the new ones are numbered after them (MRNs, names, times go on). */
  after = 0,
): Promise<void> {
  await owner.query(
    `INSERT INTO patient (institution, mrn, full_name, birth_date, sex, created_by, created_at)
     SELECT 'Bench Hospital', 'B' || lpad(g::text, 8, '0'),
            (ARRAY['Anna','Bram','Carla','Daan','Eva','Finn','Greta','Hugo'])[1 + g % 8] || ' ' ||
            (ARRAY['Jansen','de Vries','Bakker','Visser','Smit','Meijer','Mulder','Bos'])[1 + (g / 8) % 8] || ' ' || g,
            date '1940-01-01' + (g % 20000), (ARRAY['female','male'])[1 + g % 2], $1,
            now() - (g || ' minutes')::interval
       FROM generate_series($3::int + 1, $3::int + $2::int) g`,
    [createdBy, patients, after],
  );
  await owner.query(
    `INSERT INTO board_case (patient_id, status, presenting_specialist_id, primary_site, histology,
                             question_for_board, created_by, created_at)
     SELECT p.id, (ARRAY['draft','submitted','accepted','withdrawn'])[1 + k % 4], $1,
            (ARRAY['colon','rectum','pancreas','breast'])[1 + k % 4], 'adenocarcinoma',
            'Resectable? case ' || k, $2, p.created_at + (k || ' seconds')::interval
       FROM patient p CROSS JOIN generate_series(1, 2) k
      WHERE NOT EXISTS (SELECT 1 FROM board_case c WHERE c.patient_id = p.id)`,
    [specialistId, createdBy],
  );
}

/** Closed boards, weekly back in time, each with ten accepted cases on its (closed) agenda. */
export async function loadMeetings(
  owner: DataSource,
  meetings: number,
  createdBy: string,
  members: readonly string[],
): Promise<void> {
  await owner.query(
    `INSERT INTO meeting (title, board_type, starts_at, duration_minutes, location, chair_specialist_id,
                          required_disciplines, status, started_at, closed_at, created_by)
     SELECT 'Liver board ' || g, 'Hepatobiliary MDT', now() - (g * 7 || ' days')::interval, 90, 'Room 4',
            $1, ARRAY['medical_oncology','surgery','interventional_radiology','radiology'], 'closed',
            now() - (g * 7 || ' days')::interval, now() - (g * 7 || ' days')::interval + interval '90 minutes', $2
       FROM generate_series(1, $3) g`,
    [members[0], createdBy, meetings],
  );
  await owner.query(
    `WITH m AS (SELECT id, row_number() OVER (ORDER BY starts_at DESC) AS n FROM meeting),
          c AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM board_case
                 WHERE status = 'accepted' LIMIT $1)
     INSERT INTO agenda_item (meeting_id, case_id, position, planned_minutes, previous_state, active)
     SELECT m.id, c.id, ((c.n - 1) % 10) + 1, 9, 'accepted', false
       FROM c JOIN m ON m.n = ((c.n - 1) / 10) + 1`,
    [meetings * 10],
  );
  await owner.query(
    `INSERT INTO attendance (meeting_id, specialist_id, present, recorded_by)
     SELECT m.id, s, true, $1 FROM meeting m CROSS JOIN unnest($2::uuid[]) AS s`,
    [createdBy, members],
  );
}
