import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import {
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  type FollowUpReason,
  type FollowUpStatus,
} from '@consilium/domain';
import { trim } from '@api/common/validation';

export class RecordFollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_STATUSES })
  @IsIn(FOLLOW_UP_STATUSES)
  status!: FollowUpStatus;

  @ApiPropertyOptional({ enum: FOLLOW_UP_REASONS, description: 'Required unless the status is implemented' })
  @IsOptional()
  @IsIn(FOLLOW_UP_REASONS)
  reason?: FollowUpReason;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}
