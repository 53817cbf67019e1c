import { randomBytes } from 'node:crypto';

import { TEST_PASSWORD, TestApp } from './support/test-app';

// A deployment behind one trusted TLS-terminating load balancer (TRUST_PROXY=1), with a browser
// app on another origin (CORS_ORIGINS). The client address is the entry that proxy appended to
// X-Forwarded-For, never one the client wrote itself.
describe('behind a proxy, with CORS origins', () => {
  let t: TestApp;
  const proxy = '10.0.0.5';

  beforeAll(async () => {
    t = await TestApp.create({
      trustProxy: 1,
      corsOrigins: ['https://board.hospital.example'],
      loginLimits: { perAccountAndAddress: 3, perAddress: 6, windowMinutes: 15 },
    });
  });
  afterAll(() => t.close());

  const viaProxy = (forwardedFor: string, email: string, password: string) =>
    t.request('POST', '/api/auth/login', {
      body: { email, password },
      ip: proxy,
      headers: { 'x-forwarded-for': forwardedFor },
    });
  const randomAddress = () => `192.0.2.${randomBytes(1)[0] % 250}`;

  it('keys the limits on the address the proxy saw, so rotating a forged entry does not bypass them', async () => {
    const user = await t.createUser('coordinator');
    const attacker = '198.51.100.40';
    for (let i = 0; i < 3; i++) {
      expect((await viaProxy(`${randomAddress()}, ${attacker}`, user.email, `guess ${i}`)).status).toBe(401);
    }
    expect((await viaProxy(`${randomAddress()}, ${attacker}`, user.email, TEST_PASSWORD)).status).toBe(429);
  });

  it("does not let a client lock a victim out by writing the victim's address", async () => {
    const user = await t.createUser('coordinator');
    const victim = '198.51.100.41';
    const attacker = '198.51.100.42';
    for (let i = 0; i < 4; i++) {
      await viaProxy(`${victim}, ${attacker}`, user.email, `guess ${i}`);
    }
    expect((await viaProxy(victim, user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('sends HSTS only on requests that came over TLS', async () => {
    const overTls = await t.request('GET', '/api/health', {
      ip: proxy,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await t.request('GET', '/api/health', { ip: proxy });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers CORS for the listed origins only', async () => {
    const preflight = (origin: string) =>
      t.request('OPTIONS', '/api/patients', {
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://board.hospital.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://board.hospital.example');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await preflight('https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
