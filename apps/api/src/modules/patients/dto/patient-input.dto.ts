import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { PageQueryDto } from '@api/common/pagination';
import { IsCalendarDate, trim } from '@api/common/validation';

import { PATIENT_SEXES, type PatientSex } from '../patient.entity';

// MRNs are compared without regard to case or surrounding spaces, so they are stored upper-cased.
const normaliseMrn = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export class CreatePatientDto {
  @ApiProperty({
    example: 'MRN-0012345',
    description: 'Medical record number, unique within the institution (stored upper-cased)',
  })
  @Transform(normaliseMrn)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9./_-]{0,63}$/, {
    message: 'mrn must be 1 to 64 letters, digits, dots, slashes, dashes or underscores',
  })
  mrn!: string;

  @ApiProperty({ example: 'Maria Jansen' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ format: 'date', example: '1961-04-23' })
  @IsCalendarDate({ notFuture: true, min: '1900-01-01' })
  birthDate!: string;

  @ApiProperty({ enum: PATIENT_SEXES })
  @IsIn(PATIENT_SEXES)
  sex!: PatientSex;
}

/** Corrections of a patient's registration; every field optional. */
export class UpdatePatientDto extends PartialType(CreatePatientDto) {}

export class PatientQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Search: an MRN prefix, or part of the name (case-insensitive)',
    example: 'jans',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
