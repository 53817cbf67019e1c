import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../../api/client';
import { json, renderWithApp } from '../../../test/render';
import { ProposalComposer } from './ProposalComposer';
import {
  BOARD_CASE,
  bodiesSent,
  buildProposal,
  CASE_ID,
  fakeApi,
  MEETING_ID,
  MODALITIES,
  PLAN_OPTIONS,
  refusal,
  seriousFindings,
  signIn,
} from './test-fixtures';

const PROPOSALS = `/api/cases/${CASE_ID}/proposals`;

function detail(): Schemas['ProposalDetailDto'] {
  const { caseId, ...evaluation } = PLAN_OPTIONS;
  return { ...buildProposal({ caseId }), evaluation };
}

function composerApi(propose: () => Response = () => json(201, detail())) {
  return fakeApi({
    'GET /api/modalities': () => json(200, MODALITIES),
    [`GET /api/cases/${CASE_ID}/plan-options`]: () => json(200, PLAN_OPTIONS),
    [`POST ${PROPOSALS}`]: propose,
  });
}

async function renderComposer(fetch: ReturnType<typeof composerApi>, language: 'en' | 'es' = 'en') {
  const onProposed = vi.fn();
  const view = renderWithApp(
    <ProposalComposer meetingId={MEETING_ID} boardCase={BOARD_CASE} onProposed={onProposed} />,
    { fetch, language },
  );
  const user = userEvent.setup();
  await screen.findByRole('list', { name: language === 'en' ? 'Steps of the plan' : 'Pasos del plan' });
  return { ...view, user, onProposed };
}

const step = (number: number) => screen.getByRole('group', { name: `Step ${number}` });

beforeEach(signIn);

