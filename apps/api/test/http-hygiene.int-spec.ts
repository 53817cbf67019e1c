import { TestApp } from './support/test-app';

// What every response carries, whatever the route: security headers, caching, compression, the
// right status for a wrong method, and CORS closed by default.
describe('HTTP hygiene', () => {
  let t: TestApp;
  let clinician: { token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    clinician = await t.userWithToken('clinician', 'medical_oncology');
  });
  afterAll(() => t.close());

  it('keeps patient data out of caches', async () => {
    const list = await t.request('GET', '/api/patients', { token: clinician.token });
    expect(list.status).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const refused = await t.request('GET', '/api/patients');
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('sends security headers on JSON and HTML alike', async () => {
    for (const url of ['/api/health', '/api/docs']) {
      const response = await t.request('GET', url);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
      expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
      expect(String(response.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
      // Plain HTTP (no TLS in front): no HSTS, which would pin a browser to a scheme not offered.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('compresses large bodies for clients that accept gzip', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/docs-json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const plain = await t.request('GET', '/api/docs-json');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers 405 with Allow for a path that exists under other methods, 404 for no such path', async () => {
    const wrongMethod = await t.request('DELETE', '/api/patients', { token: clinician.token });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject({ statusCode: 405, error: 'METHOD_NOT_ALLOWED' });
    expect(String(wrongMethod.headers.allow).split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    const withId = await t.request('PUT', '/api/patients/00000000-0000-4000-8000-000000000000', {
      token: clinician.token,
    });
    expect(withId.status).toBe(405);
    expect(withId.headers.allow).toContain('PATCH');

    const missing = await t.request('GET', '/api/no-such-thing', { token: clinician.token });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe('NOT_FOUND');
  });

  it('answers a URL that cannot be decoded in the usual error shape, without echoing it', async () => {
    const response = await t.request('GET', '/api/patients/%ED%A0%80', { token: clinician.token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: 'the URL cannot be decoded',
    });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('keeps CORS closed by default', async () => {
    const preflight = await t.request('OPTIONS', '/api/patients', {
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await t.request('GET', '/api/health', {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });
});
