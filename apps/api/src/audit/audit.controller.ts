import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Authenticated } from '../auth/decorators';
import { Permission } from '../auth/permissions';
import { mapPage, Page, PageOf } from '../common/pagination';
import { AuditService } from './audit.service';
import { AuditEntryDto, toAuditEntryDto } from './dto/audit-entry.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated({ permission: Permission.AuditRead })
  @ApiOperation({ summary: 'The audit log, newest first, filterable by actor, entity, action and time' })
  @ApiOkResponse({ type: PageOf(AuditEntryDto) })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    return mapPage(await this.audit.list(query), toAuditEntryDto);
  }
}
