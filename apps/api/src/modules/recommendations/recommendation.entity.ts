import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import type { Discipline, Quorum, Vote as VoteValue, VoteTally } from '@consilium/domain';

import { BoardCase } from '../cases/board-case.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Proposal } from '../proposals/proposal.entity';
import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';

export interface SnapshotSpecialist {
  id: string;
  fullName: string;
  discipline: Discipline;
}

export interface SnapshotVote extends SnapshotSpecialist {
  vote: VoteValue;
  comment: string | null;
  castAt: string;
  /** Whether the voter was marked present at adoption (only present voters are counted). */
  present: boolean;
}

export interface SnapshotAttendee extends SnapshotSpecialist {
  present: boolean;
  role: string | null;
}

/** The board at the moment of adoption, kept as it was (later attendance changes do not alter it). */
export interface RecommendationSnapshot {
  votes: SnapshotVote[];
  attendance: SnapshotAttendee[];
  quorum: Quorum & { requiredDisciplines: Discipline[] };
  tally: VoteTally;
  chair: SnapshotSpecialist;
  adoptedBy: { id: string; displayName: string; role: string };
}

// The board's adopted plan: exactly one per case (recommendation_case_key), never changed or
// deleted (trigger).
@Entity({ name: 'recommendation' })
@Unique('recommendation_case_key', ['caseId'])
@Unique('recommendation_proposal_key', ['proposalId'])
export class Recommendation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'recommendation_case_id_fkey' })
  boardCase?: BoardCase;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal)
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'recommendation_proposal_id_fkey' })
  proposal?: Proposal;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting)
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'recommendation_meeting_id_fkey' })
  meeting?: Meeting;

  @Column({ name: 'adopted_by', type: 'uuid' })
  adoptedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'adopted_by', foreignKeyConstraintName: 'recommendation_adopted_by_fkey' })
  adoptedBy?: User;

  @Column({ name: 'chair_specialist_id', type: 'uuid' })
  chairSpecialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({
    name: 'chair_specialist_id',
    foreignKeyConstraintName: 'recommendation_chair_specialist_id_fkey',
  })
  chair?: Specialist;

  @Column({ name: 'patient_preferences_discussed', type: 'boolean' })
  patientPreferencesDiscussed!: boolean;

  @Column({ type: 'jsonb' })
  snapshot!: RecommendationSnapshot;

  @Column({ name: 'rule_set_version', type: 'text' })
  ruleSetVersion!: string;

  @Column({ name: 'adopted_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  adoptedAt!: Date;
}
