import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN } from '../../test/fixtures';
import { json, renderWithApp } from '../../test/render';
import { callsTo, COORDINATOR, fakeApi, type Handler, page, signIn } from '../intake/test-fixtures';
import { CalendarFeedsPage } from './CalendarFeedsPage';

const SURGEON: Schemas['SpecialistDto'] = {
  id: '00000000-0000-4000-8000-0000000000a2',
  fullName: 'Dr Samuel Surgeon',
  discipline: 'surgery',
  institution: 'Hospital Universitario Demo',
  subSpecialties: ['Robotic liver surgery'],
  userId: '00000000-0000-4000-8000-000000000010',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};
const GUEST: Schemas['SpecialistDto'] = {
  ...SURGEON,
  id: '00000000-0000-4000-8000-0000000000a3',
  fullName: 'Dr Greta Guest',
  discipline: 'pathology',
  userId: null,
};
const ONCOLOGIST: Schemas['SpecialistDto'] = {
  ...SURGEON,
  id: CLINICIAN.specialistId ?? '',
  fullName: 'Dr Olivia Oncologist',
  discipline: 'medical_oncology',
  userId: CLINICIAN.id,
};

const FEED_URL = 'https://consilium.example/api/calendar/feeds/3q2-secret';

function feedApi(me: Schemas['MeDto'], extra: Record<string, Handler> = {}) {
  return fakeApi(
    {
      'GET /api/specialists': (_, url) =>
        json(200, page(url.searchParams.get('discipline') === 'surgery' ? [SURGEON] : [SURGEON, GUEST])),
      [`GET /api/specialists/${ONCOLOGIST.id}`]: () => json(200, ONCOLOGIST),
      'POST /api/specialists/:id/calendar-feed': (_, url) =>
        json(201, {
          specialistId: url.pathname.split('/')[3],
          url: FEED_URL,
          createdAt: '2026-03-10T12:00:00.000Z',
        } satisfies Schemas['CalendarFeedDto']),
      'DELETE /api/specialists/:id/calendar-feed': () => new Response(null, { status: 204 }),
      ...extra,
    },
    me,
  );
}

function renderFeeds(
  fetch: ReturnType<typeof fakeApi>,
  language: Language = 'en',
  route = '/calendar-feeds',
) {
  signIn();
  return renderWithApp(
    <Routes>
      <Route path="/calendar-feeds" element={<CalendarFeedsPage />} />
    </Routes>,
    { fetch, route, language },
  );
}

