import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { BoardFormPage } from './BoardFormPage';
import { COORDINATOR, detail, INSTITUTION, ONCOLOGIST, specialist, summary, SURGEON } from './test-fixtures';

type Detail = Schemas['MeetingDetailDto'];

const EXISTING = detail(
  summary('2026-03-19T14:00:00Z', {
    title: 'Liver board, week 12',
    location: 'Sala 3',
    videoUrl: 'https://video.example.org/liver-board',
    requiredDisciplines: ['medical_oncology', 'surgery'],
  }),
);

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

function formApi({
  created = (body: Schemas['CreateMeetingDto']) => detail(summary(body.startsAt, { title: body.title })),
  createAnswer,
  meeting = EXISTING,
  sent,
}: {
  created?: (body: Schemas['CreateMeetingDto']) => Detail;
  createAnswer?: () => Response;
  meeting?: Detail;
  sent: Sent[];
}) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = `${request.method} ${pathname}`;
    if (route === 'GET /api/auth/me') return json(200, COORDINATOR);
    if (route === 'GET /api/settings/institution') return json(200, INSTITUTION);
    if (route === 'GET /api/specialists') {
      return json(200, { items: [specialist(ONCOLOGIST), specialist(SURGEON)], nextCursor: null });
    }
    if (route === 'GET /api/meetings') {
      return json(200, { items: [summary('2026-02-19T14:00:00Z')], nextCursor: null });
    }
    if (route === `GET /api/meetings/${meeting.id}`) return json(200, meeting);
    const body: unknown = request.method === 'GET' ? null : await request.json();
    sent.push({ method: request.method, path: pathname, body });
    if (route === 'POST /api/meetings') {
      return createAnswer ? createAnswer() : json(201, created(body as Schemas['CreateMeetingDto']));
    }
    if (route === `PATCH /api/meetings/${meeting.id}`) {
      return json(200, { ...meeting, ...(body as object) });
    }
    if (route === `POST /api/meetings/${meeting.id}/cancel`) {
      return json(200, {
        ...meeting,
        status: 'cancelled',
        cancelReason: (body as { reason: string }).reason,
      });
    }
    throw new Error(`unexpected ${route}`);
  });
}

function BoardStub() {
  const { meetingId } = useParams();
  return <h1>Board page {meetingId}</h1>;
}

function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

function renderForm(route: string, fetch: FakeFetch, language: Language = 'en') {
  signIn();
  return renderWithApp(
    <Routes>
      <Route path="/meetings/new" element={<BoardFormPage />} />
      <Route path="/meetings/:meetingId/edit" element={<BoardFormPage />} />
      <Route path="/meetings/:meetingId" element={<BoardStub />} />
    </Routes>,
    { route, fetch, language },
  );
}

async function fillNewBoard(
  user: UserEvent,
  { date, time, room = 'Sala 3' }: { date: string; time: string; room?: string },
) {
  await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Liver board, week 14');
  const dateInput = screen.getByLabelText(/^Date/);
  await user.clear(dateInput);
  await user.type(dateInput, date);
  await user.type(screen.getByLabelText(/^Start time/), time);
  if (room) await user.type(screen.getByRole('textbox', { name: 'Room' }), room);
  await user.click(screen.getByRole('combobox', { name: /^Chair/ }));
  await user.type(screen.getByRole('combobox', { name: /^Chair/ }), 'Samuel');
  await user.click(await screen.findByRole('option', { name: 'Dr Samuel Surgeon (Surgery)', hidden: true }));
}

