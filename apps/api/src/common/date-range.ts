import { registerDecorator, type ValidationOptions } from 'class-validator';

import { parseDateOrInstant } from '@consilium/domain';

/**
 * A range bound in a query: a calendar date (`2026-11-01`, the start of that day in the
 * institution's zone, which the service applies) or an ISO 8601 date-time with an offset.
 */
export function IsDateOrInstant(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOrInstant',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date (2026-11-01) or an ISO 8601 date-time with an offset (Z or ±hh:mm)`,
        ...options,
      },
      validator: {
        // The zone does not change whether a value parses; UTC stands in for the institution's.
        validate: (value: unknown) =>
          typeof value === 'string' && value.length <= 40 && parseDateOrInstant(value, 'UTC') !== null,
      },
    });
}

/** A validated bound as an instant, a plain date read in the institution's zone. */
export function rangeBound(value: string, timeZone: string): Date {
  const parsed = parseDateOrInstant(value, timeZone);
  // The DTO has validated it; a null here is a programming error.
  if (!parsed) throw new Error(`not a date or an instant with offset: ${value}`);
  return parsed;
}

export const RANGE_BOUND_DOC = {
  description:
    "A date (2026-11-01: the start of that day in the institution's time zone) or an ISO 8601 date-time with an offset",
};
