import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ description: 'Stable machine-readable code', example: 'VALIDATION_FAILED' })
  error!: string;

  @ApiProperty({ example: 'Invalid fields: email, password' })
  message!: string;

  @ApiPropertyOptional({ description: 'Per-field problems for validation errors, or rule details' })
  details?: unknown;
}
