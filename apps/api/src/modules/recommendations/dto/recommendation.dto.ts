import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';

import {
  addresseeOf,
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  type FollowUpReason,
  type FollowUpStatus,
  formatInTimeZone,
  MEETING_STATES,
  type MeetingState,
  SUPPORTIVE_CARE_SERVICES,
  SUPPORTIVE_CARE_STATUSES,
  type SupportiveCareService,
  supportiveCareSheet,
  type SupportiveCareStatus,
  type Vote as VoteValue,
  VOTES,
} from '@consilium/domain';
import { nullableRef } from '@api/common/openapi';
import { QuorumDto, toQuorumDto } from '@api/modules/meetings/dto/meeting.dto';
import { PatientSummaryDto, toPatientSummaryDto } from '@api/modules/patients/dto/patient.dto';
import { ReasonDto } from '@api/modules/plan-options/dto/plan-options.dto';
import {
  PlanUserDto,
  ProposalStepDto,
  toPlanUserDto,
  toStepDtos,
  VoteTallyDto,
} from '@api/modules/proposals/dto/proposal.dto';
import { PLAN_INTENTS, type PlanIntent } from '@api/modules/proposals/proposal.entity';
import { SpecialistSummaryDto, toSpecialistSummaryDto } from '@api/modules/specialists/dto/specialist.dto';

import type { FollowUp } from '../follow-up.entity';
import { isLetterContent } from '../letter/letter-content';
import type { RecommendationRecord } from '../recommendations.service';
import type { RecommendationSignature } from '../signature.entity';

export const ADVISORY_STATEMENT =
  "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.";

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

export class SupportiveCareItemDto {
  @ApiProperty({ enum: SUPPORTIVE_CARE_SERVICES }) service!: SupportiveCareService;
  @ApiProperty({ enum: SUPPORTIVE_CARE_STATUSES, nullable: true, description: 'null while not recorded' })
  status!: SupportiveCareStatus | null;
}

export class LetterAddresseeDto {
  @ApiProperty({ enum: ['specialist', 'external'] }) kind!: 'specialist' | 'external';
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The specialist, if of the directory' })
  specialistId!: string | null;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) discipline!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "An outside physician's contact" })
  contact!: string | null;
}

export class SignatureDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: SpecialistSummaryDto }) signer!: SpecialistSummaryDto;
  @ApiProperty({ description: 'Signed by a clinician present at the decision, for the chair' })
  asDeputy!: boolean;
  @ApiProperty() signedAt!: Date;
  @ApiProperty({ example: 'SHA-256' }) algorithm!: 'SHA-256';
  @ApiProperty({ description: 'SHA-256 (lowercase hex) of the canonical content signed' }) contentHash!: string;
}

export class AddendumDto extends SignatureDto {
  @ApiProperty({ description: 'The correction' }) text!: string;
  @ApiProperty({ format: 'uuid', description: 'The signed letter it amends' }) amendsSignatureId!: string;
  @ApiProperty({ description: 'The content hash of the letter it amends' }) amendsContentHash!: string;
}

export class RecommendationVoteDto extends SpecialistSummaryDto {
  @ApiProperty({ enum: VOTES }) vote!: VoteValue;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() castAt!: string;
  @ApiProperty({ description: 'Marked present at adoption (only present voters were counted)' })
  present!: boolean;
}

export class RecommendationAttendeeDto extends SpecialistSummaryDto {
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
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

@ApiExtraModels(LetterAddresseeDto, SignatureDto)
export class RecommendationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: RecommendationCaseDto }) case!: RecommendationCaseDto;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({ type: RecommendationMeetingDto }) meeting!: RecommendationMeetingDto;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ enum: PLAN_INTENTS }) intent!: PlanIntent;
  @ApiProperty({ type: ProposalStepDto, isArray: true }) steps!: ProposalStepDto[];
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: SpecialistSummaryDto }) proposer!: SpecialistSummaryDto;
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
  @ApiProperty({ type: QuorumDto }) quorum!: QuorumDto;
  @ApiProperty({ type: SpecialistSummaryDto }) chair!: SpecialistSummaryDto;
  @ApiProperty({ type: PlanUserDto }) adoptedBy!: PlanUserDto;
  @ApiProperty() adoptedAt!: Date;
  @ApiProperty({ description: "In the institution's time zone" }) localAdoptedAt!: string;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty() patientPreferencesDiscussed!: boolean;
  @ApiProperty({ example: '1.0.0' }) ruleSetVersion!: string;
  @ApiProperty({ example: ADVISORY_STATEMENT }) advisory!: string;
  @ApiProperty(nullableRef(FollowUpDto)) followUp!: FollowUpDto | null;

  @ApiProperty(nullableRef(LetterAddresseeDto, "The treating physician the letter is addressed to (the case's)"))
  addressee!: LetterAddresseeDto | null;
  @ApiProperty({ type: SupportiveCareItemDto, isArray: true, description: 'Every service, in a fixed order' })
  supportiveCare!: SupportiveCareItemDto[];
  @ApiProperty(nullableRef(SignatureDto, 'The signature of the letter; null while it is a draft'))
  signature!: SignatureDto | null;
  @ApiProperty({ type: AddendumDto, isArray: true, description: 'Signed corrections, oldest first' })
  addenda!: AddendumDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'While unsigned: the SHA-256 of the draft as shown, which the signer sends back to sign it',
  })
  draftContentHash!: string | null;
  @ApiProperty({ description: 'Whether the caller may sign the letter (and record supportive care)' })
  callerMaySign!: boolean;
}

