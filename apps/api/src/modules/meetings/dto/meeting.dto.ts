import { ApiProperty, OmitType } from '@nestjs/swagger';

import {
  AGENDA_OUTCOMES,
  type AgendaOutcome,
  CASE_STATES,
  type CaseState,
  DEFAULT_MINUTES_PER_CASE,
  type Discipline,
  DISCIPLINES,
  EXPECTED_REASONS,
  type ExpectedReason,
  formatInTimeZone,
  MEETING_STATES,
  type MeetingState,
  PRIMARY_SITES,
  type PrimarySite,
  type Quorum,
  type Role,
  ROLES,
} from '@consilium/domain';
import { nullableRef } from '@api/common/openapi';
import type { BoardCase } from '@api/modules/cases/board-case.entity';
import { ReadinessDto } from '@api/modules/cases/dto/case.dto';
import { PatientSummaryDto, toPatientSummaryDto } from '@api/modules/patients/dto/patient.dto';
import { SpecialistSummaryDto, toSpecialistSummaryDto } from '@api/modules/specialists/dto/specialist.dto';
import type { Specialist } from '@api/modules/specialists/specialist.entity';

import type { Attendance } from '../attendance.entity';
import type { CalendarFeedLink } from '../calendar.service';
import type { NoteWithCorrections } from '../discussion.service';
import type { Meeting } from '../meeting.entity';
import type { MeetingDetail, MeetingSummary } from '../meetings.service';

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Hepatobiliary MDT' }) boardType!: string;
  @ApiProperty({ description: 'UTC', example: '2026-03-29T14:00:00.000Z' }) startsAt!: Date;
  @ApiProperty({
    description: 'Start in the institution time zone, with its offset',
    example: '2026-03-29T16:00:00+02:00',
  })
  localStartsAt!: string;
  @ApiProperty({ description: 'UTC' }) endsAt!: Date;
  @ApiProperty({ example: '2026-03-29T17:30:00+02:00' }) localEndsAt!: string;
  @ApiProperty({ example: 'Europe/Amsterdam', description: "The institution's time zone (a setting)" })
  timeZone!: string;
  @ApiProperty({ example: 90 }) durationMinutes!: number;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: String, nullable: true }) videoUrl!: string | null;
  @ApiProperty({ type: SpecialistSummaryDto }) chair!: SpecialistSummaryDto;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) requiredDisciplines!: Discipline[];
  @ApiProperty({ enum: MEETING_STATES }) status!: MeetingState;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) startedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiProperty({ description: 'Increases with each change a calendar must pick up (iCalendar SEQUENCE)' })
  revision!: number;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The case the board is discussing now (in progress only)',
  })
  currentCaseId!: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Since when the board discusses it' })
  currentCaseSince!: Date | null;
  @ApiProperty({ format: 'uuid' }) createdById!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class MeetingSummaryDto extends MeetingDto {
  @ApiProperty({ description: 'Cases on the agenda' }) agendaSize!: number;
}

// The agenda names each patient as the room sees them, without their sex.
export class AgendaPatientDto extends OmitType(PatientSummaryDto, ['sex'] as const) {}

export class AgendaCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATES }) status!: CaseState;
  @ApiProperty({ enum: PRIMARY_SITES, nullable: true }) primarySite!: PrimarySite | null;
  @ApiProperty({ type: String, nullable: true }) questionForBoard!: string | null;
  @ApiProperty(nullableRef(SpecialistSummaryDto))
  presentingSpecialist!: SpecialistSummaryDto | null;
  @ApiProperty({ type: AgendaPatientDto }) patient!: AgendaPatientDto;
  @ApiProperty({ type: ReadinessDto }) readiness!: ReadinessDto;
}

