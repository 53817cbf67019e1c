import {
  CASE_STATES,
  DISCIPLINES,
  formatInTimeZone,
  MEETING_STATES,
  PRIMARY_SITES,
  ROLES,
  type CaseState,
  type Discipline,
  type MeetingState,
  type PrimarySite,
  type Quorum,
  type Role,
} from '@consilium/domain';
import { ApiProperty } from '@nestjs/swagger';
import type { Specialist } from '../../specialists/specialist.entity';
import { ReadinessDto } from '../../cases/dto/case.dto';
import type { DiscussionNote } from '../discussion-note.entity';
import type { Meeting } from '../meeting.entity';

export class MeetingSpecialistDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
}

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
  @ApiProperty({ type: MeetingSpecialistDto }) chair!: MeetingSpecialistDto;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) requiredDisciplines!: Discipline[];
  @ApiProperty({ enum: MEETING_STATES }) status!: MeetingState;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) startedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiProperty({ description: 'Increases with each change a calendar must pick up (iCalendar SEQUENCE)' })
  revision!: number;
  @ApiProperty({ format: 'uuid' }) createdById!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class MeetingSummaryDto extends MeetingDto {
  @ApiProperty({ description: 'Cases on the agenda' }) agendaSize!: number;
}

export class AgendaPatientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() mrn!: string;
  @ApiProperty({ format: 'date' }) birthDate!: string;
}

export class AgendaCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATES }) status!: CaseState;
  @ApiProperty({ enum: PRIMARY_SITES, nullable: true }) primarySite!: PrimarySite | null;
  @ApiProperty({ type: String, nullable: true }) questionForBoard!: string | null;
  @ApiProperty({ type: MeetingSpecialistDto, nullable: true })
  presentingSpecialist!: MeetingSpecialistDto | null;
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
  @ApiProperty({ type: AgendaCaseDto }) case!: AgendaCaseDto;
}

export class AttendanceDto {
  @ApiProperty({ type: MeetingSpecialistDto }) specialist!: MeetingSpecialistDto;
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
  @ApiProperty({ format: 'uuid' }) recordedById!: string;
  @ApiProperty() recordedAt!: Date;
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
  @ApiProperty({ type: MeetingSpecialistDto, nullable: true }) specialist!: MeetingSpecialistDto | null;
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

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) specialistId!: string;
  @ApiProperty({
    description: 'Secret subscription URL (no login needed); shown once, revoke it if it leaks',
    example: 'https://consilium.example/api/calendar/feeds/3q2-…',
  })
  url!: string;
  @ApiProperty() createdAt!: Date;
}

export function toSpecialistSummary(specialist: Specialist): MeetingSpecialistDto {
  return { id: specialist.id, fullName: specialist.fullName, discipline: specialist.discipline };
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
    chair: toSpecialistSummary(meeting.chair),
    requiredDisciplines: meeting.requiredDisciplines,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    startedAt: meeting.startedAt,
    closedAt: meeting.closedAt,
    revision: meeting.revision,
    createdById: meeting.createdById,
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}

export function toQuorumDto(required: Discipline[], quorum: Quorum): QuorumDto {
  return { requiredDisciplines: required, ...quorum };
}

/** A note loaded with its author (and the author's specialist profile, if any). */
export function toDiscussionNoteDto(note: DiscussionNote, correctedBy: string[]): DiscussionNoteDto {
  const author = note.author;
  if (!author) throw new Error('toDiscussionNoteDto needs the note loaded with its author');
  return {
    id: note.id,
    meetingId: note.meetingId,
    caseId: note.caseId,
    body: note.body,
    correctsNoteId: note.correctsNoteId,
    correctedByNoteIds: correctedBy,
    author: {
      userId: author.id,
      displayName: author.displayName,
      role: author.role,
      specialist: note.authorSpecialist ? toSpecialistSummary(note.authorSpecialist) : null,
    },
    createdAt: note.createdAt,
  };
}