// Typing into Mantine fields in jsdom is slow; a loaded machine must not turn that into failures.
describe('proposing a plan', { timeout: 30_000 }, () => {
  it('shows a contraindicated agent as such and demands, then sends, the override justification', async () => {
    const fetch = composerApi();
    const { user, onProposed } = await renderComposer(fetch);

    await user.selectOptions(within(step(1)).getByLabelText(/^Modality/), 'Targeted therapy');
    await user.selectOptions(within(step(1)).getByLabelText(/^Agent/), 'Cetuximab');
    // The verdict is shown as soon as the agent is chosen, with the rule behind it.
    expect(
      within(step(1)).getByText("Plan builder's verdict on Targeted therapy, Cetuximab:").parentElement,
    ).toHaveTextContent("Plan builder's verdict on Targeted therapy, Cetuximab: Contraindicated");
    expect(within(step(1)).getByRole('list', { name: 'Why: step 1' })).toHaveTextContent('TGT-EGFR-RAS');

    await user.click(screen.getByRole('radio', { name: 'Palliative' }));
    await user.click(screen.getByLabelText(/^Rationale/));
    await user.paste('Trial of EGFR blockade after re-testing.');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));

    const justification = within(step(1)).getByLabelText(/^Override justification/);
    expect(
      await within(step(1)).findByText(
        'This step is contraindicated: write why it should be proposed anyway.',
      ),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'POST', PROPOSALS)).toEqual([]);

    await user.click(justification);
    await user.paste('RAS re-tested wild-type on the liver biopsy.');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));

    await waitFor(() => expect(onProposed).toHaveBeenCalledTimes(1));
    expect(await bodiesSent(fetch, 'POST', PROPOSALS)).toEqual([
      {
        meetingId: MEETING_ID,
        intent: 'palliative',
        rationale: 'Trial of EGFR blockade after re-testing.',
        steps: [
          {
            modality: 'targeted_therapy',
            agent: 'cetuximab',
            targetLesions: [],
            overrideJustification: 'RAS re-tested wild-type on the liver biopsy.',
          },
        ],
      },
    ]);
    // The form is ready for the next proposal.
    expect(within(step(1)).getByLabelText(/^Modality/)).toHaveValue('');
  });

  it('adds, moves and removes steps by keyboard, demands the trial name and sends the lesions picked', async () => {
    const fetch = composerApi();
    const { user } = await renderComposer(fetch);

    await user.selectOptions(within(step(1)).getByLabelText(/^Modality/), 'Systemic chemotherapy');
    await user.click(within(step(1)).getByLabelText('Regimen'));
    await user.paste('FOLFOX');

    // Add a second step: focus goes to its modality.
    screen.getByRole('button', { name: 'Add a step' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(step(2)).getByLabelText(/^Modality/)).toHaveFocus());
    expect(screen.getByText('Step 2 added.')).toBeInTheDocument();
    await user.selectOptions(within(step(2)).getByLabelText(/^Modality/), 'Clinical trial');
    const trial = within(step(2)).getByLabelText(/^Trial name or registry id/);
    expect(trial).toBeRequired();

    // The case's lesions, by segment: pick segment VII with the space bar.
    const segment7 = within(step(2)).getByRole('checkbox', { name: 'Segment VII, 24 mm' });
    expect(within(step(2)).getByRole('checkbox', { name: 'Segment II, 15 mm' })).not.toBeChecked();
    segment7.focus();
    await user.keyboard(' ');
    expect(segment7).toBeChecked();

    // A third step, removed again: focus returns to the step before it.
    screen.getByRole('button', { name: 'Add a step' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(step(3)).getByLabelText(/^Modality/)).toHaveFocus());
    screen.getByRole('button', { name: 'Remove: step 3' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Step 3' })).not.toBeInTheDocument());
    expect(within(step(2)).getByLabelText(/^Modality/)).toHaveFocus();

    // The trial first: the moved step keeps the focus (on the button still usable at the top).
    screen.getByRole('button', { name: 'Move up: step 2' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down: step 1' })).toHaveFocus());
    expect(within(step(1)).getByLabelText(/^Modality/)).toHaveValue('clinical_trial');
    expect(within(step(1)).getByRole('checkbox', { name: 'Segment VII, 24 mm' })).toBeChecked();
    expect(within(step(2)).getByLabelText('Regimen')).toHaveValue('FOLFOX');

    await user.click(screen.getByRole('radio', { name: 'Curative' }));
    await user.click(screen.getByLabelText(/^Rationale/));
    await user.paste('Trial first, then chemotherapy.');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));
    expect(await within(step(1)).findByText('Name the trial: its title or registry id.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'POST', PROPOSALS)).toEqual([]);

    await user.click(within(step(1)).getByLabelText(/^Trial name or registry id/));
    await user.paste('NCT01234567');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));

    await waitFor(async () => expect(await bodiesSent(fetch, 'POST', PROPOSALS)).toHaveLength(1));
    expect(await bodiesSent(fetch, 'POST', PROPOSALS)).toEqual([
      {
        meetingId: MEETING_ID,
        intent: 'curative',
        rationale: 'Trial first, then chemotherapy.',
        steps: [
          { modality: 'clinical_trial', details: { trial: 'NCT01234567' }, targetLesions: [7] },
          { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX' }, targetLesions: [] },
        ],
      },
    ]);
  });

  it('says in words why the API refused: not present, and a step it found contraindicated', async () => {
    const answers = [
      refusal(
        403,
        'NOT_PRESENT',
        'only specialists marked present at the meeting may do this while it is in progress',
      ),
      refusal(422, 'CONTRAINDICATED_STEP', 'step 1 (sbrt) is contraindicated by SBRT-SIZE', [
        {
          position: 1,
          modality: 'sbrt',
          agent: null,
          rules: [{ ruleId: 'SBRT-SIZE', message: 'too large', source: 'ESMO' }],
        },
      ]),
    ];
    const fetch = composerApi(() => answers.shift() ?? json(201, detail()));
    const { user } = await renderComposer(fetch);

    await user.selectOptions(within(step(1)).getByLabelText(/^Modality/), 'Systemic chemotherapy');
    await user.click(screen.getByRole('radio', { name: 'Disease control' }));
    await user.click(screen.getByLabelText(/^Rationale/));
    await user.paste('Control first.');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are not marked present at this board. While it is in progress, only specialists marked present may propose a plan.',
    );

    // The facts changed since the verdicts were loaded: the API's word asks for the justification.
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));
    expect(
      await within(step(1)).findByText(
        'The plan builder finds this step contraindicated (SBRT-SIZE): write why it should be proposed anyway.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The plan builder did not accept a step');
    expect(within(step(1)).getByLabelText(/^Override justification/)).toBeRequired();
  });

  it('speaks Spanish', async () => {
    const fetch = composerApi();
    const { user } = await renderComposer(fetch, 'es');
    const first = screen.getByRole('group', { name: 'Paso 1' });
    await user.selectOptions(within(first).getByLabelText(/^Modalidad/), 'Terapia dirigida');
    await user.selectOptions(within(first).getByLabelText(/^Agente/), 'Panitumumab');
    expect(
      within(first).getByText(/^Veredicto del constructor de planes sobre Terapia dirigida, Panitumumab/)
        .parentElement,
    ).toHaveTextContent('Contraindicada');
    expect(within(first).getByLabelText(/^Justificación de la excepción/)).toBeRequired();
    expect(within(first).getByRole('checkbox', { name: 'Segmento VII, 24 mm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Proponer el plan' })).toBeInTheDocument();
  });

  it('has no serious accessibility finding, with a contraindicated and a trial step', async () => {
    const fetch = composerApi();
    const { user, container } = await renderComposer(fetch);
    await user.selectOptions(within(step(1)).getByLabelText(/^Modality/), 'Targeted therapy');
    await user.selectOptions(within(step(1)).getByLabelText(/^Agent/), 'Cetuximab');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.selectOptions(within(step(2)).getByLabelText(/^Modality/), 'Clinical trial');
    await user.click(screen.getByRole('button', { name: 'Propose the plan' }));
    await screen.findByText("Choose the plan's intent.");
    expect(await seriousFindings(container)).toEqual([]);
  });
});
