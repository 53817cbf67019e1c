import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { mapPage, Page, PageOf } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { AgendaService } from './agenda.service';
import { CalendarService } from './calendar.service';
import { DiscussionService } from './discussion.service';
import {
  DiscussionNoteDto,
  MeetingDetailDto,
  MeetingSummaryDto,
  toDiscussionNoteDto,
  toMeetingDetailDto,
  toMeetingSummaryDto,
} from './dto/meeting.dto';
import {
  AddAgendaItemDto,
  AgendaOrderDto,
  CancelMeetingDto,
  CreateMeetingDto,
  CreateNoteDto,
  CurrentCaseDto,
  DeferCaseDto,
  MeetingQueryDto,
  NoteQueryDto,
  RecordAttendanceDto,
  UpdateAgendaItemDto,
  UpdateMeetingDto,
} from './dto/meeting-input.dto';
import { MeetingsService } from './meetings.service';

const ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION: not allowed in the current state (named in details.state)';
const NOT_EDITABLE = 'MEETING_NOT_EDITABLE: only a planned meeting can be changed';

@ApiTags('meetings')
@Controller('meetings')
@AuditEntity('meeting')
@ApiBadRequestResponse({ type: ErrorResponseDto })
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly discussion: DiscussionService,
    private readonly calendar: CalendarService,
  ) {}

  @Post()
  @HttpCode(201)
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({
    summary: 'Schedule a board meeting (coordinator); overlapping bookings come back as warnings',
  })
  @ApiCreatedResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Chair specialist not found' })
  async create(@Ctx() ctx: RequestContext, @Body() dto: CreateMeetingDto): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.create(ctx, dto));
  }

  @Get()
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({ summary: 'List meetings by start time (soonest first), optionally from/to and status' })
  @ApiOkResponse({ type: PageOf(MeetingSummaryDto) })
  async list(@Query() query: MeetingQueryDto): Promise<Page<MeetingSummaryDto>> {
    return mapPage(await this.meetings.list(query), toMeetingSummaryDto);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('meeting')
  @ApiOperation({
    summary: 'One meeting with its agenda (cases, patients, readiness), attendance, quorum and warnings',
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.detail(id));
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({ summary: 'Change a planned meeting (null clears location or videoUrl; one must remain)' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: NOT_EDITABLE })
  async update(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateMeetingDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.update(ctx, id, dto));
  }

  @Put(':id/current-case')
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({
    summary: 'Move the board to a case of its agenda, or to none (the chair or a coordinator, in progress)',
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_CHAIR_OR_COORDINATOR' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MEETING_NOT_IN_PROGRESS' })
  async setCurrentCase(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CurrentCaseDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.setCurrentCase(ctx, id, dto.caseId));
  }

  @Post(':id/cases/:caseId/defer')
  @HttpCode(200)
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({
    summary:
      "Defer a case of the agenda during the meeting, with the board's reason (the chair or a coordinator)",
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_CHAIR_OR_COORDINATOR' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: `MEETING_NOT_IN_PROGRESS, ${ILLEGAL_TRANSITION} (a decided case)`,
  })
  async deferCase(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @UuidParam('caseId') caseId: string,
    @Body() dto: DeferCaseDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.deferCase(ctx, id, caseId, dto.reason));
  }

  @Post(':id/start')
  @HttpCode(200)
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({ summary: 'Start a planned meeting (planned → in_progress)' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async start(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.start(ctx, id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({
    summary: 'Close a meeting in progress; each case still scheduled on it (no plan adopted) is deferred',
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async close(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.close(ctx, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({ summary: 'Cancel a planned meeting, with a reason; its cases go back to accepted' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async cancel(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CancelMeetingDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.meetings.cancel(ctx, id, dto.reason));
  }

  @Post(':id/agenda')
  @HttpCode(201)
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({
    summary:
      'Put an accepted or deferred case at the end of the agenda (it becomes scheduled); warns on overrun',
  })
  @ApiCreatedResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting or case not found' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: `CASE_ALREADY_ON_AGENDA (of an open meeting), ${NOT_EDITABLE}, ${ILLEGAL_TRANSITION}`,
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'AGENDA_FULL' })
  async addToAgenda(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: AddAgendaItemDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.agenda.add(ctx, id, dto));
  }

  @Put(':id/agenda/order')
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({ summary: 'Reorder the agenda: caseIds lists every case on it exactly once' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: NOT_EDITABLE })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'INVALID_AGENDA_ORDER: details lists missing, extra and duplicated case ids',
  })
  async reorderAgenda(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: AgendaOrderDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.agenda.reorder(ctx, id, dto));
  }

  @Patch(':id/agenda/:caseId')
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({
    summary: "Change a case's planned minutes on a planned meeting's agenda (null: the default)",
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: NOT_EDITABLE })
  async updateAgendaItem(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @UuidParam('caseId') caseId: string,
    @Body() dto: UpdateAgendaItemDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.agenda.update(ctx, id, caseId, dto));
  }

  @Delete(':id/agenda/:caseId')
  @Authenticated({ permission: Permission.MeetingsManage })
  @ApiOperation({ summary: 'Take a case off the agenda; it returns to accepted or deferred' })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: `${NOT_EDITABLE}, ${ILLEGAL_TRANSITION}` })
  async removeFromAgenda(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @UuidParam('caseId') caseId: string,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.agenda.remove(ctx, id, caseId));
  }

  @Put(':id/attendance/:specialistId')
  @Authenticated()
  @ApiOperation({
    summary:
      "Record a specialist present or absent: a coordinator anyone's, a clinician their own; conflicts are warnings",
  })
  @ApiOkResponse({ type: MeetingDetailDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_OWN_ATTENDANCE, ATTENDANCE_NOT_ALLOWED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting or specialist not found' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MEETING_NOT_EDITABLE: closed or cancelled' })
  async recordAttendance(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @UuidParam('specialistId') specialistId: string,
    @Body() dto: RecordAttendanceDto,
  ): Promise<MeetingDetailDto> {
    return toMeetingDetailDto(await this.discussion.recordAttendance(ctx, id, specialistId, dto));
  }

  @Post(':id/cases/:caseId/notes')
  @HttpCode(201)
  @Authenticated({ permission: Permission.DiscussionWrite })
  @ApiOperation({
    summary:
      'Add a discussion note on an agenda case while the meeting is in progress (present clinician or coordinator)',
  })
  @ApiCreatedResponse({ type: DiscussionNoteDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_PRESENT' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MEETING_NOT_IN_PROGRESS' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'CORRECTED_NOTE_MISMATCH' })
  async addNote(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @UuidParam('caseId') caseId: string,
    @Body() dto: CreateNoteDto,
  ): Promise<DiscussionNoteDto> {
    return toDiscussionNoteDto(await this.discussion.addNote(ctx, id, caseId, dto));
  }

  @Get(':id/cases/:caseId/notes')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('meeting')
  @ApiOperation({ summary: "A case's discussion at the meeting, oldest first (notes are never edited)" })
  @ApiOkResponse({ type: PageOf(DiscussionNoteDto) })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Meeting not found or case not on its agenda' })
  async notes(
    @UuidParam('id') id: string,
    @UuidParam('caseId') caseId: string,
    @Query() query: NoteQueryDto,
  ): Promise<Page<DiscussionNoteDto>> {
    return mapPage(await this.discussion.notes(id, caseId, query), toDiscussionNoteDto);
  }

  @Get(':id/calendar.ics')
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({ summary: 'The meeting as an iCalendar (RFC 5545) file, without patient data' })
  @ApiOkResponse({ description: 'RFC 5545', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async calendarFile(
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = await this.calendar.meetingCalendar(id);
    // Set on success only: an error keeps the JSON error shape.
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="meeting-${id}.ics"`);
    return ics;
  }
}
