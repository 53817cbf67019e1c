import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';

import {
  type Discipline,
  DISCIPLINES,
  MEETING_STATES,
  type MeetingState,
  parseInstantWithOffset,
} from '@consilium/domain';
import { IsDateOrInstant, RANGE_BOUND_DOC } from '@api/common/date-range';
import { PageQueryDto } from '@api/common/pagination';
import { trim } from '@api/common/validation';

export const DURATION_MIN_MINUTES = 5;
export const DURATION_MAX_MINUTES = 720;
export const PLANNED_MINUTES_MAX = 240;
export const MAX_AGENDA_CASES = 100;
export const NOTE_MAX_LENGTH = 10000;

// Optional but not nullable: `undefined` leaves the field alone, `null` is validated (and refused).
const present = (_: object, value: unknown) => value !== undefined;
// Optional and nullable: `null` clears the field.
const given = (_: object, value: unknown) => value !== undefined && value !== null;

/** An ISO 8601 date-time with an explicit offset (`Z` or ±hh:mm); a bare local time is ambiguous. */
export function IsInstantWithOffset(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstantWithOffset',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an ISO 8601 date-time with an offset (Z or ±hh:mm), e.g. 2026-03-29T16:00:00+02:00`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseInstantWithOffset(value) !== null,
      },
    });
}

const STARTS_AT_DOC = {
  example: '2026-03-29T16:00:00+02:00',
  description: 'ISO 8601 with an offset (Z or ±hh:mm); stored in UTC, shown in the institution time zone',
};
const VIDEO_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateMeetingDto {
  @ApiProperty({ example: 'Liver board, week 13', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'Hepatobiliary MDT', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  boardType!: string;

  @ApiProperty({ ...STARTS_AT_DOC, type: String, format: 'date-time' })
  @IsInstantWithOffset()
  startsAt!: string;

  @ApiProperty({ minimum: DURATION_MIN_MINUTES, maximum: DURATION_MAX_MINUTES, example: 90 })
  @IsInt()
  @Min(DURATION_MIN_MINUTES)
  @Max(DURATION_MAX_MINUTES)
  durationMinutes!: number;

  @ApiPropertyOptional({
    example: 'Room 4.12, Tower B',
    nullable: true,
    type: String,
    description: 'A location, a video link, or both',
  })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ example: 'https://video.example/liver-board', nullable: true, type: String })
  @ValidateIf(given)
  @IsString()
  @MaxLength(2000)
  @IsUrl(VIDEO_URL_OPTIONS, { message: 'videoUrl must be an http(s) URL' })
  videoUrl?: string | null;

  @ApiProperty({ format: 'uuid', description: 'The specialist who chairs the meeting' })
  @IsUUID()
  chairSpecialistId!: string;

  @ApiPropertyOptional({
    enum: DISCIPLINES,
    isArray: true,
    description: "Disciplines that must be present for quorum; default: the institution's quorum setting",
  })
  @ValidateIf(present)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DISCIPLINES.length)
  @ArrayUnique()
  @IsIn(DISCIPLINES, { each: true })
  requiredDisciplines?: Discipline[];
}

// PATCH: a missing field is left alone; `null` clears location or videoUrl (one must remain).
export class UpdateMeetingDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  boardType?: string;

  @ApiPropertyOptional({ ...STARTS_AT_DOC, type: String, format: 'date-time' })
  @ValidateIf(present)
  @IsInstantWithOffset()
  startsAt?: string;

  @ApiPropertyOptional({ minimum: DURATION_MIN_MINUTES, maximum: DURATION_MAX_MINUTES })
  @ValidateIf(present)
  @IsInt()
  @Min(DURATION_MIN_MINUTES)
  @Max(DURATION_MAX_MINUTES)
  durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf(given)
  @IsString()
  @MaxLength(2000)
  @IsUrl(VIDEO_URL_OPTIONS, { message: 'videoUrl must be an http(s) URL' })
  videoUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  chairSpecialistId?: string;

  @ApiPropertyOptional({ enum: DISCIPLINES, isArray: true })
  @ValidateIf(present)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DISCIPLINES.length)
  @ArrayUnique()
  @IsIn(DISCIPLINES, { each: true })
  requiredDisciplines?: Discipline[];
}

export class MeetingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-11-01',
    description: `Meetings starting at or after this. ${RANGE_BOUND_DOC.description}`,
  })
  @IsOptional()
  @IsDateOrInstant()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: `Meetings starting before this. ${RANGE_BOUND_DOC.description}`,
  })
  @IsOptional()
  @IsDateOrInstant()
  to?: string;

  @ApiPropertyOptional({ enum: MEETING_STATES })
  @IsOptional()
  @IsIn(MEETING_STATES)
  status?: MeetingState;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only meetings this specialist is expected at: chairs, presents a case on its agenda, belongs to a ' +
      'discipline of its quorum, or has attendance recorded (docs/adr/0013)',
  })
  @IsOptional()
  @IsUUID()
  expectedSpecialistId?: string;
}

export class AddAgendaItemDto {
  @ApiProperty({ format: 'uuid', description: 'An accepted or deferred case' })
  @IsUUID()
  caseId!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: PLANNED_MINUTES_MAX, example: 10 })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  @Max(PLANNED_MINUTES_MAX)
  plannedMinutes?: number;
}

export class UpdateAgendaItemDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: PLANNED_MINUTES_MAX,
    example: 15,
    description: 'Planned minutes for the case; null for the default per case',
  })
  @ValidateIf(given)
  @IsInt()
  @Min(1)
  @Max(PLANNED_MINUTES_MAX)
  plannedMinutes!: number | null;
}

export class AgendaOrderDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Every case on the agenda, each exactly once, in the new order',
  })
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_CASES)
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

export class RecordAttendanceDto {
  @ApiProperty({ description: 'Present (true) or absent (false)' })
  @IsBoolean()
  present!: boolean;

  @ApiPropertyOptional({
    example: 'presenter',
    nullable: true,
    type: String,
    description: 'Free text (presenter, guest, …); omitted or null clears it',
  })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  role?: string | null;
}

export class CurrentCaseDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A case on the agenda, or null for none (between cases)',
  })
  @ValidateIf((_: object, value: unknown) => value !== null)
  @IsUUID()
  caseId!: string | null;
}

export class DeferCaseDto {
  @ApiProperty({ example: 'Await the PET-CT of the new lung nodule', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

export class CancelMeetingDto {
  @ApiProperty({ example: 'Chair ill; cases move to next week', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

export class CreateNoteDto {
  @ApiProperty({ maxLength: NOTE_MAX_LENGTH, example: 'Segment 7 lesion abuts the right hepatic vein.' })
  @IsString()
  @Matches(/\S/, { message: 'body must not be blank' })
  @MaxLength(NOTE_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The note (of the same meeting and case) this one corrects; notes are never edited',
  })
  @ValidateIf(present)
  @IsUUID()
  correctsNoteId?: string;
}

export class NoteQueryDto extends PageQueryDto {}
