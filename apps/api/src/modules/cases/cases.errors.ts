import type { CaseActor, CaseState, ReadinessItem } from '@consilium/domain';
import { conflict, forbidden, unprocessable } from '@api/common/errors';
import { validationException } from '@api/common/validation';

// The cases feature's errors, with stable codes (the `error` field of the response).

export const caseNotEditable = (state: CaseState) =>
  conflict('CASE_NOT_EDITABLE', `a case in state ${state} can no longer be edited`, { state });

export const caseNotReady = (failing: ReadinessItem[]) =>
  unprocessable(
    'CASE_NOT_READY',
    `the case is not ready to submit: ${failing.map((i) => `${i.item} (${i.message})`).join('; ')}`,
    failing,
  );

export const caseActionNotAllowed = (actor: CaseActor | undefined, action: string) =>
  forbidden('CASE_ACTION_NOT_ALLOWED', `${actor ?? 'nobody'} may not ${action} a case`);

/** The workflow's reason rule (`REASON_REQUIRED`): its code and message come from the domain. */
export const caseActionReasonRefused = (code: string, message: string) => unprocessable(code, message);

export const invalidPrimarySide = (problem: string) =>
  validationException([{ field: 'primarySide', problems: [problem] }]);

/** `TREATING_PHYSICIAN_*`: the codes and messages come from the domain (checkTreatingPhysician). */
export const treatingPhysicianRefused = (code: string, message: string) =>
  unprocessable(code, message, { field: 'treatingPhysicianName' });

export const letterAlreadySigned = (caseId: string) =>
  conflict(
    'ALREADY_SIGNED',
    `the letter of case ${caseId} is signed: its addressee is part of it (a correction is an addendum)`,
  );
