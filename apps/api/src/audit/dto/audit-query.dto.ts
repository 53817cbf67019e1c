import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { PageQueryDto } from '@api/common/pagination';

import { AUDIT_OUTCOMES, type AuditOutcome } from '../audit-log.entity';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries by this user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'entityType must be a lower-case entity name' })
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ example: 'user.create' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @ApiPropertyOptional({
    enum: AUDIT_OUTCOMES,
    description: 'Only successes, failures (404) or denials (403)',
  })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({
    description: 'Inclusive lower bound, ISO 8601 with offset',
    example: '2026-11-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Exclusive upper bound, ISO 8601 with offset' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
