import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router';

import { ApiError } from './api/client';
import { UsersPage } from './features/admin/UsersPage';
import { RequirePermission } from './features/auth/RequirePermission';
import { RequireSession } from './features/auth/RequireSession';
import { SessionProvider } from './features/auth/session';
import { SignInPage } from './features/auth/SignInPage';
import { BoardPage } from './features/boards/BoardPage';
import { BoardPreReadPage, PreReadPage } from './features/boards/PreReadPage';
import { CaseEditorPage } from './features/case-editor/CaseEditorPage';
import { CasePage } from './features/case-view/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { HomePage } from './features/home/HomePage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { PatientPage } from './features/patients/PatientPage';
import { PatientsPage } from './features/patients/PatientsPage';
import { AppLayout, PublicLayout } from './features/shell/AppLayout';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { cssVariablesResolver, theme } from './theme';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The API client already retries reads answered 503; other API errors are answers, not faults.
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
        staleTime: 30_000,
      },
    },
  });
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
      </Route>
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="patients"
          element={
            <RequirePermission permission="clinical.read">
              <PatientsPage />
            </RequirePermission>
          }
        />
        <Route
          path="patients/:patientId"
          element={
            <RequirePermission permission="clinical.read">
              <PatientPage />
            </RequirePermission>
          }
        />
        <Route
          path="cases"
          element={
            <RequirePermission permission="clinical.read">
              <CasesPage />
            </RequirePermission>
          }
        />
        <Route
          path="cases/:caseId"
          element={
            <RequirePermission permission="clinical.read">
              <CasePage />
            </RequirePermission>
          }
        />
        <Route
          path="cases/:caseId/edit"
          element={
            <RequirePermission permission="clinical.read">
              <CaseEditorPage />
            </RequirePermission>
          }
        />
        <Route
          path="meetings"
          element={
            <RequirePermission permission="clinical.read">
              <MeetingsPage />
            </RequirePermission>
          }
        />
        <Route
          path="meetings/:meetingId"
          element={
            <RequirePermission permission="clinical.read">
              <BoardPage />
            </RequirePermission>
          }
        />
        <Route
          path="meetings/:meetingId/pre-read"
          element={
            <RequirePermission permission="clinical.read">
              <BoardPreReadPage />
            </RequirePermission>
          }
        />
        <Route
          path="meetings/:meetingId/cases/:caseId/pre-read"
          element={
            <RequirePermission permission="clinical.read">
              <PreReadPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/users"
          element={
            <RequirePermission permission="users.manage">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function LocalisedDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/**
 * A data router around the route table (descendant routes), for what only a data router offers:
 * `useBlocker`, which keeps an editor's unsaved changes from being lost to a click on a link.
 */
function AppRouter() {
  const [router] = useState(() => createBrowserRouter([{ path: '*', element: <AppRoutes /> }]));
  return <RouterProvider router={router} />;
}

export function App({ i18n, queryClient }: { i18n: i18n; queryClient: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <LocalisedDates>
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <SessionProvider>
              <AppRouter />
            </SessionProvider>
          </QueryClientProvider>
        </LocalisedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
