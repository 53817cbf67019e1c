import { createCase, createPatient, isoDaysAgo, readyCaseBody } from './support/cases';
import { auditEntries, countQueries, invalidFields } from './support/inspect';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('cases', () => {
  let t: TestApp;
  let oncologist: { id: string; token: string; specialistId: string | null };
  let surgeon: { id: string; token: string; specialistId: string | null };
  let coordinator: { id: string; token: string };
  let admin: { id: string; token: string };
  let patient: { id: string; mrn: string; fullName: string };

  beforeAll(async () => {
    t = await TestApp.create();
    oncologist = await t.userWithToken('clinician', 'medical_oncology');
    surgeon = await t.userWithToken('clinician', 'surgery');
    coordinator = await t.userWithToken('coordinator');
    admin = await t.userWithToken('admin');
    patient = await createPatient(t, oncologist, { fullName: 'Hendrika Zwart' });
  });
  afterAll(() => t.close());

  const post = (body: object, token = oncologist.token) => t.request('POST', '/api/cases', { token, body });
  const patch = (id: string, body: object, token = oncologist.token) =>
    t.request('PATCH', `/api/cases/${id}`, { token, body });

  describe('POST /api/cases', () => {
    it('creates a draft with every fact typed, presented by its author, with a created event and audit entry', async () => {
      const body = readyCaseBody(patient.id, {
        pdl1Percent: 12.5,
        plannedSurgeryDate: '2099-01-15',
        priorTreatments: [
          { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
          { modality: 'targeted_therapy' },
        ],
      });
      const response = await post(body);
      expect(response.status).toBe(201);
      const { patientId, ...facts } = body;
      expect(response.body).toEqual({
        id: expect.any(String),
        status: 'draft',
        patientId,
        patient: {
          id: patient.id,
          mrn: patient.mrn,
          fullName: 'Hendrika Zwart',
          birthDate: '1961-04-23',
          sex: 'female',
        },
        presentingSpecialistId: oncologist.specialistId,
        presentingSpecialist: {
          id: oncologist.specialistId,
          fullName: 'Test clinician',
          discipline: 'medical_oncology',
        },
        treatingPhysicianSpecialistId: null,
        treatingPhysicianSpecialist: null,
        treatingPhysicianName: null,
        treatingPhysicianContact: null,
        ...facts,
        priorTreatments: [
          { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
          { modality: 'targeted_therapy', regimen: null, months: null, bestResponse: null },
        ],
        nextStep: {
          kind: 'submit',
          missing: [],
          returnReason: null,
          since: expect.any(String),
          followUpDueAt: null,
          overdue: false,
          meeting: null,
        },
        createdById: oncologist.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const [row] = await t.dataSource.query(
        `SELECT bilirubin_mg_dl::text, ecog, lesions, latest_imaging_date::text FROM board_case WHERE id = $1`,
        [response.body.id],
      );
      expect(row).toEqual({
        bilirubin_mg_dl: '0.70',
        ecog: 1,
        lesions: [{ segment: 7, diameterMm: 24 }],
        latest_imaging_date: body.latestImagingDate,
      });
      const events = await t.dataSource.query(
        'SELECT actor_id, action, from_state, to_state FROM case_event WHERE case_id = $1',
        [response.body.id],
      );
      expect(events).toEqual([
        { actor_id: oncologist.id, action: 'created', from_state: null, to_state: 'draft' },
      ]);
      const [entry] = await auditEntries(t, response.body.id);
      expect(entry).toMatchObject({
        actor_id: oncologist.id,
        actor_role: 'clinician',
        action: 'case.create',
        entity_type: 'board_case',
        details: { patientId: patient.id, presentingSpecialistId: oncologist.specialistId },
      });
      // The facts given, by name only: the audit log holds no clinical values.
      expect([...entry.details!.fields].sort()).toEqual(Object.keys(facts).sort());
      expect(JSON.stringify(entry.details)).not.toMatch(/adenocarcinoma|FOLFOX|segment/);
    });

    it('accepts a bare draft with only the patient: every fact unknown', async () => {
      const response = await post({ patientId: patient.id });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'draft',
        primarySite: null,
        lesions: [],
        comorbidities: [],
        priorTreatments: [],
        ecog: null,
        questionForBoard: null,
      });
    });

    it('lets another specialist present the case, or none', async () => {
      const other = await post({ patientId: patient.id, presentingSpecialistId: surgeon.specialistId });
      expect(other.body.presentingSpecialist).toMatchObject({
        id: surgeon.specialistId,
        discipline: 'surgery',
      });
      const none = await post({ patientId: patient.id, presentingSpecialistId: null });
      expect(none.body).toMatchObject({ presentingSpecialistId: null, presentingSpecialist: null });
    });

    it.each([
      ['an unknown primary site', { primarySite: 'liver' }, ['primarySite']],
      ['an unknown biomarker value', { ras: 'positive' }, ['ras']],
      ['an unknown BRAF value', { brafV600e: 'V600K' }, ['brafV600e']],
      ['an unknown Child–Pugh class', { childPugh: 'D' }, ['childPugh']],
      ['an unknown extrahepatic extent', { extrahepaticDisease: 'some' }, ['extrahepaticDisease']],
      [
        'an undocumented modality',
        { priorTreatments: [{ modality: 'homeopathy' }] },
        ['priorTreatments[0].modality'],
      ],
      [
        'an unknown RECIST response',
        { priorTreatments: [{ modality: 'tace', bestResponse: 'MR' }] },
        ['priorTreatments[0].bestResponse'],
      ],
    ])('refuses a bad enum: %s (400)', async (_, change, fields) => {
      const response = await post(readyCaseBody(patient.id, change));
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(fields);
    });

    it.each([
      ['ECOG 5', { ecog: 5 }, ['ecog']],
      ['ECOG -1', { ecog: -1 }, ['ecog']],
      ['Couinaud segment 9', { lesions: [{ segment: 9, diameterMm: 20 }] }, ['lesions[0].segment']],
      ['segment 0', { lesions: [{ segment: 0, diameterMm: 20 }] }, ['lesions[0].segment']],
      ['a 0 mm lesion', { lesions: [{ segment: 2, diameterMm: 0 }] }, ['lesions[0].diameterMm']],
      ['a 301 mm lesion', { lesions: [{ segment: 2, diameterMm: 301 }] }, ['lesions[0].diameterMm']],
      ['bilirubin 60 mg/dL', { bilirubinMgDl: 60 }, ['bilirubinMgDl']],
      ['negative bilirubin', { bilirubinMgDl: -0.1 }, ['bilirubinMgDl']],
      ['albumin 0.2 g/dL', { albuminGDl: 0.2 }, ['albuminGDl']],
      ['INR 12', { inr: 12 }, ['inr']],
      ['an FLR of 120%', { futureLiverRemnantPercent: 120 }, ['futureLiverRemnantPercent']],
      ['PD-L1 of 101%', { pdl1Percent: 101 }, ['pdl1Percent']],
      [
        'negative months of treatment',
        { priorTreatments: [{ modality: 'tace', months: -1 }] },
        ['priorTreatments[0].months'],
      ],
      [
        '51 lesions',
        { lesions: Array.from({ length: 51 }, () => ({ segment: 4, diameterMm: 10 })) },
        ['lesions'],
      ],
      ['a question over 2000 characters', { questionForBoard: 'x'.repeat(2001) }, ['questionForBoard']],
      ['imaging in the future', { latestImagingDate: '2999-01-01' }, ['latestImagingDate']],
      ['a diagnosis in the future', { diagnosisDate: '2999-01-01' }, ['diagnosisDate']],
      ['a date that does not exist', { latestImagingDate: '2025-02-30' }, ['latestImagingDate']],
      ['a date with a time', { diagnosisDate: '2025-01-02T10:00:00Z' }, ['diagnosisDate']],
      ['three decimals of bilirubin', { bilirubinMgDl: 1.234 }, ['bilirubinMgDl']],
    ])('refuses a value out of range: %s (400)', async (_, change, fields) => {
      const response = await post(readyCaseBody(patient.id, change));
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(fields);
    });

    it.each([
      ['ECOG as a string', { ecog: '1' }, ['ecog']],
      ['ECOG with decimals', { ecog: 1.5 }, ['ecog']],
      ['bilirubin as a string', { bilirubinMgDl: '0.7' }, ['bilirubinMgDl']],
      ['bilobar as a string', { bilobar: 'yes' }, ['bilobar']],
      ['lesions as an object', { lesions: { segment: 7, diameterMm: 24 } }, ['lesions']],
      ['a lesion that is not an object', { lesions: [7] }, ['lesions[0]']],
      ['comorbidities as a string', { comorbidities: 'diabetes' }, ['comorbidities']],
      ['a date as a number', { latestImagingDate: 20250101 }, ['latestImagingDate']],
      ['a non-UUID patient id', { patientId: 'patient-1' }, ['patientId']],
      ['a non-UUID presenting specialist', { presentingSpecialistId: 42 }, ['presentingSpecialistId']],
    ])('refuses a wrong type: %s (400)', async (_, change, fields) => {
      const response = await post(readyCaseBody(patient.id, change));
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(fields);
    });

    it('refuses unknown fields, at the top and inside a lesion (400)', async () => {
      const top = await post(readyCaseBody(patient.id, { status: 'accepted' }));
      expect(top.status).toBe(400);
      expect(invalidFields(top.body)).toEqual(['status']);
      const nested = await post(
        readyCaseBody(patient.id, { lesions: [{ segment: 7, diameterMm: 24, volume: 3 }] }),
      );
      expect(nested.status).toBe(400);
      expect(invalidFields(nested.body)).toEqual(['lesions[0].volume']);
    });

    it('refuses a colorectal side for a pancreatic primary (400)', async () => {
      const response = await post(
        readyCaseBody(patient.id, { primarySite: 'pancreas', primarySide: 'left' }),
      );
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(['primarySide']);
      expect(response.body.details[0].problems[0]).toMatch(/pancreas/);
    });

    it('names every bad field at once', async () => {
      const response = await post({ patientId: 'x', ecog: 9, primarySite: 'liver' });
      expect(response.status).toBe(400);
      expect(invalidFields(response.body).sort()).toEqual(['ecog', 'patientId', 'primarySite']);
    });

    it('answers 404 for an unknown patient or presenting specialist', async () => {
      const noPatient = await post(readyCaseBody(MISSING));
      expect(noPatient.status).toBe(404);
      expect(noPatient.body.message).toBe(`patient ${MISSING} not found`);
      const noSpecialist = await post(readyCaseBody(patient.id, { presentingSpecialistId: MISSING }));
      expect(noSpecialist.status).toBe(404);
    });

    it('answers 401 without a token, and 403 to a coordinator and an admin', async () => {
      expect((await t.request('POST', '/api/cases', { body: readyCaseBody(patient.id) })).status).toBe(401);
      for (const token of [coordinator.token, admin.token]) {
        const response = await post(readyCaseBody(patient.id), token);
        expect(response.status).toBe(403);
        expect(response.body.error).toBe('PERMISSION_DENIED');
      }
    });
  });

  describe('GET /api/cases/:id', () => {
    it('returns the case to clinicians and coordinators and audits each read', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      for (const user of [surgeon, coordinator]) {
        const response = await t.request('GET', `/api/cases/${created.id}`, { token: user.token });
        expect(response.status).toBe(200);
        expect(response.body).toEqual(created);
      }
      const reads = (await auditEntries(t, created.id)).filter((e) => e.action === 'board_case.read');
      expect(reads.map((e) => e.actor_id)).toEqual([surgeon.id, coordinator.id]);
    });

    it('answers 404, 400 for a non-UUID id, 401, and 403 to an admin', async () => {
      expect((await t.request('GET', `/api/cases/${MISSING}`, { token: oncologist.token })).status).toBe(404);
      const bad = await t.request('GET', '/api/cases/42', { token: oncologist.token });
      expect(bad.status).toBe(400);
      expect(invalidFields(bad.body)).toEqual(['id']);
      const created = await createCase(t, oncologist, { patientId: patient.id });
      expect((await t.request('GET', `/api/cases/${created.id}`)).status).toBe(401);
      expect((await t.request('GET', `/api/cases/${created.id}`, { token: admin.token })).status).toBe(403);
    });
  });

  describe('PATCH /api/cases/:id', () => {
    it('changes facts, clears them with null, and audits the names of the changed facts only', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      const response = await patch(created.id, {
        ecog: 2,
        histology: null,
        lesions: [
          { segment: 7, diameterMm: 24 },
          { segment: 2, diameterMm: 11 },
        ],
        comorbidities: null,
        bilirubinMgDl: 0.7, // unchanged: not audited
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        ecog: 2,
        histology: null,
        comorbidities: [],
        bilirubinMgDl: 0.7,
      });
      expect(response.body.lesions).toHaveLength(2);
      const update = (await auditEntries(t, created.id)).find((e) => e.action === 'case.update');
      expect(update).toMatchObject({ actor_id: oncologist.id, entity_type: 'board_case' });
      expect(update!.details).toEqual({ changedFields: ['histology', 'lesions', 'ecog', 'comorbidities'] });
    });

    it('changes the presenting specialist, audited, and writes nothing when nothing changes', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      const moved = await patch(created.id, { presentingSpecialistId: surgeon.specialistId });
      expect(moved.body.presentingSpecialist).toMatchObject({ id: surgeon.specialistId });
      const same = await patch(created.id, { ecog: 1 }, surgeon.token);
      expect(same.status).toBe(200);
      const updates = (await auditEntries(t, created.id)).filter((e) => e.action === 'case.update');
      expect(updates.map((e) => e.details)).toEqual([{ changedFields: ['presentingSpecialistId'] }]);
    });

    it('refuses a side once the primary is changed to a non-colorectal site, until the side is cleared', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      const refused = await patch(created.id, { primarySite: 'lung' });
      expect(refused.status).toBe(400);
      expect(invalidFields(refused.body)).toEqual(['primarySide']);
      const side = await patch(created.id, { primarySide: 'right', primarySite: 'breast' });
      expect(side.status).toBe(400);
      const ok = await patch(created.id, { primarySite: 'lung', primarySide: null });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ primarySite: 'lung', primarySide: null });
    });

    it('validates like creation, and refuses to change the patient (400)', async () => {
      const created = await createCase(t, oncologist, { patientId: patient.id });
      const response = await patch(created.id, { ecog: 7, patientId: patient.id, lesions: [{ segment: 3 }] });
      expect(response.status).toBe(400);
      expect(invalidFields(response.body).sort()).toEqual(['ecog', 'lesions[0].diameterMm', 'patientId']);
    });

    it('is refused once the case is withdrawn (409 CASE_NOT_EDITABLE naming the state)', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      await t.request('POST', `/api/cases/${created.id}/withdraw`, {
        token: oncologist.token,
        body: { reason: 'Duplicate entry' },
      });
      const response = await patch(created.id, { ecog: 0 });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'CASE_NOT_EDITABLE', details: { state: 'withdrawn' } });
      expect(response.body.message).toContain('withdrawn');
    });

    it('answers 404, 401, and 403 to a coordinator and an admin', async () => {
      expect((await patch(MISSING, { ecog: 1 })).status).toBe(404);
      const created = await createCase(t, oncologist, { patientId: patient.id });
      expect((await t.request('PATCH', `/api/cases/${created.id}`, { body: { ecog: 1 } })).status).toBe(401);
      expect((await patch(created.id, { ecog: 1 }, coordinator.token)).status).toBe(403);
      expect((await patch(created.id, { ecog: 1 }, admin.token)).status).toBe(403);
    });
  });

  describe('GET /api/cases/:id/readiness', () => {
    it('is ready when every item is met, with a message per item', async () => {
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      const response = await t.request('GET', `/api/cases/${created.id}/readiness`, {
        token: coordinator.token,
      });
      expect(response.status).toBe(200);
      expect(response.body.ready).toBe(true);
      expect(response.body.items.map((i: { item: string }) => i.item)).toEqual([
        'primary_tumour',
        'liver_lesions',
        'ecog',
        'liver_function',
        'imaging',
        'biomarkers',
        'question',
      ]);
      expect(response.body.items.every((i: { ok: boolean; message: string }) => i.ok && i.message)).toBe(
        true,
      );
      const reads = (await auditEntries(t, created.id)).filter((e) => e.action === 'board_case.read');
      expect(reads).toHaveLength(1);
    });

    it('lists each missing item by name for an incomplete draft', async () => {
      const created = await createCase(t, oncologist, { patientId: patient.id, primarySite: 'colon' });
      const response = await t.request('GET', `/api/cases/${created.id}/readiness`, {
        token: oncologist.token,
      });
      expect(response.body.ready).toBe(false);
      const failing = response.body.items.filter((i: { ok: boolean }) => !i.ok);
      expect(failing.map((i: { item: string }) => i.item)).toEqual([
        'primary_tumour',
        'liver_lesions',
        'ecog',
        'liver_function',
        'imaging',
        'biomarkers',
        'question',
      ]);
      expect(failing.find((i: { item: string }) => i.item === 'biomarkers').message).toBe(
        'missing: RAS, BRAF, MSI',
      );
    });

    it('does not require colorectal biomarkers for a pancreatic primary', async () => {
      const created = await createCase(
        t,
        oncologist,
        readyCaseBody(patient.id, {
          primarySite: 'pancreas',
          primarySide: null,
          ras: null,
          brafV600e: null,
          msi: null,
        }),
      );
      const response = await t.request('GET', `/api/cases/${created.id}/readiness`, {
        token: oncologist.token,
      });
      expect(response.body.ready).toBe(true);
    });

    it('fails on imaging older than the window, and follows the window set by the admin', async () => {
      const created = await createCase(
        t,
        oncologist,
        readyCaseBody(patient.id, { latestImagingDate: isoDaysAgo(60) }),
      );
      const stale = await t.request('GET', `/api/cases/${created.id}/readiness`, { token: oncologist.token });
      expect(stale.body.ready).toBe(false);
      expect(stale.body.items.find((i: { item: string }) => i.item === 'imaging')).toEqual({
        item: 'imaging',
        ok: false,
        message: expect.stringMatching(/older than the 42-day window/),
      });

      const settings = {
        imagingWindowDays: 90,
        timeZone: 'Europe/Amsterdam',
        quorumDisciplines: ['surgery'],
        followUpOverdueDays: 60,
        letterLanguage: 'en',
        deputySigning: false,
        mrnSystem: 'urn:consilium:mrn',
      };
      expect(
        (await t.request('PUT', '/api/settings/institution', { token: admin.token, body: settings })).status,
      ).toBe(200);
      try {
        const fresh = await t.request('GET', `/api/cases/${created.id}/readiness`, {
          token: oncologist.token,
        });
        expect(fresh.body.ready).toBe(true);
        expect(fresh.body.items.find((i: { item: string }) => i.item === 'imaging').message).toMatch(
          /window 90 days/,
        );
      } finally {
        await t.request('PUT', '/api/settings/institution', {
          token: admin.token,
          body: { ...settings, imagingWindowDays: 42 },
        });
      }
    });

    it('answers 404, 401 and 403 to an admin', async () => {
      expect(
        (await t.request('GET', `/api/cases/${MISSING}/readiness`, { token: oncologist.token })).status,
      ).toBe(404);
      expect((await t.request('GET', `/api/cases/${MISSING}/readiness`)).status).toBe(401);
      expect((await t.request('GET', `/api/cases/${MISSING}/readiness`, { token: admin.token })).status).toBe(
        403,
      );
    });
  });

  describe('GET /api/cases', () => {
    let t2: TestApp;
    let clinician: { id: string; token: string; specialistId: string | null };
    let ids: { a1: string; a2: string; b1: string; presented: string };
    let patientA: { id: string };

    // A database of its own, so that counts are exact.
    beforeAll(async () => {
      t2 = await TestApp.create();
      clinician = await t2.userWithToken('clinician', 'medical_oncology');
      const other = await t2.userWithToken('clinician', 'surgery');
      patientA = await createPatient(t2, clinician, {
        fullName: 'Annemarie Oosterhuis',
        mrn: 'LIST-A',
      });
      const patientB = await createPatient(t2, clinician, {
        fullName: 'Bartholomeus Kok',
        mrn: 'LIST-B',
      });
      const a1 = await createCase(
        t2,
        clinician,
        readyCaseBody(patientA.id, { histology: 'mucinous adenocarcinoma' }),
      );
      const a2 = await createCase(t2, clinician, {
        patientId: patientA.id,
        questionForBoard: 'Is SBRT an option?',
      });
      const b1 = await createCase(t2, clinician, readyCaseBody(patientB.id));
      const presented = await createCase(t2, clinician, {
        patientId: patientB.id,
        presentingSpecialistId: other.specialistId,
      });
      ids = { a1: a1.id, a2: a2.id, b1: b1.id, presented: presented.id };
      await t2.request('POST', `/api/cases/${b1.id}/submit`, { token: clinician.token });
      // Enough rows to page through.
      for (let i = 0; i < 21; i++) await createCase(t2, clinician, { patientId: patientB.id });
    });
    afterAll(() => t2.close());

    const list = (query = '', token = clinician.token) => t2.request('GET', `/api/cases?${query}`, { token });
    const idsOf = (body: { items: { id: string }[] }) => body.items.map((c) => c.id);

    it('lists newest first with patient and presenting specialist, 20 per page by default', async () => {
      const response = await list();
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(20);
      expect(response.body.nextCursor).toEqual(expect.any(String));
      const created = response.body.items.map((c: { createdAt: string }) => c.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      expect(response.body.items[0]).toMatchObject({
        patient: { fullName: 'Bartholomeus Kok', mrn: 'LIST-B' },
        presentingSpecialist: { id: clinician.specialistId },
      });
    });

    it('pages through every case with the cursor in a stable order, without repeats or gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await list(`limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...idsOf(response.body));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      expect(idsOf((await list('limit=100')).body)).toEqual(seen);
    });

    it('filters by status, patient and presenting specialist', async () => {
      expect(idsOf((await list('status=submitted')).body)).toEqual([ids.b1]);
      expect(idsOf((await list(`patientId=${patientA.id}`)).body)).toEqual([ids.a2, ids.a1]);
      const presenter = (await t2.request('GET', `/api/cases/${ids.presented}`, { token: clinician.token }))
        .body.presentingSpecialistId;
      expect(idsOf((await list(`presentingSpecialistId=${presenter}`)).body)).toEqual([ids.presented]);
      expect(idsOf((await list(`status=draft&patientId=${patientA.id}&limit=1`)).body)).toEqual([ids.a2]);
    });

    it('searches the patient name, an MRN prefix, the histology and the question', async () => {
      expect(idsOf((await list('q=oosterHUIS')).body)).toEqual([ids.a2, ids.a1]);
      expect(idsOf((await list('q=list-a')).body)).toEqual([ids.a2, ids.a1]);
      expect(idsOf((await list('q=MUCINOUS')).body)).toEqual([ids.a1]);
      expect(idsOf((await list('q=sbrt')).body)).toEqual([ids.a2]);
      expect(idsOf((await list('q=nobody-matches-this')).body)).toEqual([]);
    });

    it('pages through search results, combined with other filters, without repeats or gaps', async () => {
      // "list-" matches every case by MRN prefix; "adenocarcinoma" matches the ready cases by histology.
      const all = idsOf((await list('q=list-&limit=100')).body);
      expect(all).toHaveLength(25);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await list(`q=list-&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...idsOf(response.body));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(idsOf((await list('q=adenocarcinoma&status=submitted')).body)).toEqual([ids.b1]);
      expect(idsOf((await list(`q=adenocarcinoma&patientId=${patientA.id}`)).body)).toEqual([ids.a1]);
      expect(idsOf((await list('q=oosterhuis&limit=1')).body)).toEqual([ids.a2]);
    });

    it('records the read with the ids listed', async () => {
      const response = await list('status=submitted');
      const [entry] = await t2.dataSource.query(
        `SELECT action, entity_type, details FROM audit_log WHERE action = 'board_case.read' ORDER BY occurred_at DESC LIMIT 1`,
      );
      expect(entry).toEqual({
        action: 'board_case.read',
        entity_type: 'board_case',
        details: { listed: idsOf(response.body) },
      });
    });

    it('issues the same number of queries whatever the page size (no N+1)', async () => {
      const count = async (query: string) => {
        const { result: response, queries } = await countQueries(() => list(query));
        expect(response.status).toBe(200);
        return { rows: response.body.items.length, queries };
      };
      const small = await count('limit=1');
      const large = await count('limit=25');
      expect(small.rows).toBe(1);
      expect(large.rows).toBe(25);
      expect(small.queries).toBeGreaterThan(0);
      expect(large.queries).toBe(small.queries);
    });

    it('refuses bad filters, page sizes and cursors (400)', async () => {
      for (const query of [
        'status=open',
        'patientId=123',
        'presentingSpecialistId=x',
        'limit=101',
        'q=',
        'cursor=!!',
        'sort=asc',
      ]) {
        const response = await list(query);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
      }
    });

    it('answers 401 and 403 to an admin', async () => {
      expect((await t2.request('GET', '/api/cases')).status).toBe(401);
      const admin2 = await t2.userWithToken('admin');
      expect((await list('', admin2.token)).status).toBe(403);
    });
  });
});
