import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../../api/client';
import type { Language } from '../../../i18n';
import { CLINICIAN } from '../../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../../test/render';
import {
  buildCase,
  buildMeeting,
  CASE_ID,
  MEETING_ID,
  OTHER_CASE,
  planOptionsFor,
} from '../../boards/test-fixtures';
import { PROPOSALS } from '../../case-view/fixtures';
import { type LiveState, useMeetingEvents } from '../use-meeting-events';
import { RoomDisplayPage } from './RoomDisplayPage';

// The stream itself is the hook's to test; here, what the wall does with its state.
const stream = vi.hoisted(() => ({ state: 'live' as LiveState }));
vi.mock('../use-meeting-events', () => ({ useMeetingEvents: vi.fn(() => stream.state) }));

type LiveMeeting = Schemas['MeetingDetailDto'];

const MARIA = buildCase();
const PROPOSAL_PAGE: Schemas['ProposalPageDto'] = {
  ...PROPOSALS,
  items: PROPOSALS.items.map((p) => ({ ...p, caseId: CASE_ID, meetingId: MEETING_ID })),
};

function liveMeeting(overrides: Partial<LiveMeeting> = {}): LiveMeeting {
  return {
    ...buildMeeting(),
    status: 'in_progress',
    startedAt: '2026-03-19T14:02:00.000Z',
    currentCaseId: null,
    currentCaseSince: null,
    ...overrides,
  };
}

const QUORATE: Schemas['QuorumDto'] = {
  quorate: true,
  requiredDisciplines: ['medical_oncology', 'surgery'],
  presentDisciplines: ['medical_oncology', 'surgery'],
  missingDisciplines: [],
};

