import type { CaseState } from '@consilium/domain';
import { conflict, notFound, unprocessable } from '@api/common/errors';

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
