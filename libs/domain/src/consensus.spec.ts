import type { CaseState } from './case-workflow';
import { type AdoptionContext, canAdopt, type CastVote, tallyVotes, validateVote, VOTES } from './consensus';
import type { MeetingState } from './meeting-workflow';

describe('tallyVotes', () => {
  it('counts each kind of vote', () => {
    const votes: CastVote[] = [
      { specialistId: 's1', vote: 'approve', present: true },
      { specialistId: 's2', vote: 'approve', present: true },
      { specialistId: 's3', vote: 'reject', present: true },
      { specialistId: 's4', vote: 'abstain', present: true },
    ];
    expect(tallyVotes(votes)).toEqual({ approvals: 2, rejections: 1, abstentions: 1 });
  });

  it('counts only the latest vote of each specialist', () => {
    const votes: CastVote[] = [
      { specialistId: 's1', vote: 'reject', present: true },
      { specialistId: 's2', vote: 'approve', present: true },
      { specialistId: 's1', vote: 'abstain', present: true },
      { specialistId: 's1', vote: 'approve', present: true },
    ];
    expect(tallyVotes(votes)).toEqual({ approvals: 2, rejections: 0, abstentions: 0 });
  });

  it('ignores voters who are not present', () => {
    const votes: CastVote[] = [
      { specialistId: 's1', vote: 'approve', present: false },
      { specialistId: 's2', vote: 'reject', present: true },
    ];
    expect(tallyVotes(votes)).toEqual({ approvals: 0, rejections: 1, abstentions: 0 });
  });

  it('uses the presence on the latest entry', () => {
    const votes: CastVote[] = [
      { specialistId: 's1', vote: 'approve', present: true },
      { specialistId: 's1', vote: 'approve', present: false },
    ];
    expect(tallyVotes(votes)).toEqual({ approvals: 0, rejections: 0, abstentions: 0 });
  });

  it('is all zero without votes', () => {
    expect(tallyVotes([])).toEqual({ approvals: 0, rejections: 0, abstentions: 0 });
  });
});

describe('canAdopt', () => {
  const adoptable: AdoptionContext = {
    meetingState: 'in_progress',
    quorate: true,
    tally: { approvals: 3, rejections: 1, abstentions: 1 },
    caseState: 'scheduled',
  };

  it('allows adoption in a quorate meeting with a majority', () => {
    expect(canAdopt(adoptable)).toEqual({ ok: true });
  });

  it.each<[MeetingState]>([['planned'], ['closed'], ['cancelled']])(
    'refuses in a %s meeting',
    (meetingState) => {
      expect(canAdopt({ ...adoptable, meetingState })).toEqual({
        ok: false,
        code: 'MEETING_NOT_IN_PROGRESS',
        message: `a plan can only be adopted while the meeting is in progress; it is ${meetingState}`,
      });
    },
  );

  it.each<[CaseState]>([
    ['draft'],
    ['submitted'],
    ['accepted'],
    ['deferred'],
    ['decided'],
    ['closed'],
    ['withdrawn'],
  ])('refuses for a %s case', (caseState) => {
    expect(canAdopt({ ...adoptable, caseState })).toEqual({
      ok: false,
      code: 'CASE_NOT_SCHEDULED',
      message: `a plan can only be adopted for a scheduled case; the case is ${caseState}`,
    });
  });

  it('refuses without quorum', () => {
    expect(canAdopt({ ...adoptable, quorate: false })).toEqual({
      ok: false,
      code: 'MEETING_NOT_QUORATE',
      message: 'the meeting is not quorate',
    });
  });

  it('refuses a tie, giving the count', () => {
    expect(canAdopt({ ...adoptable, tally: { approvals: 2, rejections: 2, abstentions: 1 } })).toEqual({
      ok: false,
      code: 'NO_MAJORITY',
      message: 'the plan needs more approvals than rejections: 2 approve, 2 reject, 1 abstain',
    });
  });

  it('refuses when everyone abstains, and accepts one approval against none', () => {
    expect(canAdopt({ ...adoptable, tally: { approvals: 0, rejections: 0, abstentions: 4 } })).toMatchObject({
      ok: false,
      code: 'NO_MAJORITY',
    });
    expect(canAdopt({ ...adoptable, tally: { approvals: 1, rejections: 0, abstentions: 4 } })).toEqual({
      ok: true,
    });
  });

  it('reports the meeting state before the case state, quorum and majority', () => {
    const everythingWrong: AdoptionContext = {
      meetingState: 'closed',
      quorate: false,
      tally: { approvals: 0, rejections: 1, abstentions: 0 },
      caseState: 'decided',
    };
    expect(canAdopt(everythingWrong)).toMatchObject({ code: 'MEETING_NOT_IN_PROGRESS' });
    expect(canAdopt({ ...everythingWrong, meetingState: 'in_progress' })).toMatchObject({
      code: 'CASE_NOT_SCHEDULED',
    });
    expect(
      canAdopt({ ...everythingWrong, meetingState: 'in_progress', caseState: 'scheduled' }),
    ).toMatchObject({
      code: 'MEETING_NOT_QUORATE',
    });
  });
});

describe('validateVote', () => {
  it.each([[undefined], [null], [''], ['  \t']])('refuses a reject with comment %j', (comment) => {
    expect(validateVote('reject', comment)).toEqual({
      ok: false,
      code: 'REJECT_NEEDS_COMMENT',
      message: 'a reject vote needs a comment explaining the dissent',
    });
  });

  it('accepts a reject with a comment', () => {
    expect(validateVote('reject', 'FLR too small for a major hepatectomy')).toEqual({ ok: true });
  });

  it('accepts approve and abstain without a comment', () => {
    for (const vote of VOTES.filter((v) => v !== 'reject'))
      expect(validateVote(vote, null)).toEqual({ ok: true });
  });
});
