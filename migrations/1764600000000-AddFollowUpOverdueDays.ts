import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Values written out, not imported: a migration must not change when the domain's constants do.
// The coordinator's follow-up tracker calls a decided case overdue after this many days without a
// recorded follow-up: an institution setting beside the imaging window.
export class AddFollowUpOverdueDays1764600000000 implements MigrationInterface {
  name = 'AddFollowUpOverdueDays1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE institution_settings
         ADD COLUMN follow_up_overdue_days integer NOT NULL DEFAULT 60,
         ADD CONSTRAINT institution_settings_follow_up_overdue_days_check
           CHECK (follow_up_overdue_days BETWEEN 1 AND 365)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE institution_settings DROP COLUMN follow_up_overdue_days`);
  }
}
