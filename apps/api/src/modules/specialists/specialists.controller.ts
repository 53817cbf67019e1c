import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { mapPage, Page, PageOf } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { SpecialistDto, toSpecialistDto } from './dto/specialist.dto';
import { CreateSpecialistDto, SpecialistQueryDto, UpdateSpecialistDto } from './dto/specialist-input.dto';
import { SpecialistsService } from './specialists.service';

@ApiTags('specialists')
@Controller('specialists')
@ApiBadRequestResponse({ type: ErrorResponseDto })
export class SpecialistsController {
  constructor(private readonly specialists: SpecialistsService) {}

  @Post()
  @HttpCode(201)
  @Authenticated({ permission: Permission.SpecialistsManage })
  @ApiOperation({
    summary: 'Add a specialist profile (possibly without a user account, e.g. a visiting expert)',
  })
  @ApiCreatedResponse({ type: SpecialistDto })
  async create(@Ctx() ctx: RequestContext, @Body() dto: CreateSpecialistDto): Promise<SpecialistDto> {
    return toSpecialistDto(await this.specialists.create(ctx, dto));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List specialists by name, optionally of one discipline' })
  @ApiOkResponse({ type: PageOf(SpecialistDto) })
  async list(@Query() query: SpecialistQueryDto): Promise<Page<SpecialistDto>> {
    return mapPage(await this.specialists.list(query), toSpecialistDto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One specialist' })
  @ApiOkResponse({ type: SpecialistDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<SpecialistDto> {
    return toSpecialistDto(await this.specialists.get(id));
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.SpecialistsManage })
  @ApiOperation({ summary: 'Change name, discipline, institution or sub-specialties' })
  @ApiOkResponse({ type: SpecialistDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SPECIALIST_HAS_ACCOUNT' })
  async update(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateSpecialistDto,
  ): Promise<SpecialistDto> {
    return toSpecialistDto(await this.specialists.update(ctx, id, dto));
  }
}
