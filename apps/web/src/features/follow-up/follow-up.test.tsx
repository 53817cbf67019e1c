import { Notifications, notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { json, renderWithApp } from '../../test/render';
import { buildCase, callsTo, fakeApi, type Handler, page, SETTINGS, signIn } from '../intake/test-fixtures';
import { FollowUpPage } from './FollowUpPage';

const NOW = new Date('2026-03-10T12:00:00.000Z');

const awaiting = (
  since: string,
  followUpDueAt: string,
  overdue: boolean,
): Schemas['CaseDto']['nextStep'] => ({
  kind: 'awaiting_follow_up',
  missing: [],
  returnReason: null,
  since,
  followUpDueAt,
  overdue,
  meeting: null,
});

// Created first, decided last: the API's order (by creation) is not the order of due dates.
const RECENT = buildCase(10, {
  status: 'decided',
  nextStep: awaiting('2026-02-20T15:00:00.000Z', '2026-04-21T15:00:00.000Z', false),
});
const LATE = buildCase(11, {
  status: 'decided',
  nextStep: awaiting('2025-12-01T15:00:00.000Z', '2026-01-30T15:00:00.000Z', true),
});

function followUpApi(extra: Record<string, Handler> = {}) {
  const list = [RECENT, LATE];
  const fetch = fakeApi({
    'GET /api/cases': () => json(200, page(list)),
    'GET /api/settings/institution': () => json(200, SETTINGS),
    ...extra,
  });
  return { fetch, list };
}

function recorded(body: Schemas['RecordFollowUpDto']): Schemas['FollowUpDto'] {
  return {
    id: '00000000-0000-4000-8000-0000000000f1',
    caseId: LATE.id,
    recommendationId: '00000000-0000-4000-8000-0000000000f2',
    status: body.status,
    reason: body.reason ?? null,
    note: body.note ?? null,
    recordedBy: { id: '00000000-0000-4000-8000-000000000003', displayName: 'Carla Coordinator' },
    recordedAt: NOW.toISOString(),
  } as Schemas['FollowUpDto'];
}

function renderFollowUp(fetch: ReturnType<typeof fakeApi>, { language = 'en', route = '/follow-up' } = {}) {
  signIn();
  return renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/follow-up" element={<FollowUpPage />} />
      </Routes>
    </>,
    { fetch, route, language: language as Language },
  );
}

async function openForm(name = 'Patient 11') {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Record follow-up for ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Record follow-up' });
  return { user, dialog };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  notifications.clean();
});

