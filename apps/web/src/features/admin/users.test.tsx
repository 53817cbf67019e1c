import { Notifications, notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { NewUserPage } from './NewUserPage';
import {
  ADMIN_USER,
  ANA,
  ANA_ID,
  ANA_PROFILE,
  ANA_SPECIALIST_ID,
  bodyOf,
  calls,
  CARL,
  fakeApi,
  GUEST,
  GUEST_ID,
  page,
  problem,
  signIn,
} from './test-fixtures';
import { UserPage } from './UserPage';
import { UsersPage } from './UsersPage';

function renderAt(route: string, fetch: FakeFetch, language: Language = 'en') {
  return renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/admin/users" element={<UsersPage />} />
        <Route path="/admin/users/new" element={<NewUserPage />} />
        <Route path="/admin/users/:userId" element={<UserPage />} />
      </Routes>
    </>,
    { route, fetch, language },
  );
}

const NO_LOCK: Schemas['LoginLockDto'] = { locked: false, addresses: [] };

function userApi(user: Schemas['UserDto'] = ANA, lock: Schemas['LoginLockDto'] = NO_LOCK) {
  let current = user;
  let currentLock = lock;
  const fetch = fakeApi({
    [`GET /api/users/${user.id}`]: () => json(200, current),
    [`PATCH /api/users/${user.id}`]: async (request) => {
      const body = (await request.clone().json()) as Schemas['UpdateUserDto'];
      const { password: _password, ...changes } = body;
      current = { ...current, ...changes, updatedAt: '2026-03-01T10:00:00.000Z' };
      return json(200, current);
    },
    [`GET /api/users/${user.id}/login-lock`]: () => json(200, currentLock),
    [`DELETE /api/users/${user.id}/login-lock`]: () => {
      currentLock = NO_LOCK;
      return new Response(null, { status: 204 });
    },
    [`GET /api/specialists/${ANA_SPECIALIST_ID}`]: () => json(200, ANA_PROFILE),
  });
  return fetch;
}

beforeEach(signIn);
// The notifications' store outlives a test.
afterEach(() => notifications.clean());

describe('the users list', { timeout: 20_000 }, () => {
  it('searches by name or email and filters by role and state, all kept in the address', async () => {
    const fetch = fakeApi({
      'GET /api/users': (_, url) =>
        json(200, page(url.searchParams.get('q') === 'ana' ? [ANA] : [ANA, CARL, ADMIN_USER])),
    });
    const { router } = renderAt('/admin/users?role=clinician', fetch);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('link', { name: 'Dr Ana Surgeon' })).toHaveAttribute(
      'href',
      `/admin/users/${ANA_ID}`,
    );
    expect(screen.getByLabelText('Role')).toHaveValue('clinician');

    await user.type(screen.getByLabelText('Name or email'), 'ana');
    await user.selectOptions(screen.getByLabelText('Account'), 'Inactive only');
    await waitFor(() => {
      const last = calls(fetch, 'GET', '/api/users').at(-1);
      const query = new URL(last?.url ?? 'http://x').searchParams;
      expect(query.get('q')).toBe('ana');
      expect(query.get('role')).toBe('clinician');
      expect(query.get('active')).toBe('false');
    });
    // Debounced: no request for "a" or "an".
    const searched = calls(fetch, 'GET', '/api/users').map((r) => new URL(r.url).searchParams.get('q'));
    expect(searched).not.toContain('a');
    expect(router.state.location.search).toBe('?role=clinician&q=ana&active=false');
    expect(screen.getByRole('link', { name: 'New account' })).toHaveAttribute('href', '/admin/users/new');
  });
});

