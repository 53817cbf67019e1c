import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { agendaOverrun, evaluateQuorum } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { BoardPage } from './BoardPage';
import {
  agendaCase,
  buildCase,
  buildMeeting,
  CASE_ID,
  COORDINATOR,
  expectedAtBoard,
  MEETING_ID,
  OTHER_CASE,
  OTHER_CASE_ID,
  PATHOLOGIST,
  THIRD_CASE,
  THIRD_CASE_ID,
} from './test-fixtures';

// The coordinator's desk is a large page: jsdom renders it slowly on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

type Board = Schemas['MeetingDetailDto'];
type BoardCase = Schemas['CaseDto'];

const MARIA = buildCase();
const OTHER_MEETING_ID = '00000000-0000-4000-8000-00000000b002';

const WAITING_ACCEPTED = buildCase({
  id: '00000000-0000-4000-8000-00000000c004',
  status: 'accepted',
  patient: {
    id: '00000000-0000-4000-8000-00000000d004',
    mrn: 'MRN-4004',
    fullName: 'Ana Torres Vidal',
    birthDate: '1966-02-14',
    sex: 'female',
  },
  questionForBoard: 'Resection of three lesions in segments 5 and 6?',
  nextStep: {
    kind: 'awaiting_agenda',
    missing: [],
    returnReason: null,
    since: '2026-03-05T09:00:00.000Z',
    followUpDueAt: null,
    overdue: false,
    meeting: null,
  },
});

const WAITING_DEFERRED = buildCase({
  id: '00000000-0000-4000-8000-00000000c005',
  status: 'deferred',
  patient: {
    id: '00000000-0000-4000-8000-00000000d005',
    mrn: 'MRN-5005',
    fullName: 'Pedro Sánchez Ruiz',
    birthDate: '1950-09-09',
    sex: 'male',
  },
  questionForBoard: 'Re-discuss after the MRI.',
  nextStep: {
    kind: 'awaiting_new_board',
    missing: [],
    returnReason: null,
    since: '2026-03-01T09:00:00.000Z',
    followUpDueAt: null,
    overdue: false,
    meeting: null,
  },
});

/** What the API answers after a change: its totals, warnings and quorum, by the domain's rules. */
function evaluated(board: Board): Board {
  const overrun = agendaOverrun(
    board.agenda.map((item) => item.plannedMinutes),
    board.durationMinutes,
    board.totals.defaultMinutesPerCase,
  );
  const quorum = evaluateQuorum(
    board.requiredDisciplines,
    board.expected.filter((e) => e.present).map((e) => e.specialist),
  );
  return {
    ...board,
    totals: {
      ...board.totals,
      cases: board.agenda.length,
      plannedMinutes: overrun.totalMinutes,
      overrunMinutes: overrun.overrunMinutes,
    },
    warnings: overrun.warning ? [overrun.warning] : [],
    quorum: { ...quorum, requiredDisciplines: board.requiredDisciplines },
  };
}

function plannedBoard(overrides: Partial<Board> = {}): Board {
  return evaluated({
    ...buildMeeting([MARIA, OTHER_CASE, THIRD_CASE]),
    expected: expectedAtBoard(),
    ...overrides,
  });
}

interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = (body: unknown) => Response | Promise<Response>;

/**
 * A fake API that keeps the board's state: each change answers the board as the API would, and
 * reading it again gives the same. `overrides` answer instead (failures, refusals).
 */
