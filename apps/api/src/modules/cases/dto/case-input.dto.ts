import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { CASE_STATES, type CaseState } from '@consilium/domain';
import { PageQueryDto } from '@api/common/pagination';
import { trim } from '@api/common/validation';

import { CaseFactsInputDto } from './case-facts.dto';

/** The physician the board's letter is addressed to; set while preparing, and until the letter is signed. */
export abstract class CaseDetailsInputDto extends CaseFactsInputDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The treating (referring) physician, a specialist of the directory',
  })
  @IsOptional()
  @IsUUID()
  treatingPhysicianSpecialistId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    example: 'Dr Ana Ruiz, Hospital Comarcal',
    description: 'An outside treating physician, by name (not with a directory specialist)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  treatingPhysicianName?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    example: 'ana.ruiz@hcomarcal.example, +34 900 000 000',
    description: "The outside physician's contact (address, e-mail, phone)",
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  treatingPhysicianContact?: string | null;
}

export class CreateCaseDto extends CaseDetailsInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  patientId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Who presents the case; by default the creating clinician's own specialist profile",
  })
  @IsOptional()
  @IsUUID()
  presentingSpecialistId?: string | null;
}

// The patient of a case does not change; every fact and the presenting specialist may.
export class UpdateCaseDto extends CaseDetailsInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  presentingSpecialistId?: string | null;
}

export class CaseActionReasonDto {
  @ApiProperty({ example: 'Please add the MSI status from pathology', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

export const CASE_LIST_ORDERS = ['newest', 'oldest'] as const;

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
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: CASE_LIST_ORDERS,
    default: 'newest',
    description: 'newest (default) or oldest first, by when the case was created: a queue reads oldest first',
  })
  @IsOptional()
  @IsIn(CASE_LIST_ORDERS)
  order?: (typeof CASE_LIST_ORDERS)[number];
}

// A case as screens need it: its facts (named as in the request), its patient and presenter.