describe('creating an account', { timeout: 20_000 }, () => {
  it('creates a clinician linked to a guest’s profile of their discipline, with the API’s password rule shown', async () => {
    const created: Schemas['UserDto'] = {
      ...ANA,
      id: '00000000-0000-4000-8000-0000000000b9',
      email: 'hanna.visser@hospital.example',
      displayName: 'Prof. Hanna Visser',
      specialistId: GUEST_ID,
    };
    const fetch = fakeApi({
      'GET /api/specialists': () => json(200, page([ANA_PROFILE, GUEST])),
      'POST /api/users': () => json(201, created),
      [`GET /api/users/${created.id}`]: () => json(200, created),
      [`GET /api/users/${created.id}/login-lock`]: () => json(200, NO_LOCK),
      [`GET /api/specialists/${GUEST_ID}`]: () => json(200, { ...GUEST, userId: created.id }),
      'GET /api/users': () => json(200, page([])),
    });
    const { router } = renderAt('/admin/users/new', fetch);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'New account' })).toBeInTheDocument();
    expect(
      screen.getByText(/At least 12 characters \(at most 256\)/, {
        selector: '.mantine-InputWrapper-description',
      }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Email/), 'hanna.visser@hospital.example');
    await user.type(screen.getByLabelText(/^Name/), 'Prof. Hanna Visser');
    await user.selectOptions(screen.getByLabelText(/^Role/), 'Clinician');
    await user.selectOptions(screen.getByLabelText(/^Discipline/), 'Surgery');
    const profile = await screen.findByLabelText('Specialist profile');
    await waitFor(() =>
      expect(
        within(profile).getByRole('option', { name: 'Prof. Hanna Visser (Regional Liver Centre)' }),
      ).toBeInTheDocument(),
    );
    // A profile that already has an account is not offered.
    expect(within(profile).queryByRole('option', { name: /Dr Ana Surgeon/ })).not.toBeInTheDocument();
    await user.selectOptions(profile, 'Prof. Hanna Visser (Regional Liver Centre)');

    await user.type(screen.getByLabelText(/^Initial password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/users')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Generate a strong password' }));
    const password = screen.getByLabelText(/^Initial password/);
    expect((password as HTMLInputElement).value).toHaveLength(20);
    // Shown, to be given to the holder.
    expect(password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/admin/users/${created.id}`));
    expect(await bodyOf(calls(fetch, 'POST', '/api/users')[0])).toEqual({
      email: 'hanna.visser@hospital.example',
      displayName: 'Prof. Hanna Visser',
      role: 'clinician',
      discipline: 'surgery',
      specialistId: GUEST_ID,
      password: (password as HTMLInputElement).value,
    });
    expect(await screen.findByText('Account created for Prof. Hanna Visser')).toBeInTheDocument();
  });

  it('sends a coordinator without discipline, and shows a taken email on its field', async () => {
    const fetch = fakeApi({ 'POST /api/users': () => problem(409, 'EMAIL_TAKEN') });
    renderAt('/admin/users/new', fetch);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Email/), 'carl.coordinator@hospital.example');
    await user.type(screen.getByLabelText(/^Name/), 'Carl Coordinator');
    await user.selectOptions(screen.getByLabelText(/^Role/), 'Coordinator');
    expect(screen.queryByLabelText(/^Discipline/)).not.toBeInTheDocument();
    expect(screen.getByText(/have no discipline and no specialist profile/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Initial password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    expect(await screen.findByText('Another account already uses this email address')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(await bodyOf(calls(fetch, 'POST', '/api/users')[0])).toEqual({
      email: 'carl.coordinator@hospital.example',
      displayName: 'Carl Coordinator',
      role: 'coordinator',
      password: 'a long enough passphrase',
    });
  });

  it('puts a 400 on the fields it names', async () => {
    const fetch = fakeApi({
      'POST /api/users': () =>
        problem(400, 'VALIDATION_FAILED', [{ field: 'email', problems: ['email must be an email'] }]),
    });
    renderAt('/admin/users/new', fetch);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Email/), 'a@b.example');
    await user.type(screen.getByLabelText(/^Name/), 'A B');
    await user.selectOptions(screen.getByLabelText(/^Role/), 'Administrator');
    await user.type(screen.getByLabelText(/^Initial password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(
      await screen.findByText('The service did not accept this value (email must be an email)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Check the fields marked.')).toBeInTheDocument();
  });
});

describe('an account’s page', { timeout: 20_000 }, () => {
  it('shows who it is, and changes the role with only the change sent', async () => {
    const fetch = userApi();
    renderAt(`/admin/users/${ANA_ID}`, fetch);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dr Ana Surgeon' })).toBeInTheDocument();
    expect(screen.getByText('Clinician, Surgery')).toBeInTheDocument();
    expect(await screen.findByText('Dr Ana Surgeon (Hospital Universitario Demo)')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Role/), 'Coordinator');
    expect(screen.getByText(/Their specialist profile stays in the directory/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls(fetch, 'PATCH', `/api/users/${ANA_ID}`)).toHaveLength(1));
    expect(await bodyOf(calls(fetch, 'PATCH', `/api/users/${ANA_ID}`)[0])).toEqual({ role: 'coordinator' });
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
  });

  it('deactivates only after a confirmation that says their sessions end', async () => {
    const fetch = userApi();
    renderAt(`/admin/users/${ANA_ID}`, fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deactivate the account' }));
    let dialog = await screen.findByRole('dialog', { name: 'Deactivate the account of Dr Ana Surgeon?' });
    expect(dialog).toHaveTextContent('every session they have open ends at once');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls(fetch, 'PATCH', `/api/users/${ANA_ID}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Deactivate the account' }));
    dialog = await screen.findByRole('dialog', { name: 'Deactivate the account of Dr Ana Surgeon?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate the account' }));
    expect(await screen.findByText('Dr Ana Surgeon can no longer sign in')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PATCH', `/api/users/${ANA_ID}`)[0])).toEqual({ active: false });
    expect(await screen.findByRole('button', { name: 'Reactivate the account' })).toBeInTheDocument();
    expect(screen.getByText('The account is deactivated: its holder cannot sign in.')).toBeInTheDocument();
  });

  it('says why the last administrator cannot be deactivated', async () => {
    const fetch = fakeApi({
      [`GET /api/users/${ADMIN_USER.id}`]: () => json(200, ADMIN_USER),
      [`PATCH /api/users/${ADMIN_USER.id}`]: () => problem(409, 'LAST_ADMIN'),
      [`GET /api/users/${ADMIN_USER.id}/login-lock`]: () => json(200, NO_LOCK),
    });
    renderAt(`/admin/users/${ADMIN_USER.id}`, fetch);
    const user = userEvent.setup();
    expect(await screen.findByText('This is your own account')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Deactivate the account' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate the account' }));
    expect(
      await within(dialog).findByText('This is the last active administrator: make another one first'),
    ).toBeInTheDocument();
  });

  it('resets the password after saying that the account’s tokens end', async () => {
    const fetch = userApi();
    renderAt(`/admin/users/${ANA_ID}`, fetch);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/^New password/);
    await user.type(field, 'too short');
    await user.click(screen.getByRole('button', { name: 'Reset the password' }));
    expect(screen.getByText('Use at least 12 characters')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Reset the password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of Dr Ana Surgeon?' });
    expect(dialog).toHaveTextContent('Every session they have open ends at once (their tokens stop working)');
    await user.click(within(dialog).getByRole('button', { name: 'Reset the password' }));
    expect(
      await screen.findByText('New password set for Dr Ana Surgeon; their sessions have ended'),
    ).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PATCH', `/api/users/${ANA_ID}`)[0])).toEqual({
      password: 'correct horse battery staple',
    });
    expect(field).toHaveValue('');
  });

  it('shows recent failed sign-ins by address and clears the lock-out', async () => {
    const fetch = userApi(ANA, {
      locked: true,
      addresses: [
        { address: '192.0.2.10', failures: 10, lockedUntil: '2026-03-02T10:15:00.000Z' },
        { address: '198.51.100.7', failures: 2, lockedUntil: null },
      ],
    });
    renderAt(`/admin/users/${ANA_ID}`, fetch);
    const user = userEvent.setup();
    expect(await screen.findByText('Locked out')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Recent failed sign-ins by address' });
    const locked = within(table).getByRole('row', { name: /192\.0\.2\.10/ });
    expect(locked).toHaveTextContent('10');
    // 10:15 UTC is 11:15 in Madrid, the institution's zone.
    expect(locked).toHaveTextContent(/Mar 2, 2026, 11:15\s?AM/);
    expect(within(table).getByRole('row', { name: /198\.51\.100\.7/ })).toHaveTextContent('Not locked');

    await user.click(screen.getByRole('button', { name: 'Clear lock-out' }));
    expect(
      await screen.findByText('Lock-out cleared: the account can sign in from every address'),
    ).toBeInTheDocument();
    expect(calls(fetch, 'DELETE', `/api/users/${ANA_ID}/login-lock`)).toHaveLength(1);
    expect(await screen.findByText('Not locked out')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    renderAt(`/admin/users/${ANA_ID}`, userApi(), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dr Ana Surgeon' })).toBeInTheDocument();
    expect(screen.getByText('Clínico/a, Cirugía')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Desactivar la cuenta' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bloqueo de inicio de sesión' })).toBeInTheDocument();
    expect(await screen.findByText('Ningún intento fallido reciente.')).toBeInTheDocument();
  });

  it('says so for an address that is no account', async () => {
    renderAt('/admin/users/not-an-id', fakeApi({}));
    expect(await screen.findByText('There is no account at this address.')).toBeInTheDocument();
  });
});
