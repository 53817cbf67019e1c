import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../../api/client';
import type { Language } from '../../../i18n';
import { CLINICIAN, COORDINATOR } from '../../../test/fixtures';
import { json, renderWithApp } from '../../../test/render';
import {
  BOARD_CASE,
  bodiesSent,
  buildMeeting,
  buildProposal,
  buildVote,
  CASE_ID,
  fakeApi,
  MEETING_ID,
  MODALITIES,
  ONCOLOGIST,
  PLAN_OPTIONS,
  PROPOSAL_ID,
  seriousFindings,
  signIn,
  tallyOf,
} from '../proposals/test-fixtures';
import { type LiveState, useMeetingEvents } from '../use-meeting-events';
import { SpecialistDevicePage } from './SpecialistDevicePage';

// The stream itself is the hook's to test; here, what the device does with its state.
const stream = vi.hoisted(() => ({ state: 'live' as LiveState }));
vi.mock('../use-meeting-events', () => ({ useMeetingEvents: vi.fn(() => stream.state) }));

type Meeting = Schemas['MeetingDetailDto'];
type Me = Schemas['MeDto'];

const ATTENDANCE = `/api/meetings/${MEETING_ID}/attendance/${ONCOLOGIST.id}`;
const VOTE = `/api/proposals/${PROPOSAL_ID}/vote`;

const QUORATE: Meeting['quorum'] = {
  quorate: true,
  requiredDisciplines: ['medical_oncology', 'surgery', 'radiology'],
  presentDisciplines: ['medical_oncology', 'surgery', 'radiology'],
  missingDisciplines: [],
};

const attendance = (present: boolean): Schemas['AttendanceDto'] => ({
  specialist: ONCOLOGIST,
  present,
  role: null,
  recordedById: CLINICIAN.id,
  recordedAt: '2026-03-19T14:03:00.000Z',
});

/** The surgeon present, me (the oncologist) not recorded yet. */
const surgeonOnly = (): Schemas['AttendanceDto'][] =>
  buildMeeting().attendance.filter((a) => a.specialist.id !== ONCOLOGIST.id);

/** A board on the fake server: attendance and votes change what the next read answers. */
function boardApi(initial: Meeting, me: Me = CLINICIAN) {
  let meeting = initial;
  let proposal = buildProposal();
  const fetch = fakeApi(
    {
      [`GET /api/meetings/${MEETING_ID}`]: () => json(200, meeting),
      [`PUT ${ATTENDANCE}`]: async (request) => {
        const { present } = (await request.clone().json()) as { present: boolean };
        meeting = {
          ...meeting,
          attendance: [...surgeonOnly(), attendance(present)],
          quorum: present ? QUORATE : buildMeeting().quorum,
        };
        return json(200, meeting);
      },
      [`GET /api/cases/${CASE_ID}`]: () => json(200, BOARD_CASE),
      [`GET /api/cases/${CASE_ID}/plan-options`]: () => json(200, PLAN_OPTIONS),
      [`GET /api/cases/${CASE_ID}/proposals`]: () => json(200, { items: [proposal], nextCursor: null }),
      'GET /api/modalities': () => json(200, MODALITIES),
      [`PUT ${VOTE}`]: async (request) => {
        const body = (await request.clone().json()) as { vote: 'approve' | 'reject' | 'abstain' };
        const mine = buildVote(ONCOLOGIST, body.vote);
        const votes = [...proposal.votes.filter((v) => v.specialist.id !== ONCOLOGIST.id), mine];
        proposal = { ...proposal, votes, tally: tallyOf(votes) };
        return json(200, mine);
      },
    },
    me,
  );
  return { fetch, setMeeting: (next: Meeting) => (meeting = next) };
}

function renderDevice(fetch: ReturnType<typeof fakeApi>, language: Language = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/meetings/:meetingId/device" element={<SpecialistDevicePage />} />
    </Routes>,
    { route: `/meetings/${MEETING_ID}/device`, fetch, language },
  );
}

