import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
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

import { BoardCase } from './board-case.entity';
import { CasesService } from './cases.service';
import { CaseDto, CaseEventDto, ReadinessDto, toCaseDto, toCaseEventDto } from './dto/case.dto';
import { CaseActionReasonDto, CaseQueryDto, CreateCaseDto, UpdateCaseDto } from './dto/case-input.dto';

const ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION: the action is not allowed in the current state (named)';

@ApiTags('cases')
@Controller('cases')
@AuditEntity('board_case')
@ApiBadRequestResponse({ type: ErrorResponseDto })
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @HttpCode(201)
  @Authenticated({ permission: Permission.CasesWrite })
  @ApiOperation({ summary: 'Prepare a case for the board (starts in draft)' })
  @ApiCreatedResponse({ type: CaseDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'Patient, presenting specialist or treating physician not found',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'TREATING_PHYSICIAN_AMBIGUOUS, TREATING_PHYSICIAN_NAME_REQUIRED',
  })
  async create(@Ctx() ctx: RequestContext, @Body() dto: CreateCaseDto): Promise<CaseDto> {
    return this.toDto(await this.cases.create(ctx, dto));
  }

  @Get()
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: 'List cases, newest (or oldest) first, by status, patient, presenting specialist or text',
  })
  @ApiOkResponse({ type: PageOf(CaseDto) })
  async list(@Query() query: CaseQueryDto): Promise<Page<CaseDto>> {
    const page = await this.cases.list(query);
    const nextStepOf = await this.cases.nextSteps(page.items);
    return mapPage(page, (c) => toCaseDto(c, nextStepOf(c)));
  }

  @Get(':id')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({ summary: 'One case with its patient and presenting specialist' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<CaseDto> {
    return this.toDto(await this.cases.get(id));
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.CasesWrite })
  @ApiOperation({
    summary: 'Change facts (null clears one) until the case is decided; audited',
    description:
      "The treating physician (the letter's addressee) may still change after the decision, until the board's " +
      'letter is signed.',
  })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'CASE_NOT_EDITABLE, ALREADY_SIGNED' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'TREATING_PHYSICIAN_AMBIGUOUS, TREATING_PHYSICIAN_NAME_REQUIRED',
  })
  async update(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseDto> {
    return this.toDto(await this.cases.update(ctx, id, dto));
  }

  @Get(':id/readiness')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({ summary: 'The readiness checklist: what the case still lacks before it can be submitted' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  readiness(@UuidParam('id') id: string): Promise<ReadinessDto> {
    return this.cases.readiness(id);
  }

  @Get(':id/events')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({ summary: "The case's immutable history (who, when, from, to, reason), oldest first" })
  @ApiOkResponse({ type: PageOf(CaseEventDto) })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async events(@UuidParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<CaseEventDto>> {
    return mapPage(await this.cases.events(id, query), toCaseEventDto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authenticated({ permission: Permission.CasesWrite })
  @ApiOperation({ summary: 'Submit a draft to the board once the readiness checklist is met' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'CASE_NOT_READY: details lists the failing readiness items',
  })
  async submit(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<CaseDto> {
    return this.toDto(await this.cases.transition(ctx, id, 'submit'));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated({ permission: Permission.CasesTriage })
  @ApiOperation({ summary: 'Accept a submitted case for the board (coordinator)' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async accept(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<CaseDto> {
    return this.toDto(await this.cases.transition(ctx, id, 'accept'));
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authenticated({ permission: Permission.CasesTriage })
  @ApiOperation({ summary: 'Return a submitted case to its author as a draft, with a reason (coordinator)' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async returnToDraft(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CaseActionReasonDto,
  ): Promise<CaseDto> {
    return this.toDto(await this.cases.transition(ctx, id, 'return', dto.reason));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Authenticated({ permission: Permission.CasesWrite })
  @ApiOperation({ summary: 'Withdraw a case that has not been decided, with a reason' })
  @ApiOkResponse({ type: CaseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: ILLEGAL_TRANSITION })
  async withdraw(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: CaseActionReasonDto,
  ): Promise<CaseDto> {
    return this.toDto(await this.cases.transition(ctx, id, 'withdraw', dto.reason));
  }

  private async toDto(boardCase: BoardCase): Promise<CaseDto> {
    const nextStepOf = await this.cases.nextSteps([boardCase]);
    return toCaseDto(boardCase, nextStepOf(boardCase));
  }
}
