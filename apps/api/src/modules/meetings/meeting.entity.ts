import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { Discipline, MeetingState } from '@consilium/domain';

import { BoardCase } from '../cases/board-case.entity';
import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';

// A board meeting. CHECK constraints in the migration hold the ranges, the state list and the rule
// that a meeting has a place (a location, a video link, or both).
@Entity({ name: 'meeting' })
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'board_type', type: 'text' })
  boardType!: string;

  // Stored in UTC; shown in the institution's time zone.
  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ name: 'chair_specialist_id', type: 'uuid' })
  chairSpecialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({ name: 'chair_specialist_id', foreignKeyConstraintName: 'meeting_chair_specialist_id_fkey' })
  chair?: Specialist;

  @Column({ name: 'required_disciplines', type: 'text', array: true })
  requiredDisciplines!: Discipline[];

  @Column({ type: 'text', default: 'planned' })
  status!: MeetingState;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  // The iCalendar SEQUENCE: bumped on each change a subscribed calendar must pick up.
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  /** The case the board is discussing now (docs/adr/0014), while the meeting is in progress. */
  @Column({ name: 'current_case_id', type: 'uuid', nullable: true })
  currentCaseId!: string | null;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'current_case_id', foreignKeyConstraintName: 'meeting_current_case_id_fkey' })
  currentCase?: BoardCase;

  @Column({ name: 'current_case_since', type: 'timestamptz', precision: 3, nullable: true })
  currentCaseSince!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'meeting_created_by_fkey' })
  createdBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
