import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { JudgedStep, PlanEvaluation } from '@consilium/plan-builder';

import { BoardCase } from '../cases/board-case.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';

export const PLAN_INTENTS = ['curative', 'disease_control', 'palliative'] as const;
export type PlanIntent = (typeof PLAN_INTENTS)[number];

export const PROPOSAL_STATUSES = ['proposed', 'adopted'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

// A proposal is what the voters saw: a trigger refuses every change except its adoption.
@Entity({ name: 'proposal' })
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'proposal_case_id_fkey' })
  boardCase?: BoardCase;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting)
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'proposal_meeting_id_fkey' })
  meeting?: Meeting;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'proposed_by', foreignKeyConstraintName: 'proposal_proposed_by_fkey' })
  proposedBy?: User;

  @Column({ name: 'proposer_specialist_id', type: 'uuid' })
  proposerSpecialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({
    name: 'proposer_specialist_id',
    foreignKeyConstraintName: 'proposal_proposer_specialist_id_fkey',
  })
  proposerSpecialist?: Specialist;

  @Column({ type: 'text' })
  intent!: PlanIntent;

  // Each step as proposed and as the plan builder judged it (`judgeSteps`).
  @Column({ type: 'jsonb' })
  steps!: JudgedStep[];

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'jsonb' })
  evaluation!: PlanEvaluation;

  @Column({ name: 'rule_set_version', type: 'text' })
  ruleSetVersion!: string;

  @Column({ type: 'text', default: 'proposed' })
  status!: ProposalStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
