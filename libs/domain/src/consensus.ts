import type { CaseState } from './case-workflow';
import type { MeetingState } from './meeting-workflow';

export const VOTES = ['approve', 'reject', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export interface CastVote {
  specialistId: string;
  vote: Vote;
  // Whether the specialist is marked present at the meeting now.
  present: boolean;
}

export interface VoteTally {
  approvals: number;
  rejections: number;
  abstentions: number;
}

// One vote per specialist: the last entry for a specialist wins, so pass votes in the order they
// were cast. A specialist who has since left the meeting is not counted ("among present voters",
// docs/design.md#adoption).
export function tallyVotes(votes: readonly CastVote[]): VoteTally {
  const latest = new Map<string, CastVote>();
  for (const vote of votes) latest.set(vote.specialistId, vote);
  const tally: VoteTally = { approvals: 0, rejections: 0, abstentions: 0 };
  for (const { vote, present } of latest.values()) {
    if (!present) continue;
    if (vote === 'approve') tally.approvals += 1;
    else if (vote === 'reject') tally.rejections += 1;
    else tally.abstentions += 1;
  }
  return tally;
}

export type AdoptionRefusalCode =
  'MEETING_NOT_IN_PROGRESS' | 'CASE_NOT_SCHEDULED' | 'MEETING_NOT_QUORATE' | 'NO_MAJORITY';

export type AdoptionCheck = { ok: true } | { ok: false; code: AdoptionRefusalCode; message: string };

export interface AdoptionContext {
  meetingState: MeetingState;
  quorate: boolean;
  tally: VoteTally;
  caseState: CaseState;
}

// State problems come first (they cannot be fixed by more votes), then quorum, then the vote.
export function canAdopt({ meetingState, quorate, tally, caseState }: AdoptionContext): AdoptionCheck {
  if (meetingState !== 'in_progress') {
    return {
      ok: false,
      code: 'MEETING_NOT_IN_PROGRESS',
      message: `a plan can only be adopted while the meeting is in progress; it is ${meetingState}`,
    };
  }
  if (caseState !== 'scheduled') {
    return {
      ok: false,
      code: 'CASE_NOT_SCHEDULED',
      message: `a plan can only be adopted for a scheduled case; the case is ${caseState}`,
    };
  }
  if (!quorate) {
    return { ok: false, code: 'MEETING_NOT_QUORATE', message: 'the meeting is not quorate' };
  }
  // Abstentions count for neither side; an all-abstain vote is no majority.
  if (tally.approvals <= tally.rejections) {
    return {
      ok: false,
      code: 'NO_MAJORITY',
      message: `the plan needs more approvals than rejections: ${tally.approvals} approve, ${tally.rejections} reject, ${tally.abstentions} abstain`,
    };
  }
  return { ok: true };
}

export type VoteCheck = { ok: true } | { ok: false; code: 'REJECT_NEEDS_COMMENT'; message: string };

// A rejection is recorded dissent and is shown with the recommendation, so it must say why.
export function validateVote(vote: Vote, comment: string | null | undefined): VoteCheck {
  if (vote === 'reject' && (comment ?? '').trim() === '') {
    return {
      ok: false,
      code: 'REJECT_NEEDS_COMMENT',
      message: 'a reject vote needs a comment explaining the dissent',
    };
  }
  return { ok: true };
}
