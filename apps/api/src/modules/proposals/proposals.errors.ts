import type {
  AdoptProposalRefusal,
  CaseState,
  Discipline,
  MeetingState,
  ProposeRefusal,
  Refusal,
  VoteRefusal,
  VoteTally,
} from '@consilium/domain';
import type { StepRefusal } from '@consilium/plan-builder';
import { conflict, type DomainError, forbidden, notFound, unprocessable } from '@api/common/errors';

import { meetingNotInProgress, notPresent } from '../meetings/meetings.errors';

// The proposals feature's errors (proposals, votes, adoption), with stable codes (the `error` field of
// the response). Who may propose, vote or adopt, and when, is libs/domain/src/meeting-actions.ts; the
// steps are judged by libs/plan-builder/src/judge-steps.ts. Their refusals carry the code and the
// message; these factories add the status and the details. A meeting's state and presence at it are
// the meetings feature's codes.

export const proposalNotFound = (id: string) => notFound('proposal', id);

export const noSpecialistProfile = (refusal: Refusal<'NO_SPECIALIST_PROFILE'>) =>
  forbidden(refusal.code, refusal.message);

/**
 * A step the plan builder refuses; the details are the step's position (and the unknown segments), or
 * every unjustified contraindicated step.
 */
export const stepRefused = (refusal: StepRefusal) =>
  unprocessable(
    refusal.code,
    refusal.message,
    refusal.code === 'CONTRAINDICATED_STEP'
      ? refusal.steps
      : refusal.code === 'UNKNOWN_TARGET_LESION'
        ? { position: refusal.position, segments: refusal.segments }
        : { position: refusal.position },
  );

// The message names the case and the meeting, which the domain's refusal does not know.
const caseNotOnAgenda = (caseId: string, meetingId: string, state: CaseState) =>
  conflict(
    'CASE_NOT_ON_AGENDA',
    `case ${caseId} is not scheduled on the agenda of meeting ${meetingId} (the case is ${state})`,
    { state },
  );

export const alreadyAdopted = (caseId: string) =>
  conflict('ALREADY_ADOPTED', `a plan has already been adopted for case ${caseId}`);

/** `canPropose`'s refusals. */
export function proposeRefused(refusal: ProposeRefusal, caseId: string, meetingId: string): DomainError {
  switch (refusal.code) {
    case 'NO_SPECIALIST_PROFILE':
      return noSpecialistProfile(refusal);
    case 'MEETING_NOT_OPEN':
      return conflict(refusal.code, refusal.message, { state: refusal.state });
    case 'CASE_NOT_ON_AGENDA':
      return caseNotOnAgenda(caseId, meetingId, refusal.state);
    case 'NOT_PRESENT':
      return notPresent(refusal);
  }
}

/** `canVote`'s refusals; a reject without a comment points at the field. */
export function voteRefused(refusal: VoteRefusal, caseId: string, meetingId: string): DomainError {
  switch (refusal.code) {
    case 'NO_SPECIALIST_PROFILE':
      return noSpecialistProfile(refusal);
    case 'CASE_DECIDED':
      return conflict(refusal.code, refusal.message, { state: refusal.state });
    case 'MEETING_NOT_IN_PROGRESS':
      return meetingNotInProgress(refusal);
    case 'NOT_PRESENT':
      return notPresent(refusal);
    case 'CASE_NOT_ON_AGENDA':
      return caseNotOnAgenda(caseId, meetingId, refusal.state);
    case 'REJECT_NEEDS_COMMENT':
      return unprocessable(refusal.code, refusal.message, { field: 'comment' });
  }
}

// Only reachable if the proposal lock were bypassed; kept as a clear refusal rather than a 500.
export const voteConflict = () =>
  conflict('VOTE_CONFLICT', 'another vote of this specialist was recorded at the same time; retry');

export const notChair = (refusal: Refusal<'NOT_CHAIR'>) => forbidden(refusal.code, refusal.message);

/** What the adoption rules (state, quorum, majority) were judged on, for the refusal's details. */
export interface AdoptionDetails {
  tally: VoteTally;
  missingDisciplines: Discipline[];
  meetingState: MeetingState;
  caseState: CaseState;
}

/** `canAdoptProposal`'s refusals; those of state, quorum and majority carry what they were judged on. */
export function adoptionRefused(
  refusal: AdoptProposalRefusal,
  caseId: string,
  meetingId: string,
  details: AdoptionDetails,
): DomainError {
  switch (refusal.code) {
    case 'NOT_CHAIR':
      return notChair(refusal);
    case 'ALREADY_ADOPTED':
      return alreadyAdopted(caseId);
    case 'CASE_NOT_ON_AGENDA':
      return caseNotOnAgenda(caseId, meetingId, refusal.state);
    case 'NOT_PRESENT':
      return notPresent(refusal);
    default:
      return conflict(refusal.code, refusal.message, details);
  }
}
