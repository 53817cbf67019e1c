import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';

import { PlanBuilderSettingsDto, toPlanBuilderSettingsDto } from './dto/plan-builder-settings.dto';
import { UpdatePlanBuilderSettingsDto } from './dto/plan-builder-settings-input.dto';
import { PlanBuilderSettingsService } from './plan-builder-settings.service';

@ApiTags('settings')
@Controller('settings')
export class PlanBuilderSettingsController {
  constructor(private readonly settings: PlanBuilderSettingsService) {}

  @Get('plan-builder')
  @Authenticated({ permission: Permission.SettingsManage })
  @ApiOperation({
    summary: "The plan builder's thresholds: in force, the institution's overrides, the defaults",
  })
  @ApiOkResponse({ type: PlanBuilderSettingsDto })
  async get(): Promise<PlanBuilderSettingsDto> {
    return toPlanBuilderSettingsDto(await this.settings.get());
  }

  @Put('plan-builder')
  @Authenticated({ permission: Permission.SettingsManage })
  @ApiOperation({
    summary: "Replace the institution's threshold overrides (audited; applied to the next evaluation)",
    description: 'A threshold left out (or null) takes the rule set default; `{}` restores every default.',
  })
  @ApiOkResponse({ type: PlanBuilderSettingsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Not a number, or an unknown threshold' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'INVALID_THRESHOLDS' })
  async update(
    @Ctx() ctx: RequestContext,
    @Body() dto: UpdatePlanBuilderSettingsDto,
  ): Promise<PlanBuilderSettingsDto> {
    return toPlanBuilderSettingsDto(await this.settings.update(ctx, dto));
  }
}
