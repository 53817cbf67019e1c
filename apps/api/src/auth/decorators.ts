import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

import { ErrorResponseDto } from '../common/error-response.dto';
import { type Permission } from './permissions';

export const PUBLIC_KEY = 'consilium:public';
export const PERMISSION_KEY = 'consilium:permission';

/** Marks a route as open to anyone. Every other route needs a valid token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Declares who may call a route: any signed-in user, or holders of one permission.
 * A route with neither this nor `@Public()` is refused by the guard (closed by default).
 */
export function Authenticated(options: { permission?: Permission } = {}) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, options.permission ?? 'authenticated'),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token', type: ErrorResponseDto }),
    ...(options.permission
      ? [
          ApiForbiddenResponse({
            description: `Requires permission ${options.permission}`,
            type: ErrorResponseDto,
          }),
        ]
      : []),
  );
}
