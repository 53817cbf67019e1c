import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { AuditPage } from './AuditPage';
import { NewUserPage } from './NewUserPage';
import { SettingsPage } from './SettingsPage';
import { SpecialistsPage } from './SpecialistsPage';
import {
  ADMIN_USER,
  ANA,
  ANA_ID,
  ANA_PROFILE,
  ANA_SPECIALIST_ID,
  CARL,
  fakeApi,
  GUEST,
  page,
  PLAN_BUILDER,
  seriousFindings,
  signIn,
} from './test-fixtures';
import { UserPage } from './UserPage';
import { UsersPage } from './UsersPage';

function everything(): FakeFetch {
  return fakeApi({
    'GET /api/users': () => json(200, page([ANA, CARL, ADMIN_USER])),
    [`GET /api/users/${ANA_ID}`]: () => json(200, ANA),
    [`GET /api/users/${ADMIN_USER.id}`]: () => json(200, ADMIN_USER),
    [`GET /api/users/${ANA_ID}/login-lock`]: () =>
      json(200, {
        locked: true,
        addresses: [{ address: '192.0.2.10', failures: 10, lockedUntil: '2026-03-02T10:15:00.000Z' }],
      }),
    [`GET /api/specialists/${ANA_SPECIALIST_ID}`]: () => json(200, ANA_PROFILE),
    'GET /api/specialists': () => json(200, page([ANA_PROFILE, GUEST])),
    'GET /api/settings/plan-builder': () => json(200, PLAN_BUILDER),
    'GET /api/audit': () =>
      json(
        200,
        page([
          {
            id: '00000000-0000-4000-8000-00000000e001',
            occurredAt: '2026-03-02T10:15:00.000Z',
            actorId: ADMIN_USER.id,
            actorRole: 'admin',
            action: 'settings.update',
            entityType: 'institution_settings',
            entityId: null,
            requestId: 'req-1',
            outcome: 'success',
            details: { before: { imagingWindowDays: 42 }, after: { imagingWindowDays: 28 } },
          },
        ]),
      ),
  });
}

function renderAt(route: string) {
  return renderWithApp(
    <Routes>
      <Route path="/admin/users" element={<UsersPage />} />
      <Route path="/admin/users/new" element={<NewUserPage />} />
      <Route path="/admin/users/:userId" element={<UserPage />} />
      <Route path="/admin/specialists" element={<SpecialistsPage />} />
      <Route path="/admin/settings" element={<SettingsPage />} />
      <Route path="/admin/audit" element={<AuditPage />} />
    </Routes>,
    { route, fetch: everything() },
  );
}

beforeEach(signIn);

describe('the admin console', { timeout: 30_000 }, () => {
  it.each([
    ['/admin/users', 'Dr Ana Surgeon'],
    ['/admin/users/new', 'Create the account'],
    [`/admin/users/${ANA_ID}`, 'Locked out'],
    ['/admin/specialists', 'Prof. Hanna Visser'],
    ['/admin/settings', 'Imaging window (days): 42 → 28'],
    ['/admin/audit', 'settings.update'],
  ])('has no serious or critical axe violation at %s', async (route, shown) => {
    const { container } = renderAt(route);
    expect((await screen.findAllByText(shown)).length).toBeGreaterThan(0);
    expect(await seriousFindings(container)).toEqual([]);
  });
});
