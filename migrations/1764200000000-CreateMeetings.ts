import { type MigrationInterface, type QueryRunner } from 'typeorm';

const DISCIPLINES = `'medical_oncology', 'surgery', 'interventional_radiology', 'radiation_oncology',
  'radiology', 'pathology', 'hepatology', 'gastroenterology', 'nursing', 'other'`;

// Board meetings: the meeting, its agenda of cases, attendance, the append-only discussion notes,
// and the per-specialist calendar feed tokens.
export class CreateMeetings1764200000000 implements MigrationInterface {
  name = 'CreateMeetings1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        board_type text NOT NULL,
        starts_at timestamptz(3) NOT NULL,
        duration_minutes integer NOT NULL,
        location text,
        video_url text,
        chair_specialist_id uuid NOT NULL,
        required_disciplines text[] NOT NULL,
        status text NOT NULL DEFAULT 'planned',
        cancel_reason text,
        started_at timestamptz(3),
        closed_at timestamptz(3),
        -- Bumped on every change a calendar must pick up (the iCalendar SEQUENCE).
        revision integer NOT NULL DEFAULT 0,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT meeting_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_chair_specialist_id_fkey FOREIGN KEY (chair_specialist_id) REFERENCES specialist (id),
        CONSTRAINT meeting_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT meeting_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT meeting_board_type_check CHECK (length(btrim(board_type)) BETWEEN 1 AND 100),
        CONSTRAINT meeting_duration_minutes_check CHECK (duration_minutes BETWEEN 5 AND 720),
        CONSTRAINT meeting_location_check CHECK (length(btrim(location)) BETWEEN 1 AND 200),
        CONSTRAINT meeting_video_url_check CHECK (video_url ~ '^https?://' AND length(video_url) <= 2000),
        CONSTRAINT meeting_place_check CHECK (location IS NOT NULL OR video_url IS NOT NULL),
        CONSTRAINT meeting_required_disciplines_check CHECK (
          cardinality(required_disciplines) > 0 AND required_disciplines <@ ARRAY[${DISCIPLINES}]::text[]),
        CONSTRAINT meeting_status_check CHECK (status IN ('planned', 'in_progress', 'closed', 'cancelled')),
        CONSTRAINT meeting_cancel_reason_check CHECK (length(btrim(cancel_reason)) BETWEEN 1 AND 2000),
        CONSTRAINT meeting_cancelled_reason_check CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
        CONSTRAINT meeting_started_at_check CHECK ((status IN ('in_progress', 'closed')) = (started_at IS NOT NULL)),
        CONSTRAINT meeting_closed_at_check CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
        CONSTRAINT meeting_revision_check CHECK (revision >= 0)
      )`);
    // The list order (starts_at, id) and its keyset; also the time-window search for conflicts.
    await q.query(`CREATE INDEX meeting_starts_at_idx ON meeting (starts_at, id)`);
    await q.query(`CREATE INDEX meeting_chair_specialist_id_idx ON meeting (chair_specialist_id, starts_at)`);
    await q.query(`CREATE INDEX meeting_created_by_idx ON meeting (created_by)`);

    await q.query(`
      CREATE TABLE agenda_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        position integer NOT NULL,
        planned_minutes integer,
        -- The case's state before it was scheduled, to which removing it from the agenda returns it.
        previous_state text NOT NULL,
        -- True while the meeting is open (planned or in progress); false once it is closed or cancelled.
        active boolean NOT NULL DEFAULT true,
        added_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_pkey PRIMARY KEY (id),
        CONSTRAINT agenda_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT agenda_item_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT agenda_item_meeting_case_key UNIQUE (meeting_id, case_id),
        CONSTRAINT agenda_item_position_check CHECK (position >= 1),
        CONSTRAINT agenda_item_planned_minutes_check CHECK (planned_minutes BETWEEN 1 AND 240),
        CONSTRAINT agenda_item_previous_state_check CHECK (previous_state IN ('accepted', 'deferred'))
      )`);
    // A case sits on at most one open meeting: the database decides between two coordinators
    // adding the same case to two meetings at once, whatever the application checked before.
    await q.query(`CREATE UNIQUE INDEX agenda_item_case_open_key ON agenda_item (case_id) WHERE active`);
    await q.query(`CREATE INDEX agenda_item_case_id_idx ON agenda_item (case_id)`);

    await q.query(`
      CREATE TABLE attendance (
        meeting_id uuid NOT NULL,
        specialist_id uuid NOT NULL,
        present boolean NOT NULL,
        role text,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT attendance_pkey PRIMARY KEY (meeting_id, specialist_id),
        CONSTRAINT attendance_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT attendance_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT attendance_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_user (id),
        CONSTRAINT attendance_role_check CHECK (length(btrim(role)) BETWEEN 1 AND 100)
      )`);
    // A specialist's meetings (calendar feed, conflicts).
    await q.query(`CREATE INDEX attendance_specialist_id_idx ON attendance (specialist_id, meeting_id)`);
    await q.query(`CREATE INDEX attendance_recorded_by_idx ON attendance (recorded_by)`);

    await q.query(`
      CREATE TABLE discussion_note (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        author_user_id uuid NOT NULL,
        author_specialist_id uuid,
        body text NOT NULL,
        corrects_note_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT discussion_note_pkey PRIMARY KEY (id),
        CONSTRAINT discussion_note_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT discussion_note_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT discussion_note_author_user_id_fkey FOREIGN KEY (author_user_id) REFERENCES app_user (id),
        CONSTRAINT discussion_note_author_specialist_id_fkey
          FOREIGN KEY (author_specialist_id) REFERENCES specialist (id),
        CONSTRAINT discussion_note_corrects_note_id_fkey
          FOREIGN KEY (corrects_note_id) REFERENCES discussion_note (id),
        CONSTRAINT discussion_note_body_check CHECK (length(btrim(body)) > 0 AND length(body) <= 10000)
      )`);
    // One case's thread at one meeting, in order (and its keyset).
    await q.query(
      `CREATE INDEX discussion_note_thread_idx ON discussion_note (meeting_id, case_id, created_at, id)`,
    );
    await q.query(`CREATE INDEX discussion_note_case_id_idx ON discussion_note (case_id)`);
    await q.query(`CREATE INDEX discussion_note_corrects_note_id_idx ON discussion_note (corrects_note_id)`);
    await q.query(`CREATE INDEX discussion_note_author_user_id_idx ON discussion_note (author_user_id)`);
    await q.query(
      `CREATE INDEX discussion_note_author_specialist_id_idx ON discussion_note (author_specialist_id)`,
    );
    // Notes are kept forever as written: a correction is a new note pointing at the one it corrects,
    // in the same thread (same meeting and case).
    await q.query(`
      CREATE FUNCTION discussion_note_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'discussion_note is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER discussion_note_append_only BEFORE UPDATE OR DELETE ON discussion_note
        FOR EACH ROW EXECUTE FUNCTION discussion_note_reject_change()`);
    await q.query(`
      CREATE TRIGGER discussion_note_no_truncate BEFORE TRUNCATE ON discussion_note
        FOR EACH STATEMENT EXECUTE FUNCTION discussion_note_reject_change()`);
    await q.query(`
      CREATE FUNCTION discussion_note_check_correction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.corrects_note_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM discussion_note n
           WHERE n.id = NEW.corrects_note_id AND n.meeting_id = NEW.meeting_id AND n.case_id = NEW.case_id
        ) THEN
          RAISE EXCEPTION 'a correction must refer to a note of the same meeting and case'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'discussion_note_corrects_same_thread_check';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER discussion_note_corrects_same_thread BEFORE INSERT ON discussion_note
        FOR EACH ROW EXECUTE FUNCTION discussion_note_check_correction()`);

    await q.query(`
      CREATE TABLE calendar_feed (
        specialist_id uuid NOT NULL,
        -- sha256 (hex) of the secret token in the feed's URL; the token itself is never stored.
        token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz(3),
        CONSTRAINT calendar_feed_pkey PRIMARY KEY (specialist_id),
        CONSTRAINT calendar_feed_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash),
        CONSTRAINT calendar_feed_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$')
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
    await q.query(`DROP TABLE discussion_note`);
    await q.query(`DROP FUNCTION discussion_note_check_correction()`);
    await q.query(`DROP FUNCTION discussion_note_reject_change()`);
    await q.query(`DROP TABLE attendance`);
    await q.query(`DROP TABLE agenda_item`);
    await q.query(`DROP TABLE meeting`);
  }
}