function boardServer(
  initial: Board,
  {
    me = COORDINATOR,
    accepted = [WAITING_ACCEPTED],
    deferred = [WAITING_DEFERRED],
    overrides = {},
  }: {
    me?: Schemas['MeDto'];
    accepted?: BoardCase[];
    deferred?: BoardCase[];
    overrides?: Record<string, Handler>;
  } = {},
) {
  let board = initial;
  const waiting = { accepted: [...accepted], deferred: [...deferred] };
  const calls: Call[] = [];
  const agendaPath = `/api/meetings/${MEETING_ID}/agenda/`;
  const attendancePath = `/api/meetings/${MEETING_ID}/attendance/`;

  const fetch = vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const { pathname } = url;
    const key = `${request.method} ${pathname}`;
    const text = request.method === 'GET' ? '' : await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: pathname, search: url.searchParams, body });
    const override = overrides[key];
    if (override) return override(body);

    if (key === 'GET /api/auth/me') return json(200, me);
    if (key === `GET /api/meetings/${MEETING_ID}`) return json(200, board);
    if (key === 'GET /api/cases') {
      const status = url.searchParams.get('status') as 'accepted' | 'deferred';
      return json(200, { items: waiting[status] ?? [], nextCursor: null });
    }
    if (key === 'GET /api/specialists') return json(200, { items: [PATHOLOGIST], nextCursor: null });
    if (key === `PUT ${agendaPath}order`) {
      const { caseIds } = body as { caseIds: string[] };
      const byId = new Map(board.agenda.map((item) => [item.case.id, item]));
      board = evaluated({
        ...board,
        agenda: caseIds.map((id, index) => ({
          ...(byId.get(id) as Board['agenda'][number]),
          position: index + 1,
        })),
      });
      return json(200, board);
    }
    if (key === `POST /api/meetings/${MEETING_ID}/agenda`) {
      const { caseId, plannedMinutes } = body as { caseId: string; plannedMinutes?: number };
      const found = [...waiting.accepted, ...waiting.deferred].find((c) => c.id === caseId);
      if (!found) throw new Error(`case ${caseId} is not waiting`);
      waiting.accepted = waiting.accepted.filter((c) => c.id !== caseId);
      waiting.deferred = waiting.deferred.filter((c) => c.id !== caseId);
      const item = {
        position: board.agenda.length + 1,
        plannedMinutes: plannedMinutes ?? null,
        active: true,
        previousState: found.status,
        addedAt: '2026-03-16T09:00:00.000Z',
        outcome: null,
        case: agendaCase({ ...found, status: 'scheduled' }),
      };
      board = evaluated({ ...board, agenda: [...board.agenda, item] });
      return json(201, board);
    }
    if (pathname.startsWith(agendaPath) && request.method === 'PATCH') {
      const caseId = pathname.slice(agendaPath.length);
      const { plannedMinutes } = body as { plannedMinutes: number | null };
      board = evaluated({
        ...board,
        agenda: board.agenda.map((item) => (item.case.id === caseId ? { ...item, plannedMinutes } : item)),
      });
      return json(200, board);
    }
    if (pathname.startsWith(agendaPath) && request.method === 'DELETE') {
      const caseId = pathname.slice(agendaPath.length);
      const agenda = [...board.agenda]
        .sort((a, b) => a.position - b.position)
        .filter((item) => item.case.id !== caseId)
        .map((item, index) => ({ ...item, position: index + 1 }));
      board = evaluated({ ...board, agenda });
      return json(200, board);
    }
    if (pathname.startsWith(attendancePath) && request.method === 'PUT') {
      const specialistId = pathname.slice(attendancePath.length);
      const { present } = body as { present: boolean };
      const listed = board.expected.some((e) => e.specialist.id === specialistId);
      const guest = {
        id: PATHOLOGIST.id,
        fullName: PATHOLOGIST.fullName,
        discipline: PATHOLOGIST.discipline,
      };
      const expected: Board['expected'] = listed
        ? board.expected.map((e) =>
            e.specialist.id === specialistId
              ? {
                  ...e,
                  present,
                  reasons: e.reasons.includes('recorded') ? e.reasons : [...e.reasons, 'recorded'],
                }
              : e,
          )
        : [...board.expected, { specialist: guest, reasons: ['recorded'], present }];
      board = evaluated({ ...board, expected });
      return json(200, board);
    }
    throw new Error(`unexpected ${key}`);
  });
  return { fetch, calls, current: () => board };
}

function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

