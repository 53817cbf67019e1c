import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import {
  LETTER_LANGUAGES,
  type LetterLanguage,
  SUPPORTIVE_CARE_SERVICES,
  SUPPORTIVE_CARE_STATUSES,
  type SupportiveCareEntry,
  type SupportiveCareService,
  type SupportiveCareStatus,
} from '@consilium/domain';
import { trim } from '@api/common/validation';

export class SignLetterDto {
  @ApiProperty({
    description: "The recommendation's `draftContentHash` as the signer reviewed it",
    example: 'a3f1…',
    pattern: '^[0-9a-f]{64}$',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be 64 lowercase hexadecimal characters (SHA-256)' })
  contentHash!: string;
}

export class AddAddendumDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 4000,
    example: 'Correction: the target lesion of step 2 is in segment 6, not segment 7.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(4000)
  text!: string;
}

export class SupportiveCareEntryDto implements SupportiveCareEntry {
  @ApiProperty({ enum: SUPPORTIVE_CARE_SERVICES })
  @IsIn(SUPPORTIVE_CARE_SERVICES)
  service!: SupportiveCareService;

  @ApiProperty({ enum: SUPPORTIVE_CARE_STATUSES })
  @IsIn(SUPPORTIVE_CARE_STATUSES)
  status!: SupportiveCareStatus;
}

/** The services given are recorded; services not given keep what they had. */
export class SetSupportiveCareDto {
  @ApiProperty({ type: SupportiveCareEntryDto, isArray: true, minItems: 1, maxItems: SUPPORTIVE_CARE_SERVICES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUPPORTIVE_CARE_SERVICES.length)
  @ArrayUnique((e: SupportiveCareEntryDto) => e?.service, { message: 'entries must name each service once' })
  @ValidateNested({ each: true })
  @Type(() => SupportiveCareEntryDto)
  entries!: SupportiveCareEntryDto[];
}

export class LetterQueryDto {
  @ApiPropertyOptional({ enum: LETTER_LANGUAGES, description: "By default the institution's letter language" })
  @IsOptional()
  @IsIn(LETTER_LANGUAGES)
  lang?: LetterLanguage;
}
