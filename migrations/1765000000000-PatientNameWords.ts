import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Patient search that costs what a page holds (issue #15): `q` matches a part of a name, and a
// page is the first matches in name order. Over the whole table that means collecting every match
// before sorting (62,500 rows for "greta" at a million cases). Instead each word of each name is
// kept beside the name (`patient_name_word`, its key in name order per word) with the vocabulary
// of distinct words (`name_word`, trigram-indexed): a search finds the few words that contain `q`,
// reads the first page of each in name order through the key, and merges them. The triggers keep
// both in step with every registration and correction; words are never removed from the
// vocabulary (a stale word only finds nothing).
export class PatientNameWords1765000000000 implements MigrationInterface {
  name = 'PatientNameWords1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE patient_name_word (
        word text NOT NULL,
        full_name text NOT NULL,
        patient_id uuid NOT NULL,
        CONSTRAINT patient_name_word_pkey PRIMARY KEY (word, full_name, patient_id),
        CONSTRAINT patient_name_word_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id)
          ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX patient_name_word_patient_idx ON patient_name_word (patient_id)`);
    await q.query(`
      CREATE TABLE name_word (
        word text NOT NULL,
        CONSTRAINT name_word_pkey PRIMARY KEY (word)
      )`);
    await q.query(`CREATE INDEX name_word_trgm_idx ON name_word USING gin (word gin_trgm_ops)`);
    // The words of a name: lower case (as the search compares), split on white space.
    await q.query(`
      CREATE FUNCTION patient_name_words(name text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
        SELECT DISTINCT w FROM regexp_split_to_table(lower(name), '[[:space:]]+') AS w WHERE w <> ''
      $$`);
    await q.query(`
      CREATE FUNCTION patient_name_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.full_name = OLD.full_name THEN RETURN NEW; END IF;
        DELETE FROM patient_name_word WHERE patient_id = NEW.id;
        INSERT INTO patient_name_word (word, full_name, patient_id)
          SELECT w, NEW.full_name, NEW.id FROM patient_name_words(NEW.full_name) AS w;
        INSERT INTO name_word (word) SELECT w FROM patient_name_words(NEW.full_name) AS w
          ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER patient_name_words_sync AFTER INSERT OR UPDATE OF full_name ON patient
        FOR EACH ROW EXECUTE FUNCTION patient_name_words_sync()`);
    await q.query(`
      INSERT INTO patient_name_word (word, full_name, patient_id)
        SELECT w, p.full_name, p.id FROM patient p CROSS JOIN LATERAL patient_name_words(p.full_name) AS w`);
    await q.query(`INSERT INTO name_word (word) SELECT DISTINCT word FROM patient_name_word`);
    // The app's role registers and corrects patients, which runs the trigger as that role.
    await q.query(`GRANT SELECT, INSERT, DELETE ON patient_name_word TO consilium_runtime`);
    await q.query(`GRANT SELECT, INSERT ON name_word TO consilium_runtime`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER patient_name_words_sync ON patient`);
    await q.query(`DROP FUNCTION patient_name_words_sync()`);
    await q.query(`DROP TABLE name_word`);
    await q.query(`DROP TABLE patient_name_word`);
    await q.query(`DROP FUNCTION patient_name_words(text)`);
  }
}
