import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AppRoutes } from '../../app';
import { CLINICIAN, EMPTY_PAGE, loginResponse } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';

/** A fake API: each path answers what the test says; anything else is a test failure. */
function api(routes: Record<string, (request: Request) => Response>) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${pathname}`);
    return route(request);
  });
}

const signedInApi = {
  'GET /api/auth/me': () => json(200, CLINICIAN),
  'GET /api/cases': () => json(200, EMPTY_PAGE),
  'GET /api/meetings': () => json(200, EMPTY_PAGE),
};

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^Email/), email);
  if (password) await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('asks for both fields, by name, before calling the API', async () => {
    const fetch = api({});
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('', '');
    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter your email address');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a malformed email address', async () => {
    const fetch = api({});
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('not-an-address', 'secret');
    expect(await screen.findByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says the credentials are wrong on a 401, without naming which', async () => {
    const fetch = api({
      'POST /api/auth/login': () =>
        json(401, { statusCode: 401, error: 'UNAUTHORIZED', message: 'invalid email or password' }),
    });
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('oncologist@demo.consilium.test', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email or the password is not correct.');
  });

  it('says it in Spanish too', async () => {
    const fetch = api({
      'POST /api/auth/login': () =>
        json(401, { statusCode: 401, error: 'UNAUTHORIZED', message: 'invalid email or password' }),
    });
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in', language: 'es' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Correo electrónico/), 'oncologist@demo.consilium.test');
    await user.type(screen.getByLabelText(/Contraseña/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('El correo o la contraseña no son correctos.');
  });

  it('gives the wait in minutes on a 429', async () => {
    const fetch = api({
      'POST /api/auth/login': () =>
        json(
          429,
          { statusCode: 429, error: 'TOO_MANY_LOGIN_ATTEMPTS', message: 'too many failed logins' },
          { 'retry-after': '540' },
        ),
    });
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('oncologist@demo.consilium.test', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 9 minutes.',
    );
  });

  it('marks the fields a 400 names', async () => {
    const fetch = api({
      'POST /api/auth/login': () =>
        json(400, {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Invalid fields: password',
          details: [{ field: 'password', problems: ['password holds a control character'] }],
        }),
    });
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('oncologist@demo.consilium.test', 'secret');
    expect(await screen.findByText('The service did not accept this value')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      'The service did not accept this value',
    );
    expect(screen.getByLabelText(/^Email/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the fields marked below.');
  });

  it('keeps the token in sessionStorage and opens the home page', async () => {
    const fetch = api({ 'POST /api/auth/login': () => json(200, loginResponse(CLINICIAN)), ...signedInApi });
    renderWithApp(<AppRoutes />, { fetch, route: '/sign-in' });
    await fillAndSubmit('oncologist@demo.consilium.test', 'consilium-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}')).toMatchObject({
      accessToken: 'token-1',
    });
    expect(document.cookie).toBe('');
    const presented = fetch.mock.calls.map(([r]) => new URL(r.url)).find((u) => u.pathname === '/api/cases');
    expect(presented?.searchParams.get('presentingSpecialistId')).toBe(CLINICIAN.specialistId);
  });
});

describe('a session', () => {
  function storeSession() {
    window.sessionStorage.setItem(
      'consilium.session',
      JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
    );
  }

  it('that the API no longer accepts returns to sign-in, saying it ended', async () => {
    storeSession();
    const fetch = api({
      'GET /api/auth/me': () => json(401, { statusCode: 401, error: 'UNAUTHORIZED', message: 'jwt expired' }),
    });
    renderWithApp(<AppRoutes />, { fetch, route: '/cases' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Your session ended')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('consilium.session')).toBeNull();
  });

  it('past its expiry is not used', async () => {
    window.sessionStorage.setItem(
      'consilium.session',
      JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() - 1 }),
    );
    const fetch = api({});
    renderWithApp(<AppRoutes />, { fetch, route: '/' });
    expect(await screen.findByText('Your session ended')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('survives a 503: the banner says the service is retrying, and the page comes back', async () => {
    storeSession();
    let down = true;
    let retry: () => void = () => undefined;
    const fetch = api({
      ...signedInApi,
      'GET /api/auth/me': () =>
        down
          ? json(
              503,
              { statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: 'retry shortly' },
              { 'retry-after': '5' },
            )
          : json(200, CLINICIAN),
    });
    const sleep = () => new Promise<void>((resolve) => (retry = resolve));
    renderWithApp(<AppRoutes />, { fetch, route: '/', sleep });
    expect(await screen.findByText('The service is unavailable')).toBeInTheDocument();
    expect(screen.getByText(/You are still signed in; retrying/)).toBeInTheDocument();
    expect(window.sessionStorage.getItem('consilium.session')).not.toBeNull();
    down = false;
    retry();
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByText('The service is unavailable')).not.toBeInTheDocument();
  });

  it('ends when the user signs out', async () => {
    storeSession();
    const fetch = api(signedInApi);
    renderWithApp(<AppRoutes />, { fetch, route: '/' });
    // The header's button (the menu holds another for phones).
    const [signOut] = await screen.findAllByRole('button', { name: 'Sign out' });
    await userEvent.setup().click(signOut);
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('consilium.session')).toBeNull();
  });
});

describe('the navigation', () => {
  it('shows a clinician the clinical pages and no administration', async () => {
    window.sessionStorage.setItem(
      'consilium.session',
      JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
    );
    renderWithApp(<AppRoutes />, { fetch: api(signedInApi), route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await within(nav).findByRole('link', { name: 'Cases' });
    const links = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual(['Home', 'Patients', 'Cases', 'Boards', 'Metrics', 'Calendar links']);
  });
});
