import { createHmac } from 'node:crypto';
import { TestApp, TEST_PASSWORD } from './support/test-app';

function forgeToken(payload: object, secret: string, alg = 'HS256'): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg, typ: 'JWT' })}.${enc(payload)}`;
  const signature = alg === 'none' ? '' : createHmac('sha256', secret).update(head).digest('base64url');
  return `${head}.${signature}`;
}

describe('auth', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create({ loginLimits: { perAccount: 3, perIp: 8, windowMinutes: 15 } });
  });
  afterAll(() => t.close());

  it('logs in with email and password and returns a token that /me accepts', async () => {
    const user = await t.createUser('clinician', {
      discipline: 'surgery',
      email: 'Mixed.Case@Test.Consilium',
    });
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: 'mixed.case@test.consilium', password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(login.body.user).toMatchObject({ id: user.id, role: 'clinician', discipline: 'surgery' });
    expect(login.body.user.passwordHash).toBeUndefined();

    const me = await t.request('GET', '/api/auth/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: user.id,
      email: 'mixed.case@test.consilium',
      specialistId: user.specialistId,
    });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['clinical.read', 'plans.vote']));
    expect(me.body.permissions).not.toContain('users.manage');
  });

  it('answers the same 401 for an unknown email and a wrong password', async () => {
    const user = await t.createUser('coordinator');
    const unknown = await t.request('POST', '/api/auth/login', {
      body: { email: 'nobody@test.consilium', password: TEST_PASSWORD },
    });
    const wrong = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: 'not the password' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({
      statusCode: 401,
      error: 'UNAUTHORIZED',
      message: 'invalid email or password',
    });
  });

  it('rejects a login body with missing or unknown fields, naming them', async () => {
    const response = await t.request('POST', '/api/auth/login', { body: { email: 'a@b.c', remember: true } });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'password',
      'remember',
    ]);
  });

  it('refuses a deactivated user at once, even with a token issued before', async () => {
    const admin = await t.userWithToken('admin');
    const user = await t.userWithToken('coordinator');
    expect((await t.request('GET', '/api/auth/me', { token: user.token })).status).toBe(200);

    const patch = await t.request('PATCH', `/api/users/${user.id}`, {
      token: admin.token,
      body: { active: false },
    });
    expect(patch.status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: user.token })).status).toBe(401);
    const again = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.status).toBe(401);
  });

  it('refuses expired tokens, tokens with another signature or algorithm', async () => {
    const user = await t.createUser('coordinator');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, iss: 'consilium', aud: 'consilium-api', iat: now - 7200 };
    const cases = [
      forgeToken({ ...claims, exp: now - 60 }, t.config.jwtSecret),
      forgeToken({ ...claims, exp: now + 600 }, 'some other secret that is long enough!!'),
      forgeToken({ ...claims, exp: now + 600 }, t.config.jwtSecret, 'none'),
      forgeToken({ ...claims, aud: 'another-api', exp: now + 600 }, t.config.jwtSecret),
    ];
    for (const token of cases) {
      expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    }
    // The same claims, correctly signed, pass: the refusals above are about the token, not the user.
    const valid = forgeToken({ ...claims, exp: now + 600 }, t.config.jwtSecret);
    expect((await t.request('GET', '/api/auth/me', { token: valid })).status).toBe(200);
  });

  it('rate-limits failed logins per account, even with the right password afterwards', async () => {
    const user = await t.createUser('coordinator');
    // Each attempt from another address: the account's own counter is what blocks.
    for (let i = 0; i < 3; i++) {
      const r = await t.request('POST', '/api/auth/login', {
        body: { email: user.email, password: `wrong ${i}` },
        ip: `203.0.113.${i + 1}`,
      });
      expect(r.status).toBe(401);
    }
    const blocked = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(blocked.headers['retry-after']).toBe('900');

    const rows = await t.dataSource.query(
      `SELECT outcome, details->>'reason' AS reason FROM audit_log WHERE action = 'auth.login' AND entity_id = $1 ORDER BY occurred_at`,
      [user.id],
    );
    expect(rows.filter((r: { outcome: string }) => r.outcome === 'failure')).toHaveLength(3);
  });

  it('rate-limits failed logins per client address across accounts', async () => {
    const user = await t.createUser('coordinator');
    const ip = '198.51.100.23';
    for (let i = 0; i < 8; i++) {
      const r = await t.request('POST', '/api/auth/login', {
        body: { email: `x${i}@test.consilium`, password: 'whatever it is' },
        ip,
      });
      expect(r.status).toBe(401);
    }
    const blocked = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
      ip,
    });
    expect(blocked.status).toBe(429);
    // Another address is not affected.
    expect(
      (await t.request('POST', '/api/auth/login', { body: { email: user.email, password: TEST_PASSWORD } }))
        .status,
    ).toBe(200);
  });

  it('stores passwords as Argon2id hashes and accepts a 128-character password', async () => {
    const long = 'p'.repeat(128);
    const user = await t.createUser('coordinator', { password: long });
    const [{ password_hash }] = await t.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [
      user.id,
    ]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    expect(password_hash).not.toContain(long);
    expect(await t.login(user.email, long)).toEqual(expect.any(String));
  });
});
