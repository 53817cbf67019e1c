import { Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated, Public } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';
import { validationException } from '@api/common/validation';

import { MeetingStreamService } from './meeting-stream.service';
import { STREAM_TICKET_TTL_SECONDS } from './stream-tickets';

export class StreamTicketDto {
  @ApiProperty({ description: `Opens this meeting's event stream for ${STREAM_TICKET_TTL_SECONDS} seconds` })
  ticket!: string;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ example: '/api/meetings/3f0c…/events?ticket=…', description: 'The URL for an EventSource' })
  url!: string;
}

const EVENT_ID = /^\d{1,19}$/;

export class StreamQueryDto {
  @ApiProperty({ description: 'A ticket from POST /api/meetings/:id/stream-ticket' })
  @IsString()
  @MaxLength(512)
  ticket!: string;

  @ApiPropertyOptional({
    description: 'The last event seen, for a new EventSource (its own reconnections send Last-Event-ID)',
  })
  @IsOptional()
  @Matches(EVENT_ID, { message: 'lastEventId must be an event id' })
  lastEventId?: string;
}

@ApiTags('meetings')
@Controller('meetings')
@AuditEntity('meeting')
export class MeetingStreamController {
  constructor(private readonly streams: MeetingStreamService) {}

  @Post(':id/stream-ticket')
  @HttpCode(201)
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({
    summary: "A short-lived ticket to open the meeting's live event stream (an EventSource sends no headers)",
  })
  @ApiCreatedResponse({ type: StreamTicketDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async ticket(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<StreamTicketDto> {
    const issued = await this.streams.issueTicket(ctx, id);
    return { ...issued, url: `/api/meetings/${id}/events?ticket=${encodeURIComponent(issued.ticket)}` };
  }

  // Public to the bearer guard: the ticket is the credential (docs/adr/0014).
  @Get(':id/events')
  @Public()
  @ApiOperation({
    summary: "The meeting's live events as Server-Sent Events (ids and kinds; refetch what changed)",
    description:
      'Each event: `id` (for Last-Event-ID), `event` (its kind) and `data` (JSON: id, meetingId, kind, caseId, ' +
      'proposalId, occurredAt). On reconnection the events since Last-Event-ID (or `lastEventId`) are replayed ' +
      'first; the stream ends after meeting_closed.',
  })
  @ApiOkResponse({
    description: 'text/event-stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'STREAM_TICKET_INVALID' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async events(
    @UuidParam('id') id: string,
    @Query() query: StreamQueryDto,
    @Headers('last-event-id') lastEventHeader: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (lastEventHeader !== undefined && !EVENT_ID.test(lastEventHeader)) {
      throw validationException([
        { field: 'Last-Event-ID', problems: ['Last-Event-ID must be an event id'] },
      ]);
    }
    const access = await this.streams.authorise(id, query.ticket);
    // From here on the response is the stream's, written outside Fastify's reply cycle.
    reply.hijack();
    const closed = new Promise<void>((resolve) => request.raw.once('close', () => resolve()));
    await this.streams.stream(reply.raw, closed, access, lastEventHeader ?? query.lastEventId ?? null);
  }
}
