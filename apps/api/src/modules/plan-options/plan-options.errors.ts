import { unprocessable } from '@api/common/errors';

// The plan-options feature's errors, with stable codes (the `error` field of the response).

/** The thresholds as a whole break the rule set's bounds or consistency (the plan builder's words). */
export const invalidThresholds = (problems: string[]) =>
  unprocessable('INVALID_THRESHOLDS', `invalid plan-builder thresholds: ${problems.join('; ')}`, problems);
