import type { CaseState, MeetingState } from '@consilium/domain';
import type { Reason } from '@consilium/plan-builder';
import { conflict, forbidden, notFound, unprocessable } from '../../common/errors';

// The treatment-plans feature's errors, with stable codes (the `error` field of the response).

export const invalidThresholds = (problems: string[]) =>
  unprocessable('INVALID_THRESHOLDS', `invalid plan-builder thresholds: ${problems.join('; ')}`, problems);

export const undocumentedStep = (
  code: 'UNDOCUMENTED_MODALITY' | 'UNDOCUMENTED_AGENT',
  message: string,
  position: number,
) =>
  unprocessable(code, `step ${position}: ${message}; only documented modalities may be proposed`, {
    position,
  });

export interface ContraindicatedStepProblem {
  position: number;
  modality: string;
  agent: string | null;
  rules: Pick<Reason, 'ruleId' | 'message' | 'source'>[];
}

export const contraindicatedStep = (problems: ContraindicatedStepProblem[]) =>
  unprocessable(
    'CONTRAINDICATED_STEP',
    problems
      .map(
        (p) =>
          `step ${p.position} (${p.modality}${p.agent ? `: ${p.agent}` : ''}) is contraindicated by ` +
          p.rules.map((r) => `${r.ruleId} (${r.message})`).join(', '),
      )
      .join('; ') + '; add an overrideJustification to propose it anyway',
    problems,
  );

export const trialNotNamed = (position: number) =>
  unprocessable(
    'TRIAL_NOT_NAMED',
    `step ${position}: a clinical trial step must name the trial (registry id or title) in details.trial or details.text`,
    { position },
  );

export const unknownTargetLesion = (position: number, segments: number[]) =>
  unprocessable(
    'UNKNOWN_TARGET_LESION',
    `step ${position}: the case has no lesion in segment ${segments.join(', ')}`,
    { position, segments },
  );

export const meetingNotOpen = (state: MeetingState) =>
  conflict('MEETING_NOT_OPEN', `plans are proposed before or during the meeting; the meeting is ${state}`, {
    state,
  });

export const meetingNotInProgress = (state: MeetingState) =>
  conflict('MEETING_NOT_IN_PROGRESS', `votes are cast while the meeting is in progress; it is ${state}`, {
    state,
  });

export const caseNotOnAgenda = (caseId: string, meetingId: string, state: CaseState) =>
  conflict(
    'CASE_NOT_ON_AGENDA',
    `case ${caseId} is not scheduled on the agenda of meeting ${meetingId} (the case is ${state})`,
    { state },
  );

export const caseDecided = (state: CaseState) =>
  conflict('CASE_DECIDED', `the board has decided this case (it is ${state}); votes can no longer change`, {
    state,
  });

export const notPresent = () =>
  forbidden(
    'NOT_PRESENT',
    'only specialists marked present at the meeting may do this while it is in progress',
  );

export const notChair = () =>
  forbidden('NOT_CHAIR', "a plan is adopted by the meeting's chair or a coordinator");

export const noSpecialistProfile = () =>
  forbidden('NO_SPECIALIST_PROFILE', 'only a clinician with a specialist profile may do this');

export const adoptionRefused = (code: string, message: string, details?: unknown) =>
  conflict(code, message, details);

export const alreadyAdopted = (caseId: string) =>
  conflict('ALREADY_ADOPTED', `a plan has already been adopted for case ${caseId}`);

export const caseNotDecided = (state: CaseState) =>
  conflict('CASE_NOT_DECIDED', `follow-up is recorded for a decided case; the case is ${state}`, { state });

export const followUpRecorded = (caseId: string) =>
  conflict('FOLLOW_UP_ALREADY_RECORDED', `follow-up has already been recorded for case ${caseId}`);

export const noRecommendation = (caseId: string) => notFound('recommendation for case', caseId);

export const proposalNotFound = (id: string) => notFound('proposal', id);
