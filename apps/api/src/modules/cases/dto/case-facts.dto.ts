import { applyDecorators } from '@nestjs/common';
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
  FACT_LIMITS,
  FACT_RANGES,
  type FactRange,
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

// The limits are the domain's (FACT_RANGES, FACT_LIMITS), shared with the case editor and the FHIR
// import.
export const MAX_LESIONS = FACT_LIMITS.maxLesions;
export const MAX_PRIOR_TREATMENTS = FACT_LIMITS.maxPriorTreatments;
export const MAX_COMORBIDITIES = FACT_LIMITS.maxComorbidities;
export const QUESTION_MAX_LENGTH = FACT_LIMITS.questionMaxLength;
const TEXT_MAX_LENGTH = FACT_LIMITS.textMaxLength;

const decimals = (places: number) => ({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: places });

/** A number within the fact's range, with at most its decimals. */
const InRange = (range: FactRange) =>
  applyDecorators(IsNumber(decimals(range.decimals)), Min(range.min), Max(range.max));

export class LiverLesionDto implements LiverLesion {
  @ApiProperty({ minimum: 1, maximum: 8, example: 7, description: 'Couinaud segment' })
  @IsInt()
  @Min(1)
  @Max(8)
  segment!: number;

  @ApiProperty({
    minimum: FACT_RANGES.diameterMm.min,
    maximum: FACT_RANGES.diameterMm.max,
    example: 24,
    description: 'Largest diameter in millimetres',
  })
  @InRange(FACT_RANGES.diameterMm)
  diameterMm!: number;
}

export class PriorTreatmentDto implements PriorTreatmentInput {
  @ApiProperty({ enum: MODALITY_CODES, description: 'A documented modality of the plan builder' })
  @IsIn(MODALITY_CODES)
  modality!: ModalityCode;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'FOLFOX + panitumumab',
    maxLength: TEXT_MAX_LENGTH,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX_LENGTH)
  regimen?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: FACT_RANGES.months.min,
    maximum: FACT_RANGES.months.max,
    example: 6,
  })
  @IsOptional()
  @InRange(FACT_RANGES.months)
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

  @ApiPropertyOptional({ type: String, nullable: true, example: 'adenocarcinoma', maxLength: TEXT_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX_LENGTH)
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

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: FACT_RANGES.pdl1Percent.min, maximum: FACT_RANGES.pdl1Percent.max, description: 'PD-L1, %' })
  @IsOptional()
  @InRange(FACT_RANGES.pdl1Percent)
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
    minimum: FACT_RANGES.bilirubinMgDl.min,
    maximum: FACT_RANGES.bilirubinMgDl.max,
    description: 'Bilirubin, mg/dL',
  })
  @IsOptional()
  @InRange(FACT_RANGES.bilirubinMgDl)
  bilirubinMgDl?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: FACT_RANGES.albuminGDl.min,
    maximum: FACT_RANGES.albuminGDl.max,
    description: 'Albumin, g/dL',
  })
  @IsOptional()
  @InRange(FACT_RANGES.albuminGDl)
  albuminGDl?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: FACT_RANGES.inr.min, maximum: FACT_RANGES.inr.max })
  @IsOptional()
  @InRange(FACT_RANGES.inr)
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
    minimum: FACT_RANGES.futureLiverRemnantPercent.min,
    maximum: FACT_RANGES.futureLiverRemnantPercent.max,
    description: 'Planned future liver remnant, % of total liver volume',
  })
  @IsOptional()
  @InRange(FACT_RANGES.futureLiverRemnantPercent)
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
  @MaxLength(TEXT_MAX_LENGTH, { each: true })
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
