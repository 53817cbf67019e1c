import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { Vote as VoteValue } from '@consilium/domain';

import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';
import { Proposal } from './proposal.entity';

// The vote history: a new vote marks the specialist's current one superseded and adds a row, so
// every vote ever cast stays. A trigger refuses any other change; a partial unique index keeps one
// current vote per specialist per proposal.
@Entity({ name: 'vote' })
export class Vote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal)
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'vote_proposal_id_fkey' })
  proposal?: Proposal;

  @Column({ name: 'specialist_id', type: 'uuid' })
  specialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({ name: 'specialist_id', foreignKeyConstraintName: 'vote_specialist_id_fkey' })
  specialist?: Specialist;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'vote_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  vote!: VoteValue;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'cast_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  castAt!: Date;

  @Column({ name: 'superseded_at', type: 'timestamptz', precision: 3, nullable: true })
  supersededAt!: Date | null;
}
