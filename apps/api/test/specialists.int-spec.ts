import { auditEntries, invalidFields } from './support/inspect';
import { TestApp } from './support/test-app';

describe('specialists', () => {
  let t: TestApp;
  let admin: { id: string; token: string };
  let clinician: { id: string; token: string; specialistId: string | null };
  let coordinator: { token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
    clinician = await t.userWithToken('clinician', 'surgery');
    coordinator = await t.userWithToken('coordinator');
  });
  afterAll(() => t.close());

  const create = (body: object, token = admin.token) =>
    t.request('POST', '/api/specialists', { token, body });

  it('adds a visiting expert without a user account, in this institution by default', async () => {
    const response = await create({
      fullName: '  Prof. Hanna Visser ',
      discipline: 'hepatology',
      subSpecialties: ['portal hypertension', ' liver transplantation '],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      fullName: 'Prof. Hanna Visser',
      discipline: 'hepatology',
      institution: t.config.institutionName,
      subSpecialties: ['portal hypertension', 'liver transplantation'],
      userId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const [entry] = await auditEntries(t, response.body.id);
    expect(entry).toMatchObject({
      actor_id: admin.id,
      action: 'specialist.create',
      entity_type: 'specialist',
    });
  });

  it('keeps the institution of an expert from elsewhere', async () => {
    const response = await create({
      fullName: 'Dr Ext',
      discipline: 'radiology',
      institution: 'Regional Liver Centre',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ institution: 'Regional Liver Centre', subSpecialties: [] });
  });

  it("shows a clinician's own profile with the user account it belongs to", async () => {
    const response = await t.request('GET', `/api/specialists/${clinician.specialistId}`, {
      token: coordinator.token,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: clinician.specialistId,
      discipline: 'surgery',
      userId: clinician.id,
    });
  });

  it('lists by name for any signed-in user, filtered by discipline and paginated with a cursor', async () => {
    for (const name of ['Dr Anna IR', 'Dr Bert IR', 'Dr Carla IR']) {
      expect((await create({ fullName: name, discipline: 'interventional_radiology' })).status).toBe(201);
    }
    const first = await t.request('GET', '/api/specialists?discipline=interventional_radiology&limit=2', {
      token: clinician.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.items.map((s: { fullName: string }) => s.fullName)).toEqual([
      'Dr Anna IR',
      'Dr Bert IR',
    ]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.request(
      'GET',
      `/api/specialists?discipline=interventional_radiology&limit=2&cursor=${first.body.nextCursor}`,
      { token: clinician.token },
    );
    expect(second.body.items.map((s: { fullName: string }) => s.fullName)).toEqual(['Dr Carla IR']);
    expect(second.body.nextCursor).toBeNull();

    const all = await t.request('GET', '/api/specialists?limit=100', { token: admin.token });
    expect(all.body.items.find((s: { id: string }) => s.id === clinician.specialistId).userId).toBe(
      clinician.id,
    );
  });

  it('finds specialists by part of the name', async () => {
    const search = async (q: string) =>
      (
        await t.request('GET', `/api/specialists?q=${encodeURIComponent(q)}&limit=100`, {
          token: coordinator.token,
        })
      ).body.items.map((s: { fullName: string }) => s.fullName);
    expect(await search('bert ir')).toEqual(['Dr Bert IR']);
    expect(await search(' IR')).toEqual(['Dr Anna IR', 'Dr Bert IR', 'Dr Carla IR']);
    expect(await search('_')).toEqual([]);
  });

  it('changes a profile and audits the changed fields only', async () => {
    const { body: created } = await create({ fullName: 'Dr Change', discipline: 'surgery' });
    const response = await t.request('PATCH', `/api/specialists/${created.id}`, {
      token: admin.token,
      body: { subSpecialties: ['robotic liver surgery'], discipline: 'radiation_oncology' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      discipline: 'radiation_oncology',
      subSpecialties: ['robotic liver surgery'],
    });
    const entries = await auditEntries(t, created.id);
    expect(entries.map((e) => e.action)).toEqual(['specialist.create', 'specialist.update']);
    expect(entries[1].details).toEqual({
      before: { discipline: 'surgery', subSpecialties: [] },
      after: { discipline: 'radiation_oncology', subSpecialties: ['robotic liver surgery'] },
    });
  });

  it("refuses to change the discipline of a user's profile here (409): the user account owns it", async () => {
    const response = await t.request('PATCH', `/api/specialists/${clinician.specialistId}`, {
      token: admin.token,
      body: { discipline: 'radiology' },
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: 'SPECIALIST_HAS_ACCOUNT',
      details: { userId: clinician.id },
    });
    const rename = await t.request('PATCH', `/api/specialists/${clinician.specialistId}`, {
      token: admin.token,
      body: { fullName: 'Dr Renamed Surgeon', discipline: 'surgery' },
    });
    expect(rename.status).toBe(200);
  });

  it.each([
    ['an unknown discipline', { fullName: 'X', discipline: 'astrology' }, ['discipline']],
    ['an empty name', { fullName: '   ', discipline: 'surgery' }, ['fullName']],
    ['a missing name', { discipline: 'surgery' }, ['fullName']],
    [
      'sub-specialties that are not a list',
      { fullName: 'X', discipline: 'surgery', subSpecialties: 'robotic' },
      ['subSpecialties'],
    ],
    [
      'an empty sub-specialty',
      { fullName: 'X', discipline: 'surgery', subSpecialties: [''] },
      ['subSpecialties'],
    ],
    ['an unknown field', { fullName: 'X', discipline: 'surgery', userId: 'x' }, ['userId']],
  ])('refuses %s (400)', async (_, body, fields) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(invalidFields(response.body)).toEqual(fields);
  });

  it('answers 404 for an unknown specialist and 400 for an id that is not a UUID', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await t.request('GET', `/api/specialists/${missing}`, { token: admin.token })).status).toBe(404);
    expect(
      (
        await t.request('PATCH', `/api/specialists/${missing}`, {
          token: admin.token,
          body: { fullName: 'X' },
        })
      ).status,
    ).toBe(404);
    const bad = await t.request('GET', '/api/specialists/not-a-uuid', { token: admin.token });
    expect(bad.status).toBe(400);
    expect(invalidFields(bad.body)).toEqual(['id']);
  });

  it('refuses a bad filter or page size (400)', async () => {
    for (const query of ['discipline=astrology', 'limit=101', 'limit=0', 'cursor=garbage']) {
      const response = await t.request('GET', `/api/specialists?${query}`, { token: admin.token });
      expect(response.status).toBe(400);
    }
  });

  it('answers 401 without a token', async () => {
    expect((await t.request('GET', '/api/specialists')).status).toBe(401);
    expect(
      (await t.request('POST', '/api/specialists', { body: { fullName: 'X', discipline: 'surgery' } }))
        .status,
    ).toBe(401);
  });

  it.each(['clinician', 'coordinator'] as const)('refuses writes by a %s (403)', async (role) => {
    const token = role === 'clinician' ? clinician.token : coordinator.token;
    const post = await create({ fullName: 'X', discipline: 'surgery' }, token);
    expect(post.status).toBe(403);
    expect(post.body.error).toBe('PERMISSION_DENIED');
    const patch = await t.request('PATCH', `/api/specialists/${clinician.specialistId}`, {
      token,
      body: { fullName: 'X' },
    });
    expect(patch.status).toBe(403);
  });
});
