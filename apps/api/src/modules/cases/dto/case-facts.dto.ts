import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import {
  BRAF_STATUSES,
  type BrafStatus,
  type CaseFacts,
  CHILD_PUGH_CLASSES,
  type ChildPughClass,
  COLORECTAL_SIDES,
  type ColorectalSide,
  EXTRAHEPATIC_DISEASE,
  type ExtrahepaticDisease,
  type LiverLesion,
  MODALITY_CODES,
  type ModalityCode,
  MSI_STATUSES,
  type MsiStatus,
  PRIMARY_SITES,
  type PrimarySite,
  RAS_STATUSES,
  type RasStatus,
  RECIST_RESPONSES,
  type RecistResponse,
} from '@consilium/domain';
import { IsCalendarDate, trim, trimEach } from '@api/common/validation';

import type { CaseFactsInput, PriorTreatmentInput } from '../case-facts.mapping';

export const MAX_LESIONS = 50;
export const MAX_PRIOR_TREATMENTS = 30;
export const MAX_COMORBIDITIES = 50;
export const QUESTION_MAX_LENGTH = 2000;

const decimals = (places: number) => ({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: places });

export class LiverLesionDto implements LiverLesion {
  @ApiProperty({ minimum: 1, maximum: 8, example: 7, description: 'Couinaud segment' })
  @IsInt()
  @Min(1)
  @Max(8)
  segment!: number;

  @ApiProperty({ minimum: 1, maximum: 300, example: 24, description: 'Largest diameter in millimetres' })
  @IsNumber(decimals(1))
  @Min(1)
  @Max(300)
  diameterMm!: number;
}

export class PriorTreatmentDto implements PriorTreatmentInput {
  @ApiProperty({ enum: MODALITY_CODES, description: 'A documented modality of the plan builder' })
  @IsIn(MODALITY_CODES)
  modality!: ModalityCode;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'FOLFOX + panitumumab', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  regimen?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 600, example: 6 })
  @IsOptional()
  @IsNumber(decimals(1))
  @Min(0)
  @Max(600)
  months?: number | null;

  @ApiPropertyOptional({ enum: RECIST_RESPONSES, nullable: true, description: 'Best response (RECIST)' })
  @IsOptional()
  @IsIn(RECIST_RESPONSES)
  bestResponse?: RecistResponse | null;
}

/**
 * The clinical facts of a case as a request carries them (docs/plan-builder-rules.md#case-facts). Every
 * fact is optional: a draft may be incomplete (readiness says what is missing). `null` clears a fact.
 */
export class CaseFactsInputDto implements CaseFactsInput {
  @ApiPropertyOptional({ enum: PRIMARY_SITES, nullable: true })
  @IsOptional()
  @IsIn(PRIMARY_SITES)
  primarySite?: PrimarySite | null;

  @ApiPropertyOptional({ enum: COLORECTAL_SIDES, nullable: true, description: 'Only for colon and rectum' })
  @IsOptional()
  @IsIn(COLORECTAL_SIDES)
  primarySide?: ColorectalSide | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'adenocarcinoma', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  histology?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2025-09-14' })
  @IsOptional()
  @IsCalendarDate({ notFuture: true, min: '1900-01-01' })
  diagnosisDate?: string | null;

  @ApiPropertyOptional({ enum: RAS_STATUSES, nullable: true })
  @IsOptional()
  @IsIn(RAS_STATUSES)
  ras?: RasStatus | null;

  @ApiPropertyOptional({ enum: BRAF_STATUSES, nullable: true, description: 'BRAF V600E' })
  @IsOptional()
  @IsIn(BRAF_STATUSES)
  brafV600e?: BrafStatus | null;

  @ApiPropertyOptional({ enum: MSI_STATUSES, nullable: true, description: 'MSI-H/dMMR or MSS/pMMR' })
  @IsOptional()
  @IsIn(MSI_STATUSES)
  msi?: MsiStatus | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, description: 'PD-L1, %' })
  @IsOptional()
  @IsNumber(decimals(2))
  @Min(0)
  @Max(100)
  pdl1Percent?: number | null;

  @ApiPropertyOptional({ type: LiverLesionDto, isArray: true, maxItems: MAX_LESIONS, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LESIONS)
  @ValidateNested({ each: true })
  @Type(() => LiverLesionDto)
  lesions?: LiverLesionDto[] | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Lesions in both liver lobes' })
  @IsOptional()
  @IsBoolean()
  bilobar?: boolean | null;

  @ApiPropertyOptional({ enum: EXTRAHEPATIC_DISEASE, nullable: true })
  @IsOptional()
  @IsIn(EXTRAHEPATIC_DISEASE)
  extrahepaticDisease?: ExtrahepaticDisease | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 50,
    description: 'Bilirubin, mg/dL',
  })
  @IsOptional()
  @IsNumber(decimals(2))
  @Min(0)
  @Max(50)
  bilirubinMgDl?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0.5,
    maximum: 7,
    description: 'Albumin, g/dL',
  })
  @IsOptional()
  @IsNumber(decimals(2))
  @Min(0.5)
  @Max(7)
  albuminGDl?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0.5, maximum: 10 })
  @IsOptional()
  @IsNumber(decimals(2))
  @Min(0.5)
  @Max(10)
  inr?: number | null;

  @ApiPropertyOptional({ enum: CHILD_PUGH_CLASSES, nullable: true })
  @IsOptional()
  @IsIn(CHILD_PUGH_CLASSES)
  childPugh?: ChildPughClass | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  cirrhosisOrFibrosis?: boolean | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Planned future liver remnant, % of total liver volume',
  })
  @IsOptional()
  @IsNumber(decimals(2))
  @Min(0)
  @Max(100)
  futureLiverRemnantPercent?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 4,
    description: 'ECOG performance status',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  ecog?: CaseFacts['ecog'];

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: MAX_COMORBIDITIES,
    example: ['type 2 diabetes'],
  })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_COMORBIDITIES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  comorbidities?: string[] | null;

  @ApiPropertyOptional({
    type: PriorTreatmentDto,
    isArray: true,
    maxItems: MAX_PRIOR_TREATMENTS,
    nullable: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PRIOR_TREATMENTS)
  @ValidateNested({ each: true })
  @Type(() => PriorTreatmentDto)
  priorTreatments?: PriorTreatmentDto[] | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Date of the latest cross-sectional imaging (CT or MRI)',
  })
  @IsOptional()
  @IsCalendarDate({ notFuture: true, min: '1900-01-01' })
  latestImagingDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Planned resection, if any',
  })
  @IsOptional()
  @IsCalendarDate({ min: '1900-01-01' })
  plannedSurgeryDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: QUESTION_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(QUESTION_MAX_LENGTH)
  questionForBoard?: string | null;
}
