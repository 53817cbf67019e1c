import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { SessionProvider } from '../features/auth/session';
import { createI18n, type Language } from '../i18n';
import { cssVariablesResolver, theme } from '../theme';

export type FakeFetch = (request: Request) => Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The app's providers around `ui`, on a fake network, in one language, at one address. */
export function renderWithApp(
  ui: ReactElement,
  {
    fetch,
    language = 'en',
    route = '/',
    sleep = async () => undefined,
  }: { fetch: FakeFetch; language?: Language; route?: string; sleep?: () => Promise<void> },
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const i18n = createI18n(language);
  // A data router, as in the app (app.tsx): `ui` holds its own <Routes> where it needs parameters.
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] });
  return {
    router,
    queryClient,
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider fetch={fetch} sleep={sleep}>
              <RouterProvider router={router} />
            </SessionProvider>
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>,
    ),
  };
}
