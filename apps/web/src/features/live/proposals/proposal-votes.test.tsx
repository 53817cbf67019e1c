import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Schemas } from '../../../api/client';
import { CLINICIAN, COORDINATOR } from '../../../test/fixtures';
import { json, renderWithApp } from '../../../test/render';
import { ProposalVotes } from './ProposalVotes';
import {
  bodiesSent,
  buildMeeting,
  buildProposal,
  buildVote,
  CASE_ID,
  CHAIR_USER,
  fakeApi,
  MEETING_ID,
  ONCOLOGIST,
  PROPOSAL_ID,
  RADIOLOGIST,
  refusal,
  seriousFindings,
  signIn,
  SURGEON,
  tallyOf,
} from './test-fixtures';

type Proposal = Schemas['ProposalDto'];
type Me = Schemas['MeDto'];

const VOTE = `/api/proposals/${PROPOSAL_ID}/vote`;
const ADOPT = `/api/proposals/${PROPOSAL_ID}/adopt`;

/** The board's state on the fake server: votes and adoption change what the next read answers. */
function boardApi(
  me: Me,
  {
    meeting = buildMeeting(),
    proposal = buildProposal(),
    adopt = [] as Response[],
  }: { meeting?: Schemas['MeetingDetailDto']; proposal?: Proposal; adopt?: Response[] } = {},
) {
  let current = proposal;
  const fetch = fakeApi(
    {
      [`GET /api/meetings/${MEETING_ID}`]: () => json(200, meeting),
      [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, { items: [current], nextCursor: null }),
      [`PUT ${VOTE}`]: async (request) => {
        const body = (await request.clone().json()) as {
          vote: 'approve' | 'reject' | 'abstain';
          comment?: string;
        };
        const mine = buildVote(ONCOLOGIST, body.vote, body.comment ?? null);
        const votes = [...current.votes.filter((v) => v.specialist.id !== ONCOLOGIST.id), mine];
        current = { ...current, votes, tally: tallyOf(votes) };
        return json(200, mine);
      },
      [`POST ${ADOPT}`]: () => {
        const answer = adopt.shift();
        if (answer) return answer;
        current = { ...current, status: 'adopted' };
        return json(201, {});
      },
    },
    me,
  );
  return fetch;
}

async function renderVotes(fetch: ReturnType<typeof boardApi>, me: Me, language: 'en' | 'es' = 'en') {
  const view = renderWithApp(<ProposalVotes caseId={CASE_ID} meetingId={MEETING_ID} me={me} />, {
    fetch,
    language,
  });
  const user = userEvent.setup();
  const card = await screen.findByRole('article', {
    name: language === 'en' ? 'Proposal 1: Curative' : 'Propuesta 1: Curativa',
  });
  return { ...view, user, card };
}

beforeEach(signIn);

