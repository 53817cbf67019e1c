import { conflict } from '@api/common/errors';

// The specialists feature's errors, with stable codes (the `error` field of the response).

/** The user's discipline decides what they may do; the two are changed together by the users API. */
export const specialistHasAccount = (specialistId: string, userId: string) =>
  conflict(
    'SPECIALIST_HAS_ACCOUNT',
    `specialist ${specialistId} belongs to user ${userId}: change the discipline on the user account`,
    { userId },
  );
