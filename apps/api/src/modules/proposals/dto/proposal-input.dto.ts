import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { SUPPORTIVE_CARE_SERVICES, type Vote, VOTES } from '@consilium/domain';
import type { StepDetails } from '@consilium/plan-builder';
import { trim } from '@api/common/validation';
import { SupportiveCareEntryDto } from '@api/modules/recommendations/dto/letter-input.dto';

import { PLAN_INTENTS, type PlanIntent } from '../proposal.entity';

export const MAX_STEPS = 10;
export const RATIONALE_MAX_LENGTH = 5000;
export const JUSTIFICATION_MIN_LENGTH = 10;
export const JUSTIFICATION_MAX_LENGTH = 2000;
export const COMMENT_MAX_LENGTH = 2000;

export class StepDetailsDto implements StepDetails {
  @ApiPropertyOptional({ example: 'FOLFOX', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  regimen?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, example: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  cycles?: number;

  @ApiPropertyOptional({ example: 'laparoscopic', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  approach?: string;

  @ApiPropertyOptional({
    example: 'NCT01234567',
    maxLength: 300,
    description: 'Registry id or title of the trial; a clinical_trial step names it here or in `text`',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  trial?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Anything else about the step' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text?: string;
}

export class ProposalStepInputDto {
  // A string, not an enum: an undocumented modality is a plan rule (422), not a malformed request.
  @ApiProperty({
    example: 'systemic_chemotherapy',
    description: 'A documented modality (GET /api/modalities)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  modality!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'bevacizumab',
    description: "One of the modality's documented agents",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  agent?: string | null;

  @ApiPropertyOptional({ type: StepDetailsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StepDetailsDto)
  details?: StepDetailsDto;

  @ApiPropertyOptional({
    type: [Number],
    example: [7],
    description: 'Couinaud segments (1–8) of the case lesions this step treats',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(8, { each: true })
  targetLesions?: number[];

  @ApiPropertyOptional({
    minLength: JUSTIFICATION_MIN_LENGTH,
    maxLength: JUSTIFICATION_MAX_LENGTH,
    description: 'Required to propose a contraindicated step; stored and shown to every voter',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(JUSTIFICATION_MIN_LENGTH)
  @MaxLength(JUSTIFICATION_MAX_LENGTH)
  overrideJustification?: string;
}

export class CreateProposalDto {
  @ApiProperty({ format: 'uuid', description: 'The meeting whose agenda holds the case' })
  @IsUUID()
  meetingId!: string;

  @ApiProperty({ enum: PLAN_INTENTS })
  @IsIn(PLAN_INTENTS)
  intent!: PlanIntent;

  @ApiProperty({ type: ProposalStepInputDto, isArray: true, minItems: 1, maxItems: MAX_STEPS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => ProposalStepInputDto)
  steps!: ProposalStepInputDto[];

  @ApiProperty({ maxLength: RATIONALE_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(RATIONALE_MAX_LENGTH)
  rationale!: string;
}

export class CastVoteDto {
  @ApiProperty({ enum: VOTES })
  @IsIn(VOTES)
  vote!: Vote;

  @ApiPropertyOptional({
    maxLength: COMMENT_MAX_LENGTH,
    description: 'Required for a reject (recorded dissent)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(COMMENT_MAX_LENGTH)
  comment?: string;
}

export class AdoptProposalDto {
  @ApiProperty({ description: "Whether the patient's preferences were discussed" })
  @IsBoolean()
  patientPreferencesDiscussed!: boolean;

  @ApiPropertyOptional({
    type: SupportiveCareEntryDto,
    isArray: true,
    maxItems: SUPPORTIVE_CARE_SERVICES.length,
    description: 'Supportive care agreed with the plan; what is left out can be added until the letter is signed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUPPORTIVE_CARE_SERVICES.length)
  @ArrayUnique((e: SupportiveCareEntryDto) => e?.service, { message: 'supportiveCare must name each service once' })
  @ValidateNested({ each: true })
  @Type(() => SupportiveCareEntryDto)
  supportiveCare?: SupportiveCareEntryDto[];
}