describe('voting on the proposals', { timeout: 30_000 }, () => {
  it('shows the steps, the live tally and the votes by name with their dissent', async () => {
    const proposal = buildProposal({
      votes: [
        buildVote(SURGEON, 'approve'),
        buildVote(RADIOLOGIST, 'reject', 'Segment VII is too close to the IVC for ablation.'),
      ],
      tally: { approvals: 1, rejections: 1, abstentions: 0 },
    });
    const { card } = await renderVotes(boardApi(COORDINATOR, { proposal }), COORDINATOR);
    expect(within(card).getByRole('list', { name: 'Steps of Proposal 1: Curative' })).toHaveTextContent(
      'Radiofrequency ablation',
    );
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Tally: approve 1 · reject 1 · abstain 0 (present voters)',
    );
    const votes = within(card).getByRole('list', { name: 'Votes on Proposal 1: Curative' });
    expect(votes).toHaveTextContent('Dr Samuel Surgeon (Surgery)Approve');
    expect(votes).toHaveTextContent(
      'Dr Rita Radiologist (Radiology)RejectDissent: Segment VII is too close to the IVC for ablation.',
    );
    // A coordinator does not vote.
    expect(within(card).queryByRole('group', { name: /Your vote/ })).not.toBeInTheDocument();
  });

  it('lets a clinician present approve, then change to reject with the dissenting comment', async () => {
    const fetch = boardApi(CLINICIAN);
    const { user, card } = await renderVotes(fetch, CLINICIAN);
    const mine = within(card).getByRole('group', { name: 'Your vote on Proposal 1: Curative' });
    const approve = within(mine).getByRole('button', { name: 'Approve' });
    const reject = within(mine).getByRole('button', { name: 'Reject' });
    expect(approve).toHaveAttribute('aria-pressed', 'false');
    // No Adopt: the clinician is not the chair.
    expect(within(card).queryByRole('button', { name: /^Adopt/ })).not.toBeInTheDocument();

    await user.click(approve);
    await waitFor(() => expect(approve).toHaveAttribute('aria-pressed', 'true'));
    expect(await bodiesSent(fetch, 'PUT', VOTE)).toEqual([{ vote: 'approve' }]);
    expect(within(card).getByRole('status')).toHaveTextContent('approve 2 · reject 0 · abstain 0');

    // A reject asks why before anything is sent.
    await user.click(reject);
    const comment = within(card).getByLabelText(/^Why do you reject this plan\?/);
    expect(comment).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'Record the reject' }));
    expect(within(card).getByText('A reject needs a comment explaining the dissent.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', VOTE)).toHaveLength(1);

    await user.click(comment);
    await user.paste('The FLR after resection would be too small.');
    await user.click(within(card).getByRole('button', { name: 'Record the reject' }));
    await waitFor(() => expect(reject).toHaveAttribute('aria-pressed', 'true'));
    expect(approve).toHaveAttribute('aria-pressed', 'false');
    expect((await bodiesSent(fetch, 'PUT', VOTE))[1]).toEqual({
      vote: 'reject',
      comment: 'The FLR after resection would be too small.',
    });
    expect(within(card).getByRole('list', { name: 'Votes on Proposal 1: Curative' })).toHaveTextContent(
      'Dr Olivia Oncologist (Medical oncology)RejectDissent: The FLR after resection would be too small.',
    );
    expect(within(card).getByRole('status')).toHaveTextContent('approve 1 · reject 1 · abstain 0');
  });

  it('tells a clinician not marked present why they cannot vote', async () => {
    const meeting = buildMeeting({ attendance: [] });
    const { card } = await renderVotes(boardApi(CLINICIAN, { meeting }), CLINICIAN);
    expect(
      screen.getByText('You are not marked present at this board: only specialists marked present vote.'),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('group', { name: /Your vote/ })).not.toBeInTheDocument();
  });

  it("asks the chair whether the patient's preferences were discussed, then adopts", async () => {
    const fetch = boardApi(CHAIR_USER);
    const { user, card } = await renderVotes(fetch, CHAIR_USER);
    await user.click(within(card).getByRole('button', { name: 'Adopt: Proposal 1: Curative' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt Proposal 1: Curative' });
    await user.click(within(dialog).getByRole('button', { name: 'Adopt the plan' }));
    expect(
      within(dialog).getByText("Answer whether the patient's preferences were discussed."),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'POST', ADOPT)).toEqual([]);

    const question = within(dialog).getByRole('radiogroup', {
      name: "Were the patient's preferences discussed?",
    });
    await user.click(within(question).getByRole('radio', { name: 'Yes' }));
    await user.click(within(dialog).getByRole('button', { name: 'Adopt the plan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await bodiesSent(fetch, 'POST', ADOPT)).toEqual([{ patientPreferencesDiscussed: true }]);
    // Adopted: nothing left to adopt, and votes no longer change.
    expect(await within(card).findByText('Adopted')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /^Adopt/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('group', { name: /Your vote/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('The board has decided this case: votes can no longer change.'),
    ).toBeInTheDocument();
  });

  it('sends the supportive care agreed with the plan, which is optional', async () => {
    const fetch = boardApi(CHAIR_USER);
    const { user, card } = await renderVotes(fetch, CHAIR_USER);
    await user.click(within(card).getByRole('button', { name: 'Adopt: Proposal 1: Curative' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt Proposal 1: Curative' });
    const care = within(dialog).getByRole('group', { name: 'Supportive care (optional)' });
    expect(care).toHaveTextContent('Anything left out can be completed before the letter is signed.');
    await user.click(within(dialog).getByRole('radio', { name: 'Yes' }));
    await user.click(
      within(within(care).getByRole('radiogroup', { name: 'Psycho-oncology' })).getByRole('radio', {
        name: 'Referred',
      }),
    );
    await user.click(
      within(within(care).getByRole('radiogroup', { name: 'Specialist nurse' })).getByRole('radio', {
        name: 'Offered',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Adopt the plan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await bodiesSent(fetch, 'POST', ADOPT)).toEqual([
      {
        patientPreferencesDiscussed: true,
        supportiveCare: [
          { service: 'psycho_oncology', status: 'referred' },
          { service: 'specialist_nurse', status: 'offered' },
        ],
      },
    ]);
  });

  it('says a refused adoption in words: not quorate, then a tie', async () => {
    const adopt = [
      refusal(409, 'MEETING_NOT_QUORATE', 'the meeting is not quorate', {
        tally: { approvals: 1, rejections: 0, abstentions: 0 },
        missingDisciplines: ['radiology', 'pathology'],
        meetingState: 'in_progress',
        caseState: 'scheduled',
      }),
      refusal(409, 'NO_MAJORITY', 'the plan needs more approvals than rejections', {
        tally: { approvals: 1, rejections: 1, abstentions: 1 },
        missingDisciplines: [],
        meetingState: 'in_progress',
        caseState: 'scheduled',
      }),
    ];
    const { user, card } = await renderVotes(boardApi(COORDINATOR, { adopt }), COORDINATOR);
    await user.click(within(card).getByRole('button', { name: 'Adopt: Proposal 1: Curative' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt Proposal 1: Curative' });
    await user.click(within(dialog).getByRole('radio', { name: 'No' }));
    await user.click(within(dialog).getByRole('button', { name: 'Adopt the plan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The board is not quorate: nobody present for Radiology, Pathology.',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Adopt the plan' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'A tie is no majority: the plan needs more approvals than rejections among present voters (approve 1, reject 1, abstain 1).',
      ),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    const { user, card } = await renderVotes(boardApi(CLINICIAN), CLINICIAN, 'es');
    const mine = within(card).getByRole('group', { name: 'Tu voto sobre Propuesta 1: Curativa' });
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Recuento: a favor 1 · en contra 0 · abstenciones 0 (votantes presentes)',
    );
    await user.click(within(mine).getByRole('button', { name: 'En contra' }));
    await user.click(within(card).getByRole('button', { name: 'Registrar el voto en contra' }));
    expect(
      within(card).getByText('Un voto en contra necesita un comentario que explique la discrepancia.'),
    ).toBeInTheDocument();
  });

  it('has no serious accessibility finding, for a voter and in the adoption dialog', async () => {
    const voter = await renderVotes(boardApi(CLINICIAN), CLINICIAN);
    await voter.user.click(within(voter.card).getByRole('button', { name: 'Reject' }));
    expect(await seriousFindings(voter.container)).toEqual([]);
    voter.unmount();

    const chair = await renderVotes(boardApi(CHAIR_USER), CHAIR_USER);
    await chair.user.click(within(chair.card).getByRole('button', { name: 'Adopt: Proposal 1: Curative' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt Proposal 1: Curative' });
    expect(await seriousFindings(dialog)).toEqual([]);
  });
});