export class AgendaItemDto {
  @ApiProperty({ description: '1-based' }) position!: number;
  @ApiProperty({ type: Number, nullable: true }) plannedMinutes!: number | null;
  @ApiProperty({ description: 'True while the meeting is open' }) active!: boolean;
  @ApiProperty({
    enum: CASE_STATES,
    description: 'The state removing the case from the agenda returns it to',
  })
  previousState!: CaseState;
  @ApiProperty() addedAt!: Date;
  @ApiProperty({
    enum: AGENDA_OUTCOMES,
    nullable: true,
    description:
      'What this board did with the case: decided (its plan adopted here), deferred or withdrawn (once the ' +
      'board has closed); null while not known',
  })
  outcome!: AgendaOutcome | null;
  @ApiProperty({ type: AgendaCaseDto }) case!: AgendaCaseDto;
}

export class AttendanceDto {
  @ApiProperty({ type: SpecialistSummaryDto }) specialist!: SpecialistSummaryDto;
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
  @ApiProperty({ format: 'uuid' }) recordedById!: string;
  @ApiProperty() recordedAt!: Date;
}

export class ExpectedAttendeeDto {
  @ApiProperty({ type: SpecialistSummaryDto }) specialist!: SpecialistSummaryDto;
  @ApiProperty({
    enum: EXPECTED_REASONS,
    isArray: true,
    description:
      'Why they are expected: chairs it, presents a case on its agenda, a discipline of its quorum, ' +
      'attendance recorded (docs/adr/0013)',
  })
  reasons!: ExpectedReason[];
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Recorded present (true) or absent (false); null while not recorded',
  })
  present!: boolean | null;
}

export class QuorumDto {
  @ApiProperty() quorate!: boolean;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) requiredDisciplines!: Discipline[];
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) presentDisciplines!: Discipline[];
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) missingDisciplines!: Discipline[];
}

export class AgendaTotalsDto {
  @ApiProperty() cases!: number;
  @ApiProperty({ description: 'Planned minutes, counting the default for cases without any' })
  plannedMinutes!: number;
  @ApiProperty() overrunMinutes!: number;
  @ApiProperty({ example: 10 }) defaultMinutesPerCase!: number;
}

// What the meeting screen needs in one request.
export class MeetingDetailDto extends MeetingDto {
  @ApiProperty({ type: AgendaItemDto, isArray: true, description: 'In agenda order' })
  agenda!: AgendaItemDto[];
  @ApiProperty({ type: AttendanceDto, isArray: true }) attendance!: AttendanceDto[];
  @ApiProperty({
    type: ExpectedAttendeeDto,
    isArray: true,
    description: 'Everyone expected at the board, by discipline then name (at most 500)',
  })
  expected!: ExpectedAttendeeDto[];
  @ApiProperty({ type: QuorumDto }) quorum!: QuorumDto;
  @ApiProperty({ type: AgendaTotalsDto }) totals!: AgendaTotalsDto;
  @ApiProperty({
    type: [String],
    description: 'Warnings, never refusals: agenda overrun, people booked into overlapping meetings',
  })
  warnings!: string[];
}

export class NoteAuthorDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty(nullableRef(SpecialistSummaryDto)) specialist!: SpecialistSummaryDto | null;
}

export class DiscussionNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) correctsNoteId!: string | null;
  @ApiProperty({ type: [String], description: 'Later notes that correct this one' })
  correctedByNoteIds!: string[];
  @ApiProperty({ type: NoteAuthorDto }) author!: NoteAuthorDto;
  @ApiProperty() createdAt!: Date;
}

export class CalendarFeedDto implements CalendarFeedLink {
  @ApiProperty({ format: 'uuid' }) specialistId!: string;
  @ApiProperty({
    description: 'Secret subscription URL (no login needed); shown once, revoke it if it leaks',
    example: 'https://consilium.example/api/calendar/feeds/3q2-…',
  })
  url!: string;
  @ApiProperty() createdAt!: Date;
}

