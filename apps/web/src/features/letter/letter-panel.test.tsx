import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import { COORDINATOR } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { CaseRecommendation } from '../case-view/CaseRecommendation';
import {
  BOARD_CASE,
  CASE_ID,
  CHAIR,
  DRAFT_FOR_CHAIR,
  INSTITUTION,
  SIGNED_RECOMMENDATION,
} from '../case-view/fixtures';

type Recommendation = Schemas['RecommendationDto'];
type Handler = (request: Request) => Response | Promise<Response>;

const RECOMMENDATION_PATH = `/api/cases/${CASE_ID}/recommendation`;
const SIGN = `${RECOMMENDATION_PATH}/sign`;
const ADDENDA = `${RECOMMENDATION_PATH}/addenda`;
const SUPPORTIVE_CARE = `${RECOMMENDATION_PATH}/supportive-care`;
const NEW_HASH = '9e107d9d372bb6826bd81d3542a419d6e277d4d731479571562f82f2b8f1e5a3';

const SPECIALISTS: Schemas['SpecialistPageDto'] = {
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000a5',
      fullName: 'Dr Helena Hepatologist',
      discipline: 'hepatology',
      institution: 'Hospital Universitario',
      subSpecialties: [],
      userId: null,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    },
  ],
  nextCursor: null,
};

const refusal = (status: number, error: string, message: string, details?: unknown) =>
  json(status, { statusCode: status, error, message, ...(details === undefined ? {} : { details }) });

/**
 * A fake API holding the letter: each `GET` of the recommendation answers the current one (the
 * routes change it); anything not routed fails the test.
 */
function letterApi(
  first: Recommendation,
  { me = CHAIR, ...routes }: { me?: Schemas['MeDto'] } & Record<string, Handler | Schemas['MeDto']> = {},
) {
  const state = { recommendation: first };
  const all: Record<string, Handler> = {
    'GET /api/auth/me': () => json(200, me),
    [`GET ${RECOMMENDATION_PATH}`]: () => json(200, state.recommendation),
    'GET /api/settings/institution': () => json(200, INSTITUTION),
    'GET /api/specialists': () => json(200, SPECIALISTS),
    ...(routes as Record<string, Handler>),
  };
  const fetch = vi.fn<FakeFetch>(async (request) => {
    const route = all[`${request.method} ${new URL(request.url).pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${request.url}`);
    return route(request);
  });
  return { fetch, state };
}

async function bodiesSent(fetch: ReturnType<typeof letterApi>['fetch'], method: string, pathname: string) {
  const requests = fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => r.method === method && new URL(r.url).pathname === pathname);
  return Promise.all(requests.map((r) => r.clone().json() as Promise<unknown>));
}

async function renderLetter(fetch: FakeFetch, language: 'en' | 'es' = 'en') {
  const view = renderWithApp(<CaseRecommendation caseId={CASE_ID} />, { fetch, language });
  const heading = await screen.findByRole('heading', {
    level: 3,
    name: language === 'en' ? "The board's letter" : 'Carta del comité',
  });
  // What the reader may do shows once the account is known.
  await waitFor(() => expect(view.queryClient.getQueryData(['auth', 'me'])).toBeDefined());
  return { ...view, user: userEvent.setup(), heading };
}