/** The value a description list gives a term. */
function fact(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

const PHONE_PX = 390;
const REM_PX = 16;

/**
 * What would widen the page past a 390 px phone, in CSS terms (jsdom lays nothing out): a grid with
 * more than one column below its breakpoints, a breakpoint that already applies at that width, or
 * an inline width wider than the screen. Mantine writes its responsive props as <style> rules.
 */
function narrowLayoutProblems(container: HTMLElement): string[] {
  const problems: string[] = [];
  const toPx = (value: string, unit: string) => Number(value) * (unit === 'px' ? 1 : REM_PX);
  for (const style of Array.from(document.querySelectorAll('style'))) {
    const css = style.textContent ?? '';
    if (!css.includes('--sg-cols')) continue;
    const base = css.replace(/@media[^{]*\{[^{}]*\{[^{}]*\}\s*\}/g, '');
    const cols = /--sg-cols:\s*(\d+)/.exec(base)?.[1];
    if (cols !== '1') problems.push(`a grid of ${cols ?? '?'} columns on a phone: ${css}`);
    for (const [, value, unit] of css.matchAll(/@media\s*\(min-width:\s*([\d.]+)(em|rem|px)\)/g)) {
      if (toPx(value, unit) <= PHONE_PX) problems.push(`a breakpoint at ${value}${unit}: ${css}`);
    }
  }
  for (const element of Array.from(container.querySelectorAll<HTMLElement>('[style]'))) {
    for (const property of ['width', 'min-width']) {
      const fixed = /^([\d.]+)(px|rem)$/.exec(element.style.getPropertyValue(property));
      if (fixed && toPx(fixed[1], fixed[2]) > PHONE_PX) {
        problems.push(`${element.tagName} ${property}: ${fixed[0]}`);
      }
    }
  }
  return problems;
}

beforeEach(() => {
  stream.state = 'live';
  vi.mocked(useMeetingEvents).mockClear();
  signIn();
});

describe("a specialist's device", { timeout: 20_000 }, () => {
  it('marks myself present, and the quorum follows from the answer', async () => {
    const user = userEvent.setup();
    const { fetch } = boardApi(buildMeeting({ currentCaseId: null, attendance: surgeonOnly() }));
    renderDevice(fetch);

    const mine = await screen.findByRole('group', { name: 'My attendance' });
    expect(screen.getByText('Your attendance is not recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('No quorum')).toBeInTheDocument();
    const present = within(mine).getByRole('button', { name: 'I am present' });
    expect(present).toHaveAttribute('aria-pressed', 'false');

    await user.click(present);
    expect(await screen.findByText('You are marked present.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', ATTENDANCE)).toEqual([{ present: true }]);
    expect(within(mine).getByRole('button', { name: 'I am present' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('Quorate')).toBeInTheDocument();
    // The board came back with the answer: it is not read again for it.
    const reads = fetch.mock.calls.filter(
      ([r]) => r.method === 'GET' && new URL(r.url).pathname === `/api/meetings/${MEETING_ID}`,
    );
    expect(reads).toHaveLength(1);

    await user.click(within(mine).getByRole('button', { name: 'I am absent' }));
    expect(await screen.findByText('You are marked absent.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', ATTENDANCE)).toEqual([{ present: true }, { present: false }]);
    expect(screen.getByText('No quorum')).toBeInTheDocument();
  });

  it('says in words when attendance is refused', async () => {
    const user = userEvent.setup();
    const fetch = fakeApi({
      [`GET /api/meetings/${MEETING_ID}`]: () =>
        json(200, buildMeeting({ currentCaseId: null, attendance: [] })),
      [`PUT ${ATTENDANCE}`]: () =>
        json(409, { statusCode: 409, error: 'MEETING_NOT_EDITABLE', message: 'closed' }),
    });
    renderDevice(fetch);
    await user.click(await screen.findByRole('button', { name: 'I am present' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The board has ended: attendance can no longer be changed.',
    );
  });

  it('shows the current case: name and age, question, facts and the lesion diagram', async () => {
    const { fetch } = boardApi(buildMeeting());
    const { container } = renderDevice(fetch);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 1: María García López, 64' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Presented by Dr Olivia Oncologist (Medical oncology)')).toBeInTheDocument();
    const question = screen.getByRole('region', { name: 'Question for the board' });
    expect(within(question).getByText(BOARD_CASE.questionForBoard ?? '')).toBeInTheDocument();
    expect(fact('RAS')).toBe('Mutant');
    expect(fact('Liver lesions')).toBe('2 lesions, largest 24 mm · bilobar');
    const diagram = screen.getByRole('region', { name: 'Lesions by Couinaud segment' });
    expect(
      within(diagram).getByRole('img', { name: 'Couinaud diagram of the liver lesions' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Waiting for the chair to open a case.')).not.toBeInTheDocument();

    // The tab's title names the board, never the patient; the record number is not shown.
    expect(document.title).toBe('My device: Liver board, week 12 · Consilium');
    expect(container).not.toHaveTextContent('MRN-1001');
  });

  it('before a case is opened, waits for the chair with the agenda; then follows the console', async () => {
    const { fetch, setMeeting } = boardApi(buildMeeting({ currentCaseId: null }));
    const { queryClient } = renderDevice(fetch);

    expect(await screen.findByText('Waiting for the chair to open a case.')).toBeInTheDocument();
    const agenda = screen.getByRole('list', { name: 'Agenda' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('María García López, 64');
    expect(items[0]).toHaveTextContent('You present');
    expect(items[0]).toHaveTextContent('Colon · Presented by Dr Olivia Oncologist');
    expect(useMeetingEvents).toHaveBeenCalledWith(MEETING_ID);
    expect(document.title).toBe('My device: Liver board, week 12 · Consilium');

    // What useMeetingEvents does on the chair's "open case" event.
    setMeeting(buildMeeting());
    await act(() => queryClient.invalidateQueries({ queryKey: ['meetings', MEETING_ID] }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 1: María García López, 64' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Agenda' })).not.toBeInTheDocument();
  });

  it('lets a present clinician vote and propose; my vote is sent and the tally follows', async () => {
    const user = userEvent.setup();
    const { fetch } = boardApi(buildMeeting());
    renderDevice(fetch);

    const card = await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    expect(await screen.findByRole('heading', { name: 'Propose a plan' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Propose the plan' })).toBeInTheDocument();

    const myVote = within(card).getByRole('group', { name: 'Your vote on Proposal 1: Curative' });
    await user.click(within(myVote).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(within(myVote).getByRole('button', { name: 'Approve' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(await bodiesSent(fetch, 'PUT', VOTE)).toEqual([{ vote: 'approve' }]);
    const voters = within(card).getByRole('list', { name: 'Votes on Proposal 1: Curative' });
    expect(within(voters).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Live')).toBeInTheDocument();
  });

  it('asks a clinician not marked present to mark themselves first', async () => {
    const { fetch } = boardApi(buildMeeting({ attendance: surgeonOnly() }));
    renderDevice(fetch);
    expect(
      await screen.findByText('You are not marked present: mark yourself present above to propose a plan.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Mark yourself present to propose and vote.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Propose a plan' })).not.toBeInTheDocument();
    await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    expect(
      screen.queryByRole('group', { name: 'Your vote on Proposal 1: Curative' }),
    ).not.toBeInTheDocument();
  });

  it('says so while the live stream is down', async () => {
    stream.state = 'reconnecting';
    const { fetch } = boardApi(buildMeeting({ currentCaseId: null }));
    renderDevice(fetch);
    expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
    expect(
      screen.getByText('This screen may be behind the board until the connection is back.'),
    ).toBeInTheDocument();
  });

  it('points a coordinator to the console, and does not follow the stream here', async () => {
    const { fetch } = boardApi(buildMeeting(), COORDINATOR);
    renderDevice(fetch);
    const link = await screen.findByRole('link', { name: 'Open the meeting console' });
    expect(link).toHaveAttribute('href', `/meetings/${MEETING_ID}/console`);
    expect(screen.queryByRole('group', { name: 'My attendance' })).not.toBeInTheDocument();
    expect(useMeetingEvents).not.toHaveBeenCalledWith(MEETING_ID);
  });

  it('speaks Spanish', async () => {
    const { fetch } = boardApi(buildMeeting());
    renderDevice(fetch, 'es');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Caso 1 de 1: María García López, 64' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Mi asistencia' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Estoy presente' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Constas como presente.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pregunta para el comité' })).toBeInTheDocument();
    expect(screen.getByText('En directo')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Propuesta 1: Curativa' })).toBeInTheDocument();
    expect(document.title).toBe('Mi dispositivo: Liver board, week 12 · Consilium');
  });

  it('fits a 390 px phone: one column at the base, nothing wider than the screen', async () => {
    const { fetch } = boardApi(buildMeeting());
    const { container } = renderDevice(fetch);
    await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    await screen.findByRole('button', { name: 'Propose the plan' });
    // The attendance buttons and the facts/diagram pair are grids that open up on wider screens.
    expect(document.querySelectorAll('style').length).toBeGreaterThan(0);
    expect(narrowLayoutProblems(container)).toEqual([]);
  });

  it('has no serious or critical axe finding, with a current case and before one', async () => {
    const first = renderDevice(boardApi(buildMeeting()).fetch);
    await screen.findByRole('article', { name: 'Proposal 1: Curative' });
    await screen.findByRole('button', { name: 'Propose the plan' });
    expect(await seriousFindings(first.container)).toEqual([]);
    first.unmount();

    const second = renderDevice(boardApi(buildMeeting({ currentCaseId: null, attendance: [] })).fetch);
    await screen.findByRole('list', { name: 'Agenda' });
    expect(await seriousFindings(second.container)).toEqual([]);
  }, 40_000);
});
