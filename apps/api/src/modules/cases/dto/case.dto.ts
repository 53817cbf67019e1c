import {
  BRAF_STATUSES,
  CASE_ACTIONS,
  CASE_STATES,
  CHILD_PUGH_CLASSES,
  COLORECTAL_SIDES,
  DISCIPLINES,
  EXTRAHEPATIC_DISEASE,
  MSI_STATUSES,
  PRIMARY_SITES,
  RAS_STATUSES,
  READINESS_ITEMS,
  ROLES,
  type BrafStatus,
  type CaseFacts,
  type CaseState,
  type ChildPughClass,
  type ColorectalSide,
  type Discipline,
  type ExtrahepaticDisease,
  type LiverLesion,
  type MsiStatus,
  type PrimarySite,
  type PriorTreatment,
  type RasStatus,
  type ReadinessItemId,
  type Role,
} from '@consilium/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { PATIENT_SEXES, type PatientSex } from '../../patients/patient.entity';
import type { BoardCase } from '../board-case.entity';
import { caseFactsOf } from '../case-facts.mapping';
import type { CaseEvent, CaseEventAction } from '../case-event.entity';
import { LiverLesionDto, PriorTreatmentDto } from './case-facts.dto';

export class CaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATES })
  @IsOptional()
  @IsIn(CASE_STATES)
  status?: CaseState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  presentingSpecialistId?: string;

  @ApiPropertyOptional({
    description:
      "Search: part of the patient's name, an MRN prefix, or part of the histology or the question for the board",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}

export class CasePatientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() mrn!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ format: 'date' }) birthDate!: string;
  @ApiProperty({ enum: PATIENT_SEXES }) sex!: PatientSex;
}

export class CaseSpecialistDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
}

// A case as screens need it: its facts (named as in the request), its patient and presenter.
export class CaseDto implements CaseFacts {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATES }) status!: CaseState;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty({ type: CasePatientDto }) patient!: CasePatientDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) presentingSpecialistId!: string | null;
  @ApiProperty({ type: CaseSpecialistDto, nullable: true }) presentingSpecialist!: CaseSpecialistDto | null;

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

  @ApiProperty({ format: 'uuid' }) createdById!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A case loaded with its patient and presenting specialist (see CasesService). */
export function toCaseDto(boardCase: BoardCase): CaseDto {
  const patient = boardCase.patient;
  if (!patient) throw new Error('toCaseDto needs the case loaded with its patient');
  const specialist = boardCase.presentingSpecialist ?? null;
  return {
    id: boardCase.id,
    status: boardCase.status,
    patientId: boardCase.patientId,
    patient: {
      id: patient.id,
      mrn: patient.mrn,
      fullName: patient.fullName,
      birthDate: patient.birthDate,
      sex: patient.sex,
    },
    presentingSpecialistId: boardCase.presentingSpecialistId,
    presentingSpecialist: specialist
      ? { id: specialist.id, fullName: specialist.fullName, discipline: specialist.discipline }
      : null,
    ...caseFactsOf(boardCase),
    createdById: boardCase.createdById,
    createdAt: boardCase.createdAt,
    updatedAt: boardCase.updatedAt,
  };
}

export class ReadinessItemDto {
  @ApiProperty({ enum: READINESS_ITEMS }) item!: ReadinessItemId;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ example: 'missing: ECOG performance status' }) message!: string;
}

export class ReadinessDto {
  @ApiProperty() ready!: boolean;
  @ApiProperty({ type: ReadinessItemDto, isArray: true }) items!: ReadinessItemDto[];
}

export class CaseEventActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class CaseEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['created', ...CASE_ACTIONS] }) action!: CaseEventAction;
  @ApiProperty({ enum: CASE_STATES, nullable: true }) fromState!: CaseState | null;
  @ApiProperty({ enum: CASE_STATES }) toState!: CaseState;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: CaseEventActorDto, nullable: true, description: 'Null for a system transition' })
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
