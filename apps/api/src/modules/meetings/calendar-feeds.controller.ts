import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { Authenticated, Public } from '@api/auth/decorators';
import { publicBaseUrl } from '@api/common/base-url';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { CalendarService } from './calendar.service';
import { CalendarFeedDto } from './dto/meeting.dto';


// Per-specialist calendar subscriptions. The feed itself is public on purpose: calendar apps fetch
// it without a login header, so the unguessable, revocable token in the URL is the credential.
@ApiTags('calendar')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly calendar: CalendarService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  @Post('specialists/:id/calendar-feed')
  @HttpCode(201)
  @Authenticated()
  @ApiOperation({
    summary:
      'A new secret calendar-feed URL for a specialist (themselves or a coordinator); any previous one stops working',
  })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: 'NOT_OWN_CALENDAR_FEED, CALENDAR_FEED_NOT_ALLOWED',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Specialist not found' })
  createFeed(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<CalendarFeedDto> {
    return this.calendar.createFeed(ctx, id, publicBaseUrl(this.config, request));
  }

  @Delete('specialists/:id/calendar-feed')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: "Revoke a specialist's calendar-feed URL (themselves or a coordinator)" })
  @ApiNoContentResponse({ description: 'Revoked (or there was nothing to revoke)' })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: 'NOT_OWN_CALENDAR_FEED, CALENDAR_FEED_NOT_ALLOWED',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Specialist not found' })
  async revokeFeed(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<void> {
    await this.calendar.revokeFeed(ctx, id);
  }

  @Get('calendar/feeds/:token')
  @Public()
  @ApiOperation({
    summary:
      'Every board a specialist is expected at (chair, presenter, quorum discipline, recorded attendance) from 30 days ago on, as a subscribable iCalendar feed',
  })
  @ApiOkResponse({ description: 'RFC 5545', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Unknown or revoked link' })
  async feed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = await this.calendar.feed(token);
    // Set on success only: an error keeps the JSON error shape.
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('cache-control', 'private, max-age=300');
    return ics;
  }
}
