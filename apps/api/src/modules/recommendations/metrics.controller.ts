import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';

import { MetricsDto, toMetricsDto } from './dto/metrics.dto';
import { MetricsQueryDto } from './dto/metrics-input.dto';
import { MetricsService } from './metrics.service';

@ApiTags('plans')
@Controller('metrics')
@AuditEntity('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Authenticated({ permission: Permission.ClinicalRead })
  @ApiOperation({
    summary: "The board's metrics over a range (default the last 90 days, at most two years)",
    description: 'Aggregates only, no patient identifiers. Each figure is defined in the response schema.',
  })
  @ApiOkResponse({ type: MetricsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async get(@Query() query: MetricsQueryDto): Promise<MetricsDto> {
    return toMetricsDto(await this.metrics.compute(query));
  }
}
