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

import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { mapPage, Page, PageOf } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { toUserDto, UserDto } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user-input.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@ApiBadRequestResponse({ type: ErrorResponseDto })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: 'Create an account (a clinician also gets a specialist profile)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'EMAIL_TAKEN' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description:
      'DISCIPLINE_REQUIRED, DISCIPLINE_ONLY_FOR_CLINICIANS, DISCIPLINE_MISMATCH, SPECIALIST_ONLY_FOR_CLINICIANS',
  })
  async create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.create(ctx, dto));
  }

  @Get()
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: 'List accounts, oldest first' })
  @ApiOkResponse({ type: PageOf(UserDto) })
  async list(@Query() query: UserQueryDto): Promise<Page<UserDto>> {
    return mapPage(await this.users.list(query), toUserDto);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: 'Change name, role, discipline, password or active flag' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'LAST_ADMIN, CANNOT_DEMOTE_SELF' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description:
      'DISCIPLINE_REQUIRED, DISCIPLINE_ONLY_FOR_CLINICIANS, DISCIPLINE_MISMATCH, SPECIALIST_ONLY_FOR_CLINICIANS',
  })
  async update(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(ctx, id, dto));
  }
}
