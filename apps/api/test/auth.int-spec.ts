import { createHmac } from 'node:crypto';

import { TEST_PASSWORD, TestApp } from './support/test-app';

function forgeToken(payload: object, secret: string, alg = 'HS256'): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg, typ: 'JWT' })}.${enc(payload)}`;
  const signature = alg === 'none' ? '' : createHmac('sha256', secret).update(head).digest('base64url');
  return `${head}.${signature}`;
}

describe('auth', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create({ loginLimits: { perAccountAndAddress: 3, perAddress: 8, windowMinutes: 15 } });
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
    const claims = { sub: user.id, ver: 0, iss: 'consilium', aud: 'consilium-api', iat: now - 600 };
    const cases = [
      forgeToken({ ...claims, exp: now - 60 }, t.config.jwtSecret),
      forgeToken({ ...claims, exp: now + 600 }, 'some other secret that is long enough!!'),
      forgeToken({ ...claims, exp: now + 600 }, t.config.jwtSecret, 'none'),
      forgeToken({ ...claims, aud: 'another-api', exp: now + 600 }, t.config.jwtSecret),
    ];
    for (const token of cases) {
      const response = await t.request('GET', '/api/auth/me', { token });
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="consilium"');
    }
    // The same claims, correctly signed, pass: the refusals above are about the token, not the user.
    const valid = forgeToken({ ...claims, exp: now + 600 }, t.config.jwtSecret);
    expect((await t.request('GET', '/api/auth/me', { token: valid })).status).toBe(200);
  });

  it('refuses a validly signed token without an expiry, or older than the token lifetime', async () => {
    const user = await t.createUser('coordinator');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, ver: 0, iss: 'consilium', aud: 'consilium-api' };
    const noExpiry = forgeToken({ ...claims, iat: now }, t.config.jwtSecret);
    // Issued two lifetimes ago with a far expiry: what a stolen signing key or a bug would mint.
    const tooOld = forgeToken({ ...claims, iat: now - 7200, exp: now + 86400 }, t.config.jwtSecret);
    const noIssuedAt = forgeToken({ ...claims, exp: now + 600 }, t.config.jwtSecret);
    for (const [token, message] of [
      [noExpiry, 'invalid token'],
      [tooOld, 'token expired'],
      [noIssuedAt, 'invalid token'],
    ]) {
      const response = await t.request('GET', '/api/auth/me', { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ statusCode: 401, error: 'UNAUTHORIZED', message });
    }
  });

  it('ends the tokens issued before a password change', async () => {
    const admin = await t.userWithToken('admin');
    const user = await t.userWithToken('coordinator');
    const reset = await t.request('PATCH', `/api/users/${user.id}`, {
      token: admin.token,
      body: { password: 'a brand new passphrase' },
    });
    expect(reset.status).toBe(200);
    const old = await t.request('GET', '/api/auth/me', { token: user.token });
    expect(old.status).toBe(401);
    expect(old.body.message).toBe('token revoked');
    // Other accounts' tokens are untouched, and the new password gives a working token.
    expect((await t.request('GET', '/api/auth/me', { token: admin.token })).status).toBe(200);
    const fresh = await t.login(user.email, 'a brand new passphrase');
    expect((await t.request('GET', '/api/auth/me', { token: fresh })).status).toBe(200);
  });

  it("does not lock the account owner out because of someone else's failures from another address", async () => {
    const surgeon = await t.createUser('clinician', { discipline: 'surgery' });
    const attacker = '203.0.113.66';
    for (let i = 0; i < 3; i++) {
      const r = await t.request('POST', '/api/auth/login', {
        body: { email: surgeon.email, password: `guess ${i}` },
        ip: attacker,
      });
      expect(r.status).toBe(401);
    }
    // The attacker's own address is refused for this account, even with the right password…
    const blocked = await t.request('POST', '/api/auth/login', {
      body: { email: surgeon.email, password: TEST_PASSWORD },
      ip: attacker,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
    // …but the surgeon, from their own address, signs in.
    const own = await t.request('POST', '/api/auth/login', {
      body: { email: surgeon.email, password: TEST_PASSWORD },
      ip: '192.0.2.10',
    });
    expect(own.status).toBe(200);

    const rows = await t.dataSource.query(
      `SELECT outcome FROM audit_log WHERE action = 'auth.login' AND entity_id = $1`,
      [surgeon.id],
    );
    expect(rows.filter((r: { outcome: string }) => r.outcome === 'failure')).toHaveLength(3);
  });

  it('never refuses a correct password because one address failed on many accounts', async () => {
    const user = await t.createUser('coordinator');
    // A hospital's NAT: one address for everyone, and a stranger behind it trying made-up accounts.
    const nat = '198.51.100.23';
    for (let i = 0; i < 9; i++) {
      const r = await t.request('POST', '/api/auth/login', {
        body: { email: `made-up-${i}@test.consilium`, password: 'whatever it is' },
        ip: nat,
      });
      expect(r.status).toBe(401);
    }
    const colleague = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
      ip: nat,
    });
    expect(colleague.status).toBe(200);
  });

  it('counts parallel guesses as they start, so a burst cannot exceed the limit', async () => {
    const user = await t.createUser('coordinator');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.request('POST', '/api/auth/login', {
          body: { email: user.email, password: `burst ${i}` },
          ip: '203.0.113.99',
        }),
      ),
    );
    const checked = responses.filter((r) => r.status === 401).length;
    expect(responses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect(checked).toBeLessThanOrEqual(3 + 2); // the limit, give or take two that started together
  });

  it('lets an admin see and clear a lock, audited', async () => {
    const admin = await t.userWithToken('admin');
    const user = await t.createUser('coordinator');
    const address = '203.0.113.77';
    for (let i = 0; i < 3; i++) {
      await t.request('POST', '/api/auth/login', {
        body: { email: user.email, password: `x${i}` },
        ip: address,
      });
    }
    const lock = await t.request('GET', `/api/users/${user.id}/login-lock`, { token: admin.token });
    expect(lock.status).toBe(200);
    expect(lock.body).toEqual({
      locked: true,
      addresses: [{ address, failures: 3, lockedUntil: expect.any(String) }],
    });
    const coordinator = await t.userWithToken('coordinator');
    expect(
      (await t.request('DELETE', `/api/users/${user.id}/login-lock`, { token: coordinator.token })).status,
    ).toBe(403);

    const cleared = await t.request('DELETE', `/api/users/${user.id}/login-lock`, { token: admin.token });
    expect(cleared.status).toBe(204);
    const after = await t.request('GET', `/api/users/${user.id}/login-lock`, { token: admin.token });
    expect(after.body).toEqual({ locked: false, addresses: [] });
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
      ip: address,
    });
    expect(login.status).toBe(200);
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'user.login_lock.clear' AND entity_id = $1`,
      [user.id],
    );
    expect(entry).toEqual({ actor_id: admin.id, details: { clearedFailures: 3 } });
    expect(
      (
        await t.request('GET', `/api/users/00000000-0000-4000-8000-000000000000/login-lock`, {
          token: admin.token,
        })
      ).status,
    ).toBe(404);
  });

  it('purges failures older than the window', async () => {
    await t.dataSource.query(
      `INSERT INTO login_failure (email, ip, failed_at) VALUES ('old@test.consilium', '192.0.2.200', now() - interval '2 hours')`,
    );
    await t.request('POST', '/api/auth/login', {
      body: { email: 'someone@test.consilium', password: 'not it at all' },
      ip: '192.0.2.201',
    });
    const rows = await t.dataSource.query(`SELECT 1 FROM login_failure WHERE email = 'old@test.consilium'`);
    expect(rows).toHaveLength(0);
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
