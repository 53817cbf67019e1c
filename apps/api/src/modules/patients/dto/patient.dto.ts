import { ApiProperty } from '@nestjs/swagger';

import { CASE_STATES, type CaseState, PRIMARY_SITES, type PrimarySite } from '@consilium/domain';

import { Patient, PATIENT_SEXES, type PatientSex } from '../patient.entity';
import type { PatientWithCases } from '../patients.service';

// Who a patient is, wherever another resource names one (a case, a recommendation, an agenda).
export class PatientSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() mrn!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ format: 'date' }) birthDate!: string;
  @ApiProperty({ enum: PATIENT_SEXES }) sex!: PatientSex;
}

export class PatientDto extends PatientSummaryDto {
  @ApiProperty() institution!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class PatientCaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATES }) status!: CaseState;
  @ApiProperty({ enum: PRIMARY_SITES, nullable: true }) primarySite!: PrimarySite | null;
  @ApiProperty() createdAt!: Date;
}

export class PatientDetailDto extends PatientDto {
  @ApiProperty({ type: PatientCaseSummaryDto, isArray: true, description: 'Newest first' })
  cases!: PatientCaseSummaryDto[];
}

export function toPatientSummaryDto(patient: Patient): PatientSummaryDto {
  return {
    id: patient.id,
    mrn: patient.mrn,
    fullName: patient.fullName,
    birthDate: patient.birthDate,
    sex: patient.sex,
  };
}

export function toPatientDto(patient: Patient): PatientDto {
  return {
    ...toPatientSummaryDto(patient),
    institution: patient.institution,
    createdAt: patient.createdAt,
    updatedAt: patient.updatedAt,
  };
}

export function toPatientDetailDto({ patient, cases }: PatientWithCases): PatientDetailDto {
  return {
    ...toPatientDto(patient),
    cases: cases.map((c) => ({
      id: c.id,
      status: c.status,
      primarySite: c.primarySite,
      createdAt: c.createdAt,
    })),
  };
}
