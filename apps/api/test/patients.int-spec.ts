import { createCase, createPatient, patientBody, readyCaseBody } from './support/cases';
import { auditEntries, invalidFields } from './support/inspect';
import { TestApp } from './support/test-app';

describe('patients', () => {
  let t: TestApp;
  let clinician: { id: string; token: string };
  let coordinator: { id: string; token: string };
  let admin: { token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    clinician = await t.userWithToken('clinician', 'medical_oncology');
    coordinator = await t.userWithToken('coordinator');
    admin = await t.userWithToken('admin');
  });
  afterAll(() => t.close());

  const post = (body: object, token = clinician.token) => t.request('POST', '/api/patients', { token, body });

  describe('POST /api/patients', () => {
    it('registers a patient in this institution (201) and audits it without identifiers', async () => {
      const response = await post({
        mrn: ' mrn-100200 ',
        fullName: ' Maria  Jansen ',
        birthDate: '1961-04-23',
        sex: 'female',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        mrn: 'MRN-100200',
        fullName: 'Maria  Jansen',
        birthDate: '1961-04-23',
        sex: 'female',
        institution: t.config.institutionName,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const entries = await auditEntries(t, response.body.id);
      expect(entries).toEqual([
        expect.objectContaining({
          actor_id: clinician.id,
          action: 'patient.create',
          entity_type: 'patient',
          details: null,
        }),
      ]);
      expect(JSON.stringify(entries)).not.toContain('MRN-100200');
    });

    it('lets a coordinator register a patient too', async () => {
      expect((await post(patientBody(), coordinator.token)).status).toBe(201);
    });

    it('refuses a duplicate MRN in the institution, whatever its case or spaces (409 MRN_TAKEN)', async () => {
      const first = await post(patientBody({ mrn: 'DUP-1' }));
      // A conflict is not a failed query: nothing with the patient's identifiers reaches the logs.
      const logged = ['log', 'info', 'warn', 'error'].map((m) => jest.spyOn(console, m as 'log'));
      const again = await post(patientBody({ mrn: ' dup-1', fullName: 'Someone Else' }), coordinator.token);
      const output = logged.flatMap((spy) => spy.mock.calls.map((args) => args.join(' ')));
      logged.forEach((spy) => spy.mockRestore());
      expect(output.filter((line) => /DUP-1|Someone Else/i.test(line))).toEqual([]);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        error: 'MRN_TAKEN',
        details: { field: 'mrn', patientId: first.body.id },
      });
      expect(again.body.message).not.toContain('DUP-1');
    });

    it.each([
      ['a missing MRN', { mrn: undefined }, ['mrn']],
      ['an MRN with spaces inside', { mrn: 'MRN 12' }, ['mrn']],
      ['an MRN that is not a string', { mrn: 12345 }, ['mrn']],
      ['an empty name', { fullName: '' }, ['fullName']],
      ['an unknown sex', { sex: 'f' }, ['sex']],
      ['a date that does not exist', { birthDate: '1961-02-30' }, ['birthDate']],
      ['a date-time instead of a date', { birthDate: '1961-02-03T00:00:00Z' }, ['birthDate']],
      ['a birth date in the future', { birthDate: '2999-01-01' }, ['birthDate']],
      ['a birth date before 1900', { birthDate: '1899-12-31' }, ['birthDate']],
      ['an unknown field', { ssn: '123' }, ['ssn']],
    ])('refuses %s (400 naming the field)', async (_, change, fields) => {
      const response = await post(patientBody(change));
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(invalidFields(response.body)).toEqual(fields);
    });

    it('answers 401 without a token and 403 to an admin (no clinical data for admins)', async () => {
      expect((await t.request('POST', '/api/patients', { body: patientBody() })).status).toBe(401);
      const denied = await post(patientBody(), admin.token);
      expect(denied.status).toBe(403);
      expect(denied.body.error).toBe('PERMISSION_DENIED');
    });
  });

  describe('GET /api/patients', () => {
    let search: { id: string; fullName: string; mrn: string }[];

    beforeAll(async () => {
      search = [];
      for (const [mrn, fullName] of [
        ['SRCH-001', 'Annelies van der Berg'],
        ['SRCH-002', 'Bram Bergsma'],
        ['SRCH-003', 'Cornelis Jansen'],
        ['OTHER-9', 'Dirk Ijsberg'],
      ]) {
        search.push(await createPatient(t, clinician, { mrn, fullName }));
      }
    });

    const list = (query: string, token = coordinator.token) =>
      t.request('GET', `/api/patients?${query}`, { token });

    it('finds patients by MRN prefix, case-insensitively', async () => {
      const response = await list('q=srch-00');
      expect(response.status).toBe(200);
      expect(response.body.items.map((p: { mrn: string }) => p.mrn).sort()).toEqual([
        'SRCH-001',
        'SRCH-002',
        'SRCH-003',
      ]);
    });

    it('finds patients by part of the name, case-insensitively, alphabetically', async () => {
      const response = await list('q=BERG');
      expect(response.body.items.map((p: { fullName: string }) => p.fullName)).toEqual([
        'Annelies van der Berg',
        'Bram Bergsma',
        'Dirk Ijsberg',
      ]);
    });

    it('treats % and _ in a search as characters, not wildcards', async () => {
      expect((await list('q=%25')).body.items).toEqual([]);
      expect((await list('q=_')).body.items).toEqual([]);
    });

    it('pages through every patient with the cursor, without repeats or gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...response.body.items.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM patient');
      expect(seen).toHaveLength(count);
      expect(new Set(seen).size).toBe(count);
      expect(pages).toBe(Math.ceil(count / 2));
    });

    it('pages a search through the name words in name order, each patient once, and follows corrections', async () => {
      // Two words of one name contain the part: the patient is listed once.
      const both = await createPatient(t, clinician, {
        mrn: 'SRCH-010',
        fullName: 'Hilde Lindeberg Bergkamp',
      });
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await list(`q=berg&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        names.push(...response.body.items.map((p: { fullName: string }) => p.fullName));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(names).toEqual([
        'Annelies van der Berg',
        'Bram Bergsma',
        'Dirk Ijsberg',
        'Hilde Lindeberg Bergkamp',
      ]);

      // A correction of the name is what the search finds from then on.
      const renamed = await t.request('PATCH', `/api/patients/${both.id}`, {
        token: clinician.token,
        body: { fullName: 'Hilde Lindqvist' },
      });
      expect(renamed.status).toBe(200);
      expect((await list('q=bergkamp')).body.items).toEqual([]);
      expect((await list('q=lindqv')).body.items.map((p: { id: string }) => p.id)).toEqual([both.id]);
      // A part across words is still a part of the name.
      expect((await list('q=van%20der%20b')).body.items.map((p: { fullName: string }) => p.fullName)).toEqual(
        ['Annelies van der Berg'],
      );
    });

    it('records the read with the ids listed', async () => {
      const response = await list('q=SRCH');
      const [entry] = await t.dataSource.query(
        `SELECT actor_id, action, entity_type, details FROM audit_log
          WHERE action = 'patient.read' AND actor_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [coordinator.id],
      );
      expect(entry).toEqual({
        actor_id: coordinator.id,
        action: 'patient.read',
        entity_type: 'patient',
        details: { listed: response.body.items.map((p: { id: string }) => p.id) },
      });
    });

    it('refuses an empty or too long search, a bad limit and a forged cursor (400)', async () => {
      for (const query of [
        'q=',
        `q=${'x'.repeat(101)}`,
        'limit=101',
        'limit=abc',
        'cursor=AAAA',
        'sort=name',
      ]) {
        const response = await list(query);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
      }
    });

    it('answers 401 without a token and 403 to an admin', async () => {
      expect((await t.request('GET', '/api/patients')).status).toBe(401);
      expect((await list('', admin.token)).status).toBe(403);
    });
  });

  describe('GET /api/patients/:id', () => {
    it("returns the patient with a summary of the patient's cases, newest first, and audits the read", async () => {
      const patient = await createPatient(t, clinician);
      const first = await createCase(t, clinician, readyCaseBody(patient.id));
      const second = await createCase(t, clinician, { patientId: patient.id, primarySite: 'pancreas' });
      const response = await t.request('GET', `/api/patients/${patient.id}`, { token: coordinator.token });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: patient.id, mrn: patient.mrn, fullName: patient.fullName });
      expect(response.body.cases).toEqual([
        { id: second.id, status: 'draft', primarySite: 'pancreas', createdAt: expect.any(String) },
        { id: first.id, status: 'draft', primarySite: 'colon', createdAt: expect.any(String) },
      ]);
      const reads = (await auditEntries(t, patient.id)).filter((e) => e.action === 'patient.read');
      expect(reads).toEqual([expect.objectContaining({ actor_id: coordinator.id, entity_type: 'patient' })]);
    });

    it('returns an empty case list for a patient without cases', async () => {
      const patient = await createPatient(t, clinician);
      const response = await t.request('GET', `/api/patients/${patient.id}`, { token: clinician.token });
      expect(response.body.cases).toEqual([]);
    });

    it('answers 404, 400 for a non-UUID id, 401 and 403 for an admin', async () => {
      const missing = await t.request('GET', '/api/patients/00000000-0000-4000-8000-000000000000', {
        token: clinician.token,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error).toBe('NOT_FOUND');
      const bad = await t.request('GET', '/api/patients/123', { token: clinician.token });
      expect(bad.status).toBe(400);
      expect(invalidFields(bad.body)).toEqual(['id']);
      const patient = await createPatient(t, clinician);
      expect((await t.request('GET', `/api/patients/${patient.id}`)).status).toBe(401);
      expect((await t.request('GET', `/api/patients/${patient.id}`, { token: admin.token })).status).toBe(
        403,
      );
    });
  });

  describe('PATCH /api/patients/:id', () => {
    const patch = (id: string, body: object, token = clinician.token) =>
      t.request('PATCH', `/api/patients/${id}`, { token, body });

    it('corrects the registration and audits the changed field names, not their values', async () => {
      const patient = await createPatient(t, clinician);
      const response = await patch(
        patient.id,
        { fullName: 'Maria van Jansen', birthDate: '1961-04-24' },
        coordinator.token,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: patient.id,
        fullName: 'Maria van Jansen',
        birthDate: '1961-04-24',
        mrn: patient.mrn,
      });
      const entries = (await auditEntries(t, patient.id)).filter((e) => e.action === 'patient.update');
      expect(entries).toHaveLength(1);
      expect(entries[0].details).toEqual({ changedFields: ['fullName', 'birthDate'] });
      expect(JSON.stringify(entries[0])).not.toContain('van Jansen');
    });

    it('refuses an MRN that another patient has (409) and keeps the patient unchanged', async () => {
      const first = await createPatient(t, clinician);
      const second = await createPatient(t, clinician);
      const response = await patch(second.id, { mrn: first.mrn.toLowerCase() });
      expect(response.status).toBe(409);
      expect(response.body.error).toBe('MRN_TAKEN');
      const after = await t.request('GET', `/api/patients/${second.id}`, { token: clinician.token });
      expect(after.body.mrn).toBe(second.mrn);
    });

    it('validates each field (400), answers 404, and 403 to an admin', async () => {
      const patient = await createPatient(t, clinician);
      const bad = await patch(patient.id, { sex: 'x', birthDate: '2999-01-01', nickname: 'M' });
      expect(bad.status).toBe(400);
      expect(invalidFields(bad.body).sort()).toEqual(['birthDate', 'nickname', 'sex']);
      expect((await patch('00000000-0000-4000-8000-000000000000', { sex: 'male' })).status).toBe(404);
      expect((await patch(patient.id, { sex: 'male' }, admin.token)).status).toBe(403);
    });
  });
});
