import { Client } from 'pg';

import { TcpProxy } from './support/tcp-proxy';
import { TEST_PASSWORD, TestApp } from './support/test-app';

// The database goes away, or stops answering, under a running app: every route answers 503 with
// Retry-After and no internals (never a 401 that would make a client drop its token), requests
// fail within the configured timeouts instead of hanging, and the app recovers when it comes back.
describe('database outage', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let token: string;
  let coordinator: { email: string };

  const expectUnavailable = (response: {
    status: number;
    body: unknown;
    headers: Record<string, unknown>;
  }) => {
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toEqual({
      statusCode: 503,
      error: 'SERVICE_UNAVAILABLE',
      message: 'the service is temporarily unavailable; retry shortly',
    });
  };

  // One of each kind: authenticated (the account is re-read), the login, the public feed, health.
  const everyKindOfRoute = () => [
    t.request('GET', '/api/auth/me', { token }),
    t.request('GET', '/api/patients', { token }),
    t.request('POST', '/api/auth/login', { body: { email: coordinator.email, password: TEST_PASSWORD } }),
    t.request('GET', `/api/calendar/feeds/${'x'.repeat(43)}`),
  ];

  beforeAll(async () => {
    const target = new URL(process.env.CONSILIUM_TEST_RUNTIME_URL as string);
    proxy = await TcpProxy.create({ host: target.hostname, port: Number(target.port) });
    t = await TestApp.create(
      {
        databaseTimeouts: { connectMs: 1000, statementMs: 1000, lockMs: 500, idleInTransactionMs: 5000 },
      },
      undefined,
      { connectThrough: (url) => proxy.rewrite(url) },
    );
    const user = await t.createUser('coordinator');
    coordinator = user;
    token = await t.login(user.email);
  });
  afterAll(async () => {
    await proxy.start();
    await t.close();
    await proxy.stop();
  });

  it('answers 503 without internals on every kind of route while the database is down, then recovers', async () => {
    await proxy.stop();
    const responses = await Promise.all(everyKindOfRoute());
    for (const response of responses) expectUnavailable(response);
    const health = await t.request('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(JSON.stringify(responses.map((r) => r.body))).not.toMatch(/ECONN|127\.0\.0\.1|\d{4,5}/);

    await proxy.start();
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(200);
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  });

  it('fails fast with 503 while the database hangs, then recovers', async () => {
    await proxy.freeze();
    const responses = await Promise.all(everyKindOfRoute());
    for (const response of responses) expectUnavailable(response);

    await proxy.stop();
    await proxy.start();
    // The pool drops the connections that timed out and opens new ones.
    let status = 0;
    for (let i = 0; i < 5 && status !== 200; i++) {
      status = (await t.request('GET', '/api/auth/me', { token })).status;
    }
    expect(status).toBe(200);
  });

  it('ends a request that waits on a lock after the lock timeout, with 503, and the row stays intact', async () => {
    const patient = await t.request('POST', '/api/patients', {
      token: (await t.userWithToken('clinician', 'medical_oncology')).token,
      body: { mrn: 'OUTAGE-1', fullName: 'Lock Wait', birthDate: '1960-01-01', sex: 'female' },
    });
    expect(patient.status).toBe(201);
    const clinician = await t.userWithToken('clinician', 'medical_oncology');
    const holder = new Client({ connectionString: t.ownerUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM patient WHERE id = $1 FOR UPDATE', [patient.body.id]);
      const blocked = await t.request('PATCH', `/api/patients/${patient.body.id}`, {
        token: clinician.token,
        body: { fullName: 'Changed While Locked' },
      });
      expectUnavailable(blocked);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const [row] = await t.ownerQuery('SELECT full_name FROM patient WHERE id = $1', [patient.body.id]);
    expect(row.full_name).toBe('Lock Wait');
  });

  it('sets the statement, lock and idle-transaction timeouts on every connection', async () => {
    const [settings] = await t.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: '1s', lock: '500ms', idle: '5s' });
  });
});
