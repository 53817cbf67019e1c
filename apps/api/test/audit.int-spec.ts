import { TestApp } from './support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
  });
  afterAll(() => t.close());

  it('records a change with actor, action, entity, request id and outcome', async () => {
    const response = await t.request('POST', '/api/users', {
      token: admin.token,
      headers: { 'x-request-id': 'trace-abc-123' },
      body: {
        email: 'audited@h.example',
        displayName: 'Audited',
        role: 'coordinator',
        password: 'a long enough password',
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    const page = await t.request('GET', `/api/audit?entityId=${response.body.id}`, { token: admin.token });
    expect(page.body.items).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorRole: 'admin',
        action: 'user.create',
        entityType: 'user',
        entityId: response.body.id,
        requestId: 'trace-abc-123',
        outcome: 'success',
      }),
    ]);
    // The password never reaches the audit log.
    expect(JSON.stringify(page.body.items)).not.toContain('a long enough password');
  });

  it('writes nothing when the change fails (same transaction)', async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create'`,
    );
    const dup = await t.request('POST', '/api/users', {
      token: admin.token,
      body: {
        email: 'audited@h.example',
        displayName: 'Again',
        role: 'coordinator',
        password: 'a long enough password',
      },
    });
    expect(dup.status).toBe(409);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create'`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('filters by actor, entity type, action and time, newest first, across pages', async () => {
    const other = await t.userWithToken('admin');
    const start = new Date().toISOString();
    for (let i = 0; i < 3; i++) {
      await t.request('POST', '/api/users', {
        token: other.token,
        body: {
          email: `filter${i}@h.example`,
          displayName: `F${i}`,
          role: 'coordinator',
          password: 'a long enough password',
        },
      });
    }
    const first = await t.request(
      'GET',
      `/api/audit?actorId=${other.id}&action=user.create&from=${start}&limit=2`,
      {
        token: admin.token,
      },
    );
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await t.request(
      'GET',
      `/api/audit?actorId=${other.id}&action=user.create&from=${start}&limit=2&cursor=${first.body.nextCursor}`,
      { token: admin.token },
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const times = [...first.body.items, ...second.body.items].map(
      (i: { occurredAt: string }) => i.occurredAt,
    );
    expect([...times].sort().reverse()).toEqual(times);
    const emails = [...first.body.items, ...second.body.items].map(
      (i: { details: { after: { email: string } } }) => i.details.after.email,
    );
    expect(emails).toEqual(['filter2@h.example', 'filter1@h.example', 'filter0@h.example']);

    const future = await t.request('GET', `/api/audit?from=2999-01-01T00:00:00Z`, { token: admin.token });
    expect(future.body.items).toEqual([]);
    const bad = await t.request('GET', `/api/audit?from=yesterday&actorId=me`, { token: admin.token });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['actorId', 'from']);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('is readable by admins only', async () => {
    for (const role of ['coordinator', 'clinician'] as const) {
      const user = await t.userWithToken(role);
      const response = await t.request('GET', '/api/audit', { token: user.token });
      expect(response.status).toBe(403);
    }
  });
});
