import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import {
  DEFAULT_FOLLOW_UP_OVERDUE_DAYS,
  type Discipline,
  DISCIPLINES,
  LETTER_LANGUAGES,
  type LetterLanguage,
  MAX_FOLLOW_UP_OVERDUE_DAYS,
} from '@consilium/domain';

export const IMAGING_WINDOW_MIN_DAYS = 1;
export const IMAGING_WINDOW_MAX_DAYS = 365;

// PUT replaces the whole settings document, so every field is required.
export class UpdateInstitutionSettingsDto {
  @ApiProperty({
    minimum: IMAGING_WINDOW_MIN_DAYS,
    maximum: IMAGING_WINDOW_MAX_DAYS,
    example: 42,
    description: 'How old the latest cross-sectional imaging may be for a case to be ready (days)',
  })
  @IsInt()
  @Min(IMAGING_WINDOW_MIN_DAYS)
  @Max(IMAGING_WINDOW_MAX_DAYS)
  imagingWindowDays!: number;

  @ApiProperty({ example: 'Europe/Amsterdam', description: 'IANA time zone of the institution' })
  @IsString()
  @MaxLength(64)
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Amsterdam' })
  timeZone!: string;

  @ApiProperty({
    enum: DISCIPLINES,
    isArray: true,
    example: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    description: 'Disciplines that must be present for a meeting to be quorate',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DISCIPLINES.length)
  @ArrayUnique()
  @IsIn(DISCIPLINES, { each: true })
  quorumDisciplines!: Discipline[];

  @ApiProperty({
    minimum: 1,
    maximum: MAX_FOLLOW_UP_OVERDUE_DAYS,
    example: DEFAULT_FOLLOW_UP_OVERDUE_DAYS,
    description: 'Days after the decision after which a case without a recorded follow-up is overdue',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_FOLLOW_UP_OVERDUE_DAYS)
  followUpOverdueDays!: number;

  @ApiProperty({
    enum: LETTER_LANGUAGES,
    example: 'en',
    description: "The language of the board's letter (PDF and printable page) unless a request asks for another",
  })
  @IsIn(LETTER_LANGUAGES)
  letterLanguage!: LetterLanguage;

  @ApiProperty({
    example: false,
    description:
      "Whether a clinician who was present at the decision may sign the board's letter as the chair's deputy",
  })
  @IsBoolean()
  deputySigning!: boolean;

  @ApiProperty({
    maxLength: 255,
    example: 'urn:oid:2.16.840.1.113883.19.5',
    description:
      "The identifier system (a URI: urn:oid:…, https://…) of the institution's MRNs: an exported FHIR Patient " +
      'carries it, and an imported bundle is matched to a patient only by an identifier in it',
  })
  @IsString()
  @MaxLength(255)
  @Matches(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, { message: 'mrnSystem must be a URI (urn:oid:…, https://…)' })
  mrnSystem!: string;
}
