import type { CaseState } from '@consilium/domain';
import { conflict, forbidden, notFound, unprocessable } from '@api/common/errors';

// The recommendations feature's errors (recommendation, follow-up), with stable codes (the `error`
// field of the response).

export const noRecommendation = (caseId: string) => notFound('recommendation for case', caseId);

export const caseNotDecided = (state: CaseState) =>
  conflict('CASE_NOT_DECIDED', `follow-up is recorded for a decided case; the case is ${state}`, { state });

export const followUpRecorded = (caseId: string) =>
  conflict('FOLLOW_UP_ALREADY_RECORDED', `follow-up has already been recorded for case ${caseId}`);

/** The follow-up reason rules (`FOLLOW_UP_REASON_*`): their codes and messages come from the domain. */
export const followUpRefused = (code: string, message: string) =>
  unprocessable(code, message, { field: 'reason' });

// The signed letter (docs/adr/0015-signed-letter.md).

/** `NOT_SIGNER`, `DEPUTY_NOT_PRESENT`: the codes and messages come from the domain (maySign). */
export const mayNotSign = (code: string, message: string) => forbidden(code, message);

export const alreadySigned = (caseId: string, signatureId: string) =>
  conflict('ALREADY_SIGNED', `the letter of case ${caseId} is signed; a correction is an addendum`, {
    signatureId,
  });

export const notSigned = (caseId: string) =>
  conflict('NOT_SIGNED', `the letter of case ${caseId} is not signed yet; an addendum amends a signed letter`);

export const letterChanged = (expected: string, actual: string) =>
  conflict(
    'LETTER_CHANGED',
    'the letter changed since it was reviewed: read it again before signing',
    { reviewedContentHash: expected, contentHash: actual },
  );

export const addresseeRequired = () =>
  unprocessable('ADDRESSEE_REQUIRED', 'name the treating physician the letter is addressed to before signing', {
    field: 'treatingPhysician',
  });

export const supportiveCareIncomplete = (missing: readonly string[]) =>
  unprocessable(
    'SUPPORTIVE_CARE_INCOMPLETE',
    `record supportive care before signing: ${missing.join(', ')} not recorded`,
    { field: 'supportiveCare', missing },
  );

export const supportiveCareNotAllowed = () =>
  forbidden(
    'NOT_SIGNER',
    "supportive care is recorded by a coordinator, the board's chair or, where allowed, a present deputy",
  );
