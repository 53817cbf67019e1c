import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { Discipline, LetterLanguage } from '@consilium/domain';

export const INSTITUTION_SETTINGS_ID = 1;

// One row (id = 1, enforced by a CHECK), inserted by the migration.
@Entity({ name: 'institution_settings' })
export class InstitutionSettings {
  @PrimaryColumn({ type: 'smallint', default: INSTITUTION_SETTINGS_ID })
  id!: number;

  @Column({ name: 'imaging_window_days', type: 'integer', default: 42 })
  imagingWindowDays!: number;

  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Amsterdam' })
  timeZone!: string;

  @Column({
    name: 'quorum_disciplines',
    type: 'text',
    array: true,
    default: () => "'{medical_oncology,surgery,interventional_radiology,radiology}'",
  })
  quorumDisciplines!: Discipline[];

  @Column({ name: 'follow_up_overdue_days', type: 'integer', default: 60 })
  followUpOverdueDays!: number;

  @Column({ name: 'letter_language', type: 'text', default: 'en' })
  letterLanguage!: LetterLanguage;

  @Column({ name: 'deputy_signing', type: 'boolean', default: false })
  deputySigning!: boolean;

  /** The identifier system (a URI) of the institution's MRNs, for FHIR exchange. */
  @Column({ name: 'mrn_system', type: 'text', default: 'urn:consilium:mrn' })
  mrnSystem!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