/** A fake API: each path answers what the test says; anything else is a test failure. */
function api(meeting: () => LiveMeeting) {
  const routes: Record<string, () => Response> = {
    'GET /api/auth/me': () => json(200, CLINICIAN),
    [`GET /api/meetings/${MEETING_ID}`]: () => json(200, meeting()),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, MARIA),
    [`GET /api/cases/${CASE_ID}/plan-options`]: () => json(200, planOptionsFor(MARIA)),
    [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, PROPOSAL_PAGE),
  };
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${pathname}`);
    return route();
  });
}

function renderDisplay(
  fetch: FakeFetch,
  { language = 'en', query = '' }: { language?: Language; query?: string } = {},
) {
  return renderWithApp(
    <Routes>
      <Route path="/meetings/:meetingId/display" element={<RoomDisplayPage />} />
    </Routes>,
    { route: `/meetings/${MEETING_ID}/display${query}`, fetch, language },
  );
}

/** The value a description list gives a term. */
function fact(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

async function seriousAxeFindings(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  stream.state = 'live';
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

describe('the room display', { timeout: 20_000 }, () => {
  it('shows the current case: question, facts, diagram, plan options and the live tally', async () => {
    const { container } = renderDisplay(api(() => liveMeeting({ currentCaseId: CASE_ID, quorum: QUORATE })));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: M. G. L., 64' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Liver board, week 12' })).toBeInTheDocument();
    expect(screen.getByText('Presented by Dr Olivia Oncologist (Medical oncology)')).toBeInTheDocument();

    const question = screen.getByRole('region', { name: 'Question for the board' });
    expect(within(question).getByText(MARIA.questionForBoard ?? '')).toBeInTheDocument();

    expect(fact('Primary tumour')).toBe('Colon · Left-sided');
    expect(fact('Histology')).toBe('Adenocarcinoma');
    expect(fact('RAS')).toBe('Mutant');
    expect(fact('BRAF')).toBe('V600E absent');
    expect(fact('MSI / MMR')).toBe('MSS / pMMR');
    expect(fact('ECOG')).toBe('1');
    expect(fact('Liver function')).toBe('Child–Pugh A · bilirubin 0.8 mg/dL · albumin 4.1 g/dL · INR 1');
    expect(fact('Liver lesions')).toBe('2 lesions, largest 32 mm · bilobar');
    expect(fact('Extrahepatic disease')).toBe('None');
    expect(fact('Prior treatments')).toBe(
      'Systemic chemotherapy (FOLFOX) · 4 months · Partial response (PR)',
    );

    const diagram = screen.getByRole('region', { name: 'Lesions by Couinaud segment' });
    expect(
      within(diagram).getByRole('img', { name: 'Couinaud diagram of the liver lesions' }),
    ).toBeInTheDocument();

    const options = await screen.findByRole('list', { name: 'Plan options' });
    const targeted = within(options)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.startsWith('Targeted therapy'));
    expect(targeted).toBeDefined();
    // RAS-mutant: the EGFR inhibitors are contraindicated, and the wall says so by the agent.
    expect(targeted?.textContent).toMatch(/Cetuximab\s*Contraindicated/);

    const votes = screen.getByLabelText('Votes on Proposal 1: Curative');
    expect(within(votes).getByText('Approve').nextElementSibling).toHaveTextContent('1');
    expect(within(votes).getByText('Reject').nextElementSibling).toHaveTextContent('1');
    expect(within(votes).getByText('Abstain').nextElementSibling).toHaveTextContent('0');
    const proposal = screen.getByRole('article', { name: 'Proposal 1: Curative' });
    expect(within(proposal).getByText('Proposed')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Steps of Proposal 1: Curative' })).toBeInTheDocument();

    expect(screen.getByText('Quorate')).toBeInTheDocument();

    // Initials and age only: never the MRN or the full name, not in the title either.
    expect(container).not.toHaveTextContent('MRN-1001');
    expect(container).not.toHaveTextContent('María');
    expect(document.title).toBe('Room display: Liver board, week 12 · Consilium');
  });

  it('before a case is opened, shows the agenda in order and waits for the chair', async () => {
    const { container } = renderDisplay(api(() => liveMeeting()));
    const agenda = await screen.findByRole('list', { name: 'Agenda' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('M. G. L., 64');
    expect(items[0]).toHaveTextContent('Colon · Presented by Dr Olivia Oncologist');
    expect(items[1]).toHaveTextContent('J. R. M., 70');
    expect(screen.getByText('Waiting for the chair to open a case.')).toBeInTheDocument();
    expect(screen.getByText('No quorum')).toBeInTheDocument();
    expect(screen.getByText(/^Missing: Medical oncology, Surgery/)).toBeInTheDocument();
    expect(container).not.toHaveTextContent('MRN-1001');
    expect(container).not.toHaveTextContent('MRN-2002');
    expect(container).not.toHaveTextContent(OTHER_CASE.patient.fullName);
    expect(
      screen.getByText(/Patients are shown by their initials and age.*\?names=full/),
    ).toBeInTheDocument();
  });

  it('says when the board has not started yet', async () => {
    renderDisplay(api(() => liveMeeting({ status: 'planned' })));
    expect(await screen.findByText('The board has not started yet.')).toBeInTheDocument();
    expect(screen.queryByText('Waiting for the chair to open a case.')).not.toBeInTheDocument();
  });

  it('shows full names with ?names=full, still never the MRN', async () => {
    const { container } = renderDisplay(
      api(() => liveMeeting({ currentCaseId: CASE_ID })),
      {
        query: '?names=full',
      },
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: María García López, 64' }),
    ).toBeInTheDocument();
    expect(container).not.toHaveTextContent('MRN-1001');
    expect(
      screen.getByText(/Full names are shown because the address ends in \?names=full/),
    ).toBeInTheDocument();
    expect(document.title).toBe('Room display: Liver board, week 12 · Consilium');
  });

  it('follows the console: a new current case shows without anyone touching the wall', async () => {
    let meeting = liveMeeting();
    const { queryClient } = renderDisplay(api(() => meeting));
    expect(await screen.findByRole('list', { name: 'Agenda' })).toBeInTheDocument();
    expect(useMeetingEvents).toHaveBeenCalledWith(MEETING_ID);
    expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument();

    // What useMeetingEvents does on the chair's "open case" event.
    meeting = liveMeeting({ currentCaseId: CASE_ID });
    await act(() => queryClient.invalidateQueries({ queryKey: ['meetings', MEETING_ID] }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: M. G. L., 64' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Agenda' })).not.toBeInTheDocument();
  });

  it('says so while the live stream is down, as the wall may be behind', async () => {
    stream.state = 'reconnecting';
    renderDisplay(api(() => liveMeeting()));
    expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
    expect(screen.getByText('The screen may be behind the board until it is back.')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    renderDisplay(
      api(() => liveMeeting({ currentCaseId: CASE_ID })),
      { language: 'es' },
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Caso 1 de 2: M. G. L., 64' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pregunta para el comité' })).toBeInTheDocument();
    expect(fact('Tumor primario')).toBe('Colon · Izquierdo');
    expect(screen.getByText('Sin quórum')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Opciones de tratamiento' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Votos — Propuesta 1: Curativa')).toBeInTheDocument();
    expect(document.title).toBe('Pantalla de sala: Liver board, week 12 · Consilium');
  });

  it('has no serious or critical axe finding, with a current case and before one', async () => {
    const first = renderDisplay(api(() => liveMeeting({ currentCaseId: CASE_ID })));
    await screen.findByLabelText('Votes on Proposal 1: Curative');
    await screen.findByRole('list', { name: 'Plan options' });
    expect(await seriousAxeFindings(first.container)).toEqual([]);
    first.unmount();

    const second = renderDisplay(api(() => liveMeeting()));
    await screen.findByRole('list', { name: 'Agenda' });
    expect(await seriousAxeFindings(second.container)).toEqual([]);
  }, 40_000);
});

describe('full screen', () => {
  const original = Object.getOwnPropertyDescriptor(document, 'fullscreenEnabled');
  let fullscreenElement: Element | null = null;
  const enter = (element: Element) => {
    fullscreenElement = element;
    document.dispatchEvent(new Event('fullscreenchange'));
  };

  beforeEach(() => {
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => fullscreenElement,
    });
    Element.prototype.requestFullscreen = vi.fn(async function (this: Element) {
      enter(this);
    });
    document.exitFullscreen = vi.fn(async () => {
      fullscreenElement = null;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
  });

  afterEach(() => {
    fullscreenElement = null;
    if (original) Object.defineProperty(document, 'fullscreenEnabled', original);
    else Reflect.deleteProperty(document, 'fullscreenEnabled');
    Reflect.deleteProperty(document, 'fullscreenElement');
    Reflect.deleteProperty(Element.prototype, 'requestFullscreen');
    Reflect.deleteProperty(document, 'exitFullscreen');
  });

  it('fills the screen with the display and says how to leave', async () => {
    const user = userEvent.setup();
    renderDisplay(api(() => liveMeeting()));
    await screen.findByRole('list', { name: 'Agenda' });
    const button = screen.getByRole('button', { name: 'Full screen' });
    expect(button).toHaveAccessibleDescription('Press Esc to leave full screen.');

    await user.click(button);
    expect(Element.prototype.requestFullscreen).toHaveBeenCalledTimes(1);
    expect(fullscreenElement).toBe(screen.getByRole('main'));
    const leave = await screen.findByRole('button', { name: 'Leave full screen' });
    expect(screen.getByText('Press Esc to leave full screen.')).toBeVisible();

    // The keyboard works as well as Esc: the button is focusable and leaves on Enter.
    leave.focus();
    await user.keyboard('{Enter}');
    expect(document.exitFullscreen).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Full screen' })).toBeInTheDocument());
  });
});
