import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { mapPage, Page, PageOf, PageQueryDto } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { RecommendationDto } from '../recommendations/dto/recommendation.dto';
import { LetterService } from '../recommendations/letter.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { AdoptionService } from './adoption.service';
import {
  ProposalDetailDto,
  ProposalDto,
  toProposalDetailDto,
  toProposalDto,
  toVoteDto,
  VoteDto,
} from './dto/proposal.dto';
import { AdoptProposalDto, CastVoteDto, CreateProposalDto } from './dto/proposal-input.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('plans')
@Controller('cases')
@AuditEntity('board_case')
export class CaseProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post(':id/proposals')
  @HttpCode(201)
  @Authenticated({ permission: Permission.PlansPropose })
  @ApiOperation({
    summary: 'Propose a plan for a case on a meeting agenda',
    description:
      'Before the meeting (planned) any clinician may propose; while it is in progress only specialists ' +
      'marked present. Each step must be a documented modality (and agent); a contraindicated step needs ' +
      'an overrideJustification. The plan-builder evaluation is stored with the proposal.',
  })
  @ApiCreatedResponse({ type: ProposalDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_PRESENT' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MEETING_NOT_OPEN, CASE_NOT_ON_AGENDA' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description:
      'UNDOCUMENTED_MODALITY, UNDOCUMENTED_AGENT, CONTRAINDICATED_STEP, TRIAL_NOT_NAMED, UNKNOWN_TARGET_LESION',
  })
  async propose(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalDetailDto> {
    return toProposalDetailDto(await this.proposals.propose(ctx, id, dto));
  }

  @Get(':id/proposals')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({ summary: "A case's proposals, oldest first, each with its current votes and tally" })
  @ApiOkResponse({ type: PageOf(ProposalDto) })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async list(@UuidParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<ProposalDto>> {
    return mapPage(await this.proposals.listForCase(id, query), toProposalDto);
  }
}

@ApiTags('plans')
@Controller('proposals')
@AuditEntity('proposal')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly adoption: AdoptionService,
    private readonly recommendations: RecommendationsService,
    private readonly letters: LetterService,
  ) {}

  @Get(':id')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('proposal')
  @ApiOperation({ summary: 'One proposal with its current votes and the stored plan-builder evaluation' })
  @ApiOkResponse({ type: ProposalDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<ProposalDetailDto> {
    return toProposalDetailDto(await this.proposals.get(id));
  }

  @Get(':id/votes')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('proposal')
  @ApiOperation({ summary: 'Every vote cast on the proposal, superseded ones included, oldest first' })
  @ApiOkResponse({ type: PageOf(VoteDto) })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async votes(@UuidParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<VoteDto>> {
    return mapPage(await this.proposals.voteHistory(id, query), toVoteDto);
  }

  @Put(':id/vote')
  @Authenticated({ permission: Permission.PlansVote })
  @ApiOperation({
    summary: "Cast or change one's vote (a reject needs a comment)",
    description:
      'Only a specialist marked present while the meeting is in progress. A changed vote supersedes the ' +
      'previous one, which stays in the history; the same vote again changes nothing.',
  })
  @ApiOkResponse({ type: VoteDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_PRESENT' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'CASE_DECIDED, MEETING_NOT_IN_PROGRESS, CASE_NOT_ON_AGENDA',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'REJECT_NEEDS_COMMENT' })
  async vote(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CastVoteDto,
  ): Promise<VoteDto> {
    return toVoteDto(await this.proposals.vote(ctx, id, dto));
  }

  @Post(':id/adopt')
  @HttpCode(201)
  @Authenticated({ permission: Permission.PlansAdopt })
  @ApiOperation({
    summary: "Adopt the proposal as the board's recommendation; the case becomes decided",
    description:
      "By the meeting's chair, marked present, or a coordinator, while the meeting is in progress and " +
      'quorate, when the proposal has more approvals than rejections among present voters. One adopted ' +
      'plan per case.',
  })
  @ApiCreatedResponse({ type: RecommendationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_CHAIR, NOT_PRESENT' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      'MEETING_NOT_IN_PROGRESS, CASE_NOT_SCHEDULED, MEETING_NOT_QUORATE, NO_MAJORITY, ALREADY_ADOPTED, CASE_NOT_ON_AGENDA',
  })
  async adopt(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: AdoptProposalDto,
  ): Promise<RecommendationDto> {
    const caseId = await this.adoption.adopt(ctx, id, dto);
    return this.letters.dto(ctx, await this.recommendations.forCase(caseId));
  }
}
