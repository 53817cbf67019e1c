import { adminQuery, TestApp } from './support/test-app';

describe('platform: health, errors, OpenAPI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  it('reports health with the database status, without a token', async () => {
    const response = await t.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database is unreachable, and recovers', async () => {
    // As the superuser: refuse new connections to the app's database and cut the pool's existing ones.
    await adminQuery(`ALTER DATABASE "${t.database}" WITH ALLOW_CONNECTIONS false`);
    try {
      await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        t.database,
      ]);
      const down = await t.request('GET', '/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await adminQuery(`ALTER DATABASE "${t.database}" WITH ALLOW_CONNECTIONS true`);
    }
    const up = await t.request('GET', '/api/health');
    expect(up.status).toBe(200);
  });

  it('answers unknown routes and malformed JSON in the one error shape', async () => {
    const missing = await t.request('GET', '/api/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ statusCode: 404, error: 'NOT_FOUND', message: expect.any(String) });

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ statusCode: 400, error: 'BAD_REQUEST' });
  });

  it('serves the OpenAPI document with the bearer scheme and every route', async () => {
    const response = await t.request('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/me',
        '/api/users',
        '/api/users/{id}',
        '/api/audit',
      ]),
    );
    expect(response.body.components.schemas).toHaveProperty('CreateUserDto');
    expect(response.body.paths['/api/users'].post.security).toEqual([{ bearer: [] }]);
    const ui = await t.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('sends a request id on every response', async () => {
    const response = await t.request('GET', '/api/health');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const spoofed = await t.request('GET', '/api/health', {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(spoofed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
