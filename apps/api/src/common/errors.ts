import { HttpStatus } from '@nestjs/common';

/**
 * A rule of the domain was broken. `code` is stable and machine-readable (it is the `error` field
 * of the response); `message` is for people. 409 for a state conflict, 422 for a clinical or
 * plan rule, 403 for an object-level permission, 404 for a missing thing.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

// Codes shared by every feature. A feature's own codes live in its `<feature>.errors.ts`.

/** 404s keep the API's one NOT_FOUND code; the message names what is missing. */
export const missing = (message: string) => new DomainError(HttpStatus.NOT_FOUND, 'NOT_FOUND', message);

export const notFound = (entity: string, id: string) => missing(`${entity} ${id} not found`);

export const conflict = (code: string, message: string, details?: unknown) =>
  new DomainError(HttpStatus.CONFLICT, code, message, details);

export const unprocessable = (code: string, message: string, details?: unknown) =>
  new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, code, message, details);

export const forbidden = (code: string, message: string) =>
  new DomainError(HttpStatus.FORBIDDEN, code, message);

/** A workflow (case or meeting) refused an action in the current state; the message names both. */
export const illegalTransition = (message: string, state: string) =>
  conflict('ILLEGAL_TRANSITION', message, { state });

/** PostgreSQL's unique_violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
