import { DISCIPLINES, type Discipline } from '@consilium/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Extended ISO 8601 with a mandatory offset (Z or ±hh:mm): a time without one is ambiguous.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DEFAULT_METRICS_DAYS = 90;
export const MAX_METRICS_DAYS = 731;

export class MetricsQueryDto {
  @ApiPropertyOptional({
    description: `Inclusive start, ISO 8601 with offset; default ${DEFAULT_METRICS_DAYS} days before \`to\``,
    example: '2026-09-01T00:00:00+02:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Exclusive end, ISO 8601 with offset; default now. At most two years after `from`.',
    example: '2026-12-01T00:00:00+01:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to?: string;
}

export class DisciplineAttendanceDto {
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
  @ApiProperty({ description: 'Present attendances of this discipline at meetings closed in the range' })
  presentAttendances!: number;
  @ApiProperty({ description: 'Meetings closed in the range with at least one member of it present' })
  meetingsAttended!: number;
  @ApiProperty({ description: 'presentAttendances / meetings closed in the range' })
  perMeeting!: number;
}

export class FollowUpMetricsDto {
  @ApiProperty({ description: 'Follow-ups recorded in the range' }) recorded!: number;
  @ApiProperty() implemented!: number;
  @ApiProperty() partiallyImplemented!: number;
  @ApiProperty() notImplemented!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'implemented / follow-ups recorded in the range (0–1); null without follow-ups',
  })
  implementedShare!: number | null;
}

export class DeferralMetricsDto {
  @ApiProperty({ description: 'Agenda items of meetings closed in the range' }) agendaItems!: number;
  @ApiProperty({
    description: 'Of those, cases deferred (the meeting closed without a plan adopted for them)',
  })
  deferred!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'deferred / agendaItems (0–1); null without items',
  })
  rate!: number | null;
}

export class MetricsDto {
  @ApiProperty({ description: 'Inclusive start (UTC)' }) from!: Date;
  @ApiProperty({ description: 'Exclusive end (UTC)' }) to!: Date;
  @ApiProperty({ description: 'Meetings closed in the range' }) meetingsClosed!: number;
  @ApiProperty({ description: 'Distinct cases on the agendas of meetings closed in the range' })
  casesDiscussed!: number;
  @ApiProperty({ description: 'Recommendations adopted in the range' }) decisions!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "Median elapsed days from submission (the case's latest submit before the decision) to decision " +
      '(adoption of the recommendation), over decisions in the range; null without decisions',
  })
  medianDaysSubmissionToDecision!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median elapsed days from decision to follow-up, over follow-ups recorded in the range',
  })
  medianDaysDecisionToFollowUp!: number | null;
  @ApiProperty({ type: FollowUpMetricsDto }) followUps!: FollowUpMetricsDto;
  @ApiProperty({ type: DeferralMetricsDto, description: 'Re-discussion (deferral) rate' })
  deferral!: DeferralMetricsDto;
  @ApiProperty({ type: DisciplineAttendanceDto, isArray: true })
  attendanceByDiscipline!: DisciplineAttendanceDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Scheduled minutes of meetings closed in the range / casesDiscussed; null without cases',
  })
  minutesPerCase!: number | null;
}