function renderBoard(fetch: FakeFetch, language: Language = 'en') {
  signIn();
  return renderWithApp(
    <Routes>
      <Route path="/meetings/:meetingId" element={<BoardPage />} />
    </Routes>,
    { route: `/meetings/${MEETING_ID}`, fetch, language },
  );
}

/** The agenda builder's rows, once the coordinator's desk is on screen. */
async function agendaRows() {
  await screen.findAllByRole('button', { name: /^Move down/ });
  return currentRows();
}

function currentRows() {
  const [, ...rows] = within(screen.getByRole('table', { name: 'Agenda' })).getAllByRole('row');
  return rows;
}

const patientsInOrder = () => currentRows().map((row) => within(row).getAllByRole('link')[0].textContent);

const sent = (calls: Call[], method: string, path: string) =>
  calls.filter((c) => c.method === method && c.path === path).map((c) => c.body);

describe('the agenda builder (coordinator, planned board)', () => {
  it(
    'reorders by keyboard, sends the whole order and keeps the focus on the moved row',
    { timeout: 20_000 },
    async () => {
      const server = boardServer(plannedBoard());
      const user = userEvent.setup();
      renderBoard(server.fetch);
      await agendaRows();
      expect(patientsInOrder()).toEqual(['María García López', 'Jorge Ruiz Martín', 'Lucía Fernández Gil']);

      const down = await screen.findByRole('button', {
        name: 'Move down: María García López (position 1 of 3)',
      });
      expect(
        screen.getByRole('button', { name: 'Move up: María García López (position 1 of 3)' }),
      ).toBeDisabled();
      down.focus();
      await user.keyboard('{Enter}');

      await waitFor(() =>
        expect(patientsInOrder()).toEqual(['Jorge Ruiz Martín', 'María García López', 'Lucía Fernández Gil']),
      );
      expect(sent(server.calls, 'PUT', `/api/meetings/${MEETING_ID}/agenda/order`)).toEqual([
        { caseIds: [OTHER_CASE_ID, CASE_ID, THIRD_CASE_ID] },
      ]);
      expect(
        screen.getByRole('button', { name: 'Move down: María García López (position 2 of 3)' }),
      ).toHaveFocus();
      expect(screen.getByText('María García López is now at position 2 of 3.')).toBeInTheDocument();

      // To the bottom: Move down is disabled there, so the focus goes to the row's Move up.
      await user.keyboard('{Enter}');
      await waitFor(() =>
        expect(patientsInOrder()).toEqual(['Jorge Ruiz Martín', 'Lucía Fernández Gil', 'María García López']),
      );
      expect(
        screen.getByRole('button', { name: 'Move up: María García López (position 3 of 3)' }),
      ).toHaveFocus();

      await user.keyboard('{Enter}');
      await waitFor(() =>
        expect(patientsInOrder()).toEqual(['Jorge Ruiz Martín', 'María García López', 'Lucía Fernández Gil']),
      );
      expect(
        screen.getByRole('button', { name: 'Move up: María García López (position 2 of 3)' }),
      ).toHaveFocus();
      expect(sent(server.calls, 'PUT', `/api/meetings/${MEETING_ID}/agenda/order`)).toEqual([
        { caseIds: [OTHER_CASE_ID, CASE_ID, THIRD_CASE_ID] },
        { caseIds: [OTHER_CASE_ID, THIRD_CASE_ID, CASE_ID] },
        { caseIds: [OTHER_CASE_ID, CASE_ID, THIRD_CASE_ID] },
      ]);
    },
  );

  it(
    'shows the new order at once and puts the old one back when the API refuses it',
    { timeout: 20_000 },
    async () => {
      let release: (response: Response) => void = () => undefined;
      const server = boardServer(plannedBoard(), {
        overrides: {
          [`PUT /api/meetings/${MEETING_ID}/agenda/order`]: () =>
            new Promise<Response>((resolve) => {
              release = resolve;
            }),
        },
      });
      const user = userEvent.setup();
      renderBoard(server.fetch);
      await user.click(await screen.findByRole('button', { name: /^Move up: Lucía Fernández Gil/ }));

      // Optimistic: moved before the API answers.
      await waitFor(() => expect(server.calls.some((c) => c.method === 'PUT')).toBe(true));
      expect(patientsInOrder()).toEqual(['María García López', 'Lucía Fernández Gil', 'Jorge Ruiz Martín']);
      release(json(500, { statusCode: 500, error: 'INTERNAL_ERROR', message: 'boom' }));

      expect(await screen.findByText('The new order was not saved')).toBeInTheDocument();
      expect(screen.getByText('The agenda is back in its previous order. Try again.')).toBeInTheDocument();
      await waitFor(() =>
        expect(patientsInOrder()).toEqual(['María García López', 'Jorge Ruiz Martín', 'Lucía Fernández Gil']),
      );
      expect(
        screen.getByRole('button', { name: 'Move up: Lucía Fernández Gil (position 3 of 3)' }),
      ).toHaveFocus();
    },
  );

  it('reorders by dragging a row onto another', { timeout: 20_000 }, async () => {
    const server = boardServer(plannedBoard());
    renderBoard(server.fetch);
    const [first, , third] = await agendaRows();

    const handle = within(third).getByTitle('Drag to reorder: Lucía Fernández Gil');
    fireEvent.dragStart(handle);
    fireEvent.dragOver(first);
    fireEvent.drop(first);
    fireEvent.dragEnd(handle);

    await waitFor(() =>
      expect(patientsInOrder()).toEqual(['Lucía Fernández Gil', 'María García López', 'Jorge Ruiz Martín']),
    );
    expect(sent(server.calls, 'PUT', `/api/meetings/${MEETING_ID}/agenda/order`)).toEqual([
      { caseIds: [THIRD_CASE_ID, CASE_ID, OTHER_CASE_ID] },
    ]);
  });

  it(
    'adds up the planned minutes against the board’s duration and warns of an overrun',
    { timeout: 20_000 },
    async () => {
      // 15 + 10 (default) + 10 (default) = 35 minutes on a 30-minute board.
      const server = boardServer(plannedBoard({ durationMinutes: 30 }));
      const user = userEvent.setup();
      renderBoard(server.fetch);

      expect(await screen.findByText('Cases: 3 · planned 35 of 30 minutes')).toBeInTheDocument();
      expect(screen.getByText('The agenda runs over')).toBeInTheDocument();
      expect(
        screen.getByText('The agenda needs 35 minutes, 5 more than the board’s 30.'),
      ).toBeInTheDocument();
      // The API's own overrun warning is said once, in the reader's language.
      expect(screen.queryByText(/^the agenda needs/)).not.toBeInTheDocument();

      const maria = screen.getByRole('textbox', { name: 'Planned minutes: María García López' });
      expect(maria).toHaveValue('15');
      const jorge = screen.getByRole('textbox', { name: 'Planned minutes: Jorge Ruiz Martín' });
      expect(jorge).toHaveValue('');
      expect(jorge).toHaveAttribute('placeholder', '10');

      await user.clear(maria);
      await user.type(maria, '5');
      await user.tab();
      await waitFor(() =>
        expect(sent(server.calls, 'PATCH', `/api/meetings/${MEETING_ID}/agenda/${CASE_ID}`)).toEqual([
          { plannedMinutes: 5 },
        ]),
      );
      expect(await screen.findByText('Cases: 3 · planned 25 of 30 minutes')).toBeInTheDocument();
      expect(screen.queryByText('The agenda runs over')).not.toBeInTheDocument();

      // Empty gives the case the default again.
      await user.clear(screen.getByRole('textbox', { name: 'Planned minutes: María García López' }));
      await user.tab();
      await waitFor(() =>
        expect(sent(server.calls, 'PATCH', `/api/meetings/${MEETING_ID}/agenda/${CASE_ID}`)).toEqual([
          { plannedMinutes: 5 },
          { plannedMinutes: null },
        ]),
      );
      expect(await screen.findByText('Cases: 3 · planned 30 of 30 minutes')).toBeInTheDocument();
    },
  );

  it('takes a case off the agenda', { timeout: 20_000 }, async () => {
    const server = boardServer(plannedBoard());
    const user = userEvent.setup();
    renderBoard(server.fetch);
    await user.click(
      await screen.findByRole('button', { name: 'Remove from the agenda: Jorge Ruiz Martín' }),
    );
    await waitFor(() => expect(patientsInOrder()).toEqual(['María García López', 'Lucía Fernández Gil']));
    expect(sent(server.calls, 'DELETE', `/api/meetings/${MEETING_ID}/agenda/${OTHER_CASE_ID}`)).toHaveLength(
      1,
    );
  });

  it(
    'lists accepted and deferred cases, oldest first, and adds one to the agenda',
    { timeout: 20_000 },
    async () => {
      const server = boardServer(plannedBoard());
      const user = userEvent.setup();
      renderBoard(server.fetch);

      const waiting = await screen.findByRole('region', { name: 'Cases waiting for a board' });
      const accepted = within(waiting).getByRole('region', { name: 'Accepted' });
      const deferred = within(waiting).getByRole('region', { name: 'Deferred' });
      expect(await within(accepted).findByRole('link', { name: 'Ana Torres Vidal' })).toHaveAttribute(
        'href',
        `/cases/${WAITING_ACCEPTED.id}`,
      );
      expect(within(accepted).getByText('Waiting since Mar 5, 2026')).toBeInTheDocument();
      expect(await within(deferred).findByRole('link', { name: 'Pedro Sánchez Ruiz' })).toBeInTheDocument();
      const lists = server.calls.filter((c) => c.path === '/api/cases');
      expect(lists.map((c) => [c.search.get('status'), c.search.get('order')])).toEqual(
        expect.arrayContaining([
          ['accepted', 'oldest'],
          ['deferred', 'oldest'],
        ]),
      );

      await user.click(within(accepted).getByRole('button', { name: 'Add to the agenda: Ana Torres Vidal' }));
      await waitFor(() => expect(patientsInOrder()).toContain('Ana Torres Vidal'));
      expect(sent(server.calls, 'POST', `/api/meetings/${MEETING_ID}/agenda`)).toEqual([
        { caseId: WAITING_ACCEPTED.id },
      ]);
      expect(screen.getByText('Cases: 4 · planned 45 of 90 minutes')).toBeInTheDocument();
      // The waiting lists are read again: the case is now scheduled here.
      expect(await within(accepted).findByText('No accepted case is waiting.')).toBeInTheDocument();
    },
  );

  it(
    'names the other open board when the API refuses a case already on its agenda',
    { timeout: 20_000 },
    async () => {
      const otherBoard = { ...buildMeeting([]), id: OTHER_MEETING_ID, title: 'Liver board, week 13' };
      const server = boardServer(plannedBoard(), {
        overrides: {
          [`POST /api/meetings/${MEETING_ID}/agenda`]: () =>
            json(409, {
              statusCode: 409,
              error: 'CASE_ALREADY_ON_AGENDA',
              message: `case ${WAITING_ACCEPTED.id} is already on the agenda of open meeting ${OTHER_MEETING_ID}`,
              details: { meetingId: OTHER_MEETING_ID },
            }),
          [`GET /api/meetings/${OTHER_MEETING_ID}`]: () => json(200, otherBoard),
        },
      });
      const user = userEvent.setup();
      renderBoard(server.fetch);
      await user.click(await screen.findByRole('button', { name: 'Add to the agenda: Ana Torres Vidal' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Ana Torres Vidal is already on the agenda of another open board: Liver board, week 13.',
      );
      expect(within(alert).getByRole('link', { name: 'Open Liver board, week 13' })).toHaveAttribute(
        'href',
        `/meetings/${OTHER_MEETING_ID}`,
      );
      expect(patientsInOrder()).not.toContain('Ana Torres Vidal');
    },
  );

  it('links to the board’s edit page', { timeout: 20_000 }, async () => {
    renderBoard(boardServer(plannedBoard()).fetch);
    expect(await screen.findByRole('link', { name: 'Edit board' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/edit`,
    );
  });
});

describe('attendance and quorum', () => {
  it(
    'groups the expected specialists by discipline and turns quorate as they are marked present',
    { timeout: 20_000 },
    async () => {
      const server = boardServer(plannedBoard());
      const user = userEvent.setup();
      renderBoard(server.fetch);

      const attendance = await screen.findByRole('region', { name: 'Attendance and quorum' });
      const quorum = within(attendance).getByRole('status');
      expect(quorum).toHaveTextContent('No quorum');
      expect(quorum).toHaveTextContent(
        'Missing: Interventional radiology, Medical oncology, Radiology, Surgery.',
      );
      const surgery = within(attendance).getByRole('region', { name: 'Surgery' });
      expect(within(surgery).getByText('Dr Samuel Surgeon')).toBeInTheDocument();
      expect(
        within(surgery).getByText('Chair · Presents a case · Discipline needed for quorum'),
      ).toBeInTheDocument();

      const mark = async (name: string, state: 'Present' | 'Absent') => {
        const group = within(attendance).getByRole('group', { name: `Attendance: ${name}` });
        await user.click(within(group).getByRole('button', { name: state }));
        await waitFor(() =>
          expect(within(group).getByRole('button', { name: state })).toHaveAttribute('aria-pressed', 'true'),
        );
      };

      await mark('Dr Samuel Surgeon', 'Present');
      expect(quorum).toHaveTextContent('Missing: Interventional radiology, Medical oncology, Radiology.');
      await mark('Dr Rita Radiologist', 'Absent');
      expect(quorum).toHaveTextContent('Missing: Interventional radiology, Medical oncology, Radiology.');
      await mark('Dr Rita Radiologist', 'Present');
      await mark('Dr Olivia Oncologist', 'Present');
      expect(quorum).toHaveTextContent('No quorum');
      await mark('Dr Ivan Interventional', 'Present');

      expect(quorum).toHaveTextContent('Quorate');
      expect(quorum).toHaveTextContent(
        'Every required discipline is present: Medical oncology, Surgery, Interventional radiology, Radiology.',
      );
      const recorded = sent(
        server.calls,
        'PUT',
        `/api/meetings/${MEETING_ID}/attendance/${'00000000-0000-4000-8000-0000000000a3'}`,
      );
      expect(recorded).toEqual([{ present: false }, { present: true }]);
    },
  );

  it('adds someone not listed from the specialist directory', { timeout: 20_000 }, async () => {
    const server = boardServer(plannedBoard());
    const user = userEvent.setup();
    renderBoard(server.fetch);
    const attendance = await screen.findByRole('region', { name: 'Attendance and quorum' });

    await user.click(within(attendance).getByRole('button', { name: 'Add someone not listed' }));
    await user.selectOptions(
      await within(attendance).findByRole('combobox', { name: 'Discipline' }),
      'pathology',
    );
    await waitFor(() =>
      expect(
        server.calls.some((c) => c.path === '/api/specialists' && c.search.get('discipline') === 'pathology'),
      ).toBe(true),
    );
    await user.type(await within(attendance).findByRole('combobox', { name: 'Specialist' }), 'Paula');
    await user.click(
      await screen.findByRole('option', { name: 'Dr Paula Pathologist (Pathology)', hidden: true }),
    );
    await user.click(within(attendance).getByRole('button', { name: 'Mark present' }));

    const pathology = await within(attendance).findByRole('region', { name: 'Pathology' });
    expect(within(pathology).getByText('Dr Paula Pathologist')).toBeInTheDocument();
    expect(within(pathology).getByText('Attendance recorded')).toBeInTheDocument();
    expect(within(pathology).getByRole('button', { name: 'Present' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(sent(server.calls, 'PUT', `/api/meetings/${MEETING_ID}/attendance/${PATHOLOGIST.id}`)).toEqual([
      { present: true },
    ]);
  });

  it('is recorded while the board is in progress, whose agenda is fixed', { timeout: 20_000 }, async () => {
    const server = boardServer(
      plannedBoard({ status: 'in_progress', startedAt: '2026-03-19T14:00:00.000Z' }),
    );
    const user = userEvent.setup();
    renderBoard(server.fetch);
    const attendance = await screen.findByRole('region', { name: 'Attendance and quorum' });
    const group = within(attendance).getByRole('group', { name: 'Attendance: Dr Samuel Surgeon' });
    await user.click(within(group).getByRole('button', { name: 'Present' }));
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(screen.queryByRole('button', { name: /^Move up/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cases waiting for a board' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit board' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pre-read: María García López' })).toBeInTheDocument();
  });
});

describe('outcomes of a closed board', () => {
  function closedBoard(): Board {
    const decided = buildCase({ status: 'decided' });
    // Deferred here, and decided at a later board since: its outcome here is still the deferral.
    const deferred = { ...OTHER_CASE, status: 'decided' as const };
    const expected = expectedAtBoard().map((e) => ({
      ...e,
      present: e.specialist.discipline !== 'radiology',
    }));
    const meeting = buildMeeting([decided, deferred]);
    return evaluated({
      ...meeting,
      agenda: meeting.agenda.map((item) => ({
        ...item,
        outcome: item.case.id === deferred.id ? ('deferred' as const) : ('decided' as const),
      })),
      status: 'closed',
      startedAt: '2026-03-19T14:00:00.000Z',
      closedAt: '2026-03-19T15:30:00.000Z',
      expected,
    });
  }

  it(
    'shows each case’s outcome, with the recommendation and its letter, or its deferral',
    { timeout: 20_000 },
    async () => {
      const letterWindow = { location: { href: '' }, close: vi.fn() };
      const open = vi.spyOn(window, 'open').mockReturnValue(letterWindow as unknown as Window);
      const blobs: Blob[] = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:letter-${blobs.length}`;
      });
      URL.revokeObjectURL = vi.fn();
      const server = boardServer(closedBoard(), {
        overrides: {
          [`GET /api/cases/${CASE_ID}/recommendation.html`]: () =>
            new Response('<html><body>Letter</body></html>', {
              status: 200,
              headers: { 'content-type': 'text/html' },
            }),
          [`GET /api/cases/${CASE_ID}/recommendation.pdf`]: () =>
            new Response('%PDF-1.7 letter', { status: 200, headers: { 'content-type': 'application/pdf' } }),
        },
      });
      const user = userEvent.setup();
      renderBoard(server.fetch);

      const table = await screen.findByRole('table', { name: 'Outcomes' });
      const [, first, second] = within(table).getAllByRole('row');
      expect(first).toHaveTextContent('María García López');
      expect(within(first).getByText('Decided')).toBeInTheDocument();
      expect(within(first).getByRole('link', { name: 'Recommendation: María García López' })).toHaveAttribute(
        'href',
        `/cases/${CASE_ID}`,
      );
      expect(second).toHaveTextContent('Jorge Ruiz Martín');
      expect(within(second).getByText('Deferred')).toBeInTheDocument();
      expect(within(second).getByText('Deferred, back to the coordinator’s queue.')).toBeInTheDocument();
      expect(within(second).queryByRole('button', { name: /Printable letter/ })).not.toBeInTheDocument();
      expect(within(second).queryByRole('button', { name: /PDF letter/ })).not.toBeInTheDocument();

      await user.click(within(first).getByRole('button', { name: 'PDF letter: María García López' }));
      await waitFor(() => expect(letterWindow.location.href).toBe('blob:letter-1'));
      expect(open).toHaveBeenCalledWith('', '_blank');
      expect(blobs[0].type).toBe('application/pdf');

      await user.click(within(first).getByRole('button', { name: 'Printable letter: María García López' }));
      await waitFor(() => expect(letterWindow.location.href).toBe('blob:letter-2'));
      expect(blobs[1].type).toBe('text/html');

      // The record: no agenda to build, attendance read-only.
      expect(screen.queryByRole('table', { name: 'Agenda' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Edit board' })).not.toBeInTheDocument();
      const attendance = screen.getByRole('region', { name: 'Attendance and quorum' });
      expect(within(attendance).queryByRole('button', { name: 'Present' })).not.toBeInTheDocument();
      expect(within(attendance).getByRole('status')).toHaveTextContent('Missing: Radiology.');
    },
  );
});

describe('for a clinician', () => {
  it(
    'keeps the read view: no agenda builder, attendance desk or edit link',
    { timeout: 20_000 },
    async () => {
      const server = boardServer(plannedBoard(), { me: CLINICIAN });
      renderBoard(server.fetch);
      expect(await screen.findAllByText('You present')).toHaveLength(2);
      expect(screen.queryByRole('button', { name: /^Move up/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Attendance and quorum' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Edit board' })).not.toBeInTheDocument();
      expect(server.calls.some((c) => c.path === '/api/cases')).toBe(false);
    },
  );
});

describe('in Spanish', () => {
  it('builds the agenda and records attendance', { timeout: 20_000 }, async () => {
    const server = boardServer(plannedBoard({ durationMinutes: 30 }));
    const user = userEvent.setup();
    renderBoard(server.fetch, 'es');

    expect(await screen.findByText('Casos: 3 · previstos 35 de 30 minutos')).toBeInTheDocument();
    expect(
      screen.getByText('El orden del día necesita 35 minutos, 5 más que los 30 del comité.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bajar: María García López (posición 1 de 3)' }));
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Bajar: María García López (posición 2 de 3)' }),
      ).toHaveFocus(),
    );
    expect(screen.getByRole('region', { name: 'Casos a la espera de comité' })).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Añadir al orden del día: Ana Torres Vidal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Editar comité' })).toBeInTheDocument();

    const attendance = screen.getByRole('region', { name: 'Asistencia y quórum' });
    expect(within(attendance).getByRole('status')).toHaveTextContent(
      'Faltan: Radiología intervencionista, Oncología médica, Radiología, Cirugía.',
    );
    const group = within(attendance).getByRole('group', { name: 'Asistencia: Dr Samuel Surgeon' });
    await user.click(within(group).getByRole('button', { name: 'Presente' }));
    await waitFor(() =>
      expect(within(attendance).getByRole('status')).toHaveTextContent(
        'Faltan: Radiología intervencionista, Oncología médica, Radiología.',
      ),
    );
  });
});

describe('accessibility of the coordinator’s desk', () => {
  async function seriousFindings(container: HTMLElement) {
    // Colour contrast needs a layout engine; jsdom has none (the theme sets AA contrast).
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('finds no serious or critical axe violation on a planned board', { timeout: 30_000 }, async () => {
    const { container } = renderBoard(boardServer(plannedBoard({ durationMinutes: 30 })).fetch);
    await screen.findByRole('link', { name: 'Ana Torres Vidal' });
    await screen.findByRole('link', { name: 'Pedro Sánchez Ruiz' });
    expect(await seriousFindings(container)).toEqual([]);
  });

  it('finds no serious or critical axe violation on a closed board', { timeout: 30_000 }, async () => {
    const board = evaluated({
      ...buildMeeting([buildCase({ status: 'decided' }), { ...OTHER_CASE, status: 'deferred' }]),
      status: 'closed',
      expected: expectedAtBoard(),
    });
    const { container } = renderBoard(boardServer(board).fetch);
    await screen.findByRole('table', { name: 'Outcomes' });
    expect(await seriousFindings(container)).toEqual([]);
  });
});