describe('the follow-up tracker', { timeout: 20_000 }, () => {
  it('lists decided cases by due date, overdue first, with the institution’s rule', async () => {
    const { fetch } = followUpApi();
    renderFollowUp(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Follow-up' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Cases awaiting follow-up' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Patient 11');
    expect(first).toHaveTextContent('Dec 1, 2025');
    expect(first).toHaveTextContent('Jan 30, 2026');
    expect(within(first!).getByText('Overdue')).toBeInTheDocument();
    expect(second).toHaveTextContent('Patient 10');
    expect(second).toHaveTextContent('Apr 21, 2026');
    expect(within(second!).getByText('Not yet due')).toBeInTheDocument();
    expect(within(second!).queryByText('Overdue')).not.toBeInTheDocument();
    expect(
      within(first!).getByRole('link', { name: 'Read the recommendation for Patient 11' }),
    ).toHaveAttribute('href', `/cases/${LATE.id}`);
    expect(
      within(first!).getByRole('button', { name: 'Printable letter for Patient 11' }),
    ).toBeInTheDocument();
    expect(within(first!).getByRole('button', { name: 'PDF letter for Patient 11' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        "A follow-up is overdue after 60 days from the board's decision (the institution's setting).",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
    const [query] = callsTo(fetch, 'GET', '/api/cases').map((r) => new URL(r.url).searchParams);
    expect(query?.get('status')).toBe('decided');
    expect(query?.get('order')).toBe('oldest');
  });

  it('shows only the overdue ones when asked, in the address', async () => {
    const { fetch } = followUpApi();
    const { router } = renderFollowUp(fetch);
    await screen.findByRole('table', { name: 'Cases awaiting follow-up' });
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Only overdue' }));
    const table = screen.getByRole('table', { name: 'Cases awaiting follow-up' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Patient 11');
    expect(router.state.location.search).toBe('?overdue=1');
  });

  it('requires a reason when the recommendation was not implemented, and sends it', async () => {
    const state = followUpApi({
      'POST /api/cases/:id/follow-up': async (request) => {
        state.list.splice(state.list.indexOf(LATE), 1);
        return json(201, recorded((await request.clone().json()) as Schemas['RecordFollowUpDto']));
      },
    });
    renderFollowUp(state.fetch);
    const { user, dialog } = await openForm();
    const reason = within(dialog).getByLabelText(/^Reason/);
    expect(reason).not.toBeRequired();

    await user.click(within(dialog).getByRole('radio', { name: 'Not implemented' }));
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining(
        'Choose a reason: it is required when the recommendation was not fully carried out',
      ),
    );
    expect(callsTo(state.fetch, 'POST', `/api/cases/${LATE.id}/follow-up`)).toHaveLength(0);

    await user.selectOptions(reason, 'patient_choice');
    await user.type(within(dialog).getByLabelText(/^Note/), 'Declined surgery');
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(
      await screen.findByText('Patient 11: follow-up recorded, the case is closed.'),
    ).toBeInTheDocument();
    const [post] = callsTo(state.fetch, 'POST', `/api/cases/${LATE.id}/follow-up`);
    expect(await post?.json()).toEqual({
      status: 'not_implemented',
      reason: 'patient_choice',
      note: 'Declined surgery',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('Patient 11')).not.toBeInTheDocument();
  });

  it('requires a reason when partially implemented too', async () => {
    const { fetch } = followUpApi();
    renderFollowUp(fetch);
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('radio', { name: 'Partially implemented' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
    expect(callsTo(fetch, 'POST', /\/follow-up$/)).toHaveLength(0);
  });

  it('makes the reason optional when implemented, and sends no empty reason or note', async () => {
    const { fetch } = followUpApi({
      'POST /api/cases/:id/follow-up': async (request) =>
        json(201, recorded((await request.clone().json()) as Schemas['RecordFollowUpDto'])),
    });
    renderFollowUp(fetch);
    const { user, dialog } = await openForm();
    // Without a choice, the form says so on the choice.
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(within(dialog).getByText('Choose whether the recommendation was carried out')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Reason/)).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('radio', { name: 'Implemented' }));
    expect(within(dialog).getByLabelText(/^Reason/)).not.toBeRequired();
    expect(within(dialog).getByText('Optional: for example a dose change for toxicity.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    await waitFor(() => expect(callsTo(fetch, 'POST', `/api/cases/${LATE.id}/follow-up`)).toHaveLength(1));
    const [post] = callsTo(fetch, 'POST', `/api/cases/${LATE.id}/follow-up`);
    expect(await post?.json()).toEqual({ status: 'implemented' });
  });

  it('allows a reason when implemented (a dose change for toxicity)', async () => {
    const { fetch } = followUpApi({
      'POST /api/cases/:id/follow-up': async (request) =>
        json(201, recorded((await request.clone().json()) as Schemas['RecordFollowUpDto'])),
    });
    renderFollowUp(fetch);
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('radio', { name: 'Implemented' }));
    await user.selectOptions(within(dialog).getByLabelText(/^Reason/), 'toxicity');
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    await waitFor(() => expect(callsTo(fetch, 'POST', /\/follow-up$/)).toHaveLength(1));
    const [post] = callsTo(fetch, 'POST', /\/follow-up$/);
    expect(await post?.json()).toEqual({ status: 'implemented', reason: 'toxicity' });
  });

  it('shows what the API refuses on the field it names', async () => {
    const { fetch } = followUpApi({
      'POST /api/cases/:id/follow-up': () =>
        json(400, {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Invalid fields: note',
          details: [{ field: 'note', problems: ['note holds a control character'] }],
        }),
    });
    renderFollowUp(fetch);
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('radio', { name: 'Implemented' }));
    await user.type(within(dialog).getByLabelText(/^Note/), 'Done');
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(await within(dialog).findByText('Check the fields marked below.')).toBeInTheDocument();
    const note = within(dialog).getByLabelText(/^Note/);
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(
      expect.stringContaining('The service did not accept this value (note holds a control character)'),
    );
    expect(within(dialog).getByLabelText(/^Reason/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the follow-up was already recorded, and refreshes the list', async () => {
    const state = followUpApi({
      'POST /api/cases/:id/follow-up': () => {
        state.list.splice(state.list.indexOf(LATE), 1);
        return json(409, {
          statusCode: 409,
          error: 'FOLLOW_UP_ALREADY_RECORDED',
          message: 'follow-up already recorded',
        });
      },
    });
    renderFollowUp(state.fetch);
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('radio', { name: 'Implemented' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record and close the case' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The follow-up of this case has already been recorded',
    );
    expect(
      within(dialog).queryByRole('button', { name: 'Record and close the case' }),
    ).not.toBeInTheDocument();
    await waitFor(() => expect(callsTo(state.fetch, 'GET', '/api/cases').length).toBeGreaterThanOrEqual(2));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Record follow-up for Patient 11' }),
      ).not.toBeInTheDocument(),
    );
  });

  it("opens the PDF letter with the session, in the institution's language", async () => {
    const target = { location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(target as unknown as Window);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:letter';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { fetch } = followUpApi({
      'GET /api/cases/:id/recommendation.pdf': () =>
        new Response('%PDF-1.7 letter', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    });
    renderFollowUp(fetch);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'PDF letter for Patient 11' }));
    await waitFor(() => expect(target.location.href).toBe('blob:letter'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    const [letter] = callsTo(fetch, 'GET', `/api/cases/${LATE.id}/recommendation.pdf`);
    expect(letter?.headers.get('authorization')).toBe('Bearer token-1');
    // No language asked for: the API prints in the institution's letter language.
    expect(new URL(letter?.url ?? '').searchParams.has('lang')).toBe(false);
    expect(blobs[0].type).toBe('application/pdf');
  });

  it('opens the printable letter with the session', async () => {
    const target = { location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(target as unknown as Window);
    const createObjectURL = vi.fn(() => 'blob:letter');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { fetch } = followUpApi({
      'GET /api/cases/:id/recommendation.html': () =>
        new Response('<html>letter</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    });
    renderFollowUp(fetch);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Printable letter for Patient 11' }));
    await waitFor(() => expect(target.location.href).toBe('blob:letter'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    const [letter] = callsTo(fetch, 'GET', `/api/cases/${LATE.id}/recommendation.html`);
    expect(letter?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('speaks Spanish', async () => {
    const { fetch } = followUpApi();
    renderFollowUp(fetch, { language: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Seguimiento' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Casos pendientes de seguimiento' });
    expect(within(table).getByText('Vencido')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Un seguimiento está vencido 60 días después de la decisión del comité (ajuste de la institución).',
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Registrar el seguimiento de Patient 11' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrar seguimiento' });
    await user.click(within(dialog).getByRole('radio', { name: 'No realizada' }));
    await user.click(within(dialog).getByRole('button', { name: 'Registrar y cerrar el caso' }));
    expect(
      within(dialog).getByText(
        'Elige un motivo: es obligatorio cuando la recomendación no se llevó a cabo del todo',
      ),
    ).toBeInTheDocument();
  });

  it('finds no serious or critical axe violation, the form open', { timeout: 30_000 }, async () => {
    const { fetch } = followUpApi();
    renderFollowUp(fetch);
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('radio', { name: 'Not implemented' }));
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
