import {
  DISCIPLINES,
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  MEETING_STATES,
  VOTES,
  type Discipline,
  type FollowUpReason,
  type FollowUpStatus,
  type MeetingState,
  type Vote as VoteValue,
} from '@consilium/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CasePatientDto } from '../../cases/dto/case.dto';
import { PLAN_INTENTS, type PlanIntent } from '../proposal.entity';
import { ReasonDto } from './plan-options.dto';
import { PlanSpecialistDto, PlanUserDto, ProposalStepDto, VoteTallyDto } from './proposal.dto';

export const ADVISORY_STATEMENT =
  "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.";

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RecordFollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_STATUSES })
  @IsIn(FOLLOW_UP_STATUSES)
  status!: FollowUpStatus;

  @ApiPropertyOptional({ enum: FOLLOW_UP_REASONS, description: 'Required unless the status is implemented' })
  @IsOptional()
  @IsIn(FOLLOW_UP_REASONS)
  reason?: FollowUpReason;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) recommendationId!: string;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES }) status!: FollowUpStatus;
  @ApiProperty({ enum: FOLLOW_UP_REASONS, nullable: true }) reason!: FollowUpReason | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: PlanUserDto }) recordedBy!: PlanUserDto;
  @ApiProperty() recordedAt!: Date;
}

export class RecommendationVoteDto extends PlanSpecialistDto {
  @ApiProperty({ enum: VOTES }) vote!: VoteValue;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() castAt!: string;
  @ApiProperty({ description: 'Marked present at adoption (only present voters were counted)' })
  present!: boolean;
}

export class RecommendationAttendeeDto extends PlanSpecialistDto {
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
}

export class RecommendationQuorumDto {
  @ApiProperty() quorate!: boolean;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) requiredDisciplines!: Discipline[];
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) presentDisciplines!: Discipline[];
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) missingDisciplines!: Discipline[];
}

export class RecommendationOverrideDto {
  @ApiProperty() position!: number;
  @ApiProperty() modality!: string;
  @ApiProperty({ type: String, nullable: true }) agent!: string | null;
  @ApiProperty() justification!: string;
  @ApiProperty({ type: ReasonDto, isArray: true }) contraindications!: ReasonDto[];
}

export class RecommendationMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() boardType!: string;
  @ApiProperty({ enum: MEETING_STATES }) status!: MeetingState;
  @ApiProperty() startsAt!: Date;
  @ApiProperty({ description: "In the institution's time zone" }) localStartsAt!: string;
}

export class RecommendationCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) primarySite!: string | null;
  @ApiProperty({ type: String, nullable: true }) histology!: string | null;
  @ApiProperty({ type: String, nullable: true }) questionForBoard!: string | null;
}

export class RecommendationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: RecommendationCaseDto }) case!: RecommendationCaseDto;
  @ApiProperty({ type: CasePatientDto }) patient!: CasePatientDto;
  @ApiProperty({ type: RecommendationMeetingDto }) meeting!: RecommendationMeetingDto;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ enum: PLAN_INTENTS }) intent!: PlanIntent;
  @ApiProperty({ type: ProposalStepDto, isArray: true }) steps!: ProposalStepDto[];
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: PlanSpecialistDto }) proposer!: PlanSpecialistDto;
  @ApiProperty({
    type: RecommendationOverrideDto,
    isArray: true,
    description: 'Contraindicated steps kept with a justification',
  })
  overrides!: RecommendationOverrideDto[];
  @ApiProperty({ type: RecommendationVoteDto, isArray: true, description: 'The current votes at adoption' })
  votes!: RecommendationVoteDto[];
  @ApiProperty({
    type: RecommendationVoteDto,
    isArray: true,
    description: 'The rejections, with their comments',
  })
  dissent!: RecommendationVoteDto[];
  @ApiProperty({ type: VoteTallyDto, description: 'Present voters at adoption' }) tally!: VoteTallyDto;
  @ApiProperty({ type: RecommendationAttendeeDto, isArray: true }) attendance!: RecommendationAttendeeDto[];
  @ApiProperty({ type: RecommendationQuorumDto }) quorum!: RecommendationQuorumDto;
  @ApiProperty({ type: PlanSpecialistDto }) chair!: PlanSpecialistDto;
  @ApiProperty({ type: PlanUserDto }) adoptedBy!: PlanUserDto;
  @ApiProperty() adoptedAt!: Date;
  @ApiProperty({ description: "In the institution's time zone" }) localAdoptedAt!: string;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty() patientPreferencesDiscussed!: boolean;
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({ example: ADVISORY_STATEMENT }) advisory!: string;
  @ApiProperty({ type: FollowUpDto, nullable: true }) followUp!: FollowUpDto | null;
}
