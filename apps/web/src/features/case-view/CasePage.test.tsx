import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import { CLINICIAN, EMPTY_PAGE } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { CasePage } from './CasePage';
import { BOARD_CASE, CASE_ID, INSTITUTION, PROPOSALS, RECOMMENDATION, RETURN_EVENTS } from './fixtures';

type Routes_ = Record<string, (request: Request) => Response | Promise<Response>>;

/** A fake API: each path answers what the test says; anything else is a test failure. */
function api(routes: Routes_) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${pathname}`);
    return route(request);
  });
}

function caseApi(boardCase: Schemas['CaseDto'] = BOARD_CASE, more: Routes_ = {}): Routes_ {
  return {
    'GET /api/auth/me': () => json(200, CLINICIAN),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, boardCase),
    [`GET /api/cases/${CASE_ID}/events`]: () => json(200, RETURN_EVENTS),
    [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, EMPTY_PAGE),
    'GET /api/settings/institution': () => json(200, INSTITUTION),
    ...more,
  };
}

function renderCase(fetch: FakeFetch, language: 'en' | 'es' = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/cases/:caseId" element={<CasePage />} />
    </Routes>,
    { route: `/cases/${CASE_ID}`, fetch, language },
  );
}

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

describe('the case page', { timeout: 15_000 }, () => {
  it('shows the patient, the state, the presenter and what happens next', async () => {
    renderCase(api(caseApi()));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Case of Ana García López' }),
    ).toBeInTheDocument();
    expect(screen.getByText('MRN MRN-0042')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByText('Presented by Dr Olivia Oncologist (Medical oncology)')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'What happens next' });
    expect(next).toHaveTextContent(
      'Returned by the coordinator: Please add the MSI status from pathology — revise and resubmit.',
    );
    expect(await screen.findByRole('link', { name: 'Edit case' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/edit`,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Clinical facts' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Liver metastases' })).toBeInTheDocument();
  });

  it('lists the history with the reason the coordinator gave for returning the case', async () => {
    renderCase(api(caseApi()));
    const history = await screen.findByRole('list', { name: 'Case history' });
    const events = within(history).getAllByRole('listitem');
    expect(events).toHaveLength(3);
    expect(events[2]).toHaveTextContent('Returned to the presenter');
    expect(events[2]).toHaveTextContent('Submitted → Draft');
    expect(events[2]).toHaveTextContent('Carla Coordinator');
    expect(events[2]).toHaveTextContent('Reason: Please add the MSI status from pathology');
  });

  it('offers a coordinator no edit and no withdrawal', async () => {
    const coordinator: Schemas['MeDto'] = {
      ...CLINICIAN,
      role: 'coordinator',
      discipline: null,
      specialistId: null,
      permissions: ['clinical.read', 'patients.write', 'cases.triage', 'followup.record', 'meetings.manage'],
    };
    const { queryClient } = renderCase(
      api(caseApi(BOARD_CASE, { 'GET /api/auth/me': () => json(200, coordinator) })),
    );
    await screen.findByRole('heading', { level: 1 });
    // Hiding the actions is only meaningful once the account is known.
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toEqual(coordinator));
    expect(screen.queryByRole('link', { name: 'Edit case' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('says a case that does not exist is not available', async () => {
    renderCase(
      api({
        'GET /api/auth/me': () => json(200, CLINICIAN),
        [`GET /api/cases/${CASE_ID}`]: () =>
          json(404, { statusCode: 404, error: 'NOT_FOUND', message: 'case not found' }),
      }),
    );
    expect(
      await screen.findByText('This case does not exist or is not available to you.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Case not available' })).toBeInTheDocument();
  });
});

describe('withdrawing a case', { timeout: 15_000 }, () => {
  async function openWithdraw(fetch: FakeFetch) {
    const user = userEvent.setup();
    renderCase(fetch);
    await user.click(await screen.findByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the case' });
    return { user, dialog };
  }

  it('needs a reason: an empty one is refused on the field, and nothing is sent', async () => {
    const fetch = api(caseApi());
    const { user, dialog } = await openWithdraw(fetch);
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the case' }));
    const reason = within(dialog).getByLabelText(/Reason for withdrawing/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Give the reason for withdrawing the case')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);
  });

  it('sends the reason, and shows the case withdrawn', async () => {
    let withdrawn = false;
    const bodies: unknown[] = [];
    const fetch = api(
      caseApi(BOARD_CASE, {
        [`GET /api/cases/${CASE_ID}`]: () =>
          json(
            200,
            withdrawn
              ? { ...BOARD_CASE, status: 'withdrawn', nextStep: { ...BOARD_CASE.nextStep, kind: 'none' } }
              : BOARD_CASE,
          ),
        [`POST /api/cases/${CASE_ID}/withdraw`]: async (request) => {
          bodies.push(await request.json());
          withdrawn = true;
          return json(200, { ...BOARD_CASE, status: 'withdrawn' });
        },
      }),
    );
    const { user, dialog } = await openWithdraw(fetch);
    await user.type(
      within(dialog).getByLabelText(/Reason for withdrawing/),
      'Patient moved to another hospital',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the case' }));
    expect(await screen.findByText('Withdrawn')).toBeInTheDocument();
    expect(bodies).toEqual([{ reason: 'Patient moved to another hospital' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('shows a conflict in the dialog', async () => {
    const fetch = api(
      caseApi(BOARD_CASE, {
        [`POST /api/cases/${CASE_ID}/withdraw`]: () =>
          json(409, {
            statusCode: 409,
            error: 'ILLEGAL_TRANSITION',
            message: 'cannot withdraw a case in state decided',
          }),
      }),
    );
    const { user, dialog } = await openWithdraw(fetch);
    await user.click(within(dialog).getByLabelText(/Reason for withdrawing/));
    await user.paste('Duplicate');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the case' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The case can no longer be withdrawn in its current state',
    );
  });
});

describe('the proposals', { timeout: 15_000 }, () => {
  it('show each step, the tally, and a dissenting vote with its comment', async () => {
    const scheduled: Schemas['CaseDto'] = { ...BOARD_CASE, status: 'scheduled' };
    renderCase(
      api(caseApi(scheduled, { [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, PROPOSALS) })),
    );
    const proposal = await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    const steps = within(proposal).getByRole('list', { name: 'Steps of Proposal 1: Curative' });
    expect(within(steps).getAllByRole('listitem')[1]).toHaveTextContent(
      'Surgical resectionPlan builder:Caution',
    );
    expect(within(steps).getAllByRole('listitem')[1]).toHaveTextContent('Target segments: VII, IV');
    expect(proposal).toHaveTextContent('Approve 1 · Reject 1 · Abstain 0');
    const votes = within(proposal).getByRole('table', { name: 'Votes on Proposal 1: Curative' });
    const dissent = within(votes).getByRole('row', { name: /Dr Ira Radiologist/ });
    expect(dissent).toHaveTextContent('Reject');
    expect(dissent).toHaveTextContent('Ablation of segment IV would spare parenchyma');
  });
});

describe('the recommendation', { timeout: 15_000 }, () => {
  const decided: Schemas['CaseDto'] = {
    ...BOARD_CASE,
    status: 'decided',
    nextStep: {
      kind: 'awaiting_follow_up',
      missing: [],
      returnReason: null,
      since: null,
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    },
  };

  it('shows the adopted plan, the votes and the dissent, and no way to edit or withdraw', async () => {
    const { queryClient } = renderCase(
      api(
        caseApi(decided, { [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION) }),
      ),
    );
    const section = await screen.findByRole('region', { name: 'Recommendation' });
    expect(await within(section).findByText(/Adopted .* at Hepatobiliary MDT/)).toBeInTheDocument();
    expect(section).toHaveTextContent('Approve 3 · Reject 1 · Abstain 0');
    expect(within(section).getByRole('list', { name: 'Dissent' })).toHaveTextContent(
      'Dr Ira Radiologist (Interventional radiology) rejected: Ablation of segment IV would spare parenchyma',
    );
    expect(section).toHaveTextContent('No follow-up recorded yet.');
    expect(screen.getByRole('region', { name: 'What happens next' })).toHaveTextContent(
      'Decided: awaiting follow-up.',
    );
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toEqual(CLINICIAN));
    expect(screen.queryByRole('link', { name: 'Edit case' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('shows the letter as a draft, addressed, with its supportive care, and no Sign for a non-chair', async () => {
    renderCase(
      api(
        caseApi(decided, { [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION) }),
      ),
    );
    const section = await screen.findByRole('region', { name: 'Recommendation' });
    expect(
      await within(section).findByRole('heading', { level: 3, name: "The board's letter" }),
    ).toBeInTheDocument();
    expect(within(section).getByText('Draft — not signed')).toBeInTheDocument();
    expect(section).toHaveTextContent('Dr Javier Moreno, Hospital Comarcal (outside physician)');
    expect(within(section).getByRole('list', { name: 'Supportive care' })).toHaveTextContent(
      'Psycho-oncology: Referred',
    );
    expect(section).toHaveTextContent("Signed by the board's chair, Dr Sam Surgeon.");
    expect(within(section).queryByRole('button', { name: 'Sign the letter' })).not.toBeInTheDocument();
    // The case header says whom the letter is for.
    expect(
      screen.getByText(
        'Treating physician (addressee of the letter): Dr Javier Moreno, Hospital Comarcal (outside physician)',
      ),
    ).toBeInTheDocument();
  });

  it("opens the PDF in the institution's letter language, fetched with the session token, in a new window", async () => {
    const letterWindow = { location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(letterWindow as unknown as Window);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:letter-${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    const asked: Request[] = [];
    const fetch = api(
      caseApi(decided, {
        [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION),
        [`GET /api/cases/${CASE_ID}/recommendation.pdf`]: (request) => {
          asked.push(request);
          return new Response('%PDF-1.7 letter', {
            status: 200,
            headers: { 'content-type': 'application/pdf' },
          });
        },
        [`GET /api/cases/${CASE_ID}/recommendation.html`]: (request) => {
          asked.push(request);
          return new Response('<html><body>Letter</body></html>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          });
        },
      }),
    );
    renderCase(fetch);
    const user = userEvent.setup();
    const language = await screen.findByRole('radiogroup', { name: 'Letter language' });
    await waitFor(() => expect(within(language).getByRole('radio', { name: 'Spanish' })).toBeChecked());

    await user.click(screen.getByRole('button', { name: 'Open PDF' }));
    await waitFor(() => expect(letterWindow.location.href).toBe('blob:letter-1'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(asked[0].headers.get('authorization')).toBe('Bearer token-1');
    expect(new URL(asked[0].url).searchParams.get('lang')).toBe('es');
    expect(blobs[0].type).toBe('application/pdf');
    expect(await blobs[0].text()).toBe('%PDF-1.7 letter');

    // The printable page, in the language chosen instead.
    await user.click(within(language).getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Printable letter (web page)' }));
    await waitFor(() => expect(letterWindow.location.href).toBe('blob:letter-2'));
    expect(new URL(asked[1].url).pathname).toBe(`/api/cases/${CASE_ID}/recommendation.html`);
    expect(new URL(asked[1].url).searchParams.get('lang')).toBe('en');
    expect(blobs[1].type).toBe('text/html');
  });

  it('downloads the PDF as a file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:letter-1';
    });
    URL.revokeObjectURL = vi.fn();
    let fileName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    renderCase(
      api(
        caseApi(decided, {
          [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION),
          [`GET /api/cases/${CASE_ID}/recommendation.pdf`]: () =>
            new Response('%PDF-1.7 letter', { status: 200, headers: { 'content-type': 'application/pdf' } }),
        }),
      ),
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(fileName).toBe(`recommendation-${CASE_ID}.pdf`));
    expect(blobs[0].type).toBe('application/pdf');
  });

  it('says when the letter cannot be opened, and closes the empty window', async () => {
    const letterWindow = { location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockReturnValue(letterWindow as unknown as Window);
    renderCase(
      api(
        caseApi(decided, {
          [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION),
          [`GET /api/cases/${CASE_ID}/recommendation.pdf`]: () =>
            json(404, { statusCode: 404, error: 'NOT_FOUND', message: 'recommendation not found' }),
        }),
      ),
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Open PDF' }));
    const section = screen.getByRole('region', { name: 'Recommendation' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('The letter is not available.');
    expect(letterWindow.close).toHaveBeenCalled();
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe finding on a decided case with proposals and a recommendation', async () => {
    const decided: Schemas['CaseDto'] = {
      ...BOARD_CASE,
      status: 'decided',
      nextStep: {
        kind: 'awaiting_follow_up',
        missing: [],
        returnReason: null,
        since: null,
        followUpDueAt: null,
        overdue: false,
        meeting: null,
      },
    };
    const { container } = renderCase(
      api(
        caseApi(decided, {
          [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, PROPOSALS),
          [`GET /api/cases/${CASE_ID}/recommendation`]: () => json(200, RECOMMENDATION),
        }),
      ),
    );
    await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    await screen.findByRole('list', { name: 'Dissent' });
    await screen.findByRole('list', { name: 'Case history' });
    // jsdom has no layout: contrast is measured in the browser (e2e).
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 30_000);
});
