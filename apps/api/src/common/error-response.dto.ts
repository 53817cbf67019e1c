import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

import type { FieldProblem } from './validation';

export class FieldProblemDto implements FieldProblem {
  @ApiProperty({ example: 'email', description: 'The field path, e.g. `facts.lesions[0].diameterMm`' })
  field!: string;

  @ApiProperty({ type: String, isArray: true, example: ['email must be an email'] })
  problems!: string[];
}

@ApiExtraModels(FieldProblemDto)
export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ description: 'Stable machine-readable code', example: 'VALIDATION_FAILED' })
  error!: string;

  @ApiProperty({ example: 'Invalid fields: email, password' })
  message!: string;

  @ApiPropertyOptional({
    description:
      'For VALIDATION_FAILED, the per-field problems; for a rule error, what the rule was judged on ' +
      '(an object, or a list such as the failing readiness items)',
    anyOf: [
      { type: 'array', items: { $ref: getSchemaPath(FieldProblemDto) } },
      { type: 'array', items: {} },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: FieldProblem[] | unknown[] | Record<string, unknown>;
}
