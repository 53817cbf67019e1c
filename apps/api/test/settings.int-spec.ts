import { invalidFields } from './support/inspect';
import { TestApp } from './support/test-app';

describe('institution settings', () => {
  let t: TestApp;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
  });
  afterAll(() => t.close());

  const valid = {
    imagingWindowDays: 56,
    timeZone: 'Europe/Brussels',
    quorumDisciplines: ['medical_oncology', 'surgery', 'radiology'],
    followUpOverdueDays: 45,
    letterLanguage: 'es',
    deputySigning: true,
    mrnSystem: 'urn:oid:2.16.840.1.113883.19.5',
  };
  const defaults = {
    imagingWindowDays: 42,
    timeZone: 'Europe/Amsterdam',
    quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    followUpOverdueDays: 60,
    letterLanguage: 'en',
    deputySigning: false,
    mrnSystem: 'urn:consilium:mrn',
  };

  it('starts with the defaults of the migration', async () => {
    const response = await t.request('GET', '/api/settings/institution', { token: admin.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...defaults, updatedAt: expect.any(String), defaults });
  });

  it('replaces the settings and audits the change with before and after', async () => {
    const put = await t.request('PUT', '/api/settings/institution', { token: admin.token, body: valid });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject(valid);
    const get = await t.request('GET', '/api/settings/institution', { token: admin.token });
    expect(get.body).toMatchObject(valid);

    const [entry] = await t.dataSource.query(
      `SELECT actor_id, action, entity_type, details FROM audit_log WHERE action = 'settings.update'`,
    );
    expect(entry).toEqual({
      actor_id: admin.id,
      action: 'settings.update',
      entity_type: 'institution_settings',
      details: {
        before: defaults,
        after: valid,
      },
    });
  });

  it('stores the canonical spelling of the time zone', async () => {
    const response = await t.request('PUT', '/api/settings/institution', {
      token: admin.token,
      body: { ...valid, timeZone: 'europe/amsterdam' },
    });
    expect(response.status).toBe(200);
    expect(response.body.timeZone).toBe('Europe/Amsterdam');
  });

  it.each([
    ['a window of 0 days', { imagingWindowDays: 0 }, 'imagingWindowDays'],
    ['a window over a year', { imagingWindowDays: 366 }, 'imagingWindowDays'],
    ['a window that is not a number', { imagingWindowDays: '42' }, 'imagingWindowDays'],
    ['a window with decimals', { imagingWindowDays: 41.5 }, 'imagingWindowDays'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a UTC offset instead of a zone', { timeZone: '+01:00' }, 'timeZone'],
    ['an unknown discipline', { quorumDisciplines: ['surgery', 'astrology'] }, 'quorumDisciplines'],
    ['a repeated discipline', { quorumDisciplines: ['surgery', 'surgery'] }, 'quorumDisciplines'],
    ['no discipline', { quorumDisciplines: [] }, 'quorumDisciplines'],
    ['no follow-up days', { followUpOverdueDays: 0 }, 'followUpOverdueDays'],
    ['follow-up days over a year', { followUpOverdueDays: 366 }, 'followUpOverdueDays'],
    ['an unknown letter language', { letterLanguage: 'fr' }, 'letterLanguage'],
    ['deputy signing as a string', { deputySigning: 'yes' }, 'deputySigning'],
    ['an MRN system that is not a URI', { mrnSystem: 'hospital MRNs' }, 'mrnSystem'],
    ['an MRN system over 255 characters', { mrnSystem: `urn:oid:${'1.'.repeat(130)}1` }, 'mrnSystem'],
    ['an unknown field', { colour: 'blue' }, 'colour'],
  ])('refuses %s (400 naming the field)', async (_, change, field) => {
    const response = await t.request('PUT', '/api/settings/institution', {
      token: admin.token,
      body: { ...valid, ...change },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(invalidFields(response.body)).toEqual([field]);
  });

  it('needs every field (PUT replaces the document)', async () => {
    const response = await t.request('PUT', '/api/settings/institution', { token: admin.token, body: {} });
    expect(response.status).toBe(400);
    expect(invalidFields(response.body).sort()).toEqual([
      'deputySigning',
      'followUpOverdueDays',
      'imagingWindowDays',
      'letterLanguage',
      'mrnSystem',
      'quorumDisciplines',
      'timeZone',
    ]);
  });

  it('answers 401 without a token', async () => {
    expect((await t.request('GET', '/api/settings/institution')).status).toBe(401);
    expect((await t.request('PUT', '/api/settings/institution', { body: valid })).status).toBe(401);
  });

  it.each(['coordinator', 'clinician'] as const)(
    'lets the %s read the settings (no clinical data in them) but not change them (403)',
    async (role) => {
      const { token } = await t.userWithToken(role);
      const read = await t.request('GET', '/api/settings/institution', { token });
      expect(read.status).toBe(200);
      expect(read.body.defaults).toEqual(defaults);
      const response = await t.request('PUT', '/api/settings/institution', { token, body: valid });
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('PERMISSION_DENIED');
    },
  );
});
