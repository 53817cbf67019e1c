import { type MigrationInterface, type QueryRunner } from 'typeorm';

// docs/adr/0008: the app connects as a login that owns nothing and is a member of consilium_runtime,
// a NOLOGIN role holding exactly what the services do to each table. Only the owner may disable a
// trigger, so the append-only triggers now hold against the app too; and without UPDATE, DELETE and
// TRUNCATE the app's role cannot even try to rewrite the evidence.
//
// Kept as written here rather than imported: a landed migration must not change with the code.
// A later migration that creates a table grants its privileges in the same way (there are no default
// privileges on purpose: a forgotten grant fails the integration tests instead of granting too much).
const GRANTS: [table: string, privileges: string][] = [
  ['specialist', 'SELECT, INSERT, UPDATE'],
  ['app_user', 'SELECT, INSERT, UPDATE'],
  ['audit_log', 'SELECT, INSERT'],
  // Failures are counted, then cleared by a successful login.
  ['login_failure', 'SELECT, INSERT, DELETE'],
  // One row each, inserted by their migrations.
  ['institution_settings', 'SELECT, UPDATE'],
  ['plan_builder_settings', 'SELECT, UPDATE'],
  ['patient', 'SELECT, INSERT, UPDATE'],
  ['board_case', 'SELECT, INSERT, UPDATE'],
  ['case_event', 'SELECT, INSERT'],
  ['meeting', 'SELECT, INSERT, UPDATE'],
  // A case taken off an agenda is deleted from it.
  ['agenda_item', 'SELECT, INSERT, UPDATE, DELETE'],
  ['attendance', 'SELECT, INSERT, UPDATE'],
  ['discussion_note', 'SELECT, INSERT'],
  ['calendar_feed', 'SELECT, INSERT, UPDATE'],
  // Column grants: the one change each trigger allows (adoption; superseding). UPDATE on a column
  // also permits the row locks (FOR UPDATE) the services take on these tables.
  ['proposal', 'SELECT, INSERT, UPDATE (status)'],
  ['vote', 'SELECT, INSERT, UPDATE (superseded_at)'],
  ['recommendation', 'SELECT, INSERT'],
  ['follow_up', 'SELECT, INSERT'],
];
// No sequences: the keys are UUIDs, and case_event.seq is an identity column, which needs no grant.

export class SeparateRuntimeRole1764400000000 implements MigrationInterface {
  name = 'SeparateRuntimeRole1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles belong to the server, not the database: usually created beforehand (the embedded set-up,
    // docker/postgres, a DBA); created here when the owner may (CREATEROLE).
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'consilium_runtime') THEN
          CREATE ROLE consilium_runtime NOLOGIN;
        END IF;
      EXCEPTION
        -- Created at the same moment by a migration of another database on this server.
        WHEN duplicate_object OR unique_violation THEN NULL;
        WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'role consilium_runtime does not exist, and % may not create it', current_user
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'As a DBA: CREATE ROLE consilium_runtime NOLOGIN; GRANT consilium_runtime TO '
                      || 'the login of DATABASE_URL (docs/adr/0008).';
      END $$`);
    for (const [table, privileges] of GRANTS) {
      await q.query(`GRANT ${privileges} ON ${table} TO consilium_runtime`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Revoking ALL on a table also revokes its column grants. The role itself stays: other databases
    // on the server (a staging copy, the tests' clones) may still use it, and dropping it would also
    // drop the app login's membership.
    await q.query(`REVOKE ALL ON ${GRANTS.map(([table]) => table).join(', ')} FROM consilium_runtime`);
  }
}
