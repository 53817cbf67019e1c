import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { UuidParam } from '@api/common/uuid-param';

import { PlanOptionsDto, toPlanOptionsDto } from './dto/plan-options.dto';
import { PlanOptionsService } from './plan-options.service';

@ApiTags('plans')
@Controller('cases')
@AuditEntity('board_case')
export class PlanOptionsController {
  constructor(private readonly planOptions: PlanOptionsService) {}

  @Get(':id/plan-options')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: "Every documented modality with its verdict and reasons, from the case's current facts",
    description:
      "Verdicts are eligibility flags with cited sources, not decisions. Evaluated on today's date in the " +
      "institution's time zone with the institution's thresholds; nothing is cached.",
  })
  @ApiOkResponse({ type: PlanOptionsDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<PlanOptionsDto> {
    return toPlanOptionsDto(id, await this.planOptions.forCase(id));
  }
}
