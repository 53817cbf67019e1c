import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router';

import { ApiError } from './api/client';
import { Loading } from './components/QueryState';
import { AuditPage } from './features/admin/AuditPage';
import { NewUserPage } from './features/admin/NewUserPage';
import { SettingsPage } from './features/admin/SettingsPage';
import { SpecialistsPage } from './features/admin/SpecialistsPage';
import { UserPage } from './features/admin/UserPage';
import { UsersPage } from './features/admin/UsersPage';
import { RequirePermission } from './features/auth/RequirePermission';
import { RequireSession } from './features/auth/RequireSession';
import { SessionProvider } from './features/auth/session';
import { SignInPage } from './features/auth/SignInPage';
import type { Permission } from './features/auth/use-me';
import { BoardPage } from './features/boards/BoardPage';
import { BoardPreReadPage, PreReadPage } from './features/boards/PreReadPage';
import { CalendarFeedsPage } from './features/calendar-feeds/CalendarFeedsPage';
import { CaseEditorPage } from './features/case-editor/CaseEditorPage';
import { CasePage } from './features/case-view/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { FollowUpPage } from './features/follow-up/FollowUpPage';
import { HomePage } from './features/home/HomePage';
import { IntakePage } from './features/intake/IntakePage';
import { MeetingConsolePage } from './features/live/console/MeetingConsolePage';
import { SpecialistDevicePage } from './features/live/device/SpecialistDevicePage';
import { RoomDisplayPage } from './features/live/display/RoomDisplayPage';
import { BoardFormPage } from './features/meetings/BoardFormPage';
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

// The charts library is only needed on the metrics page: loaded when it is opened.
const MetricsPage = lazy(() =>
  import('./features/metrics/MetricsPage').then((m) => ({ default: m.MetricsPage })),
);

/** A route's page, shown only to users the API grants the permission (else a "no access" page). */
function guarded(permission: Permission, page: React.ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
      </Route>
      {/* The projector's view: the whole screen for the board, without the app's navigation. */}
      <Route
        path="/meetings/:meetingId/display"
        element={<RequireSession>{guarded('clinical.read', <RoomDisplayPage />)}</RequireSession>}
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="patients" element={guarded('clinical.read', <PatientsPage />)} />
        <Route path="patients/:patientId" element={guarded('clinical.read', <PatientPage />)} />
        <Route path="cases" element={guarded('clinical.read', <CasesPage />)} />
        <Route path="cases/:caseId" element={guarded('clinical.read', <CasePage />)} />
        <Route path="cases/:caseId/edit" element={guarded('clinical.read', <CaseEditorPage />)} />
        <Route path="intake" element={guarded('cases.triage', <IntakePage />)} />
        <Route path="meetings" element={guarded('clinical.read', <MeetingsPage />)} />
        <Route path="meetings/new" element={guarded('meetings.manage', <BoardFormPage />)} />
        <Route path="meetings/:meetingId" element={guarded('clinical.read', <BoardPage />)} />
        <Route path="meetings/:meetingId/edit" element={guarded('meetings.manage', <BoardFormPage />)} />
        <Route
          path="meetings/:meetingId/device"
          element={guarded('clinical.read', <SpecialistDevicePage />)}
        />
        <Route
          path="meetings/:meetingId/console"
          element={guarded('clinical.read', <MeetingConsolePage />)}
        />
        <Route path="meetings/:meetingId/pre-read" element={guarded('clinical.read', <BoardPreReadPage />)} />
        <Route
          path="meetings/:meetingId/cases/:caseId/pre-read"
          element={guarded('clinical.read', <PreReadPage />)}
        />
        <Route path="follow-up" element={guarded('followup.record', <FollowUpPage />)} />
        <Route
          path="metrics"
          element={guarded(
            'clinical.read',
            <Suspense fallback={<Loading />}>
              <MetricsPage />
            </Suspense>,
          )}
        />
        <Route path="calendar-feeds" element={guarded('clinical.read', <CalendarFeedsPage />)} />
        <Route path="admin/users" element={guarded('users.manage', <UsersPage />)} />
        <Route path="admin/users/new" element={guarded('users.manage', <NewUserPage />)} />
        <Route path="admin/users/:userId" element={guarded('users.manage', <UserPage />)} />
        <Route path="admin/specialists" element={guarded('specialists.manage', <SpecialistsPage />)} />
        <Route path="admin/settings" element={guarded('settings.manage', <SettingsPage />)} />
        <Route path="admin/audit" element={guarded('audit.read', <AuditPage />)} />
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
