import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import type { CaseState } from '@consilium/domain';

import { BoardCase } from '../cases/board-case.entity';
import { Meeting } from './meeting.entity';

// A case on a meeting's agenda. `active` is true while the meeting is open; a partial unique index
// on (case_id) WHERE active keeps a case on at most one open meeting (see the migration).
@Entity({ name: 'agenda_item' })
@Unique('agenda_item_meeting_case_key', ['meetingId', 'caseId'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting)
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_item_meeting_id_fkey' })
  meeting?: Meeting;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'agenda_item_case_id_fkey' })
  boardCase?: BoardCase;

  /** 1-based order on the agenda. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'planned_minutes', type: 'integer', nullable: true })
  plannedMinutes!: number | null;

  /** The case's state before it was scheduled (accepted or deferred). */
  @Column({ name: 'previous_state', type: 'text' })
  previousState!: CaseState;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz', precision: 3 })
  addedAt!: Date;
}
