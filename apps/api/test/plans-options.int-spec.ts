import { DEFAULT_THRESHOLDS } from '@consilium/plan-builder';

import { type Board, createBoard } from './support/board';
import { createCase, createPatient, readyCaseBody } from './support/cases';
import { auditEntries, invalidFields } from './support/inspect';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('modalities, plan options and plan-builder thresholds', () => {
  let t: TestApp;
  let board: Board;
  let rasMutantCaseId: string;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
    const patient = await createPatient(t, board.oncologist);
    rasMutantCaseId = (await createCase(t, board.oncologist, readyCaseBody(patient.id, { ras: 'mutant' })))
      .id;
  });
  afterAll(() => t.close());

  const options = (caseId: string, token = board.oncologist.token) =>
    t.request('GET', `/api/cases/${caseId}/plan-options`, { token });
  const option = (body: { options: { modality: string }[] }, modality: string): any =>
    body.options.find((o) => o.modality === modality);
  const putThresholds = (body: object, token = board.admin.token) =>
    t.request('PUT', '/api/settings/plan-builder', { token, body });

  describe('GET /api/modalities', () => {
    it('lists the nine documented modalities with their agents, to any signed-in user', async () => {
      for (const token of [board.admin.token, board.coordinator.token, board.surgeon.token]) {
        const response = await t.request('GET', '/api/modalities', { token });
        expect(response.status).toBe(200);
        expect(response.body.ruleSetVersion).toBe('1.0.0');
        expect(response.body.items.map((m: { code: string }) => m.code)).toEqual([
          'surgical_resection',
          'radiofrequency_ablation',
          'cryoablation',
          'systemic_chemotherapy',
          'tace',
          'targeted_therapy',
          'immunotherapy',
          'sbrt',
          'clinical_trial',
        ]);
        const targeted = response.body.items.find((m: { code: string }) => m.code === 'targeted_therapy');
        expect(targeted.agents.map((a: { code: string }) => a.code)).toEqual([
          'cetuximab',
          'panitumumab',
          'encorafenib_cetuximab',
          'bevacizumab',
        ]);
        expect(targeted.agents[0]).toEqual({
          code: 'cetuximab',
          name: 'Cetuximab',
          agentClass: 'EGFR inhibitor',
        });
      }
    });

    it('needs a token (401)', async () => {
      expect((await t.request('GET', '/api/modalities')).status).toBe(401);
    });
  });

  describe('GET /api/cases/:id/plan-options', () => {
    it('gives every modality a verdict; the EGFR inhibitors are contraindicated for a RAS-mutant case, with the source', async () => {
      const response = await options(rasMutantCaseId);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        caseId: rasMutantCaseId,
        ruleSetVersion: '1.0.0',
        evaluatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        thresholds: DEFAULT_THRESHOLDS,
      });
      expect(response.body.options).toHaveLength(9);
      for (const o of response.body.options) {
        expect(['eligible', 'caution', 'contraindicated']).toContain(o.verdict);
        for (const r of o.reasons)
          expect(Object.keys(r).sort()).toEqual(['facts', 'message', 'ruleId', 'source', 'verdict']);
      }
      const targeted = option(response.body, 'targeted_therapy');
      const cetuximab = targeted.agents.find((a: { agent: string }) => a.agent === 'cetuximab');
      expect(cetuximab.verdict).toBe('contraindicated');
      expect(cetuximab.reasons).toContainEqual({
        ruleId: 'TGT-EGFR-RAS',
        verdict: 'contraindicated',
        message: 'RAS mutant: EGFR inhibitors are for RAS wild-type disease',
        facts: { ras: 'mutant' },
        source: 'NICE TA439; ESMO 2023',
      });
      // Bevacizumab stays available, so targeted therapy as a modality is not ruled out.
      expect(targeted.agents.find((a: { agent: string }) => a.agent === 'panitumumab').verdict).toBe(
        'contraindicated',
      );
      expect(targeted.verdict).not.toBe('contraindicated');
      expect(option(response.body, 'surgical_resection').verdict).toBe('eligible');
      expect(option(response.body, 'systemic_chemotherapy').verdict).toBe('eligible');
    });

    it('reads the current facts: a changed fact changes the verdict at once', async () => {
      const patient = await createPatient(t, board.oncologist);
      const id = (await createCase(t, board.oncologist, readyCaseBody(patient.id, { ecog: 1 }))).id;
      expect(option((await options(id)).body, 'systemic_chemotherapy').verdict).toBe('eligible');
      const patch = await t.request('PATCH', `/api/cases/${id}`, {
        token: board.oncologist.token,
        body: { ecog: 4 },
      });
      expect(patch.status).toBe(200);
      const chemo = option((await options(id)).body, 'systemic_chemotherapy');
      expect(chemo.verdict).toBe('contraindicated');
      expect(chemo.reasons[0]).toMatchObject({ ruleId: 'CHEMO-FIT', facts: { ecog: 4 } });
    });

    it('says "unknown" with a caution, never eligible, where a fact is missing', async () => {
      const patient = await createPatient(t, board.oncologist);
      const id = (await createCase(t, board.oncologist, { patientId: patient.id })).id;
      const response = await options(id, board.coordinator.token);
      expect(response.status).toBe(200);
      const sbrt = option(response.body, 'sbrt');
      expect(sbrt.verdict).toBe('caution');
      expect(sbrt.reasons.some((r: { message: string }) => r.message.startsWith('unknown'))).toBe(true);
    });

    it('records the read of the case in the audit log', async () => {
      const response = await t.request('GET', `/api/cases/${rasMutantCaseId}/plan-options`, {
        token: board.surgeon.token,
        headers: { 'x-request-id': 'plan-options-read-1' },
      });
      expect(response.status).toBe(200);
      const entry = (await auditEntries(t, rasMutantCaseId)).find(
        (e) => e.request_id === 'plan-options-read-1',
      );
      expect(entry).toMatchObject({
        action: 'board_case.read',
        actor_id: board.surgeon.id,
        outcome: 'success',
      });
    });

    it('is refused to an admin (403: no clinical data), 404 for an unknown case, 400 for a bad id, 401 without token', async () => {
      const admin = await options(rasMutantCaseId, board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('PERMISSION_DENIED');
      expect((await options(MISSING)).status).toBe(404);
      const bad = await options('not-a-uuid');
      expect(bad.status).toBe(400);
      expect(invalidFields(bad.body)).toEqual(['id']);
      expect((await t.request('GET', `/api/cases/${rasMutantCaseId}/plan-options`)).status).toBe(401);
    });
  });

  describe('GET/PUT /api/settings/plan-builder', () => {
    afterEach(async () => {
      expect((await putThresholds({})).status).toBe(200);
    });

    it('starts with the defaults and no overrides', async () => {
      const response = await t.request('GET', '/api/settings/plan-builder', { token: board.admin.token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ruleSetVersion: '1.0.0',
        thresholds: DEFAULT_THRESHOLDS,
        overrides: {},
        defaults: DEFAULT_THRESHOLDS,
        updatedAt: expect.any(String),
      });
    });

    it('applies a lowered ablation caution size at once (a 24 mm lesion becomes a caution) and audits before/after', async () => {
      const before = option((await options(rasMutantCaseId)).body, 'radiofrequency_ablation');
      expect(before.verdict).toBe('eligible');

      const put = await putThresholds({ ablationCautionDiameterMm: 20 });
      expect(put.status).toBe(200);
      expect(put.body.overrides).toEqual({ ablationCautionDiameterMm: 20 });
      expect(put.body.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, ablationCautionDiameterMm: 20 });

      const after = await options(rasMutantCaseId);
      expect(after.body.thresholds.ablationCautionDiameterMm).toBe(20);
      const rfa = option(after.body, 'radiofrequency_ablation');
      expect(rfa.verdict).toBe('caution');
      expect(rfa.reasons).toContainEqual(
        expect.objectContaining({
          ruleId: 'ABL-SIZE',
          verdict: 'caution',
          message: expect.stringContaining('20 mm'),
        }),
      );
      expect(option(after.body, 'cryoablation').verdict).toBe('caution');

      const [entry] = await t.dataSource.query(
        `SELECT actor_id, entity_type, details FROM audit_log
          WHERE action = 'plan_builder_settings.update' ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      );
      expect(entry).toEqual({
        actor_id: board.admin.id,
        entity_type: 'plan_builder_settings',
        details: {
          before: { ablationCautionDiameterMm: 30 },
          after: { ablationCautionDiameterMm: 20 },
          overrides: { ablationCautionDiameterMm: 20 },
        },
      });
    });

    it('replaces the overrides: a threshold left out (or null) goes back to its default', async () => {
      await putThresholds({ sbrtMaxLesionCount: 5, ablationMaxLesionCount: 8 });
      const response = await putThresholds({ sbrtMaxLesionCount: 4, ablationMaxLesionCount: null });
      expect(response.status).toBe(200);
      expect(response.body.overrides).toEqual({ sbrtMaxLesionCount: 4 });
      expect(response.body.thresholds.ablationMaxLesionCount).toBe(10);
    });

    it.each([
      [
        'a caution size above the contraindication size',
        { ablationCautionDiameterMm: 60 },
        'ablationCautionDiameterMm',
      ],
      ['a negative size', { sbrtContraindicatedDiameterMm: -1 }, 'sbrtContraindicatedDiameterMm'],
      ['a fractional lesion count', { sbrtMaxLesionCount: 2.5 }, 'sbrtMaxLesionCount'],
      ['a percentage over 100', { flrMinPercentCirrhosis: 120 }, 'flrMinPercentCirrhosis'],
    ])('refuses %s (422 INVALID_THRESHOLDS listing the problem), changing nothing', async (_, body, key) => {
      const response = await putThresholds(body);
      expect(response.status).toBe(422);
      expect(response.body.error).toBe('INVALID_THRESHOLDS');
      expect(response.body.details).toEqual([expect.stringContaining(key)]);
      const get = await t.request('GET', '/api/settings/plan-builder', { token: board.admin.token });
      expect(get.body.overrides).toEqual({});
    });

    it('lists every problem at once', async () => {
      const response = await putThresholds({ ablationCautionDiameterMm: 0, flrMinPercentNormal: 101 });
      expect(response.status).toBe(422);
      expect(response.body.details).toHaveLength(2);
    });

    it.each([
      ['a string', { ablationCautionDiameterMm: '20' }, 'ablationCautionDiameterMm'],
      ['an unknown threshold', { ablationMaxDiameter: 20 }, 'ablationMaxDiameter'],
    ])('refuses %s (400 naming the field)', async (_, body, field) => {
      const response = await putThresholds(body);
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual([field]);
    });

    it('is for admins only (403 for coordinators and clinicians, 401 without token)', async () => {
      for (const token of [board.coordinator.token, board.oncologist.token]) {
        expect((await t.request('GET', '/api/settings/plan-builder', { token })).status).toBe(403);
        const put = await putThresholds({ ablationCautionDiameterMm: 20 }, token);
        expect(put.status).toBe(403);
        expect(put.body.error).toBe('PERMISSION_DENIED');
      }
      expect((await t.request('PUT', '/api/settings/plan-builder', { body: {} })).status).toBe(401);
    });
  });
});
