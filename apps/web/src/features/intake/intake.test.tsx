import { Notifications, notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { json, renderWithApp } from '../../test/render';
import { IntakePage } from './IntakePage';
import {
  buildCase,
  callsTo,
  COORDINATOR,
  eventsOf,
  fakeApi,
  type Handler,
  IMAGING_LAPSED,
  page,
  READY,
  SETTINGS,
  signIn,
} from './test-fixtures';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const LAST_VISIT_KEY = `consilium.intake.lastVisit.${COORDINATOR.id}`;

const step = (since: string): Schemas['CaseDto']['nextStep'] => ({
  kind: 'awaiting_triage',
  missing: [],
  returnReason: null,
  since,
  followUpDueAt: null,
  overdue: false,
  meeting: null,
});

// Oldest first, as the API sends them: one waiting since before the last visit, two after it.
const OLD = buildCase(1, { nextStep: step('2026-03-02T09:00:00.000Z') });
const FRESH = buildCase(2, {
  nextStep: step('2026-03-09T10:00:00.000Z'),
  questionForBoard: 'Resect segment VII?',
});
const BACK = buildCase(3, { nextStep: step('2026-03-09T16:00:00.000Z') });

function intakeApi(waiting: Schemas['CaseDto'][], extra: Record<string, Handler> = {}) {
  const list = [...waiting];
  const fetch = fakeApi({
    'GET /api/cases': () => json(200, page(list)),
    'GET /api/settings/institution': () => json(200, SETTINGS),
    'GET /api/cases/:id/readiness': (_, url) =>
      json(200, url.pathname.includes(OLD.id) ? IMAGING_LAPSED : READY),
    'GET /api/cases/:id/events': (_, url) =>
      json(
        200,
        url.pathname.includes(BACK.id)
          ? eventsOf(BACK.id, ['created', 'submit', 'return', 'submit'])
          : eventsOf(FRESH.id, ['created', 'submit']),
      ),
    ...extra,
  });
  return { fetch, list };
}

function renderIntake(fetch: ReturnType<typeof fakeApi>, language: Language = 'en') {
  signIn();
  return renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/intake" element={<IntakePage />} />
      </Routes>
    </>,
    { fetch, route: '/intake', language },
  );
}

const card = (name: string) => screen.getByRole('article', { name });

beforeEach(() => {
  // Only the clock: timers stay real for Mantine and user-event.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  // The notifications' store outlives a test.
  notifications.clean();
});

