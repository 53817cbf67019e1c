import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { IsDateOrInstant, RANGE_BOUND_DOC } from '@api/common/date-range';
import { trim } from '@api/common/validation';

export const DEFAULT_METRICS_DAYS = 90;
export const MAX_METRICS_DAYS = 731;

export class MetricsQueryDto {
  @ApiPropertyOptional({
    description: `Inclusive start; default ${DEFAULT_METRICS_DAYS} days before \`to\`. ${RANGE_BOUND_DOC.description}`,
    example: '2026-09-01',
  })
  @IsOptional()
  @IsDateOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description: `Exclusive end; default now. At most two years after \`from\`. ${RANGE_BOUND_DOC.description}`,
    example: '2026-12-01',
  })
  @IsOptional()
  @IsDateOrInstant()
  to?: string;

  @ApiPropertyOptional({
    description: 'Only boards of this type (exactly as written on the board); default every board',
    example: 'Liver metastases board',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  boardType?: string;
}
