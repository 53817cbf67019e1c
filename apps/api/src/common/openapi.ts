import { type ApiPropertyOptions, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';

import { ErrorResponseDto } from './error-response.dto';

// `nullable: true` only admits null for the `type` beside it (OpenAPI 3.0.3), not through a `$ref`
// or `allOf`: a nullable object property lists null as a branch of its own.
/** `@ApiProperty` options for a property that is a `model` or null. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const nullableRef = (model: Function, description?: string): ApiPropertyOptions =>
  ({
    type: 'object',
    nullable: true,
    oneOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }],
    ...(description ? { description } : {}),
  }) as ApiPropertyOptions;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
// Path parameters read with `UuidParam` (a calendar feed's `token` is not a UUID).
const UUID_PARAMS = new Set(['id', 'caseId', 'specialistId']);

/** Operation ids from the controller and the handler: `CaseProposalsController.propose` is `caseProposalsPropose`. */
export const operationId = (controllerKey: string, methodKey: string) =>
  `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}${methodKey.replace(/^./, (c) => c.toUpperCase())}`;

/**
 * What holds for every route, added in one place rather than on each handler: a request the app
 * refuses before the handler (a bad parameter or body: 400; too large: 413; not JSON: 415), a
 * database that does not answer (503), and `security: []` on the public routes.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } },
  });
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const responses = operation.responses;
      const parameters = (operation.parameters ?? []) as { in?: string; name?: string; schema?: object }[];
      for (const parameter of parameters)
        if (parameter.in === 'path' && parameter.name && UUID_PARAMS.has(parameter.name))
          parameter.schema = { ...parameter.schema, format: 'uuid' };
      if ((parameters.length > 0 || operation.requestBody) && !responses['400'])
        responses['400'] = error('Invalid parameters or body');
      if (operation.requestBody) {
        responses['413'] ??= error('Body larger than 1 MiB');
        responses['415'] ??= error('Body is not JSON');
      }
      responses['503'] ??= error('Database unavailable');
      operation.security ??= [];
    }
  }
  return document;
}
