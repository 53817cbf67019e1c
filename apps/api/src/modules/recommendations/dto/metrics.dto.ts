import { ApiProperty } from '@nestjs/swagger';

import {
  type Discipline,
  DISCIPLINES,
  FOLLOW_UP_REASONS,
  type FollowUpReason,
  median,
  SUPPORTIVE_CARE_SERVICES,
  type SupportiveCareService,
} from '@consilium/domain';

import type { BoardAggregates } from '../metrics.service';

export class DisciplineAttendanceDto {
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
  @ApiProperty({ description: 'Present attendances of this discipline at meetings closed in the range' })
  presentAttendances!: number;
  @ApiProperty({ description: 'Meetings closed in the range with at least one member of it present' })
  meetingsAttended!: number;
  @ApiProperty({ description: 'presentAttendances / meetings closed in the range' })
  perMeeting!: number;
}

export class FollowUpReasonCountDto {
  @ApiProperty({ enum: FOLLOW_UP_REASONS }) reason!: FollowUpReason;
  @ApiProperty() count!: number;
}

export class MonthMetricsDto {
  @ApiProperty({ example: '2026-11', description: "Calendar month in the institution's time zone" })
  month!: string;
  @ApiProperty({ description: 'Meetings closed in the month' }) meetingsClosed!: number;
  @ApiProperty({ description: 'Distinct cases on the agendas of meetings closed in the month' })
  casesDiscussed!: number;
  @ApiProperty({ description: 'Recommendations adopted in the month' }) decisions!: number;
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
  @ApiProperty({
    type: FollowUpReasonCountDto,
    isArray: true,
    description: 'Reason codes of the follow-ups partially or not implemented, most frequent first',
  })
  reasons!: FollowUpReasonCountDto[];
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

export class SupportiveCareMetricsDto {
  @ApiProperty({ enum: SUPPORTIVE_CARE_SERVICES }) service!: SupportiveCareService;
  @ApiProperty() offered!: number;
  @ApiProperty() referred!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() notNeeded!: number;
  @ApiProperty({ description: 'Decisions of the range without this service recorded' }) notRecorded!: number;
}

export class MetricsDto {
  @ApiProperty({ description: 'Inclusive start (UTC)' }) from!: Date;
  @ApiProperty({ description: 'Exclusive end (UTC)' }) to!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'The board type the figures are limited to' })
  boardType!: string | null;
  @ApiProperty({ type: [String], description: 'Every board type in use (for a filter)' })
  boardTypes!: string[];
  @ApiProperty({
    type: MonthMetricsDto,
    isArray: true,
    description: 'Each month of the range, first to last, zeros included',
  })
  byMonth!: MonthMetricsDto[];
  @ApiProperty({ description: 'Meetings closed in the range' }) meetingsClosed!: number;
  @ApiProperty({ description: 'Distinct cases on the agendas of meetings closed in the range' })
  casesDiscussed!: number;
  @ApiProperty({ description: 'Recommendations adopted in the range' }) decisions!: number;
  @ApiProperty({ description: "Of the range's decisions, those whose letter the chair has signed" })
  lettersSigned!: number;
  @ApiProperty({
    type: SupportiveCareMetricsDto,
    isArray: true,
    description: "Supportive care recorded with the range's decisions, per service (every service, in order)",
  })
  supportiveCare!: SupportiveCareMetricsDto[];
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
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Measured minutes per case: the time the boards closed in the range spent on each case they opened on ' +
      'the live board (from opening it to moving on), divided by the cases timed; null when none was timed',
  })
  measuredMinutesPerCase!: number | null;
  @ApiProperty({
    description: 'Cases whose discussion time the live board measured (in boards closed in the range)',
  })
  casesTimed!: number;
}

// Rounded for screens; the aggregates are exact.
const round = (value: number | null, places = 2) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;
const share = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

/** Each figure as the schema above defines it, from the range's aggregates. */
export function toMetricsDto({
  from,
  to,
  boardType,
  boardTypes,
  byMonth,
  meetings: m,
  decisions: d,
  followUps: f,
  attendance,
  caseTime,
  supportiveCare,
}: BoardAggregates): MetricsDto {
  return {
    from,
    to,
    boardType,
    boardTypes,
    byMonth,
    meetingsClosed: m.meetingsClosed,
    casesDiscussed: m.casesDiscussed,
    decisions: d.count,
    lettersSigned: d.signed,
    supportiveCare,
    medianDaysSubmissionToDecision: round(median(d.days)),
    medianDaysDecisionToFollowUp: round(median(f.days)),
    followUps: {
      recorded: f.recorded,
      implemented: f.implemented,
      partiallyImplemented: f.partiallyImplemented,
      notImplemented: f.notImplemented,
      implementedShare: share(f.implemented, f.recorded),
      reasons: f.reasons,
    },
    deferral: { agendaItems: m.agendaItems, deferred: m.deferred, rate: share(m.deferred, m.agendaItems) },
    attendanceByDiscipline: attendance.map((a) => ({
      discipline: a.discipline,
      presentAttendances: a.presentAttendances,
      meetingsAttended: a.meetingsAttended,
      perMeeting: round(m.meetingsClosed === 0 ? 0 : a.presentAttendances / m.meetingsClosed) ?? 0,
    })),
    minutesPerCase: m.casesDiscussed === 0 ? null : round(m.minutes / m.casesDiscussed),
    measuredMinutesPerCase: caseTime.casesTimed === 0 ? null : round(caseTime.minutes / caseTime.casesTimed),
    casesTimed: caseTime.casesTimed,
  };
}
