import { type MigrationInterface, type QueryRunner } from 'typeorm';

// FHIR exchange (docs/adr/0018): the institution names the identifier system of its MRNs, a URI
// (`urn:oid:…` or `https://…`), which an exported Patient carries and an imported bundle's Patient
// must use to be matched. The default is a placeholder an installation replaces with its own.
export class FhirExchange1764900000000 implements MigrationInterface {
  name = 'FhirExchange1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE institution_settings
        ADD COLUMN mrn_system text NOT NULL DEFAULT 'urn:consilium:mrn',
        ADD CONSTRAINT institution_settings_mrn_system_check
          CHECK (char_length(mrn_system) <= 255 AND mrn_system ~ '^[A-Za-z][A-Za-z0-9+.-]*:[^[:space:]]+$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE institution_settings
        DROP CONSTRAINT institution_settings_mrn_system_check,
        DROP COLUMN mrn_system`);
  }
}