describe('calendar subscriptions', { timeout: 20_000 }, () => {
  it('lets a coordinator create, copy and revoke a specialist’s link from the directory', async () => {
    const fetch = feedApi(COORDINATOR);
    renderFeeds(fetch);
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calendar subscriptions' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no patient data/)).toBeInTheDocument();
    expect(screen.getByText(/paste the link into the calendar app/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Specialists' });
    expect(within(table).getByRole('row', { name: /Dr Greta Guest/ })).toHaveTextContent('Guest, no account');

    await user.click(within(table).getByRole('button', { name: 'Calendar link for Dr Samuel Surgeon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Calendar link for Dr Samuel Surgeon' });
    expect(dialog).toHaveTextContent('Creating a link stops the one made before');
    await user.click(
      within(dialog).getByRole('button', { name: 'Create a calendar link for Dr Samuel Surgeon' }),
    );

    const field = await within(dialog).findByRole('textbox', { name: 'Calendar link for Dr Samuel Surgeon' });
    expect(field).toHaveValue(FEED_URL);
    expect(field).toHaveAttribute('readonly');
    expect(dialog).toHaveTextContent('This link is shown only now');
    expect(callsTo(fetch, 'POST', `/api/specialists/${SURGEON.id}/calendar-feed`)).toHaveLength(1);

    await user.click(
      within(dialog).getByRole('button', { name: 'Copy the calendar link for Dr Samuel Surgeon' }),
    );
    expect(await within(dialog).findByText('Copied. Paste it into the calendar app.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(FEED_URL);

    await user.click(
      within(dialog).getByRole('button', { name: 'Stop the current link for Dr Samuel Surgeon' }),
    );
    const confirm = within(dialog).getByRole('button', { name: 'Yes, stop it' });
    expect(confirm).toHaveFocus();
    expect(dialog).toHaveTextContent('Stop the calendar link for Dr Samuel Surgeon?');
    expect(callsTo(fetch, 'DELETE', /calendar-feed$/)).toHaveLength(0);
    await user.click(confirm);
    expect(await within(dialog).findByText(/The link has been stopped/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(callsTo(fetch, 'DELETE', `/api/specialists/${SURGEON.id}/calendar-feed`)).toHaveLength(1);
  });

  it('keeps the link when the revocation is not confirmed', async () => {
    const fetch = feedApi(CLINICIAN);
    renderFeeds(fetch);
    const user = userEvent.setup();
    const own = await screen.findByRole('region', { name: 'Your calendar link' });
    await user.click(await within(own).findByRole('button', { name: /^Stop the current link/ }));
    await user.click(within(own).getByRole('button', { name: 'Keep it' }));
    expect(within(own).queryByRole('button', { name: 'Yes, stop it' })).not.toBeInTheDocument();
    expect(within(own).getByRole('button', { name: /^Stop the current link/ })).toHaveFocus();
    expect(callsTo(fetch, 'DELETE', /calendar-feed$/)).toHaveLength(0);
  });

  it('filters the directory by discipline, in the address', async () => {
    const fetch = feedApi(COORDINATOR);
    const { router } = renderFeeds(fetch, 'en', '/calendar-feeds?discipline=surgery');
    const table = await screen.findByRole('table', { name: 'Specialists' });
    await waitFor(() => expect(within(table).queryByText('Dr Greta Guest')).not.toBeInTheDocument());
    expect(within(table).getByText('Dr Samuel Surgeon')).toBeInTheDocument();
    const asked = callsTo(fetch, 'GET', '/api/specialists').map((r) =>
      new URL(r.url).searchParams.get('discipline'),
    );
    expect(asked).toEqual(['surgery']);
    expect(router.state.location.search).toBe('?discipline=surgery');
  });

  it('shows a clinician only their own link', async () => {
    const fetch = feedApi(CLINICIAN);
    renderFeeds(fetch);
    const user = userEvent.setup();
    const own = await screen.findByRole('region', { name: 'Your calendar link' });
    await user.click(
      await within(own).findByRole('button', { name: 'Create a calendar link for Dr Olivia Oncologist' }),
    );
    expect(
      await within(own).findByRole('textbox', { name: 'Calendar link for Dr Olivia Oncologist' }),
    ).toHaveValue(FEED_URL);
    expect(callsTo(fetch, 'POST', `/api/specialists/${ONCOLOGIST.id}/calendar-feed`)).toHaveLength(1);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(callsTo(fetch, 'GET', '/api/specialists')).toHaveLength(0);
  });

  it('leaves the link selected in its field when the browser refuses to copy', async () => {
    const fetch = feedApi(CLINICIAN);
    renderFeeds(fetch);
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const own = await screen.findByRole('region', { name: 'Your calendar link' });
    await user.click(await within(own).findByRole('button', { name: /^Create a calendar link/ }));
    const field = await within(own).findByRole<HTMLInputElement>('textbox');
    await user.click(within(own).getByRole('button', { name: /^Copy the calendar link/ }));
    expect(await within(own).findByText(/This browser did not allow copying/)).toBeInTheDocument();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(FEED_URL.length);
  });

  it('says why the service refused', async () => {
    const fetch = feedApi(CLINICIAN, {
      'POST /api/specialists/:id/calendar-feed': () =>
        json(403, { statusCode: 403, error: 'NOT_OWN_CALENDAR_FEED', message: 'not your feed' }),
    });
    renderFeeds(fetch);
    const own = await screen.findByRole('region', { name: 'Your calendar link' });
    await userEvent
      .setup()
      .click(await within(own).findByRole('button', { name: /^Create a calendar link/ }));
    expect(await within(own).findByRole('alert')).toHaveTextContent(
      'You may manage only your own calendar link.',
    );
    expect(within(own).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    const fetch = feedApi(CLINICIAN);
    renderFeeds(fetch, 'es');
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Suscripciones de calendario' }),
    ).toBeInTheDocument();
    const own = await screen.findByRole('region', { name: 'Tu enlace de calendario' });
    await user.click(
      await within(own).findByRole('button', {
        name: 'Crear un enlace de calendario para Dr Olivia Oncologist',
      }),
    );
    await user.click(
      await within(own).findByRole('button', {
        name: 'Copiar el enlace de calendario de Dr Olivia Oncologist',
      }),
    );
    expect(
      await within(own).findByText('Copiado. Pégalo en la aplicación de calendario.'),
    ).toBeInTheDocument();
  });

  it('finds no serious or critical axe violation', { timeout: 30_000 }, async () => {
    const fetch = feedApi(CLINICIAN);
    const { container } = renderFeeds(fetch);
    const own = await screen.findByRole('region', { name: 'Your calendar link' });
    await userEvent
      .setup()
      .click(await within(own).findByRole('button', { name: /^Create a calendar link/ }));
    await within(own).findByRole('textbox');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
