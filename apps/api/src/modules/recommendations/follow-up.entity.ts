import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import type { FollowUpReason, FollowUpStatus } from '@consilium/domain';

import { BoardCase } from '../cases/board-case.entity';
import { User } from '../users/user.entity';
import { Recommendation } from './recommendation.entity';

// Whether the board's recommendation was carried out; one per case, append-only (trigger).
@Entity({ name: 'follow_up' })
@Unique('follow_up_case_key', ['caseId'])
export class FollowUp {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'follow_up_case_id_fkey' })
  boardCase?: BoardCase;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation)
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'follow_up_recommendation_id_fkey' })
  recommendation?: Recommendation;

  @Column({ type: 'text' })
  status!: FollowUpStatus;

  @Column({ type: 'text', nullable: true })
  reason!: FollowUpReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'follow_up_recorded_by_fkey' })
  recordedBy?: User;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  recordedAt!: Date;
}
