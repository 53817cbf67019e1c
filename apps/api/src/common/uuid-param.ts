import { Param, ParseUUIDPipe } from '@nestjs/common';

import { validationException } from './validation';

/** A UUID route parameter; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => validationException([{ field: name, problems: [`${name} must be a UUID`] }]),
    }),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be bound as a `uuid` (a batch of lookups must not fail for one bad key). */
export const isUuid = (value: string): boolean => UUID.test(value);
