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