/** A meeting loaded with its chair, its times also written in the institution's zone. */
export function toMeetingDto(meeting: Meeting, timeZone: string): MeetingDto {
  if (!meeting.chair) throw new Error('toMeetingDto needs the meeting loaded with its chair');
  const endsAt = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  return {
    id: meeting.id,
    title: meeting.title,
    boardType: meeting.boardType,
    startsAt: meeting.startsAt,
    localStartsAt: formatInTimeZone(meeting.startsAt, timeZone),
    endsAt,
    localEndsAt: formatInTimeZone(endsAt, timeZone),
    timeZone,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    videoUrl: meeting.videoUrl,
    chair: toSpecialistSummaryDto(meeting.chair),
    requiredDisciplines: meeting.requiredDisciplines,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    startedAt: meeting.startedAt,
    closedAt: meeting.closedAt,
    revision: meeting.revision,
    currentCaseId: meeting.currentCaseId,
    currentCaseSince: meeting.currentCaseSince,
    createdById: meeting.createdById,
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}

export function toMeetingSummaryDto({ meeting, agendaSize, timeZone }: MeetingSummary): MeetingSummaryDto {
  return { ...toMeetingDto(meeting, timeZone), agendaSize };
}

export function toQuorumDto(required: Discipline[], quorum: Quorum): QuorumDto {
  return {
    quorate: quorum.quorate,
    requiredDisciplines: required,
    presentDisciplines: quorum.presentDisciplines,
    missingDisciplines: quorum.missingDisciplines,
  };
}

/** An agenda item loaded with its case, the case's patient and presenting specialist. */
function toAgendaItemDto({ item, readiness, outcome }: MeetingDetail['agenda'][number]): AgendaItemDto {
  const c = item.boardCase as BoardCase;
  if (!c.patient) throw new Error('agenda case loaded without its patient');
  const { sex: _sex, ...patient } = toPatientSummaryDto(c.patient);
  return {
    position: item.position,
    plannedMinutes: item.plannedMinutes,
    active: item.active,
    previousState: item.previousState,
    addedAt: item.addedAt,
    outcome,
    case: {
      id: c.id,
      status: c.status,
      primarySite: c.primarySite,
      questionForBoard: c.questionForBoard,
      presentingSpecialist: c.presentingSpecialist ? toSpecialistSummaryDto(c.presentingSpecialist) : null,
      patient,
      readiness,
    },
  };
}

/** An attendance record loaded with its specialist. */
function toAttendanceDto(attendance: Attendance): AttendanceDto {
  return {
    specialist: toSpecialistSummaryDto(attendance.specialist as Specialist),
    present: attendance.present,
    role: attendance.role,
    recordedById: attendance.recordedById,
    recordedAt: attendance.recordedAt,
  };
}

export function toMeetingDetailDto(detail: MeetingDetail): MeetingDetailDto {
  const { meeting, agenda, overrun } = detail;
  return {
    ...toMeetingDto(meeting, detail.timeZone),
    agenda: agenda.map(toAgendaItemDto),
    attendance: detail.attendance.map(toAttendanceDto),
    expected: detail.expected.map((e) => ({
      specialist: { id: e.specialistId, fullName: e.fullName, discipline: e.discipline },
      reasons: e.reasons,
      present: e.present,
    })),
    quorum: toQuorumDto(meeting.requiredDisciplines, detail.quorum),
    totals: {
      cases: agenda.length,
      plannedMinutes: overrun.totalMinutes,
      overrunMinutes: overrun.overrunMinutes,
      defaultMinutesPerCase: DEFAULT_MINUTES_PER_CASE,
    },
    warnings: detail.warnings,
  };
}

/** A note loaded with its author (and the author's specialist profile, if any). */
export function toDiscussionNoteDto({ note, correctedByNoteIds }: NoteWithCorrections): DiscussionNoteDto {
  const author = note.author;
  if (!author) throw new Error('toDiscussionNoteDto needs the note loaded with its author');
  return {
    id: note.id,
    meetingId: note.meetingId,
    caseId: note.caseId,
    body: note.body,
    correctsNoteId: note.correctsNoteId,
    correctedByNoteIds,
    author: {
      userId: author.id,
      displayName: author.displayName,
      role: author.role,
      specialist: note.authorSpecialist ? toSpecialistSummaryDto(note.authorSpecialist) : null,
    },
    createdAt: note.createdAt,
  };
}