async function seriousFindings(container: Element): Promise<string[]> {
  // jsdom has no layout: contrast is measured in the browser (e2e).
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

describe('signing the letter', { timeout: 30_000 }, () => {
  it('keeps Sign disabled, with the reasons, while the addressee and some supportive care are missing', async () => {
    const incomplete: Recommendation = {
      ...DRAFT_FOR_CHAIR,
      addressee: null,
      supportiveCare: DRAFT_FOR_CHAIR.supportiveCare.map((item) =>
        item.service === 'nutrition' || item.service === 'specialist_nurse'
          ? { ...item, status: null }
          : item,
      ),
    };
    const { fetch } = letterApi(incomplete);
    await renderLetter(fetch);
    const sign = screen.getByRole('button', { name: 'Sign the letter' });
    expect(sign).toBeDisabled();
    expect(sign).toHaveAccessibleDescription(
      'Name the treating physician the letter is addressed to. Record supportive care for: Nutrition, Specialist nurse.',
    );
    expect(
      screen.getByText(
        'No addressee yet: name the treating physician the letter is for before it is signed.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Name the treating physician' })).toBeInTheDocument();
    expect(screen.getByText('Draft — not signed')).toBeInTheDocument();
  });

  it('sends the draft hash it showed, and then shows the letter signed by the chair', async () => {
    const { fetch, state } = letterApi(DRAFT_FOR_CHAIR, {
      [`POST ${SIGN}`]: () => {
        state.recommendation = { ...SIGNED_RECOMMENDATION, addenda: [] };
        return json(201, SIGNED_RECOMMENDATION.signature);
      },
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    const dialog = await screen.findByRole('dialog', { name: "Sign the board's letter" });
    expect(dialog).toHaveTextContent('Signing makes the letter final.');
    expect(dialog).toHaveTextContent('a correction is an addendum');
    expect(dialog).toHaveTextContent('You sign as the board');
    expect(within(dialog).getByText(DRAFT_FOR_CHAIR.draftContentHash ?? '')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Sign the letter' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await bodiesSent(fetch, 'POST', SIGN)).toEqual([
      { contentHash: DRAFT_FOR_CHAIR.draftContentHash },
    ]);
    expect(await screen.findByText('Signed')).toBeInTheDocument();
    expect(screen.getByText(/^Signed by Dr Sam Surgeon \(Surgery\) on Mar 10, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign the letter' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an addendum' })).toBeInTheDocument();
  });

  it('says the letter changed when the API refuses the reviewed hash, and shows the new one', async () => {
    const { fetch, state } = letterApi(DRAFT_FOR_CHAIR, {
      [`POST ${SIGN}`]: () => {
        // Someone recorded supportive care meanwhile: the draft is not the one reviewed.
        state.recommendation = { ...DRAFT_FOR_CHAIR, draftContentHash: NEW_HASH };
        return refusal(409, 'LETTER_CHANGED', 'the letter changed since it was reviewed', {
          reviewedContentHash: DRAFT_FOR_CHAIR.draftContentHash,
          contentHash: NEW_HASH,
        });
      },
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    const dialog = await screen.findByRole('dialog', { name: "Sign the board's letter" });
    await user.click(within(dialog).getByRole('button', { name: 'Sign the letter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The letter changed since you opened it; review it again.',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Draft — not signed')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    const again = await screen.findByRole('dialog', { name: "Sign the board's letter" });
    expect(within(again).getByText(NEW_HASH)).toBeInTheDocument();
  });

  it('says in words why the API refused to sign: supportive care incomplete', async () => {
    const { fetch } = letterApi(DRAFT_FOR_CHAIR, {
      [`POST ${SIGN}`]: () =>
        refusal(422, 'SUPPORTIVE_CARE_INCOMPLETE', 'record supportive care before signing', {
          field: 'supportiveCare',
          missing: ['nutrition'],
        }),
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    const dialog = await screen.findByRole('dialog', { name: "Sign the board's letter" });
    await user.click(within(dialog).getByRole('button', { name: 'Sign the letter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Record supportive care before signing: Nutrition.',
    );
  });

  it('says a deputy signs for the chair, and keeps a forbidden refusal in the dialog', async () => {
    const deputy: Schemas['MeDto'] = {
      ...CHAIR,
      id: '00000000-0000-4000-8000-000000000005',
      displayName: 'Dr Ira Radiologist',
      specialistId: '00000000-0000-4000-8000-0000000000a3',
    };
    const { fetch } = letterApi(DRAFT_FOR_CHAIR, {
      me: deputy,
      [`POST ${SIGN}`]: () =>
        refusal(403, 'DEPUTY_NOT_PRESENT', 'a deputy signs only a decision they were present for'),
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    const dialog = await screen.findByRole('dialog', { name: "Sign the board's letter" });
    expect(dialog).toHaveTextContent(
      'You sign for the chair, Dr Sam Surgeon, as a member present at the decision.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sign the letter' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You were not marked present when the plan was adopted, so you cannot sign for the chair.',
    );
  });
});

describe('a signed letter', { timeout: 30_000 }, () => {
  it('shows the signer, the time and the hash, in full on request, and its addenda', async () => {
    const { fetch } = letterApi(SIGNED_RECOMMENDATION);
    const { user, container } = await renderLetter(fetch);
    const signature = SIGNED_RECOMMENDATION.signature;
    expect(screen.getByText('Signed')).toBeInTheDocument();
    expect(
      screen.getByText(/^Signed by Dr Sam Surgeon \(Surgery\) on Mar 10, 2026, 12:45\sPM$/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(`${signature?.contentHash.slice(0, 12)}…`).length).toBeGreaterThan(0);
    const [showFirst] = screen.getAllByRole('button', { name: 'Show the full hash' });
    expect(showFirst).toHaveAttribute('aria-expanded', 'false');
    await user.click(showFirst);
    expect(screen.getByText(signature?.contentHash ?? '')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide the full hash' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await seriousFindings(container)).toEqual([]);

    const addenda = screen.getByRole('list', { name: 'Addenda to the signed letter' });
    expect(addenda).toHaveTextContent(
      'Correction: the target lesion of step 2 is in segment 6, not segment 7.',
    );
    expect(addenda).toHaveTextContent(/Signed by Dr Sam Surgeon \(Surgery\) on Mar 12, 2026, 9:15\sAM/);
    expect(addenda).toHaveTextContent(`Amends the letter with hash ${signature?.contentHash.slice(0, 12)}…`);
    // Final: no supportive care to change, no addressee to change.
    expect(screen.getByRole('list', { name: 'Supportive care' })).toHaveTextContent('Nutrition: Offered');
    expect(screen.queryByRole('button', { name: 'Save supportive care' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change the addressee' })).not.toBeInTheDocument();
  });

  it('says a deputy signed for the chair', async () => {
    const signature = SIGNED_RECOMMENDATION.signature;
    const byDeputy: Recommendation = {
      ...SIGNED_RECOMMENDATION,
      addenda: [],
      signature: signature && {
        ...signature,
        asDeputy: true,
        signer: {
          id: '00000000-0000-4000-8000-0000000000a3',
          fullName: 'Dr Ira Radiologist',
          discipline: 'interventional_radiology',
        },
      },
    };
    await renderLetter(letterApi(byDeputy).fetch);
    expect(
      screen.getByText(
        /^Signed by Dr Ira Radiologist \(Interventional radiology\) on Mar 10, 2026, 12:45\sPM, for the chair, Dr Sam Surgeon$/,
      ),
    ).toBeInTheDocument();
  });

  it('adds an addendum: asks for its text, posts it, and lists it', async () => {
    const text = 'The patient prefers to be treated closer to home, at Hospital Comarcal.';
    const signed = { ...SIGNED_RECOMMENDATION, addenda: [] };
    const { fetch, state } = letterApi(signed, {
      [`POST ${ADDENDA}`]: async (request) => {
        const body = (await request.clone().json()) as { text: string };
        const addendum = { ...SIGNED_RECOMMENDATION.addenda[0], text: body.text };
        state.recommendation = { ...signed, addenda: [addendum] };
        return json(201, addendum);
      },
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Add an addendum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an addendum to the signed letter' });
    expect(dialog).toHaveTextContent('The signed letter does not change.');
    await user.click(within(dialog).getByRole('button', { name: 'Sign the addendum' }));
    expect(within(dialog).getByText('Write the addendum.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'POST', ADDENDA)).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /^Addendum/ }), text);
    await user.click(within(dialog).getByRole('button', { name: 'Sign the addendum' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await bodiesSent(fetch, 'POST', ADDENDA)).toEqual([{ text }]);
    expect(await screen.findByRole('list', { name: 'Addenda to the signed letter' })).toHaveTextContent(text);
  });
});

describe('completing the letter before signing', { timeout: 30_000 }, () => {
  it('records supportive care by keyboard, sends only what changed, and blocks signing until saved', async () => {
    const partial: Recommendation = {
      ...DRAFT_FOR_CHAIR,
      supportiveCare: DRAFT_FOR_CHAIR.supportiveCare.map((item) =>
        item.service === 'nutrition' ? { ...item, status: null } : item,
      ),
    };
    const { fetch, state } = letterApi(partial, {
      [`PUT ${SUPPORTIVE_CARE}`]: async (request) => {
        const { entries } = (await request.clone().json()) as Schemas['SetSupportiveCareDto'];
        state.recommendation = {
          ...partial,
          draftContentHash: NEW_HASH,
          supportiveCare: partial.supportiveCare.map(
            (item) => entries.find((e) => e.service === item.service) ?? item,
          ),
        };
        return new Response(null, { status: 204 });
      },
    });
    const { user } = await renderLetter(fetch);
    const nutrition = screen.getByRole('radiogroup', { name: 'Nutrition' });
    expect(
      within(nutrition)
        .getAllByRole('radio')
        .every((r) => !(r as HTMLInputElement).checked),
    ).toBe(true);
    const save = screen.getByRole('button', { name: 'Save supportive care' });
    expect(save).toBeDisabled();

    within(nutrition).getByRole('radio', { name: 'Offered' }).focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(within(nutrition).getByRole('radio', { name: 'Referred' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Sign the letter' })).toHaveAccessibleDescription(
      'Save the supportive care first.',
    );

    await user.click(save);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign the letter' })).toBeEnabled());
    expect(await bodiesSent(fetch, 'PUT', SUPPORTIVE_CARE)).toEqual([
      { entries: [{ service: 'nutrition', status: 'referred' }] },
    ]);
    expect(within(nutrition).getByRole('radio', { name: 'Referred' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save supportive care' })).toBeDisabled();
  });

  it('lets a coordinator record supportive care, but not sign', async () => {
    const { fetch } = letterApi({ ...DRAFT_FOR_CHAIR, callerMaySign: false }, { me: COORDINATOR });
    await renderLetter(fetch);
    expect(await screen.findByRole('radiogroup', { name: 'Psycho-oncology' })).toBeInTheDocument();
    expect(screen.getByText("Signed by the board's chair, Dr Sam Surgeon.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign the letter' })).not.toBeInTheDocument();
    // The addressee is the presenting clinician's (cases.write).
    expect(screen.queryByRole('button', { name: 'Change the addressee' })).not.toBeInTheDocument();
  });

  it('names the addressee after the decision: an outside physician, then a directory specialist, only those fields sent', async () => {
    const { fetch, state } = letterApi(
      { ...DRAFT_FOR_CHAIR, addressee: null },
      {
        [`PATCH /api/cases/${CASE_ID}`]: async (request) => {
          const body = (await request.clone().json()) as Schemas['UpdateCaseDto'];
          state.recommendation = {
            ...DRAFT_FOR_CHAIR,
            addressee: body.treatingPhysicianName
              ? {
                  kind: 'external',
                  specialistId: null,
                  fullName: body.treatingPhysicianName,
                  discipline: null,
                  contact: body.treatingPhysicianContact ?? null,
                }
              : {
                  kind: 'specialist',
                  specialistId: body.treatingPhysicianSpecialistId ?? null,
                  fullName: 'Dr Helena Hepatologist',
                  discipline: 'hepatology',
                  contact: null,
                },
          };
          return json(200, { ...BOARD_CASE, status: 'decided', ...body });
        },
      },
    );
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Name the treating physician' }));
    let dialog = await screen.findByRole('dialog', { name: "Addressee of the board's letter" });
    await user.click(within(dialog).getByRole('radio', { name: 'An outside physician' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Contact/ }), 'ana.ruiz@hcomarcal.example');
    await user.click(within(dialog).getByRole('button', { name: 'Save the addressee' }));
    expect(
      await within(dialog).findByText("Give the outside physician's name, or clear the contact."),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PATCH', `/api/cases/${CASE_ID}`)).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Dr Ana Ruiz, Hospital Comarcal');
    await user.click(within(dialog).getByRole('button', { name: 'Save the addressee' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Dr Ana Ruiz, Hospital Comarcal (outside physician)')).toBeInTheDocument();
    expect(screen.getByText('Contact: ana.ruiz@hcomarcal.example')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change the addressee' }));
    dialog = await screen.findByRole('dialog', { name: "Addressee of the board's letter" });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue(
      'Dr Ana Ruiz, Hospital Comarcal',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'A specialist of the directory' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Specialist/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Dr Helena Hepatologist (Hepatology)', hidden: true }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save the addressee' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Dr Helena Hepatologist (Hepatology)')).toBeInTheDocument();

    expect(await bodiesSent(fetch, 'PATCH', `/api/cases/${CASE_ID}`)).toEqual([
      {
        treatingPhysicianSpecialistId: null,
        treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
        treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
      },
      {
        treatingPhysicianSpecialistId: SPECIALISTS.items[0].id,
        treatingPhysicianName: null,
        treatingPhysicianContact: null,
      },
    ]);
  });

  it('says the letter was signed meanwhile when the addressee is refused', async () => {
    const { fetch } = letterApi(DRAFT_FOR_CHAIR, {
      [`PATCH /api/cases/${CASE_ID}`]: () =>
        refusal(409, 'ALREADY_SIGNED', 'the letter is signed: its addressee is part of it'),
    });
    const { user } = await renderLetter(fetch);
    await user.click(screen.getByRole('button', { name: 'Change the addressee' }));
    const dialog = await screen.findByRole('dialog', { name: "Addressee of the board's letter" });
    await user.clear(within(dialog).getByRole('textbox', { name: /^Contact/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the addressee' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The letter has been signed meanwhile: it is final, and a correction is an addendum.',
    );
  });
});

describe('the letter panel', { timeout: 30_000 }, () => {
  it('speaks Spanish', async () => {
    const { fetch } = letterApi({ ...DRAFT_FOR_CHAIR, addressee: null });
    await renderLetter(fetch, 'es');
    expect(screen.getByText('Borrador — sin firmar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Firmar la carta' })).toHaveAccessibleDescription(
      'Indica el médico responsable al que va dirigida la carta.',
    );
    expect(screen.getByRole('radiogroup', { name: 'Psicooncología' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abrir PDF' })).toBeInTheDocument();
  });

  it('has no serious accessibility finding, on the draft and in the signing dialog', async () => {
    const { fetch } = letterApi(DRAFT_FOR_CHAIR);
    const { container, user } = await renderLetter(fetch);
    expect(await seriousFindings(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Sign the letter' }));
    expect(await seriousFindings(await screen.findByRole('dialog'))).toEqual([]);
  });

  it('has no serious accessibility finding on a signed letter with its addenda', async () => {
    const { container } = await renderLetter(letterApi(SIGNED_RECOMMENDATION).fetch);
    expect(await seriousFindings(container)).toEqual([]);
  });
});
