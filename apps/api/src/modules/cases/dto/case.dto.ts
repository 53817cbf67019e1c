import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';

import {
  BRAF_STATUSES,
  type BrafStatus,
  CASE_ACTIONS,
  CASE_STATES,
  type CaseFacts,
  type CaseState,
  CHILD_PUGH_CLASSES,
  type ChildPughClass,
  COLORECTAL_SIDES,
  type ColorectalSide,
  EXTRAHEPATIC_DISEASE,
  type ExtrahepaticDisease,
  type LiverLesion,
  MSI_STATUSES,
  type MsiStatus,
  NEXT_STEP_KINDS,
  type NextStepKind,
  PRIMARY_SITES,
  type PrimarySite,
  type PriorTreatment,
  RAS_STATUSES,
  type RasStatus,
  type Readiness,
  READINESS_ITEMS,
  type ReadinessItem,
  type ReadinessItemId,
  type Role,
  ROLES,
} from '@consilium/domain';
import { nullableRef } from '@api/common/openapi';
import { PatientSummaryDto, toPatientSummaryDto } from '@api/modules/patients/dto/patient.dto';
import { SpecialistSummaryDto, toSpecialistSummaryDto } from '@api/modules/specialists/dto/specialist.dto';

import type { BoardCase } from '../board-case.entity';
import type { CaseEvent, CaseEventAction } from '../case-event.entity';
import { lesionsOf, priorTreatmentsOf } from '../case-facts.mapping';
import { LiverLesionDto, PriorTreatmentDto } from './case-facts.dto';

export class CaseNextStepMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
  @ApiProperty({ description: 'Start in the institution time zone, with its offset' }) localStartsAt!: string;
  @ApiProperty({ example: 'Europe/Madrid' }) timeZone!: string;
}

@ApiExtraModels(CaseNextStepMeetingDto)
export class CaseNextStepDto {
  @ApiProperty({
    enum: NEXT_STEP_KINDS,
    description:
      'complete / revise / submit: the presenter; awaiting_triage / awaiting_agenda / awaiting_new_board: ' +
      'the coordinator; on_agenda: the board; awaiting_follow_up: follow-up of the recommendation',
  })
  kind!: NextStepKind;
  @ApiProperty({ enum: READINESS_ITEMS, isArray: true, description: 'Readiness items still missing (draft)' })
  missing!: ReadinessItemId[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The coordinator's reason for returning the case",
  })
  returnReason!: string | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      'When the case entered its current state (its latest workflow event): submitted at while awaiting ' +
      'triage, decided at while awaiting follow-up',
  })
  since!: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      "awaiting_follow_up only: the decision plus the institution's followUpOverdueDays; null otherwise",
  })
  followUpDueAt!: Date | null;
  @ApiProperty({ description: 'awaiting_follow_up and past followUpDueAt' })
  overdue!: boolean;
  @ApiProperty(nullableRef(CaseNextStepMeetingDto, 'The open board whose agenda holds the case'))
  meeting!: CaseNextStepMeetingDto | null;
}

export class CaseDto implements CaseFacts {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATES }) status!: CaseState;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) presentingSpecialistId!: string | null;
  @ApiProperty(nullableRef(SpecialistSummaryDto))
  presentingSpecialist!: SpecialistSummaryDto | null;

  @ApiProperty({ enum: PRIMARY_SITES, nullable: true }) primarySite!: PrimarySite | null;
  @ApiProperty({ enum: COLORECTAL_SIDES, nullable: true }) primarySide!: ColorectalSide | null;
  @ApiProperty({ type: String, nullable: true }) histology!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) diagnosisDate!: string | null;
  @ApiProperty({ enum: RAS_STATUSES, nullable: true }) ras!: RasStatus | null;
  @ApiProperty({ enum: BRAF_STATUSES, nullable: true }) brafV600e!: BrafStatus | null;
  @ApiProperty({ enum: MSI_STATUSES, nullable: true }) msi!: MsiStatus | null;
  @ApiProperty({ type: Number, nullable: true, description: '%' }) pdl1Percent!: number | null;
  @ApiProperty({ type: LiverLesionDto, isArray: true }) lesions!: LiverLesion[];
  @ApiProperty({ type: Boolean, nullable: true }) bilobar!: boolean | null;
  @ApiProperty({ enum: EXTRAHEPATIC_DISEASE, nullable: true })
  extrahepaticDisease!: ExtrahepaticDisease | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mg/dL' }) bilirubinMgDl!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g/dL' }) albuminGDl!: number | null;
  @ApiProperty({ type: Number, nullable: true }) inr!: number | null;
  @ApiProperty({ enum: CHILD_PUGH_CLASSES, nullable: true }) childPugh!: ChildPughClass | null;
  @ApiProperty({ type: Boolean, nullable: true }) cirrhosisOrFibrosis!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: '%' }) futureLiverRemnantPercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 4 }) ecog!: CaseFacts['ecog'];
  @ApiProperty({ type: [String] }) comorbidities!: string[];
  @ApiProperty({ type: PriorTreatmentDto, isArray: true }) priorTreatments!: PriorTreatment[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) latestImagingDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) plannedSurgeryDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) questionForBoard!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String }) treatingPhysicianSpecialistId!: string | null;
  @ApiProperty(nullableRef(SpecialistSummaryDto, 'The treating physician, a specialist of the directory'))
  treatingPhysicianSpecialist!: SpecialistSummaryDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'An outside treating physician' })
  treatingPhysicianName!: string | null;
  @ApiProperty({ type: String, nullable: true }) treatingPhysicianContact!: string | null;

  @ApiProperty({ type: CaseNextStepDto, description: 'What the case needs next, and from whom' })
  nextStep!: CaseNextStepDto;

  @ApiProperty({ format: 'uuid' }) createdById!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/**
 * A case loaded with its patient and presenting specialist, and its next step (see CasesService).
 * Every property is written out in one literal: a case list maps each of its cases here, and an
 * object built by spreading is slower to build and to serialise (docs/adr/0020). The type requires
 * every fact of `CaseDto`, so none can be missed.
 */
