import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Accounts, specialist profiles, the append-only audit log and the login-failure counter.
export class CreateFoundation1764000000000 implements MigrationInterface {
  name = 'CreateFoundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE specialist (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        discipline text NOT NULL,
        institution text NOT NULL,
        sub_specialties text[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT specialist_pkey PRIMARY KEY (id),
        CONSTRAINT specialist_discipline_check CHECK (discipline IN ('medical_oncology', 'surgery',
          'interventional_radiology', 'radiation_oncology', 'radiology', 'pathology', 'hepatology',
          'gastroenterology', 'nursing', 'other')),
        CONSTRAINT specialist_full_name_check CHECK (length(btrim(full_name)) > 0)
      )`);
    await q.query(
      `CREATE INDEX specialist_discipline_full_name_idx ON specialist (discipline, full_name, id)`,
    );
    await q.query(`CREATE INDEX specialist_full_name_idx ON specialist (full_name, id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        discipline text,
        specialist_id uuid,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT app_user_pkey PRIMARY KEY (id),
        CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'coordinator', 'clinician')),
        CONSTRAINT app_user_discipline_check CHECK ((role = 'clinician') = (discipline IS NOT NULL)),
        CONSTRAINT app_user_clinician_specialist_check CHECK ((role = 'clinician') = (specialist_id IS NOT NULL)),
        CONSTRAINT app_user_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT app_user_specialist_id_key UNIQUE (specialist_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_lower_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_created_at_idx ON app_user (created_at, id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        request_id text,
        outcome text NOT NULL,
        details jsonb,
        CONSTRAINT audit_log_pkey PRIMARY KEY (id),
        CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('success', 'failure', 'denied'))
      )`);
    await q.query(`CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at DESC, id DESC)`,
    );
    // The audit log is evidence: the database itself refuses to change or remove an entry.
    await q.query(`
      CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);

    await q.query(`
      CREATE TABLE login_failure (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip text NOT NULL,
        failed_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT login_failure_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
    await q.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_reject_change()`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE specialist`);
  }
}
