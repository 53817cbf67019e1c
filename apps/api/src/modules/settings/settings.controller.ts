import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';

import { InstitutionSettingsDto, toInstitutionSettingsDto } from './dto/institution-settings.dto';
import { UpdateInstitutionSettingsDto } from './dto/institution-settings-input.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  // Readable by every signed-in user: no clinical data, and screens need the zone, the quorum
  // default of a new board and the follow-up days. Changing them is the admin's.
  @Get('institution')
  @Authenticated()
  @ApiOperation({
    summary:
      "The institution's settings (imaging window, time zone, quorum disciplines, follow-up overdue days) and their defaults",
  })
  @ApiOkResponse({ type: InstitutionSettingsDto })
  async get(): Promise<InstitutionSettingsDto> {
    return toInstitutionSettingsDto(await this.settings.get());
  }

  @Put('institution')
  @Authenticated({ permission: Permission.SettingsManage })
  @ApiOperation({ summary: "Replace the institution's settings (audited with before and after)" })
  @ApiOkResponse({ type: InstitutionSettingsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async update(
    @Ctx() ctx: RequestContext,
    @Body() dto: UpdateInstitutionSettingsDto,
  ): Promise<InstitutionSettingsDto> {
    return toInstitutionSettingsDto(await this.settings.update(ctx, dto));
  }
}
