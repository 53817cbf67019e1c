import { type MigrationInterface, type QueryRunner } from 'typeorm';

const EVENT_KINDS = `'meeting_started', 'attendance_changed', 'current_case_changed', 'note_added',
  'proposal_added', 'vote_cast', 'plan_adopted', 'case_deferred', 'meeting_closed'`;

// The live board (docs/adr/0014): the case a meeting is discussing now, the time spent on each case,
// and the meeting's events, written in the transaction of each change (NOTIFY wakes every instance on
// commit; the rows let a device that reconnects catch up on what it missed).
export class LiveMeetings1764700000000 implements MigrationInterface {
  name = 'LiveMeetings1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meeting
        ADD COLUMN current_case_id uuid,
        ADD COLUMN current_case_since timestamptz(3),
        ADD CONSTRAINT meeting_current_case_id_fkey FOREIGN KEY (current_case_id) REFERENCES board_case (id),
        ADD CONSTRAINT meeting_current_case_since_check
          CHECK ((current_case_id IS NULL) = (current_case_since IS NULL))`);
    await q.query(`
      CREATE TABLE meeting_case_time (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        started_at timestamptz(3) NOT NULL,
        ended_at timestamptz(3),
        started_by uuid NOT NULL,
        CONSTRAINT meeting_case_time_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_case_time_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT meeting_case_time_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT meeting_case_time_started_by_fkey FOREIGN KEY (started_by) REFERENCES app_user (id),
        CONSTRAINT meeting_case_time_order_check CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await q.query(
      `CREATE INDEX meeting_case_time_meeting_case_idx ON meeting_case_time (meeting_id, case_id)`,
    );
    // One case at a time.
    await q.query(
      `CREATE UNIQUE INDEX meeting_case_time_open_key ON meeting_case_time (meeting_id) WHERE ended_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE meeting_event (
        id bigint GENERATED ALWAYS AS IDENTITY,
        meeting_id uuid NOT NULL,
        kind text NOT NULL,
        case_id uuid,
        proposal_id uuid,
        occurred_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT meeting_event_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_event_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT meeting_event_kind_check CHECK (kind IN (${EVENT_KINDS}))
      )`);
    await q.query(`CREATE INDEX meeting_event_meeting_id_idx ON meeting_event (meeting_id, id)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON meeting_case_time TO consilium_runtime`);
    // DELETE: the replay log is pruned as it is written (it is not a record; the audit log is).
    await q.query(`GRANT SELECT, INSERT, DELETE ON meeting_event TO consilium_runtime`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_event`);
    await q.query(`DROP TABLE meeting_case_time`);
    await q.query(`
      ALTER TABLE meeting
        DROP CONSTRAINT meeting_current_case_since_check,
        DROP CONSTRAINT meeting_current_case_id_fkey,
        DROP COLUMN current_case_since,
        DROP COLUMN current_case_id`);
  }
}
