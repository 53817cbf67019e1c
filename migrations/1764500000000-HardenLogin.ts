import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Login throttling is keyed on the (account, address) pair, and expired failures are purged; a
// token carries the account's token version, which a password change increments to end its tokens.
export class HardenLogin1764500000000 implements MigrationInterface {
  name = 'HardenLogin1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // The pair index also answers the per-account questions (the admin's lock view, clearing a lock).
    await q.query(`DROP INDEX login_failure_email_idx`);
    await q.query(`CREATE INDEX login_failure_email_ip_idx ON login_failure (email, ip, failed_at)`);
    await q.query(`CREATE INDEX login_failure_failed_at_idx ON login_failure (failed_at)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_token_version_check CHECK (token_version >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN token_version`);
    await q.query(`DROP INDEX login_failure_failed_at_idx`);
    await q.query(`DROP INDEX login_failure_email_ip_idx`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
  }
}
