import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Extended ISO 8601 with a mandatory offset (Z or ±hh:mm): a time without one is ambiguous.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DEFAULT_METRICS_DAYS = 90;
export const MAX_METRICS_DAYS = 731;

export class MetricsQueryDto {
  @ApiPropertyOptional({
    description: `Inclusive start, ISO 8601 with offset; default ${DEFAULT_METRICS_DAYS} days before \`to\``,
    example: '2026-09-01T00:00:00+02:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Exclusive end, ISO 8601 with offset; default now. At most two years after `from`.',
    example: '2026-12-01T00:00:00+01:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to?: string;
}
