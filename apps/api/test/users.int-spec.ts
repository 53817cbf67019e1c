import { TestApp } from './support/test-app';

describe('users (admin)', () => {
  let t: TestApp;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
  });
  afterAll(() => t.close());

  const create = (body: object) => t.request('POST', '/api/users', { token: admin.token, body });

  it('creates a clinician with a linked specialist profile of their discipline', async () => {
    const response = await create({
      email: 'IR.Doctor@Hospital.Example',
      displayName: 'Dr I. R. Doctor',
      role: 'clinician',
      discipline: 'interventional_radiology',
      password: 'a long enough password',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: 'ir.doctor@hospital.example',
      role: 'clinician',
      discipline: 'interventional_radiology',
      active: true,
    });
    expect(response.body.password).toBeUndefined();
    const [specialist] = await t.dataSource.query(
      'SELECT full_name, discipline, institution FROM specialist WHERE id = $1',
      [response.body.specialistId],
    );
    expect(specialist).toEqual({
      full_name: 'Dr I. R. Doctor',
      discipline: 'interventional_radiology',
      institution: t.config.institutionName,
    });
  });

  it('refuses a duplicate email whatever its case (409)', async () => {
    const body = {
      email: 'dup@hospital.example',
      displayName: 'One',
      role: 'coordinator',
      password: 'a long enough password',
    };
    expect((await create(body)).status).toBe(201);
    const again = await create({ ...body, email: 'DUP@hospital.example' });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('EMAIL_TAKEN');
  });

  it('validates every field and names each bad one', async () => {
    const response = await create({
      email: 'not-an-email',
      displayName: '',
      role: 'surgeon',
      password: 'short',
      isAdmin: true,
    });
    expect(response.status).toBe(400);
    const fields = response.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'isAdmin', 'password', 'role']);
    expect(response.body.message).toContain('isAdmin');
  });

  it('requires a discipline for a clinician and refuses one for other roles', async () => {
    const clinician = await create({
      email: 'c1@h.example',
      displayName: 'C',
      role: 'clinician',
      password: 'a long enough password',
    });
    expect(clinician.status).toBe(400);
    expect(clinician.body.details[0].field).toBe('discipline');
    const coordinator = await create({
      email: 'c2@h.example',
      displayName: 'C',
      role: 'coordinator',
      discipline: 'surgery',
      password: 'a long enough password',
    });
    expect(coordinator.status).toBe(201);
    expect(coordinator.body.discipline).toBeNull();
  });

  it('lists users with keyset pagination and filters', async () => {
    for (let i = 0; i < 5; i++) await t.createUser('coordinator');
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await t.request('GET', `/api/users?role=coordinator&limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          token: admin.token,
        });
      expect(page.status).toBe(200);
      // Never an empty trailing page, whatever the parity of the count.
      expect(page.body.items.length).toBeGreaterThan(0);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const u of page.body.items) {
        expect(seen.has(u.id)).toBe(false);
        seen.add(u.id);
      }
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM app_user WHERE role = 'coordinator'`,
    );
    expect(seen.size).toBe(count);
    // The page size + 1 fetch means a last full page already says there is no next page.
    expect(pages).toBe(Math.ceil(count / 2));
  });

  it('finds users by part of the name or email, case-insensitively, with % and _ taken literally', async () => {
    const create = (body: object) =>
      t.request('POST', '/api/users', {
        token: admin.token,
        body: { role: 'coordinator', password: 'correct horse battery staple', ...body },
      });
    const ana = await create({ email: 'ana.quintana@hospital.example', displayName: 'Ana Quintana' });
    const bo = await create({ email: 'bo.berg@hospital.example', displayName: 'Bo Quintanilla_Berg' });
    expect([ana.status, bo.status]).toEqual([201, 201]);
    const find = async (q: string) =>
      (
        await t.request('GET', `/api/users?q=${encodeURIComponent(q)}&limit=100`, { token: admin.token })
      ).body.items.map((u: { id: string }) => u.id);
    expect(await find('QUINTAN')).toEqual([ana.body.id, bo.body.id]);
    expect(await find('ana.quin')).toEqual([ana.body.id]);
    expect(await find('a_B')).toEqual([bo.body.id]);
    expect(await find('%')).toEqual([]);
  });

  it('refuses a limit above 100, a bad cursor and a non-UUID id (400)', async () => {
    expect((await t.request('GET', '/api/users?limit=101', { token: admin.token })).status).toBe(400);
    const badCursor = await t.request('GET', '/api/users?cursor=bm9wZQ', { token: admin.token });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.details[0].field).toBe('cursor');
    const badId = await t.request('GET', '/api/users/42', { token: admin.token });
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].field).toBe('id');
  });

  it('answers 404 for an unknown user', async () => {
    const response = await t.request('PATCH', '/api/users/7d0f5d8e-3a1b-4c55-9a51-0d8a8b9b0c11', {
      token: admin.token,
      body: { active: false },
    });
    expect(response.status).toBe(404);
    expect(response.body.error).toBe('NOT_FOUND');
  });

  it('changes role and discipline, and records before/after in the audit log', async () => {
    const user = await t.createUser('coordinator');
    const response = await t.request('PATCH', `/api/users/${user.id}`, {
      token: admin.token,
      body: { role: 'clinician', discipline: 'radiology' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      role: 'clinician',
      discipline: 'radiology',
      specialistId: expect.any(String),
    });

    const audit = await t.request(
      'GET',
      `/api/audit?entityType=user&entityId=${user.id}&action=user.update`,
      {
        token: admin.token,
      },
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: admin.id,
      actorRole: 'admin',
      outcome: 'success',
      details: {
        before: { role: 'coordinator', discipline: null, specialistId: null },
        after: { role: 'clinician', discipline: 'radiology', specialistId: response.body.specialistId },
      },
    });
    expect(audit.body.items[0].requestId).toEqual(expect.any(String));
  });

  it('never leaves the system without an active admin, and an admin cannot demote themselves', async () => {
    const self = await t.request('PATCH', `/api/users/${admin.id}`, {
      token: admin.token,
      body: { active: false },
    });
    expect(self.status).toBe(409);
    expect(self.body.error).toBe('CANNOT_DEMOTE_SELF');

    // Leave exactly two active admins, then let them demote each other at the same moment.
    const others = await t.dataSource.query(
      `SELECT id FROM app_user WHERE role = 'admin' AND active AND id <> $1`,
      [admin.id],
    );
    for (const { id } of others) {
      expect(
        (await t.request('PATCH', `/api/users/${id}`, { token: admin.token, body: { active: false } }))
          .status,
      ).toBe(200);
    }
    const second = await t.userWithToken('admin');
    const [a, b] = await Promise.all([
      t.request('PATCH', `/api/users/${second.id}`, { token: admin.token, body: { role: 'coordinator' } }),
      t.request('PATCH', `/api/users/${admin.id}`, { token: second.token, body: { active: false } }),
    ]);
    // One change wins; the other is refused, as LAST_ADMIN, or as PERMISSION_DENIED when the
    // demotion of its caller committed before its guard ran. Either way one admin remains.
    const outcomes = [a, b].map((r) => `${r.status} ${r.body.error ?? ''}`.trim()).sort();
    expect(outcomes[0]).toBe('200');
    expect(['403 PERMISSION_DENIED', '409 LAST_ADMIN']).toContain(outcomes[1]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM app_user WHERE role = 'admin' AND active`,
    );
    expect(count).toBe(1);
  });
});
