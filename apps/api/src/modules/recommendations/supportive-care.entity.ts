import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import type { SupportiveCareService, SupportiveCareStatus } from '@consilium/domain';

import { User } from '../users/user.entity';
import { Recommendation } from './recommendation.entity';

// Supportive care recorded with the board's plan, one row per service; changeable until the letter
// is signed (trigger supportive_care_until_signed).
@Entity({ name: 'supportive_care' })
export class SupportiveCare {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation)
  @JoinColumn({
    name: 'recommendation_id',
    foreignKeyConstraintName: 'supportive_care_recommendation_id_fkey',
  })
  recommendation?: Recommendation;

  @PrimaryColumn({ type: 'text' })
  service!: SupportiveCareService;

  @Column({ type: 'text' })
  status!: SupportiveCareStatus;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'supportive_care_recorded_by_fkey' })
  recordedBy?: User;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  recordedAt!: Date;
}
