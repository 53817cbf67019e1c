import { ApiProperty } from '@nestjs/swagger';

import {
  MODALITY_CODES,
  type ModalityCode,
  type Vote as VoteValue,
  VOTES,
  type VoteTally,
} from '@consilium/domain';
import { type AgentCode, type JudgedStep, type Verdict, VERDICTS } from '@consilium/plan-builder';
import { nullableRef } from '@api/common/openapi';
import { AGENT_CODES, PlanEvaluationDto, ReasonDto } from '@api/modules/plan-options/dto/plan-options.dto';
import { SpecialistSummaryDto, toSpecialistSummaryDto } from '@api/modules/specialists/dto/specialist.dto';
import type { User } from '@api/modules/users/user.entity';

import { PLAN_INTENTS, type PlanIntent, PROPOSAL_STATUSES, type ProposalStatus } from '../proposal.entity';
import type { CurrentVote, ProposalWithVotes } from '../proposals.service';
import type { Vote } from '../vote.entity';
import { StepDetailsDto } from './proposal-input.dto';

export class PlanUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class ProposalStepDto {
  @ApiProperty({ minimum: 1 }) position!: number;
  @ApiProperty({ enum: MODALITY_CODES }) modality!: ModalityCode;
  @ApiProperty({ enum: AGENT_CODES, nullable: true }) agent!: AgentCode | null;
  @ApiProperty(nullableRef(StepDetailsDto)) details!: StepDetailsDto | null;
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
  @ApiProperty({ type: SpecialistSummaryDto }) specialist!: SpecialistSummaryDto;
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
  @ApiProperty({ type: SpecialistSummaryDto }) proposer!: SpecialistSummaryDto;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: CurrentVoteDto, isArray: true, description: "Each specialist's current vote" })
  votes!: CurrentVoteDto[];
  @ApiProperty({ type: VoteTallyDto, description: 'Current votes of present voters' }) tally!: VoteTallyDto;
}

export class ProposalDetailDto extends ProposalDto {
  @ApiProperty({
    type: PlanEvaluationDto,
    description: 'The full plan-builder evaluation stored with the proposal',
  })
  evaluation!: PlanEvaluationDto;
}

/** Who did something on a plan: proposed it, adopted it, recorded its follow-up. */
export function toPlanUserDto(user: User): PlanUserDto {
  return { id: user.id, displayName: user.displayName };
}

export function toStepDtos(steps: JudgedStep[]): ProposalStepDto[] {
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
    specialist: toSpecialistSummaryDto(vote.specialist),
    userId: vote.userId,
    vote: vote.vote,
    comment: vote.comment,
    castAt: vote.castAt,
    supersededAt: vote.supersededAt,
  };
}

function toCurrentVoteDto({ vote, present }: CurrentVote): CurrentVoteDto {
  return { ...toVoteDto(vote), present };
}

/** A proposal loaded with its proposer (user and specialist), with its current votes and tally. */
export function toProposalDto({ proposal, votes, tally }: ProposalWithVotes): ProposalDto {
  const { proposedBy, proposerSpecialist } = proposal;
  if (!proposedBy || !proposerSpecialist)
    throw new Error('toProposalDto needs the proposal loaded with its proposer');
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
    proposedBy: toPlanUserDto(proposedBy),
    proposer: toSpecialistSummaryDto(proposerSpecialist),
    createdAt: proposal.createdAt,
    votes: votes.map(toCurrentVoteDto),
    tally,
  };
}

/** As toProposalDto, with the plan-builder evaluation stored with the proposal. */
export function toProposalDetailDto(result: ProposalWithVotes): ProposalDetailDto {
  const { ruleSetVersion, evaluatedOn, thresholds, options } = result.proposal.evaluation;
  return { ...toProposalDto(result), evaluation: { ruleSetVersion, evaluatedOn, thresholds, options } };
}
