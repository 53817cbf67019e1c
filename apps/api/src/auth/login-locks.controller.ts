import { Controller, Delete, Get, HttpCode } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { ErrorResponseDto } from '../common/error-response.dto';
import { notFound } from '../common/errors';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { User } from '../modules/users/user.entity';
import { Authenticated } from './decorators';
import { LoginLockDto, toLoginLockDto } from './dto/login-lock.dto';
import { LoginThrottleService } from './login-throttle.service';
import { Permission } from './permissions';

// Beside the users routes, but part of authentication: it reads and clears the login throttle.
@ApiTags('users')
@Controller('users/:id/login-lock')
export class LoginLocksController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: "The account's recent failed logins by address, and whether it is locked out" })
  @ApiOkResponse({ type: LoginLockDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<LoginLockDto> {
    return toLoginLockDto(await this.throttle.lockState(await this.emailOf(id)));
  }

  @Delete()
  @HttpCode(204)
  @Authenticated({ permission: Permission.UsersManage })
  @ApiOperation({ summary: "Clear the account's failed logins, ending any lock-out (audited)" })
  @ApiNoContentResponse({ description: 'Cleared' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async clear(@Ctx() ctx: RequestContext, @UuidParam('id') id: string): Promise<void> {
    const cleared = await this.throttle.clear(await this.emailOf(id));
    await this.audit.record(ctx, {
      action: 'user.login_lock.clear',
      entityType: 'user',
      entityId: id,
      details: { clearedFailures: cleared },
    });
  }

  private async emailOf(id: string): Promise<string> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id }, select: { id: true, email: true } });
    if (!user) throw notFound('user', id);
    return user.email;
  }
}
