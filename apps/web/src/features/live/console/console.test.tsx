import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../../api/client';
import type { Language } from '../../../i18n';
import { CLINICIAN, COORDINATOR } from '../../../test/fixtures';
import { type FakeFetch, renderWithApp } from '../../../test/render';
import { bodiesSent, CHAIR_USER, RADIOLOGIST, seriousFindings, signIn } from '../proposals/test-fixtures';
import { useMeetingEvents } from '../use-meeting-events';
import { caseClock, formatDuration } from './case-clock';
import { MeetingConsolePage } from './MeetingConsolePage';
import { isTypingTarget } from './shortcuts';
import {
  buildNote,
  CASE_ID,
  consoleApi,
  consoleMeeting,
  MEETING_ID,
  NOTE_ID,
  SECOND_CASE_ID,
} from './test-fixtures';

// The stream itself is the hook's to test; here, that the console follows it and says its state.
vi.mock('../use-meeting-events', () => ({ useMeetingEvents: vi.fn(() => 'live') }));

type Me = Schemas['MeDto'];

const CURRENT_CASE = `/api/meetings/${MEETING_ID}/current-case`;
const NOTES = `/api/meetings/${MEETING_ID}/cases/${CASE_ID}/notes`;
// The chair as the API knows them: a clinician who writes notes, votes, proposes and adopts.
const CHAIR: Me = { ...CHAIR_USER, permissions: [...CHAIR_USER.permissions, 'discussion.write'] };

function renderConsole(fetch: FakeFetch, language: Language = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/meetings/:meetingId/console" element={<MeetingConsolePage />} />
      <Route path="/meetings/:meetingId" element={<p>Board page</p>} />
    </Routes>,
    { route: `/meetings/${MEETING_ID}/console`, fetch, language },
  );
}

async function openConsole(fetch: FakeFetch, language: Language = 'en') {
  const view = renderConsole(fetch, language);
  await screen.findByRole('heading', { level: 2, name: /^(Case|Caso) 1 (of|de) 2/ });
  return view;
}

beforeEach(() => {
  vi.mocked(useMeetingEvents).mockClear();
  signIn();
});