describe('the intake', { timeout: 20_000 }, () => {
  it('lists submitted cases oldest first, each with who presents it, since when, its question and readiness', async () => {
    const { fetch } = intakeApi([OLD, FRESH]);
    renderIntake(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intake' })).toBeInTheDocument();
    const list = await screen.findByRole('region', { name: 'Cases waiting for triage' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Patient 1', 'Patient 2']);
    const [query] = callsTo(fetch, 'GET', '/api/cases').map((r) => new URL(r.url).searchParams);
    expect(query?.get('status')).toBe('submitted');
    expect(query?.get('order')).toBe('oldest');

    const old = card('Patient 1');
    expect(within(old).getByRole('link', { name: 'Patient 1' })).toHaveAttribute('href', `/cases/${OLD.id}`);
    expect(old).toHaveTextContent('MRN MRN-1001');
    expect(old).toHaveTextContent('Dr Olivia Oncologist (Medical oncology)');
    // 09:00 UTC is 10:00 in Madrid (the institution's zone); eight days before "now".
    expect(old).toHaveTextContent(/Mar 2, 2026, 10:00\sAM \(8 days ago\)/);
    expect(old).toHaveTextContent('Question 1?');
    expect(
      await within(old).findByText('Missing now: Recent imaging and ECOG performance status.'),
    ).toBeVisible();
    expect(within(old).getByText('Not ready')).toBeInTheDocument();
    const fresh = card('Patient 2');
    expect(fresh).toHaveTextContent('(yesterday)');
    expect(await within(fresh).findByText('Every item of the checklist is met.')).toBeInTheDocument();
  });

  it('says it is the first visit, then remembers the visit for the user', async () => {
    const { fetch } = intakeApi([OLD]);
    renderIntake(fetch);
    expect(await screen.findByText(/This is your first visit on this browser/)).toBeInTheDocument();
    await waitFor(() => expect(window.localStorage.getItem(LAST_VISIT_KEY)).toBe(NOW.toISOString()));
    expect(within(card('Patient 1')).queryByText('New')).not.toBeInTheDocument();
    // No history is asked for when nothing is new.
    expect(callsTo(fetch, 'GET', /\/events$/)).toHaveLength(0);
  });

  it('sums up and marks what was submitted since the last visit, a resubmission as such', async () => {
    window.localStorage.setItem(LAST_VISIT_KEY, '2026-03-05T09:00:00.000Z');
    const { fetch } = intakeApi([OLD, FRESH, BACK]);
    renderIntake(fetch);
    expect(
      await screen.findByText(
        /^2 cases submitted since your last visit on Mar 5, 2026, 10:00\sAM: marked below\./,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/1 of them was resubmitted after a return\./)).toBeInTheDocument();
    expect(within(card('Patient 1')).queryByText(/^(New|Resubmitted)$/)).not.toBeInTheDocument();
    expect(within(card('Patient 2')).getByText('New')).toBeInTheDocument();
    expect(within(card('Patient 3')).getByText('Resubmitted')).toBeInTheDocument();
    // History only for the new ones.
    expect(
      callsTo(fetch, 'GET', /\/events$/)
        .map((r) => new URL(r.url).pathname)
        .sort(),
    ).toEqual([`/api/cases/${FRESH.id}/events`, `/api/cases/${BACK.id}/events`].sort());
    await waitFor(() => expect(window.localStorage.getItem(LAST_VISIT_KEY)).toBe(NOW.toISOString()));
  });

  it('accepts a case: it leaves the list, with a notification', async () => {
    const state = intakeApi([OLD, FRESH], {
      'POST /api/cases/:id/accept': () => {
        state.list.splice(0, 1);
        return json(200, { ...OLD, status: 'accepted' });
      },
    });
    renderIntake(state.fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept the case of Patient 1' }));
    expect(
      await screen.findByText('Patient 1: case accepted. It now waits for an agenda.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Patient 1' })).not.toBeInTheDocument());
    expect(card('Patient 2')).toBeInTheDocument();
    expect(callsTo(state.fetch, 'POST', `/api/cases/${OLD.id}/accept`)).toHaveLength(1);
  });

  it('returns a case only with a reason, which is sent', async () => {
    const state = intakeApi([OLD, FRESH], {
      'POST /api/cases/:id/return': () => {
        state.list.splice(0, 1);
        return json(200, { ...OLD, status: 'draft' });
      },
    });
    renderIntake(state.fetch);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Return the case of Patient 1 to its presenter' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Return the case to its presenter' });
    expect(dialog).toHaveTextContent('Dr Olivia Oncologist sees your reason');
    const reason = within(dialog).getByLabelText(/^Reason for returning/);
    await user.click(within(dialog).getByRole('button', { name: 'Return the case' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Write why the case is returned.'));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Return the case' }));
    expect(callsTo(state.fetch, 'POST', `/api/cases/${OLD.id}/return`)).toHaveLength(0);

    await user.type(reason, 'Add a new CT.');
    await user.click(within(dialog).getByRole('button', { name: 'Return the case' }));
    expect(await screen.findByText('Patient 1: case returned to its presenter.')).toBeInTheDocument();
    const [post] = callsTo(state.fetch, 'POST', `/api/cases/${OLD.id}/return`);
    expect(await post?.json()).toEqual({ reason: 'Add a new CT.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('article', { name: 'Patient 1' })).not.toBeInTheDocument();
  });

  it('shows a reason the API refuses on the field', async () => {
    const { fetch } = intakeApi([OLD], {
      'POST /api/cases/:id/return': () =>
        json(400, {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Invalid fields: reason',
          details: [{ field: 'reason', problems: ['reason holds a control character'] }],
        }),
    });
    renderIntake(fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Return the case of Patient 1/ }));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByLabelText(/^Reason for returning/);
    await user.type(reason, 'Add MSI');
    await user.click(within(dialog).getByRole('button', { name: 'Return the case' }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        expect.stringContaining('The service did not accept this reason (reason holds a control character)'),
      ),
    );
    expect(within(dialog).getByLabelText(/^Reason for returning/)).toHaveValue('Add MSI');
  });

  it('says so when someone else triaged the case first, and refreshes the list', async () => {
    const state = intakeApi([OLD, FRESH], {
      'POST /api/cases/:id/accept': () => {
        state.list.splice(0, 1);
        return json(409, {
          statusCode: 409,
          error: 'ILLEGAL_TRANSITION',
          message: 'cannot accept a case in state accepted',
          details: { state: 'accepted' },
        });
      },
    });
    renderIntake(state.fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept the case of Patient 1' }));
    const notice = await screen.findByText(
      'Patient 1: someone else has already triaged this case (its state is now: Accepted). The list has been refreshed.',
    );
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Patient 1' })).not.toBeInTheDocument());
    expect(callsTo(state.fetch, 'GET', '/api/cases').length).toBeGreaterThanOrEqual(2);
  });

  it('names the missing items when the service refuses for readiness', async () => {
    const { fetch } = intakeApi([FRESH], {
      'POST /api/cases/:id/accept': () =>
        json(422, {
          statusCode: 422,
          error: 'CASE_NOT_READY',
          message: 'the case is not ready',
          details: [{ item: 'imaging', ok: false, message: 'missing: imaging' }],
        }),
    });
    renderIntake(fetch);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Accept the case of Patient 2' }));
    expect(await within(card('Patient 2')).findByRole('alert')).toHaveTextContent(
      'The service refused: the case does not meet the readiness checklist (missing: Recent imaging).',
    );
    expect(card('Patient 2')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    window.localStorage.setItem(LAST_VISIT_KEY, '2026-03-05T09:00:00.000Z');
    const { fetch } = intakeApi([OLD, FRESH]);
    renderIntake(fetch, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Entrada de casos' })).toBeInTheDocument();
    expect(
      await screen.findByText(/^1 caso enviado desde tu última visita, el 5 mar 2026/),
    ).toBeInTheDocument();
    expect(within(card('Patient 2')).getByText('Nuevo')).toBeInTheDocument();
    expect(within(card('Patient 2')).getByText(/\(ayer\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aceptar el caso de Patient 1' })).toBeInTheDocument();
    expect(
      await within(card('Patient 1')).findByText('Falta ahora: Imagen reciente y Estado funcional ECOG.'),
    ).toBeInTheDocument();
  });

  it('finds no serious or critical axe violation', { timeout: 30_000 }, async () => {
    window.localStorage.setItem(LAST_VISIT_KEY, '2026-03-05T09:00:00.000Z');
    const { fetch } = intakeApi([OLD, FRESH, BACK]);
    const { container } = renderIntake(fetch);
    await screen.findByText('Resubmitted');
    await screen.findAllByText('Every item of the checklist is met.');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