describe('scheduling a board', () => {
  it(
    'sends the start with the institution’s offset on that date (summer time) and opens the board',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const sent: Sent[] = [];
      renderForm('/meetings/new', formApi({ sent }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Schedule a board' })).toBeInTheDocument();
      // The defaults: the liver board, an hour, the institution's quorum.
      expect(await screen.findByRole('combobox', { name: /^Board type/ })).toHaveValue('Hepatobiliary MDT');
      expect(screen.getByRole('spinbutton', { name: /^Duration/ })).toHaveValue(60);
      for (const name of ['Medical oncology', 'Surgery', 'Interventional radiology', 'Radiology']) {
        expect(screen.getByRole('checkbox', { name })).toBeChecked();
      }
      expect(screen.getByRole('checkbox', { name: 'Pathology' })).not.toBeChecked();

      // Madrid is on summer time (UTC+2) from 29 March 2026.
      await fillNewBoard(user, { date: '2026-03-30', time: '15:00' });
      expect(
        screen.getByText('In Europe/Madrid: Central European Summer Time, UTC+02:00 on that date.'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Schedule the board' }));

      expect(await screen.findByRole('heading', { name: /^Board page / })).toBeInTheDocument();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toEqual({
        method: 'POST',
        path: '/api/meetings',
        body: {
          title: 'Liver board, week 14',
          boardType: 'Hepatobiliary MDT',
          startsAt: '2026-03-30T15:00:00+02:00',
          durationMinutes: 60,
          location: 'Sala 3',
          chairSpecialistId: SURGEON.id,
          requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
        },
      });
    },
  );

  it('takes the day from the calendar, with its winter offset', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm('/meetings/new?date=2026-03-27', formApi({ sent }));
    expect(await screen.findByLabelText(/^Date/)).toHaveValue('2026-03-27');
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Friday board');
    await user.type(screen.getByLabelText(/^Start time/), '08:30');
    await user.type(screen.getByRole('textbox', { name: 'Video link' }), 'https://video.example.org/liver');
    await user.click(screen.getByRole('combobox', { name: /^Chair/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Dr Olivia Oncologist (Medical oncology)', hidden: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));
    await screen.findByRole('heading', { name: /^Board page / });
    expect(sent[0]?.body).toMatchObject({
      title: 'Friday board',
      startsAt: '2026-03-27T08:30:00+01:00',
      videoUrl: 'https://video.example.org/liver',
      chairSpecialistId: ONCOLOGIST.id,
    });
    expect(sent[0]?.body).not.toHaveProperty('location');
  });

  it('refuses a time the clocks skip', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm('/meetings/new', formApi({ sent }));
    await fillNewBoard(user, { date: '2026-03-29', time: '02:30' });
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));
    expect(
      await screen.findByText(/This time does not exist on that date in Europe\/Madrid/),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('needs a room, a video link, or both, and a real video link', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm('/meetings/new', formApi({ sent }));
    await fillNewBoard(user, { date: '2026-03-30', time: '15:00', room: '' });
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));
    expect(await screen.findAllByText('Give a room, a video link, or both')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Room' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Video link' })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: 'Video link' }), 'video.example.org');
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));
    expect(
      await screen.findByText('Enter a web address starting with https:// or http://'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('shows the API’s warnings after saving, then leads to the board', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const warning =
      'Dr Samuel Surgeon (chair of this meeting) is also the chair of "Pancreas board" at 2026-03-30T15:30:00+02:00 (60 min), which overlaps it';
    const created = (body: Schemas['CreateMeetingDto']) =>
      detail(summary(body.startsAt, { title: body.title }), { warnings: [warning] });
    renderForm('/meetings/new', formApi({ sent, created }));
    await fillNewBoard(user, { date: '2026-03-30', time: '15:00' });
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Saved, with warnings')).toBeInTheDocument();
    expect(within(alert).getByText(warning)).toBeInTheDocument();
    // The form is gone: sending it again would schedule a second board.
    expect(screen.queryByRole('button', { name: 'Schedule the board' })).not.toBeInTheDocument();
    const open = within(alert).getByRole('link', { name: 'Open the board' });
    expect(within(alert).getByRole('link', { name: 'Change the board' })).toHaveAttribute(
      'href',
      `${open.getAttribute('href')}/edit`,
    );
    await user.click(open);
    expect(await screen.findByRole('heading', { name: /^Board page / })).toBeInTheDocument();
  });

  it('shows the API’s objections on their fields', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const createAnswer = () =>
      json(400, {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'invalid input',
        details: [
          { field: 'title', problems: ['title must be shorter than or equal to 200 characters'] },
          { field: 'startsAt', problems: ['startsAt must be an ISO 8601 date-time with an offset'] },
        ],
      });
    renderForm('/meetings/new', formApi({ sent, createAnswer }));
    await fillNewBoard(user, { date: '2026-03-30', time: '15:00' });
    await user.click(screen.getByRole('button', { name: 'Schedule the board' }));
    expect(await screen.findByText('Check the fields marked below.')).toBeInTheDocument();
    expect(
      screen.getByText('Not accepted: title must be shorter than or equal to 200 characters'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Not accepted: startsAt must be/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('speaks Spanish', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderForm('/meetings/new', formApi({ sent: [] }), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programar un comité' })).toBeInTheDocument();
    // The board type is data, the same in every language.
    expect(await screen.findByRole('combobox', { name: /^Tipo de comité/ })).toHaveValue('Hepatobiliary MDT');
    expect(screen.getByRole('checkbox', { name: 'Cirugía' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Programar el comité' }));
    expect(await screen.findByText('Escribe un título')).toBeInTheDocument();
    expect(screen.getAllByText('Indica una sala, un enlace de videollamada o ambos')).toHaveLength(2);
    expect(screen.getByText('Elige quién preside')).toBeInTheDocument();
  });

  it('finds no serious or critical axe violation on the form', { timeout: 30_000 }, async () => {
    const { container } = renderForm('/meetings/new', formApi({ sent: [] }));
    await screen.findByRole('combobox', { name: /^Board type/ });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

describe('changing a board', () => {
  const editRoute = `/meetings/${EXISTING.id}/edit`;

  it(
    'shows the board on the institution’s clock and sends only what changed',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const sent: Sent[] = [];
      renderForm(editRoute, formApi({ sent }));
      const title = await screen.findByRole('textbox', { name: /^Title/ });
      expect(
        screen.getByRole('heading', { level: 1, name: 'Change “Liver board, week 12”' }),
      ).toBeInTheDocument();
      expect(document.title).toBe('Change a board · Consilium');
      expect(title).toHaveValue('Liver board, week 12');
      // 14:00 UTC on 19 March is 15:00 in Madrid (winter time).
      expect(screen.getByLabelText(/^Date/)).toHaveValue('2026-03-19');
      expect(screen.getByLabelText(/^Start time/)).toHaveValue('15:00');
      expect(screen.getByRole('combobox', { name: /^Chair/ })).toHaveValue('Dr Samuel Surgeon (Surgery)');

      // Nothing changed: nothing is sent.
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(await screen.findByText('Nothing has changed.')).toBeInTheDocument();
      expect(sent).toEqual([]);

      await user.clear(title);
      await user.type(title, 'Liver board, week 12 (moved)');
      await user.clear(screen.getByRole('textbox', { name: 'Video link' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(await screen.findByRole('heading', { name: `Board page ${EXISTING.id}` })).toBeInTheDocument();
      expect(sent).toEqual([
        {
          method: 'PATCH',
          path: `/api/meetings/${EXISTING.id}`,
          body: { title: 'Liver board, week 12 (moved)', videoUrl: null },
        },
      ]);
    },
  );

  it('moves the start across the change to summer time', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm(editRoute, formApi({ sent }));
    const date = await screen.findByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2026-04-02');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { name: `Board page ${EXISTING.id}` });
    expect(sent[0]?.body).toEqual({ startsAt: '2026-04-02T15:00:00+02:00' });
  });

  it('resets the quorum to the institution’s default', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm(editRoute, formApi({ sent }));
    expect(await screen.findByRole('checkbox', { name: 'Radiology' })).not.toBeChecked();
    await user.click(await screen.findByRole('button', { name: /^Reset to the institution/ }));
    expect(screen.getByRole('checkbox', { name: 'Radiology' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { name: `Board page ${EXISTING.id}` });
    expect(sent[0]?.body).toEqual({
      requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    });
  });

  it('cancels the board only with a reason', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    renderForm(editRoute, formApi({ sent }));
    await user.click(await screen.findByRole('button', { name: 'Cancel the board' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the board' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the board' }));
    expect(await within(dialog).findByText('Enter the reason for cancelling')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Chair ill; cases move on');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the board' }));
    expect(await screen.findByRole('heading', { name: `Board page ${EXISTING.id}` })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/meetings/${EXISTING.id}/cancel`,
        body: { reason: 'Chair ill; cases move on' },
      },
    ]);
  });

  it('says a board that has started can no longer be changed', async () => {
    const started = { ...EXISTING, status: 'in_progress' as const };
    renderForm(editRoute, formApi({ sent: [], meeting: started }));
    expect(await screen.findByText('This board can no longer be changed')).toBeInTheDocument();
    expect(screen.getByText('It is In progress: only a planned board can be changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the board' })).not.toBeInTheDocument();
  });

  it('keeps the form on saving with warnings, its values now the board’s', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const warned = { ...EXISTING, warnings: ['The agenda needs 120 minutes; the meeting has 90'] };
    const fetch = formApi({ sent, meeting: warned });
    renderForm(editRoute, fetch);
    const duration = await screen.findByRole('spinbutton', { name: /^Duration/ });
    await user.clear(duration);
    await user.type(duration, '75');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The agenda needs 120 minutes; the meeting has 90')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Open the board' })).toHaveAttribute(
      'href',
      `/meetings/${EXISTING.id}`,
    );
    expect(sent[0]?.body).toEqual({ durationMinutes: 75 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled());
  });
});
