import type { CaseState, ReadinessItem } from '@consilium/domain';
import { conflict, unprocessable } from '../../common/errors';
import { validationException } from '../../common/validation';

// The cases feature's errors, with stable codes (the `error` field of the response).

export const caseNotEditable = (state: CaseState) =>
  conflict('CASE_NOT_EDITABLE', `a case in state ${state} can no longer be edited`, { state });

/** The domain's message names the action and the current state. */
export const illegalTransition = (message: string, state: CaseState) =>
  conflict('ILLEGAL_TRANSITION', message, { state });

export const caseNotReady = (failing: ReadinessItem[]) =>
  unprocessable(
    'CASE_NOT_READY',
    `the case is not ready to submit: ${failing.map((i) => `${i.item} (${i.message})`).join('; ')}`,
    failing,
  );

export const invalidPrimarySide = (problem: string) =>
  validationException([{ field: 'primarySide', problems: [problem] }]);