/** What the letter service works out for a reader: the draft's hash and whether they may sign. */
export interface LetterState {
  draftContentHash: string | null;
  callerMaySign: boolean;
}

export function toSignatureDto(signature: RecommendationSignature): SignatureDto {
  const signer = signature.signer;
  if (!signer) throw new Error('toSignatureDto needs the signature loaded with its signer');
  return {
    id: signature.id,
    signer: toSpecialistSummaryDto(signer),
    asDeputy: signature.asDeputy,
    signedAt: signature.signedAt,
    algorithm: 'SHA-256',
    contentHash: signature.contentHash,
  };
}

export function toAddendumDto(signature: RecommendationSignature): AddendumDto {
  const content = signature.content;
  if (isLetterContent(content)) throw new Error(`signature ${signature.id} is not an addendum`);
  return {
    ...toSignatureDto(signature),
    text: content.text,
    amendsSignatureId: content.amends.signatureId,
    amendsContentHash: content.amends.contentHash,
  };
}

/** A follow-up loaded with its recorder. */
export function toFollowUpDto(followUp: FollowUp): FollowUpDto {
  const recordedBy = followUp.recordedBy;
  if (!recordedBy) throw new Error('toFollowUpDto needs the follow-up loaded with its recorder');
  return {
    id: followUp.id,
    caseId: followUp.caseId,
    recommendationId: followUp.recommendationId,
    status: followUp.status,
    reason: followUp.reason,
    note: followUp.note,
    recordedBy: toPlanUserDto(recordedBy),
    recordedAt: followUp.recordedAt,
  };
}

/** The adopted plan as the board adopted it: votes, attendance and quorum come from the snapshot. */
export function toRecommendationDto(
  { recommendation, followUp, timeZone, supportiveCare, signatures }: RecommendationRecord,
  letter: LetterState,
): RecommendationDto {
  const { proposal, boardCase, meeting, adoptedBy, snapshot } = recommendation;
  const patient = boardCase?.patient;
  if (!proposal?.proposerSpecialist || !boardCase || !patient || !meeting || !adoptedBy) {
    throw new Error('toRecommendationDto needs the recommendation loaded with its relations');
  }
  const steps = toStepDtos(proposal.steps);
  const original = signatures.find((s) => s.kind === 'original');
  return {
    id: recommendation.id,
    caseId: recommendation.caseId,
    case: {
      id: boardCase.id,
      status: boardCase.status,
      primarySite: boardCase.primarySite,
      histology: boardCase.histology,
      questionForBoard: boardCase.questionForBoard,
    },
    patient: toPatientSummaryDto(patient),
    meeting: {
      id: meeting.id,
      title: meeting.title,
      boardType: meeting.boardType,
      status: meeting.status,
      startsAt: meeting.startsAt,
      localStartsAt: formatInTimeZone(meeting.startsAt, timeZone),
    },
    proposalId: proposal.id,
    intent: proposal.intent,
    steps,
    rationale: proposal.rationale,
    proposer: toSpecialistSummaryDto(proposal.proposerSpecialist),
    overrides: steps
      .filter((s) => s.overridden)
      .map((s) => ({
        position: s.position,
        modality: s.modality,
        agent: s.agent,
        justification: s.overrideJustification ?? '',
        contraindications: s.contraindications,
      })),
    votes: snapshot.votes,
    dissent: snapshot.votes.filter((v) => v.vote === 'reject'),
    tally: snapshot.tally,
    attendance: snapshot.attendance,
    quorum: toQuorumDto(snapshot.quorum.requiredDisciplines, snapshot.quorum),
    chair: snapshot.chair,
    adoptedBy: toPlanUserDto(adoptedBy),
    adoptedAt: recommendation.adoptedAt,
    localAdoptedAt: formatInTimeZone(recommendation.adoptedAt, timeZone),
    timeZone,
    patientPreferencesDiscussed: recommendation.patientPreferencesDiscussed,
    ruleSetVersion: recommendation.ruleSetVersion,
    advisory: ADVISORY_STATEMENT,
    followUp: followUp ? toFollowUpDto(followUp) : null,
    addressee: addresseeOfCase(boardCase),
    supportiveCare: supportiveCareSheet(supportiveCare),
    signature: original ? toSignatureDto(original) : null,
    addenda: signatures.filter((s) => s.kind === 'addendum').map(toAddendumDto),
    draftContentHash: original ? null : letter.draftContentHash,
    callerMaySign: letter.callerMaySign,
  };
}

function addresseeOfCase(
  boardCase: NonNullable<RecommendationRecord['recommendation']['boardCase']>,
): LetterAddresseeDto | null {
  return addresseeOf({
    specialist: boardCase.treatingPhysicianSpecialist,
    name: boardCase.treatingPhysicianName,
    contact: boardCase.treatingPhysicianContact,
  });
}
