import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
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
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { AddAddendumDto, LetterQueryDto, SetSupportiveCareDto, SignLetterDto } from './dto/letter-input.dto';
import {
  AddendumDto,
  FollowUpDto,
  RecommendationDto,
  SignatureDto,
  toAddendumDto,
  toFollowUpDto,
  toSignatureDto,
} from './dto/recommendation.dto';
import { RecordFollowUpDto } from './dto/recommendation-input.dto';
import { LetterService } from './letter.service';
import { renderLetterHtml } from './letter/letter-html';
import { renderLetterPdf } from './letter/letter-pdf';
import { RecommendationsService } from './recommendations.service';

@ApiTags('plans')
@Controller('cases')
@AuditEntity('board_case')
export class RecommendationsController {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly letters: LetterService,
  ) {}

  @Get(':id/recommendation')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: "The board's adopted (advisory) recommendation with votes, dissent, attendance and quorum",
  })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such case, or no plan adopted yet' })
  async get(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<RecommendationDto> {
    return this.letters.dto(ctx, await this.recommendations.forCase(id));
  }

  @Get(':id/recommendation.html')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: 'The letter to the treating physician as a printable page',
    description: 'The same content as the PDF; "draft — not signed" until the chair signs.',
  })
  @ApiOkResponse({
    description: 'A self-contained HTML page',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async html(
    @UuidParam('id') id: string,
    @Query() query: LetterQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const input = this.letters.renderInput(await this.recommendations.forCase(id), query.lang);
    const page = renderLetterHtml(input);
    // Set here, not with @Header: those apply before the handler runs, so errors would go out as HTML.
    // The page names the patient: never kept by a browser or proxy cache.
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
    return page;
  }

  @Get(':id/recommendation.pdf')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: 'The letter to the treating physician as PDF',
    description:
      'Rendered on the server with embedded fonts. Every page names the patient, its number and the print ' +
      'time; an unsigned letter says "draft — not signed" on every page. Addenda follow, each on its own page.',
  })
  @ApiOkResponse({
    description: 'A PDF document',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async pdf(
    @UuidParam('id') id: string,
    @Query() query: LetterQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const input = this.letters.renderInput(await this.recommendations.forCase(id), query.lang);
    const pdf = await renderLetterPdf(input);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="recommendation-${id}.pdf"`)
      .header('cache-control', 'no-store');
    return pdf;
  }

  @Post(':id/recommendation/sign')
  @HttpCode(201)
  @Authenticated({ permission: Permission.LettersSign })
  @ApiOperation({
    summary: "The chair signs the board's letter, once",
    description:
      'The signature is the signer, the time and the SHA-256 of the canonical content; it is final (a ' +
      'correction is an addendum). The caller sends the `draftContentHash` it reviewed. Where the ' +
      'institution allows it, a clinician present at the decision signs as deputy. The letter needs an ' +
      'addressee and every supportive-care service recorded.',
  })
  @ApiCreatedResponse({ type: SignatureDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_SIGNER, DEPUTY_NOT_PRESENT' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'ALREADY_SIGNED, LETTER_CHANGED' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'ADDRESSEE_REQUIRED, SUPPORTIVE_CARE_INCOMPLETE',
  })
  async sign(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: SignLetterDto,
  ): Promise<SignatureDto> {
    return toSignatureDto(await this.letters.sign(ctx, id, dto.contentHash));
  }

  @Post(':id/recommendation/addenda')
  @HttpCode(201)
  @Authenticated({ permission: Permission.LettersSign })
  @ApiOperation({
    summary: 'A signed correction of the signed letter (a new document that references it)',
  })
  @ApiCreatedResponse({ type: AddendumDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_SIGNER, DEPUTY_NOT_PRESENT' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'NOT_SIGNED' })
  async addAddendum(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: AddAddendumDto,
  ): Promise<AddendumDto> {
    return toAddendumDto(await this.letters.addAddendum(ctx, id, dto.text));
  }

  @Put(':id/recommendation/supportive-care')
  @HttpCode(204)
  @Authenticated({ permission: Permission.PlansAdopt })
  @ApiOperation({
    summary: 'Record supportive care with the plan, until the letter is signed',
    description:
      'By a coordinator, the chair or (where allowed) a present deputy. The services given are recorded; ' +
      'the others keep what they had.',
  })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'NOT_SIGNER' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'ALREADY_SIGNED' })
  async setSupportiveCare(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: SetSupportiveCareDto,
  ): Promise<void> {
    await this.letters.setSupportiveCare(ctx, id, dto.entries);
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
