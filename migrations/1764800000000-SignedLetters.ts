import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Values written out, not imported: a migration must not change when the domain's constants do.
const SERVICES = `'psycho_oncology', 'nutrition', 'pain_palliative_care', 'specialist_nurse'`;
const STATUSES = `'offered', 'referred', 'declined', 'not_needed'`;

// The board's letter as a clinical document (docs/adr/0015): the case names the physician it is
// addressed to; the recommendation records supportive care, editable until the letter is signed; and
// each signature (the original, then any addendum) keeps the canonical content it signed and its
// SHA-256 hash, never changed or deleted.
export class SignedLetters1764800000000 implements MigrationInterface {
  name = 'SignedLetters1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE board_case
        ADD COLUMN treating_physician_specialist_id uuid,
        ADD COLUMN treating_physician_name text,
        ADD COLUMN treating_physician_contact text,
        ADD CONSTRAINT board_case_treating_physician_specialist_id_fkey
          FOREIGN KEY (treating_physician_specialist_id) REFERENCES specialist (id),
        ADD CONSTRAINT board_case_treating_physician_check CHECK (
          (treating_physician_specialist_id IS NULL OR treating_physician_name IS NULL)
          AND (treating_physician_contact IS NULL OR treating_physician_name IS NOT NULL)
          AND char_length(treating_physician_name) BETWEEN 1 AND 200
          AND char_length(treating_physician_contact) BETWEEN 1 AND 500
        )`);
    await q.query(
      `CREATE INDEX board_case_treating_physician_idx ON board_case (treating_physician_specialist_id)
         WHERE treating_physician_specialist_id IS NOT NULL`,
    );
    await q.query(`
      ALTER TABLE institution_settings
        ADD COLUMN letter_language text NOT NULL DEFAULT 'en',
        ADD COLUMN deputy_signing boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT institution_settings_letter_language_check CHECK (letter_language IN ('en', 'es'))`);

    await q.query(`
      CREATE TABLE recommendation_signature (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL,
        kind text NOT NULL,
        amends_id uuid,
        signer_user_id uuid NOT NULL,
        signer_specialist_id uuid NOT NULL,
        as_deputy boolean NOT NULL,
        content jsonb NOT NULL,
        content_hash text NOT NULL,
        signed_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT recommendation_signature_pkey PRIMARY KEY (id),
        CONSTRAINT recommendation_signature_recommendation_id_fkey
          FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
        CONSTRAINT recommendation_signature_amends_id_fkey
          FOREIGN KEY (amends_id) REFERENCES recommendation_signature (id),
        CONSTRAINT recommendation_signature_signer_user_id_fkey
          FOREIGN KEY (signer_user_id) REFERENCES app_user (id),
        CONSTRAINT recommendation_signature_signer_specialist_id_fkey
          FOREIGN KEY (signer_specialist_id) REFERENCES specialist (id),
        CONSTRAINT recommendation_signature_kind_check CHECK (
          (kind = 'original' AND amends_id IS NULL) OR (kind = 'addendum' AND amends_id IS NOT NULL)
        ),
        CONSTRAINT recommendation_signature_content_hash_check CHECK (content_hash ~ '^[0-9a-f]{64}$')
      )`);
    // One original per recommendation: a second signature is a conflict, a correction an addendum.
    await q.query(
      `CREATE UNIQUE INDEX recommendation_signature_original_key ON recommendation_signature (recommendation_id)
         WHERE kind = 'original'`,
    );
    await q.query(
      `CREATE INDEX recommendation_signature_recommendation_idx
         ON recommendation_signature (recommendation_id, signed_at, id)`,
    );
    await q.query(
      `CREATE INDEX recommendation_signature_amends_idx ON recommendation_signature (amends_id)
         WHERE amends_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX recommendation_signature_signer_user_idx ON recommendation_signature (signer_user_id)`,
    );
    await q.query(
      `CREATE INDEX recommendation_signature_signer_specialist_idx
         ON recommendation_signature (signer_specialist_id)`,
    );
    await q.query(`
      CREATE FUNCTION recommendation_signature_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a signature is never changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER recommendation_signature_append_only BEFORE UPDATE OR DELETE ON recommendation_signature
        FOR EACH ROW EXECUTE FUNCTION recommendation_signature_reject_change()`);
    await q.query(`
      CREATE TRIGGER recommendation_signature_no_truncate BEFORE TRUNCATE ON recommendation_signature
        FOR EACH STATEMENT EXECUTE FUNCTION recommendation_signature_reject_change()`);

    await q.query(`
      CREATE TABLE supportive_care (
        recommendation_id uuid NOT NULL,
        service text NOT NULL,
        status text NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT supportive_care_pkey PRIMARY KEY (recommendation_id, service),
        CONSTRAINT supportive_care_recommendation_id_fkey
          FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
        CONSTRAINT supportive_care_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_user (id),
        CONSTRAINT supportive_care_service_check CHECK (service IN (${SERVICES})),
        CONSTRAINT supportive_care_status_check CHECK (status IN (${STATUSES}))
      )`);
    await q.query(`CREATE INDEX supportive_care_recorded_by_idx ON supportive_care (recorded_by)`);
    // Signed means final: once the original is signed, supportive care is part of what was signed.
    await q.query(`
      CREATE FUNCTION supportive_care_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM recommendation_signature
          WHERE recommendation_id = COALESCE(NEW.recommendation_id, OLD.recommendation_id)
            AND kind = 'original'
        ) THEN
          RAISE EXCEPTION 'supportive care of a signed recommendation is never changed'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`
      CREATE TRIGGER supportive_care_until_signed BEFORE INSERT OR UPDATE OR DELETE ON supportive_care
        FOR EACH ROW EXECUTE FUNCTION supportive_care_guard_change()`);

    await q.query(`GRANT SELECT, INSERT ON recommendation_signature TO consilium_runtime`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON supportive_care TO consilium_runtime`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supportive_care`);
    await q.query(`DROP FUNCTION supportive_care_guard_change()`);
    await q.query(`DROP TABLE recommendation_signature`);
    await q.query(`DROP FUNCTION recommendation_signature_reject_change()`);
    await q.query(`
      ALTER TABLE institution_settings
        DROP CONSTRAINT institution_settings_letter_language_check,
        DROP COLUMN deputy_signing,
        DROP COLUMN letter_language`);
    await q.query(`DROP INDEX board_case_treating_physician_idx`);
    await q.query(`
      ALTER TABLE board_case
        DROP CONSTRAINT board_case_treating_physician_check,
        DROP CONSTRAINT board_case_treating_physician_specialist_id_fkey,
        DROP COLUMN treating_physician_contact,
        DROP COLUMN treating_physician_name,
        DROP COLUMN treating_physician_specialist_id`);
  }
}
