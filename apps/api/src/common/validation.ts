import { applyDecorators, BadRequestException, type ValidationError, ValidationPipe } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy, type ValidationOptions } from 'class-validator';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens nested class-validator errors to `a.b[0].c`-style field paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

export function validationException(problems: FieldProblem[]): BadRequestException {
  const fields = [...new Set(problems.map((p) => p.field))];
  return new BadRequestException({
    statusCode: 400,
    error: 'VALIDATION_FAILED',
    message: `Invalid fields: ${fields.join(', ')}`,
    details: problems,
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationException(flattenValidationErrors(errors)),
  });
}

// Transforms for `@Transform(...)`: a value that is not a string is left for the validators to refuse.

/** Trims a string field: surrounding spaces never make a name, a reason or a search different. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims each string of an array field. */
export const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

// The latest calendar date anywhere on earth (UTC+14). Validation has no institution at hand, so a
// date is "in the future" only when it is so in every time zone; readiness applies the institution's.
export function latestDateOnEarth(now = new Date()): string {
  return new Date(now.getTime() + 14 * HOUR_MS).toISOString().slice(0, 10);
}

export interface CalendarDateOptions {
  /** Refuse dates after today. */
  notFuture?: boolean;
  /** Earliest accepted date (YYYY-MM-DD). */
  min?: string;
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2025-02-30), optionally not in the future and
 * not before `min`. Strings of that shape compare like the dates they name.
 */
export function IsCalendarDate(options: CalendarDateOptions = {}, validationOptions?: ValidationOptions) {
  return applyDecorators(
    Matches(DATE_ONLY, { ...validationOptions, message: '$property must be a date written YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { ...validationOptions, message: '$property must be a real calendar date' }),
    ValidateBy(
      {
        name: 'calendarDateRange',
        validator: {
          validate: (value: unknown) =>
            typeof value !== 'string' ||
            !DATE_ONLY.test(value) ||
            ((options.min === undefined || value >= options.min) &&
              (!options.notFuture || value <= latestDateOnEarth())),
          defaultMessage: () =>
            [
              '$property must be',
              ...(options.min ? [`on or after ${options.min}`] : []),
              ...(options.min && options.notFuture ? ['and'] : []),
              ...(options.notFuture ? ['not in the future'] : []),
            ].join(' '),
        },
      },
      validationOptions,
    ),
  );
}
