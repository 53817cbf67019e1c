import { type MigrationInterface, type QueryRunner } from 'typeorm';

const CASE_STATES = `'draft', 'submitted', 'accepted', 'scheduled', 'deferred', 'decided', 'closed', 'withdrawn'`;
const CASE_EVENT_ACTIONS = `'created', 'submit', 'accept', 'return', 'schedule', 'unschedule', 'defer',
  'cancel_meeting', 'decide', 'close', 'withdraw'`;
const DISCIPLINES = `'medical_oncology', 'surgery', 'interventional_radiology', 'radiation_oncology',
  'radiology', 'pathology', 'hepatology', 'gastroenterology', 'nursing', 'other'`;

// Institution settings, patients, board cases with their typed clinical facts, and the append-only
// case history.
export class CreateClinicalRecords1764100000000 implements MigrationInterface {
  name = 'CreateClinicalRecords1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram indexes make the name and free-text searches index scans instead of table scans.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE institution_settings (
        id smallint NOT NULL DEFAULT 1,
        imaging_window_days integer NOT NULL DEFAULT 42,
        time_zone text NOT NULL DEFAULT 'Europe/Amsterdam',
        quorum_disciplines text[] NOT NULL
          DEFAULT '{medical_oncology,surgery,interventional_radiology,radiology}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT institution_settings_pkey PRIMARY KEY (id),
        CONSTRAINT institution_settings_single_row_check CHECK (id = 1),
        CONSTRAINT institution_settings_imaging_window_days_check CHECK (imaging_window_days BETWEEN 1 AND 365),
        CONSTRAINT institution_settings_time_zone_check CHECK (length(btrim(time_zone)) > 0),
        CONSTRAINT institution_settings_quorum_disciplines_check CHECK (
          cardinality(quorum_disciplines) > 0 AND quorum_disciplines <@ ARRAY[${DISCIPLINES}]::text[])
      )`);
    await q.query(`INSERT INTO institution_settings (id) VALUES (1)`);

    await q.query(`
      CREATE TABLE patient (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        institution text NOT NULL,
        mrn text NOT NULL,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        sex text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_pkey PRIMARY KEY (id),
        CONSTRAINT patient_institution_mrn_key UNIQUE (institution, mrn),
        CONSTRAINT patient_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT patient_sex_check CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        CONSTRAINT patient_mrn_check CHECK (length(btrim(mrn)) BETWEEN 1 AND 64),
        CONSTRAINT patient_full_name_check CHECK (length(btrim(full_name)) BETWEEN 1 AND 200)
      )`);
    // The list order (full_name, id) and its keyset.
    await q.query(`CREATE INDEX patient_full_name_idx ON patient (full_name, id)`);
    // MRN prefix search whatever the database collation (text_pattern_ops serves LIKE 'x%').
    await q.query(`CREATE INDEX patient_mrn_pattern_idx ON patient (mrn text_pattern_ops)`);
    // Case-insensitive name substring search (LIKE '%x%' on lower(full_name)).
    await q.query(
      `CREATE INDEX patient_full_name_trgm_idx ON patient USING gin (lower(full_name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX patient_created_by_idx ON patient (created_by)`);

    await q.query(`
      CREATE TABLE board_case (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        presenting_specialist_id uuid,
        primary_site text,
        primary_side text,
        histology text,
        diagnosis_date date,
        ras text,
        braf_v600e text,
        msi text,
        pdl1_percent numeric(5,2),
        lesions jsonb NOT NULL DEFAULT '[]',
        bilobar boolean,
        extrahepatic_disease text,
        bilirubin_mg_dl numeric(5,2),
        albumin_g_dl numeric(4,2),
        inr numeric(4,2),
        child_pugh text,
        cirrhosis_or_fibrosis boolean,
        future_liver_remnant_percent numeric(5,2),
        ecog smallint,
        comorbidities text[] NOT NULL DEFAULT '{}',
        prior_treatments jsonb NOT NULL DEFAULT '[]',
        latest_imaging_date date,
        planned_surgery_date date,
        question_for_board text,
        created_by uuid NOT NULL,
        -- Millisecond precision: the keyset cursor carries a JavaScript date, which has no microseconds.
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT board_case_pkey PRIMARY KEY (id),
        CONSTRAINT board_case_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id),
        CONSTRAINT board_case_presenting_specialist_id_fkey
          FOREIGN KEY (presenting_specialist_id) REFERENCES specialist (id),
        CONSTRAINT board_case_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT board_case_status_check CHECK (status IN (${CASE_STATES})),
        CONSTRAINT board_case_primary_site_check
          CHECK (primary_site IN ('colon', 'rectum', 'pancreas', 'lung', 'breast', 'other')),
        CONSTRAINT board_case_primary_side_check CHECK (
          primary_side IS NULL OR (primary_side IN ('left', 'right') AND primary_site IN ('colon', 'rectum'))),
        CONSTRAINT board_case_histology_check CHECK (length(histology) <= 200),
        CONSTRAINT board_case_ras_check CHECK (ras IN ('wild_type', 'mutant', 'pending')),
        CONSTRAINT board_case_braf_v600e_check CHECK (braf_v600e IN ('present', 'absent', 'pending')),
        CONSTRAINT board_case_msi_check CHECK (msi IN ('msi_high', 'mss', 'pending')),
        CONSTRAINT board_case_pdl1_percent_check CHECK (pdl1_percent BETWEEN 0 AND 100),
        CONSTRAINT board_case_lesions_check CHECK (jsonb_typeof(lesions) = 'array'),
        CONSTRAINT board_case_extrahepatic_disease_check
          CHECK (extrahepatic_disease IN ('none', 'limited', 'extensive')),
        CONSTRAINT board_case_bilirubin_mg_dl_check CHECK (bilirubin_mg_dl BETWEEN 0 AND 50),
        CONSTRAINT board_case_albumin_g_dl_check CHECK (albumin_g_dl BETWEEN 0.5 AND 7),
        CONSTRAINT board_case_inr_check CHECK (inr BETWEEN 0.5 AND 10),
        CONSTRAINT board_case_child_pugh_check CHECK (child_pugh IN ('A', 'B', 'C')),
        CONSTRAINT board_case_future_liver_remnant_percent_check
          CHECK (future_liver_remnant_percent BETWEEN 0 AND 100),
        CONSTRAINT board_case_ecog_check CHECK (ecog BETWEEN 0 AND 4),
        CONSTRAINT board_case_comorbidities_check CHECK (cardinality(comorbidities) <= 50),
        CONSTRAINT board_case_prior_treatments_check CHECK (jsonb_typeof(prior_treatments) = 'array'),
        CONSTRAINT board_case_question_for_board_check CHECK (length(question_for_board) <= 2000)
      )`);
    // One index per list filter, each ending in the list order (created_at DESC, id DESC) so that a
    // filtered page is one index range scan from the cursor.
    await q.query(`CREATE INDEX board_case_created_idx ON board_case (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX board_case_status_created_idx ON board_case (status, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX board_case_patient_created_idx ON board_case (patient_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX board_case_presenting_specialist_created_idx
         ON board_case (presenting_specialist_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX board_case_created_by_idx ON board_case (created_by)`);
    // Free-text search over the histology and the question (the patient's name is searched through
    // the patient's own trigram index).
    await q.query(`
      CREATE INDEX board_case_text_trgm_idx ON board_case
        USING gin (lower(coalesce(histology, '') || ' ' || coalesce(question_for_board, '')) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE case_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        -- Insertion order: a case's events are written under a lock on the case, so this is its time order.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        case_id uuid NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT case_event_pkey PRIMARY KEY (id),
        CONSTRAINT case_event_case_id_fkey FOREIGN KEY (case_id) REFERENCES board_case (id),
        CONSTRAINT case_event_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES app_user (id),
        CONSTRAINT case_event_action_check CHECK (action IN (${CASE_EVENT_ACTIONS})),
        CONSTRAINT case_event_from_state_check CHECK (from_state IN (${CASE_STATES})),
        CONSTRAINT case_event_to_state_check CHECK (to_state IN (${CASE_STATES})),
        CONSTRAINT case_event_reason_check CHECK (length(reason) <= 2000)
      )`);
    await q.query(`CREATE INDEX case_event_case_seq_idx ON case_event (case_id, seq)`);
    await q.query(`CREATE INDEX case_event_actor_id_idx ON case_event (actor_id)`);
    // The case history is evidence, like the audit log: the database refuses to change or remove it.
    await q.query(`
      CREATE FUNCTION case_event_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
        FOR EACH ROW EXECUTE FUNCTION case_event_reject_change()`);
    await q.query(`
      CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
        FOR EACH STATEMENT EXECUTE FUNCTION case_event_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_event`);
    await q.query(`DROP FUNCTION case_event_reject_change()`);
    await q.query(`DROP TABLE board_case`);
    await q.query(`DROP TABLE patient`);
    await q.query(`DROP TABLE institution_settings`);
    // pg_trgm stays: it may have been installed before this migration, and other schemas may use it.
  }
}