export function toCaseDto(boardCase: BoardCase, nextStep: CaseNextStepDto): CaseDto {
  const patient = boardCase.patient;
  if (!patient) throw new Error('toCaseDto needs the case loaded with its patient');
  const specialist = boardCase.presentingSpecialist ?? null;
  const addressee = boardCase.treatingPhysicianSpecialist ?? null;
  const c = boardCase;
  return {
    id: c.id,
    status: c.status,
    patientId: c.patientId,
    patient: toPatientSummaryDto(patient),
    presentingSpecialistId: c.presentingSpecialistId,
    presentingSpecialist: specialist ? toSpecialistSummaryDto(specialist) : null,
    primarySite: c.primarySite,
    primarySide: c.primarySide,
    histology: c.histology,
    diagnosisDate: c.diagnosisDate,
    ras: c.ras,
    brafV600e: c.brafV600e,
    msi: c.msi,
    pdl1Percent: c.pdl1Percent,
    lesions: lesionsOf(c),
    bilobar: c.bilobar,
    extrahepaticDisease: c.extrahepaticDisease,
    bilirubinMgDl: c.bilirubinMgDl,
    albuminGDl: c.albuminGDl,
    inr: c.inr,
    childPugh: c.childPugh,
    cirrhosisOrFibrosis: c.cirrhosisOrFibrosis,
    futureLiverRemnantPercent: c.futureLiverRemnantPercent,
    ecog: c.ecog,
    comorbidities: [...c.comorbidities],
    priorTreatments: priorTreatmentsOf(c),
    latestImagingDate: c.latestImagingDate,
    plannedSurgeryDate: c.plannedSurgeryDate,
    questionForBoard: c.questionForBoard,
    treatingPhysicianSpecialistId: c.treatingPhysicianSpecialistId,
    treatingPhysicianSpecialist: addressee ? toSpecialistSummaryDto(addressee) : null,
    treatingPhysicianName: c.treatingPhysicianName,
    treatingPhysicianContact: c.treatingPhysicianContact,
    nextStep,
    createdById: c.createdById,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export class ReadinessItemDto implements ReadinessItem {
  @ApiProperty({ enum: READINESS_ITEMS }) item!: ReadinessItemId;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ example: 'missing: ECOG performance status' }) message!: string;
}

export class ReadinessDto implements Readiness {
  @ApiProperty() ready!: boolean;
  @ApiProperty({ type: ReadinessItemDto, isArray: true }) items!: ReadinessItemDto[];
}

export class CaseEventActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

@ApiExtraModels(CaseEventActorDto)
export class CaseEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['created', ...CASE_ACTIONS] }) action!: CaseEventAction;
  @ApiProperty({ enum: CASE_STATES, nullable: true }) fromState!: CaseState | null;
  @ApiProperty({ enum: CASE_STATES }) toState!: CaseState;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty(nullableRef(CaseEventActorDto, 'Null for a system transition'))
  actor!: CaseEventActorDto | null;
  @ApiProperty() occurredAt!: Date;
}

/** An event loaded with its actor. */
export function toCaseEventDto(event: CaseEvent): CaseEventDto {
  const actor = event.actor ?? null;
  return {
    id: event.id,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    reason: event.reason,
    actor: actor ? { id: actor.id, displayName: actor.displayName, role: actor.role } : null,
    occurredAt: event.occurredAt,
  };
}
