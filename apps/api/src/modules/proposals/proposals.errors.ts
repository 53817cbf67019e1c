import type { CaseState, MeetingState } from '@consilium/domain';
import type { Reason } from '@consilium/plan-builder';
import { conflict, forbidden, notFound, unprocessable } from '../../common/errors';

// The proposals feature's errors (proposals, votes, adoption), with stable codes (the `error` field of
// the response). A meeting's state and presence at it are the meetings feature's codes.

export const proposalNotFound = (id: string) => notFound('proposal', id);

export const noSpecialistProfile = () =>
  forbidden('NO_SPECIALIST_PROFILE', 'only a clinician with a specialist profile may do this');

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

/** The vote rule (`REJECT_NEEDS_COMMENT`): its code and message come from the domain. */
export const voteRefused = (code: string, message: string) =>
  unprocessable(code, message, { field: 'comment' });

// Only reachable if the proposal lock were bypassed; kept as a clear refusal rather than a 500.
export const voteConflict = () =>
  conflict('VOTE_CONFLICT', 'another vote of this specialist was recorded at the same time; retry');

export const notChair = () =>
  forbidden('NOT_CHAIR', "a plan is adopted by the meeting's chair or a coordinator");

/** The adoption rules (state, quorum, majority): their codes and messages come from the domain. */
export const adoptionRefused = (code: string, message: string, details?: unknown) =>
  conflict(code, message, details);

export const alreadyAdopted = (caseId: string) =>
  conflict('ALREADY_ADOPTED', `a plan has already been adopted for case ${caseId}`);
