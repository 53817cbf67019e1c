import { HttpStatus } from '@nestjs/common';

import { DomainError, forbidden } from '../common/errors';

// Authentication's and access control's errors, with stable codes (the `error` field of the response).

/** The code of a role refusal; failed-attempt audit entries add the permission the route requires. */
export const PERMISSION_DENIED = 'PERMISSION_DENIED';

export const permissionDenied = (permission: string) =>
  forbidden(PERMISSION_DENIED, `requires permission ${permission}`);

// A route that declares nothing is a programming error; refuse rather than guess.
export const routeNotDeclared = () => forbidden('ROUTE_NOT_DECLARED', 'this route declares no access rule');

export const tooManyLoginAttempts = (retryAfterSeconds: number) =>
  new DomainError(
    HttpStatus.TOO_MANY_REQUESTS,
    'TOO_MANY_LOGIN_ATTEMPTS',
    `too many failed logins for this account from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    undefined,
    { 'retry-after': String(retryAfterSeconds) },
  );
