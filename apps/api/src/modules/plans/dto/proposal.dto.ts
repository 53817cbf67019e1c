import {
  DISCIPLINES,
  MODALITY_CODES,
  tallyVotes,
  VOTES,
  type Discipline,
  type ModalityCode,
  type Vote as VoteValue,
  type VoteTally,
} from '@consilium/domain';
import { VERDICTS, type AgentCode, type Verdict } from '@consilium/plan-builder';
import { ApiProperty } from '@nestjs/swagger';
import type { Specialist } from '../../specialists/specialist.entity';
import {
  PLAN_INTENTS,
  PROPOSAL_STATUSES,
  type PlanIntent,
  type Proposal,
  type ProposalStep,
  type ProposalStatus,
} from '../proposal.entity';
import type { Vote } from '../vote.entity';
import { AGENT_CODES, PlanOptionsDto, ReasonDto } from './plan-options.dto';
import { StepDetailsDto } from './proposal-input.dto';

export class PlanSpecialistDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
}

export class PlanUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class ProposalStepDto {
  @ApiProperty({ minimum: 1 }) position!: number;
  @ApiProperty({ enum: MODALITY_CODES }) modality!: ModalityCode;
  @ApiProperty({ enum: AGENT_CODES, nullable: true }) agent!: AgentCode | null;
  @ApiProperty({ type: StepDetailsDto, nullable: true }) details!: StepDetailsDto | null;
  @ApiProperty({ type: [Number], description: 'Couinaud segments' }) targetLesions!: number[];
  @ApiProperty({ type: String, nullable: true }) overrideJustification!: string | null;
  @ApiProperty({ enum: VERDICTS, description: "The plan builder's verdict when the plan was proposed" })
  verdict!: Verdict;
  @ApiProperty({
    type: ReasonDto,
    isArray: true,
    description: 'The contraindications a justification overrode',
  })
  contraindications!: ReasonDto[];
  @ApiProperty({ description: 'A contraindicated step proposed with a justification' }) overridden!: boolean;
}

export class VoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ type: PlanSpecialistDto }) specialist!: PlanSpecialistDto;
  @ApiProperty({ format: 'uuid', description: 'The account that cast it' }) userId!: string;
  @ApiProperty({ enum: VOTES }) vote!: VoteValue;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() castAt!: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'Set when a newer vote replaced this one' })
  supersededAt!: Date | null;
}

export class CurrentVoteDto extends VoteDto {
  @ApiProperty({ description: 'Whether the voter is marked present now (only present voters count)' })
  present!: boolean;
}

export class VoteTallyDto implements VoteTally {
  @ApiProperty() approvals!: number;
  @ApiProperty() rejections!: number;
  @ApiProperty() abstentions!: number;
}

export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty({ enum: PLAN_INTENTS }) intent!: PlanIntent;
  @ApiProperty({ type: ProposalStepDto, isArray: true }) steps!: ProposalStepDto[];
  @ApiProperty() rationale!: string;
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({ format: 'date', description: 'The date the plan builder evaluated the case on' })
  evaluatedOn!: string;
  @ApiProperty({ type: PlanUserDto }) proposedBy!: PlanUserDto;
  @ApiProperty({ type: PlanSpecialistDto }) proposer!: PlanSpecialistDto;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: CurrentVoteDto, isArray: true, description: "Each specialist's current vote" })
  votes!: CurrentVoteDto[];
  @ApiProperty({ type: VoteTallyDto, description: 'Current votes of present voters' }) tally!: VoteTallyDto;
}

export class ProposalDetailDto extends ProposalDto {
  @ApiProperty({
    type: PlanOptionsDto,
    description: 'The full plan-builder evaluation stored with the proposal',
  })
  evaluation!: Omit<PlanOptionsDto, 'caseId'>;
}

export function toSpecialistDto(specialist: Specialist): PlanSpecialistDto {
  return { id: specialist.id, fullName: specialist.fullName, discipline: specialist.discipline };
}

export function toStepDtos(steps: ProposalStep[]): ProposalStepDto[] {
  return steps.map((s) => ({
    position: s.position,
    modality: s.modality,
    agent: s.agent,
    details: s.details,
    targetLesions: s.targetLesions,
    overrideJustification: s.overrideJustification,
    verdict: s.verdict,
    contraindications: s.contraindications,
    overridden: s.verdict === 'contraindicated' && s.overrideJustification !== null,
  }));
}

/** A vote loaded with its specialist. */
export function toVoteDto(vote: Vote): VoteDto {
  if (!vote.specialist) throw new Error('toVoteDto needs the vote loaded with its specialist');
  return {
    id: vote.id,
    proposalId: vote.proposalId,
    specialist: toSpecialistDto(vote.specialist),
    userId: vote.userId,
    vote: vote.vote,
    comment: vote.comment,
    castAt: vote.castAt,
    supersededAt: vote.supersededAt,
  };
}

/**
 * A proposal loaded with its proposer (user and specialist), its current votes (with specialists),
 * and who is present at its meeting.
 */
export function toProposalDto(
  proposal: Proposal,
  currentVotes: Vote[],
  present: (specialistId: string) => boolean,
): ProposalDto {
  const { proposedBy, proposerSpecialist } = proposal;
  if (!proposedBy || !proposerSpecialist)
    throw new Error('toProposalDto needs the proposal loaded with its proposer');
  const votes = currentVotes.map((v) => ({ ...toVoteDto(v), present: present(v.specialistId) }));
  return {
    id: proposal.id,
    caseId: proposal.caseId,
    meetingId: proposal.meetingId,
    status: proposal.status,
    intent: proposal.intent,
    steps: toStepDtos(proposal.steps),
    rationale: proposal.rationale,
    ruleSetVersion: proposal.ruleSetVersion,
    evaluatedOn: proposal.evaluation.evaluatedOn,
    proposedBy: { id: proposedBy.id, displayName: proposedBy.displayName },
    proposer: toSpecialistDto(proposerSpecialist),
    createdAt: proposal.createdAt,
    votes,
    tally: tallyVotes(
      votes.map((v) => ({ specialistId: v.specialist.id, vote: v.vote, present: v.present })),
    ),
  };
}
