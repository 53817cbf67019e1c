import { type Role, ROLES } from '@consilium/domain';

import { hasPermission } from '../src/auth/permissions';
import { concretePath, listRoutes, type RouteInfo } from './support/routes';
import { TestApp } from './support/test-app';

// Walks every route of the app: none answers 2xx without a token, and each role gets exactly the
// routes its permissions allow (a 403 PERMISSION_DENIED for the others).
describe('access control over every route', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await TestApp.create();
    routes = listRoutes(t.app);
    for (const role of ROLES)
      tokens[role] = (await t.userWithToken(role, role === 'clinician' ? 'surgery' : undefined)).token;
  });
  afterAll(() => t.close());

  it('finds the routes of every controller', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'GET /api/auth/me',
        'GET /api/users',
        'GET /api/audit',
      ]),
    );
  });

  it('declares an access rule on every route; only login, health, the calendar feed and meeting streams are public', () => {
    const undeclared = routes.filter((r) => !r.isPublic && !r.permission);
    expect(undeclared).toEqual([]);
    expect(
      routes
        .filter((r) => r.isPublic)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
      // Public by design: calendar apps and EventSource send no login header. The feed's secret,
      // revocable token in its path, and a meeting stream's one-minute ticket, are the credentials.
    ).toEqual([
      'GET /api/calendar/feeds/:token',
      'GET /api/health',
      'GET /api/meetings/:id/events',
      'POST /api/auth/login',
    ]);
  });

  it('answers 401 to every protected route without a token, and never 2xx', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await t.request(route.method, concretePath(route.path), { body: {} });
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
      expect(response.body.error).toBe('UNAUTHORIZED');
    }
  });

  it('answers 401 to a malformed or foreign token', async () => {
    const forged = tokens.admin.slice(0, -4) + 'AAAA';
    for (const token of ['not-a-jwt', forged]) {
      const response = await t.request('GET', '/api/auth/me', { token });
      expect(response.status).toBe(401);
    }
  });

  it.each(ROLES)('gives the %s role exactly the routes its permissions allow', async (role) => {
    const seen: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await t.request(route.method, concretePath(route.path), {
        token: tokens[role],
        body: {},
      });
      const allowed = route.permission === 'authenticated' || hasPermission(role, route.permission!);
      const denied = response.status === 403 && response.body.error === 'PERMISSION_DENIED';
      seen.push(`${route.method} ${route.path}: ${allowed ? 'allowed' : 'denied'} -> ${response.status}`);
      expect({ route: `${route.method} ${route.path}`, denied }).toEqual({
        route: `${route.method} ${route.path}`,
        denied: !allowed,
      });
      expect(response.status).not.toBe(401);
      expect(response.status).toBeLessThan(500);
    }
    expect(seen.length).toBe(routes.filter((r) => !r.isPublic).length);
  });
});