describe('the meeting console', { timeout: 20_000 }, () => {
  it('shows the agenda, the current case with its facts, options, notes and proposals, and its timer', async () => {
    await openConsole(consoleApi(COORDINATOR));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Console: Liver board, week 12' }),
    ).toBeInTheDocument();
    // The tab's title names the board, never the patient under discussion.
    expect(document.title).toBe('Console: Liver board, week 12 · Consilium');
    expect(document.title).not.toMatch(/María|Jan Visser/);
    expect(useMeetingEvents).toHaveBeenCalledWith(MEETING_ID);
    expect(screen.getByText('Live')).toBeInTheDocument();

    const agenda = screen.getByRole('list', { name: 'Agenda' });
    const [first, second] = within(agenda).getAllByRole('listitem');
    expect(first).toHaveAttribute('aria-current', 'true');
    expect(within(first).getByText('1. María García López')).toBeInTheDocument();
    expect(within(first).getByText('Under discussion')).toBeInTheDocument();
    expect(within(first).getByText('15 min planned')).toBeInTheDocument();
    expect(second).not.toHaveAttribute('aria-current');
    expect(within(second).getByText('10 min planned (default)')).toBeInTheDocument();
    expect(within(second).getByText('Scheduled')).toBeInTheDocument();

    expect(
      screen.getByRole('heading', { level: 2, name: 'Case 1 of 2: María García López' }),
    ).toBeInTheDocument();
    const question = screen.getByRole('region', { name: 'Question for the board' });
    expect(within(question).getByText(/one-stage resection/)).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /Couinaud/ })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Plan options' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Discussion notes' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Proposals and votes' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time on this case' })).toHaveTextContent(/^3:0\d$/);
    expect(screen.getByText('of 15 min planned')).toBeInTheDocument();
    expect(screen.queryByText('Over time')).not.toBeInTheDocument();

    // Deferring is moving on: said where the board moves.
    expect(screen.getByText(/Or move on with Next case: when the board closes/)).toBeInTheDocument();
    const shortcuts = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(shortcuts).getByText('Next case')).toBeInTheDocument();
    expect(within(shortcuts).getByText('Write a note')).toBeInTheDocument();
  });

  it('opens a case from the agenda: the board moves there for every screen', async () => {
    const user = userEvent.setup();
    const fetch = consoleApi(COORDINATOR);
    await openConsole(fetch);

    await user.click(screen.getByRole('button', { name: 'Open case 2: Jan Visser' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 2 of 2: Jan Visser' }),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', CURRENT_CASE)).toEqual([{ caseId: SECOND_CASE_ID }]);
    const agenda = screen.getByRole('list', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'true');
    expect(await screen.findByText('Case 2 of 2 opened.')).toBeInTheDocument();
  });

  it('keeps an unsent note for its case when the board moves on', async () => {
    const user = userEvent.setup();
    await openConsole(consoleApi(COORDINATOR));

    await user.type(screen.getByRole('textbox', { name: 'New note' }), 'Half a thought');
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    await screen.findByRole('heading', { level: 2, name: 'Case 2 of 2: Jan Visser' });
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Previous case' }));
    await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: María García López' });
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('Half a thought');
  });

  it('moves to the next and previous case by shortcut, never while typing', async () => {
    const user = userEvent.setup();
    const fetch = consoleApi(COORDINATOR);
    await openConsole(fetch);

    await user.keyboard('j');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 2 of 2: Jan Visser' }),
    ).toBeInTheDocument();
    // Already at the last case: nothing more is sent.
    await user.keyboard(']');
    await user.keyboard('k');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: María García López' }),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', CURRENT_CASE)).toEqual([
      { caseId: SECOND_CASE_ID },
      { caseId: CASE_ID },
    ]);

    // N goes to the note box; what is typed there stays there.
    await user.keyboard('n');
    const box = screen.getByRole('textbox', { name: 'New note' });
    expect(box).toHaveFocus();
    await user.keyboard('jk[[]');
    expect(box).toHaveValue('jk[]');
    expect(await bodiesSent(fetch, 'PUT', CURRENT_CASE)).toHaveLength(2);
  });

  it('shows when a case runs over its planned time', async () => {
    const since = new Date(Date.now() - 20 * 60_000).toISOString();
    await openConsole(consoleApi(COORDINATOR, { meeting: consoleMeeting({ currentCaseSince: since }) }));

    expect(screen.getByRole('timer', { name: 'Time on this case' })).toHaveTextContent(/^20:0\d$/);
    expect(screen.getByText('Over time')).toBeInTheDocument();
    expect(screen.getByText(/^5:0\d over$/)).toBeInTheDocument();
  });

  it('adds a note, and a correction that refers to the note it corrects', async () => {
    const user = userEvent.setup();
    const fetch = consoleApi(COORDINATOR);
    await openConsole(fetch);

    await user.type(screen.getByRole('textbox', { name: 'New note' }), 'Resection judged feasible.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const notes = await screen.findByRole('list', { name: 'Discussion notes' });
    expect(within(notes).getByText('Resection judged feasible.')).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'POST', NOTES)).toEqual([{ body: 'Resection judged feasible.' }]);
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('');

    await user.click(within(notes).getByRole('button', { name: 'Correct note 1' }));
    const box = screen.getByRole('textbox', { name: 'Correction of note 1' });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Resection judged feasible.');
    await user.clear(box);
    // Ctrl+Enter adds it without leaving the keyboard.
    await user.type(box, 'Resection judged feasible after two more cycles.{Control>}{Enter}{/Control}');

    await waitFor(async () => expect(await bodiesSent(fetch, 'POST', NOTES)).toHaveLength(2));
    const [, correction] = (await bodiesSent(fetch, 'POST', NOTES)) as { correctsNoteId?: string }[];
    expect(correction).toEqual({
      body: 'Resection judged feasible after two more cycles.',
      correctsNoteId: '00000000-0000-4000-8000-00000000f201',
    });
    expect(await screen.findByText('Corrects note 1')).toBeInTheDocument();
    expect(screen.getByText('Corrected by note 2')).toBeInTheDocument();
    // The original stays in the minutes as written.
    expect(screen.getByText('Resection judged feasible.')).toBeInTheDocument();
  });

  it('shows the notes already written, with their corrections', async () => {
    const correction = buildNote({
      id: '00000000-0000-4000-8000-00000000f102',
      body: 'Segment 8, not 7.',
      correctsNoteId: NOTE_ID,
    });
    const notes = [buildNote({ correctedByNoteIds: [correction.id] }), correction];
    await openConsole(consoleApi(COORDINATOR, { notes }));

    const list = await screen.findByRole('list', { name: 'Discussion notes' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent(/Note 1 · 3:12\sPM · Carla Coordinator/);
    expect(within(first).getByText('Corrected by note 2')).toBeInTheDocument();
    expect(within(second).getByText('Corrects note 1')).toBeInTheDocument();
  });

  it('asks before closing, naming the cases that will be deferred, then links to the outcomes', async () => {
    const user = userEvent.setup();
    const meeting = consoleMeeting();
    // María's case is decided; Jan's has no adopted plan.
    meeting.agenda[0] = { ...meeting.agenda[0], case: { ...meeting.agenda[0].case, status: 'decided' } };
    const fetch = consoleApi(COORDINATOR, { meeting });
    await openConsole(fetch);

    await user.click(screen.getByRole('button', { name: 'Close the board…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the board?' });
    expect(
      within(dialog).getByText(/This case has no adopted plan and will be deferred/),
    ).toBeInTheDocument();
    const deferred = within(dialog).getByRole('list', { name: 'Cases that will be deferred' });
    expect(
      within(deferred)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Case 2: Jan Visser']);
    expect(within(dialog).getByRole('button', { name: 'Keep the board open' })).toHaveFocus();
    expect(fetch.mock.calls.some(([r]) => r.url.endsWith('/close'))).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Close the board' }));

    expect(await screen.findByText('The board has closed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Outcomes and letters' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}`,
    );
    expect(screen.queryByRole('button', { name: 'Close the board…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next case' })).not.toBeInTheDocument();
  });

  it('defers the case under discussion only with a reason, which is sent', async () => {
    const user = userEvent.setup();
    const fetch = consoleApi(COORDINATOR);
    await openConsole(fetch);
    await user.click(screen.getByRole('button', { name: 'Defer this case…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Defer the case of / });
    await user.click(within(dialog).getByRole('button', { name: 'Defer the case' }));
    expect(await within(dialog).findByText('Write why the case is deferred.')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([r]) => r.url.endsWith('/defer'))).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Reason for deferring/ }),
      'Await the PET-CT',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Defer the case' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sent = fetch.mock.calls.find(([r]) => r.url.endsWith(`/cases/${CASE_ID}/defer`));
    expect(sent?.[0].method).toBe('POST');
    expect(await sent?.[0].clone().json()).toEqual({ reason: 'Await the PET-CT' });
  });

  it('starts a planned board', async () => {
    const user = userEvent.setup();
    const meeting = consoleMeeting({ status: 'planned', currentCaseId: null, currentCaseSince: null });
    const fetch = consoleApi(COORDINATOR, { meeting });
    renderConsole(fetch);

    expect(await screen.findByText(/The board has not started/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Open case/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the board' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'No case is open' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the first case' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Case 1 of 2: María García López' }),
    ).toBeInTheDocument();
    expect(await bodiesSent(fetch, 'PUT', CURRENT_CASE)).toEqual([{ caseId: CASE_ID }]);
  });

  it('records attendance from the keyboard (A), with the quorum', async () => {
    const user = userEvent.setup();
    const fetch = consoleApi(COORDINATOR);
    await openConsole(fetch);

    const attendance = screen.getByRole('region', { name: 'Attendance' });
    expect(within(attendance).getByText('2 of 3 present')).toBeInTheDocument();
    expect(within(attendance).getByText('No quorum')).toBeInTheDocument();

    await user.keyboard('a');
    const people = within(attendance).getByRole('list', { name: 'People expected at the board' });
    expect(within(people).getAllByRole('button')[0]).toHaveFocus();
    const rita = within(people).getByRole('group', { name: `Attendance: ${RADIOLOGIST.fullName}` });
    await user.click(within(rita).getByRole('button', { name: 'Present' }));

    expect(await within(attendance).findByText('3 of 3 present')).toBeInTheDocument();
    expect(
      await bodiesSent(fetch, 'PUT', `/api/meetings/${MEETING_ID}/attendance/${RADIOLOGIST.id}`),
    ).toEqual([{ present: true }]);
  });

  it('lets the chair run the board, and leaves start and close to a coordinator', async () => {
    const user = userEvent.setup();
    await openConsole(consoleApi(CHAIR));

    expect(screen.getByText('A coordinator starts and closes the board.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the board…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next case' })).toBeInTheDocument();

    // P opens the composer for the chair.
    await user.keyboard('p');
    expect(await screen.findByRole('heading', { level: 3, name: 'Propose a plan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide the proposal form' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('gives a clinician who is not the chair a read-only notice with the board page', async () => {
    const fetch = consoleApi(CLINICIAN);
    renderConsole(fetch);

    expect(await screen.findByText('The console is for the chair and the coordinators')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the board page' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}`,
    );
    expect(screen.queryByRole('list', { name: 'Agenda' })).not.toBeInTheDocument();
    expect(useMeetingEvents).not.toHaveBeenCalledWith(MEETING_ID);
  });

  it('speaks Spanish', async () => {
    await openConsole(consoleApi(COORDINATOR), 'es');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Consola: Liver board, week 12' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Caso 1 de 2: María García López' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Orden del día' })).toBeInTheDocument();
    expect(screen.getByText('En directo')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Tiempo en este caso' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Atajos de teclado' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Caso siguiente' })).toBeInTheDocument();
  });

  it('has no serious accessibility violation', async () => {
    const { container } = await openConsole(consoleApi(COORDINATOR, { notes: [buildNote()] }));
    await screen.findByRole('list', { name: 'Discussion notes' });
    await screen.findByRole('heading', { level: 3, name: 'Proposals and votes' });
    expect(await seriousFindings(container)).toEqual([]);
  });
});

describe('the console helpers', () => {
  it('times a case against its planned minutes', () => {
    const since = '2026-03-19T14:05:00.000Z';
    const at = (minutes: number, seconds = 0) => Date.parse(since) + (minutes * 60 + seconds) * 1000;
    expect(caseClock(since, at(14, 59), 15)).toMatchObject({
      elapsedSeconds: 899,
      over: false,
      overSeconds: 0,
    });
    expect(caseClock(since, at(17, 30), 15)).toMatchObject({ over: true, overSeconds: 150 });
    expect(caseClock(since, at(-1), 15).elapsedSeconds).toBe(0);
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('leaves single keys to text fields', () => {
    const input = document.createElement('input');
    const radio = document.createElement('input');
    radio.type = 'radio';
    const textarea = document.createElement('textarea');
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(textarea)).toBe(true);
    expect(isTypingTarget(radio)).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
