import { Writable } from 'node:stream';

import { createLogger } from '../src/common/logger';
import { TestApp } from './support/test-app';

// Application logs are JSON lines with a request id, and never carry bodies, query strings, tokens or
// the parameters of failed queries (where patient identifiers and password hashes would be).
describe('structured logs', () => {
  const lines: string[] = [];
  let t: TestApp;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    t = await TestApp.create({}, createLogger('debug', sink));
  });
  afterAll(() => t.close());

  it('logs each request as JSON with its id, path and status, and nothing it should not', async () => {
    const admin = await t.userWithToken('admin');
    const secretName = 'Johanna Secretpatient';
    await t.request('GET', `/api/users?role=coordinator&q=${encodeURIComponent(secretName)}`, {
      token: admin.token,
    });
    const body = {
      email: 'dup-log@h.example',
      displayName: secretName,
      role: 'coordinator',
      password: 'a long enough password',
    };
    await t.request('POST', '/api/users', { token: admin.token, body });
    const duplicate = await t.request('POST', '/api/users', {
      token: admin.token,
      body,
      headers: { 'x-request-id': 'log-test-1' },
    });
    expect(duplicate.status).toBe(409);

    const feedToken = 'f'.repeat(43);
    expect((await t.request('GET', `/api/calendar/feeds/${feedToken}`)).status).toBe(404);

    const records = lines.map((l) => JSON.parse(l) as Record<string, any>);
    expect(records.some((r) => r.req?.path === '/api/calendar/feeds/[redacted]')).toBe(true);
    const completed = records.filter((r) => r.msg === 'request completed');
    expect(completed.length).toBeGreaterThan(0);
    // One line per answered request carries all of it; the incoming line is written at debug only.
    const dupLog = completed.filter((r) => r.reqId === 'log-test-1');
    expect(dupLog).toEqual([
      expect.objectContaining({
        level: 30,
        req: { id: 'log-test-1', method: 'POST', path: '/api/users' },
        res: { statusCode: 409 },
        responseTime: expect.any(Number),
      }),
    ]);
    const incoming = records.filter((r) => r.msg === 'incoming request' && r.reqId === 'log-test-1');
    expect(incoming).toEqual([
      expect.objectContaining({ level: 20, req: { id: 'log-test-1', method: 'POST', path: '/api/users' } }),
    ]);
    // The failed insert is logged by the database logger without its parameters.
    expect(records.some((r) => r.msg === 'query failed' && r.constraint === 'app_user_email_lower_key')).toBe(
      true,
    );

    const all = lines.join('\n');
    for (const forbidden of [
      feedToken,
      secretName,
      'Johanna',
      'a long enough password',
      'dup-log@h.example',
      admin.token,
      '$argon2id$',
    ]) {
      expect(all).not.toContain(forbidden);
    }
  });
});
