import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AuditRead } from '@api/audit/audit-read.interceptor';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { FollowUpDto, RecommendationDto, toFollowUpDto, toRecommendationDto } from './dto/recommendation.dto';
import { RecordFollowUpDto } from './dto/recommendation-input.dto';
import { renderRecommendationHtml } from './recommendation-html';
import { RecommendationsService } from './recommendations.service';

@ApiTags('plans')
@Controller('cases')
@AuditEntity('board_case')
export class RecommendationsController {
  constructor(
    private readonly recommendations: RecommendationsService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  @Get(':id/recommendation')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: "The board's adopted (advisory) recommendation with votes, dissent, attendance and quorum",
  })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such case, or no plan adopted yet' })
  async get(@UuidParam('id') id: string): Promise<RecommendationDto> {
    return toRecommendationDto(await this.recommendations.forCase(id));
  }

  @Get(':id/recommendation.html')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({ summary: 'The recommendation as a printable page (the letter to the treating physician)' })
  @ApiOkResponse({
    description: 'A self-contained HTML page',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async html(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    // The letter says what the JSON says: it is rendered from the same DTO.
    const recommendation = toRecommendationDto(await this.recommendations.forCase(id));
    const page = renderRecommendationHtml(recommendation, this.config.institutionName);
    // Set here, not with @Header: those apply before the handler runs, so errors would go out as HTML.
    // The page names the patient: never kept by a browser or proxy cache.
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
    return page;
  }

  @Post(':id/follow-up')
  @HttpCode(201)
  @Authenticated({ permission: Permission.FollowUpRecord })
  @ApiOperation({
    summary: 'Record whether the recommendation was carried out; the case is closed',
    description: 'A reason code is required unless the recommendation was implemented.',
  })
  @ApiCreatedResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'CASE_NOT_DECIDED, FOLLOW_UP_ALREADY_RECORDED',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'FOLLOW_UP_REASON_REQUIRED' })
  async followUp(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: RecordFollowUpDto,
  ): Promise<FollowUpDto> {
    return toFollowUpDto(await this.recommendations.recordFollowUp(ctx, id, dto));
  }
}
