import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evalFhirPath } from '@medplum/core';
import type { Bundle, Patient } from '@medplum/fhirtypes';

import { validationErrors } from '@consilium/fhir/testing';

import { type Board, createBoard } from './support/board';
import { createCase, createPatient, readyCaseBody, uniqueMrn } from './support/cases';
import { boardMeeting, putSettings } from './support/meetings';
import { approveBy, proposalId, vote } from './support/plans';
import { TestApp } from './support/test-app';

const MRN_SYSTEM = 'urn:oid:2.16.840.1.113883.19.5.99';
const FIXTURES = path.resolve(__dirname, '../../../libs/fhir/src/fixtures');

const fixture = (name: string): Bundle =>
  JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Bundle;

/** The bundle with its Patient's MRN (in the institution's system) and birth date replaced. */
function withPatient(bundle: Bundle, mrn: string, birthDate?: string): Bundle {
  const copy = structuredClone(bundle);
  for (const entry of copy.entry ?? []) {
    if (entry.resource?.resourceType !== 'Patient') continue;
    const patient = entry.resource as Patient;
    patient.identifier = [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: MRN_SYSTEM,
        value: mrn,
      },
    ];
    if (birthDate) patient.birthDate = birthDate;
  }
  return copy;
}

const FACT_FIELDS = [
  'primarySite',
  'primarySide',
  'histology',
  'diagnosisDate',
  'ras',
  'brafV600e',
  'msi',
  'pdl1Percent',
  'lesions',
  'bilobar',
  'extrahepaticDisease',
  'bilirubinMgDl',
  'albuminGDl',
  'inr',
  'childPugh',
  'cirrhosisOrFibrosis',
  'futureLiverRemnantPercent',
  'ecog',
  'comorbidities',
  'priorTreatments',
  'latestImagingDate',
  'plannedSurgeryDate',
  'questionForBoard',
] as const;
const factsOf = (c: Record<string, unknown>) => Object.fromEntries(FACT_FIELDS.map((f) => [f, c[f]]));

describe('FHIR exchange', () => {
  let t: TestApp;
  let admin: { token: string };
  let oncologist: Awaited<ReturnType<TestApp['userWithToken']>>;
  let coordinator: Awaited<ReturnType<TestApp['userWithToken']>>;

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
    oncologist = await t.userWithToken('clinician', 'medical_oncology');
    coordinator = await t.userWithToken('coordinator');
    expect((await putSettings(t, admin as never, { mrnSystem: MRN_SYSTEM })).status).toBe(200);
  });
  afterAll(() => t.close());

  const importBundle = (bundle: unknown, token = oncologist.token, contentType = 'application/fhir+json') =>
    t.request('POST', '/api/fhir/import', { token, body: bundle, headers: { 'content-type': contentType } });

  describe('export', () => {
    it('exports a case as a collection that validates against R4 and the mCODE profiles it claims', async () => {
      const patient = await createPatient(t, oncologist, { mrn: uniqueMrn('FHIR') });
      const created = await createCase(
        t,
        oncologist,
        readyCaseBody(patient.id, {
          ras: 'pending',
          pdl1Percent: 5,
          lesions: [
            { segment: 7, diameterMm: 24 },
            { segment: 2, diameterMm: 11 },
          ],
        }),
      );
      const response = await t.request('GET', `/api/cases/${created.id}/fhir`, { token: oncologist.token });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      const bundle = response.body as Bundle;
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      for (const entry of bundle.entry ?? []) {
        expect({ resource: entry.fullUrl, errors: validationErrors(entry.resource as never) }).toEqual({
          resource: entry.fullUrl,
          errors: [],
        });
      }
      // The patient carries the institution's MRN system; the metastases their SNOMED CT and ICD-10-CM codes.
      expect(
        evalFhirPath(
          'entry.resource.ofType(Patient).identifier.where(system = %s).value'.replace(
            '%s',
            `'${MRN_SYSTEM}'`,
          ),
          bundle,
        ),
      ).toEqual([patient.mrn]);
      expect(
        evalFhirPath(
          "entry.resource.ofType(Condition).code.coding.where(system = 'http://snomed.info/sct').code",
          bundle,
        ),
      ).toContain('94381002');
      expect(evalFhirPath('entry.resource.ofType(Condition).code.coding.code', bundle)).toContain('C78.7');
      // RAS pending: registered, no value.
      const profiled = evalFhirPath(
        "entry.resource.ofType(Observation).where(status = 'registered')",
        bundle,
      );
      expect(profiled).toHaveLength(1);
      expect(evalFhirPath('value', profiled[0])).toEqual([]);
      // Two lesions: two tumour sizes in millimetres.
      expect(
        evalFhirPath(
          "entry.resource.ofType(Observation).component.valueQuantity.where(code = 'mm').value",
          bundle,
        ).sort(),
      ).toEqual([11, 24]);
    });

    it("serves Consilium's CodeSystem, which holds the local codes the exports name", async () => {
      const response = await t.request('GET', '/api/fhir/CodeSystem/consilium', { token: coordinator.token });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      expect(response.body).toMatchObject({
        resourceType: 'CodeSystem',
        url: 'https://consilium-mdt.org/fhir/CodeSystem/consilium',
        content: 'complete',
      });
      expect(validationErrors(response.body)).toEqual([]);
      expect(response.body.concept).toContainEqual({ code: 'child-pugh-a', display: 'Child-Pugh class A' });
      expect((await t.request('GET', '/api/fhir/CodeSystem/consilium')).status).toBe(401);
    });

    it('records the export as a read of the case, and answers 404 and 403 as a read does', async () => {
      const patient = await createPatient(t, oncologist, { mrn: uniqueMrn('FHIR') });
      const created = await createCase(t, oncologist, readyCaseBody(patient.id));
      await t.request('GET', `/api/cases/${created.id}/fhir`, {
        token: oncologist.token,
        headers: { 'x-request-id': 'fhir-export-1' },
      });
      const rows = await t.dataSource.query(
        `SELECT action, entity_id FROM audit_log WHERE request_id = 'fhir-export-1'`,
      );
      expect(rows).toEqual([{ action: 'board_case.read', entity_id: created.id }]);
      const missing = await t.request('GET', '/api/cases/00000000-0000-4000-8000-000000000000/fhir', {
        token: oncologist.token,
      });
      expect(missing.status).toBe(404);
      expect((await t.request('GET', `/api/cases/${created.id}/fhir`, { token: admin.token })).status).toBe(
        403,
      );
    });
  });

  describe('import', () => {
    it('turns a complete colorectal bundle into a draft case of a new patient, audited', async () => {
      const mrn = uniqueMrn('IMP');
      const response = await importBundle(withPatient(fixture('colorectal-complete.json'), mrn));
      expect(response.status).toBe(201);
      expect(response.body.patient).toMatchObject({ created: true, differences: [] });
      expect(response.body.case).toMatchObject({ status: 'draft', patient: { mrn }, primarySite: 'colon' });
      expect(response.body.unmapped).toEqual([]);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 OR entity_id = $2 ORDER BY occurred_at`,
        [response.body.case.id, response.body.patient.id],
      );
      expect(audit.map((r: { action: string }) => r.action)).toEqual([
        'patient.create',
        'case.create',
        'fhir.import',
      ]);
    });

    it('matches a registered patient by MRN, and names a differing name without changing the record', async () => {
      const patient = await createPatient(t, oncologist, {
        mrn: uniqueMrn('IMP'),
        fullName: 'Registered Name',
        birthDate: '1961-05-02',
      });
      const response = await importBundle(
        withPatient(fixture('colorectal-complete.json'), patient.mrn, '1961-05-02'),
      );
      expect(response.status).toBe(201);
      expect(response.body.patient).toEqual({ id: patient.id, created: false, differences: ['fullName'] });
      expect(response.body.case.patient.fullName).toBe('Registered Name');
    });

    it('refuses a bundle whose patient has another birth date under the MRN (409), creating nothing', async () => {
      const patient = await createPatient(t, oncologist, { mrn: uniqueMrn('IMP'), birthDate: '1961-05-02' });
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM board_case`);
      const response = await importBundle(
        withPatient(fixture('colorectal-complete.json'), patient.mrn, '1970-01-01'),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'PATIENT_MISMATCH', details: { patientId: patient.id } });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM board_case`)).toEqual(before);
    });

    it("refuses a patient identified in another system than the institution's MRNs (422)", async () => {
      const bundle = withPatient(fixture('colorectal-complete.json'), uniqueMrn('IMP'));
      const patient = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')?.resource as Patient;
      patient.identifier = [{ system: 'urn:oid:1.2.3.4', value: 'X-1' }];
      const response = await importBundle(bundle);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        error: 'MRN_SYSTEM_MISMATCH',
        details: { given: 'urn:oid:1.2.3.4', expected: MRN_SYSTEM },
      });
    });

    it('converts SI units and reports unknown codes, never guessing them', async () => {
      const si = await importBundle(withPatient(fixture('si-units.json'), uniqueMrn('IMP')));
      expect(si.status).toBe(201);
      // 20 µmol/L ÷ 17.1 and 38 g/L ÷ 10 (libs/fhir/src/units.ts).
      expect(si.body.case).toMatchObject({ bilirubinMgDl: 1.17, albuminGDl: 3.8 });
      const unknown = await importBundle(withPatient(fixture('unknown-code.json'), uniqueMrn('IMP')));
      expect(unknown.status).toBe(201);
      expect(unknown.body.unmapped.length).toBeGreaterThanOrEqual(2);
      for (const item of unknown.body.unmapped) {
        expect(item).toEqual({
          element: expect.stringMatching(/^Bundle\.entry\[\d+\]/),
          resource: expect.any(String),
          reason: expect.any(String),
        });
      }
    });

    it('imports a transaction bundle with missing labs, the labs left empty', async () => {
      const response = await importBundle(
        withPatient(fixture('pancreatic-missing-labs.json'), uniqueMrn('IMP')),
      );
      expect(response.status).toBe(201);
      expect(response.body.case).toMatchObject({
        primarySite: 'pancreas',
        msi: 'pending',
        bilirubinMgDl: null,
        albuminGDl: null,
        inr: null,
      });
    });

    it('answers malformed FHIR with a 400 naming the element, and creates nothing', async () => {
      const bundle = withPatient(fixture('colorectal-complete.json'), uniqueMrn('IMP'), 'last spring');
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM patient`);
      const response = await importBundle(bundle);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([
        expect.stringMatching(/^Bundle\.entry\[\d+\]\.resource\.birthDate$/),
      ]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM patient`)).toEqual(before);
      expect((await importBundle({ resourceType: 'Patient' })).status).toBe(400);
      expect(
        (await importBundle(JSON.stringify('not a bundle'), oncologist.token, 'application/json')).status,
      ).toBe(400);
    });

    it('is for clinicians: a coordinator is refused (403), and the refusal audited', async () => {
      const response = await t.request('POST', '/api/fhir/import', {
        token: coordinator.token,
        body: withPatient(fixture('colorectal-complete.json'), uniqueMrn('IMP')),
        headers: { 'content-type': 'application/fhir+json', 'x-request-id': 'fhir-import-denied' },
      });
      expect(response.status).toBe(403);
      expect(
        await t.dataSource.query(
          `SELECT action, outcome FROM audit_log WHERE request_id = 'fhir-import-denied'`,
        ),
      ).toEqual([{ action: 'board_case.import_case', outcome: 'denied' }]);
    });
  });

  describe("the board's recommendation", () => {
    let board: Board;
    let decided: string;
    let undecided: string;
    const DISSENT = 'Ablation of segment 7 first; resection only if the margin fails.';
    const recommendationFhir = (caseId: string) =>
      t.request('GET', `/api/cases/${caseId}/recommendation/fhir`, { token: board.coordinator.token });

    beforeAll(async () => {
      board = await createBoard(t);
      const meeting = await boardMeeting(t, board, { cases: [{}, {}] });
      [decided, undecided] = meeting.caseIds;
      const id = await proposalId(t, board.oncologist, decided, {
        meetingId: meeting.meetingId,
        intent: 'curative',
        steps: [
          { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
          { modality: 'surgical_resection', targetLesions: [7] },
        ],
        rationale: 'Perioperative FOLFOX, then resection of segment 7.',
      });
      await approveBy(t, [board.surgeon, board.oncologist, board.radiologist], id);
      await vote(t, board.ir, id, { vote: 'reject', comment: DISSENT });
      const adopted = await t.request('POST', `/api/proposals/${id}/adopt`, {
        token: board.surgeon.token,
        body: {
          patientPreferencesDiscussed: true,
          supportiveCare: [
            { service: 'psycho_oncology', status: 'referred' },
            { service: 'nutrition', status: 'offered' },
            { service: 'pain_palliative_care', status: 'not_needed' },
            { service: 'specialist_nurse', status: 'declined' },
          ],
        },
      });
      expect(adopted.status).toBe(201);
    });

    it('exports the adopted plan as a proposed CarePlan with the votes as Provenance, valid R4', async () => {
      const response = await recommendationFhir(decided);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      const bundle = response.body as Bundle;
      for (const entry of bundle.entry ?? []) expect(validationErrors(entry.resource as never)).toEqual([]);
      const plan = evalFhirPath('entry.resource.ofType(CarePlan)', bundle)[0];
      expect(plan).toMatchObject({ intent: 'proposal', status: 'active' });
      expect(evalFhirPath('activity.detail.code.coding.code', plan)).toEqual([
        '367336001',
        'surgical-resection',
      ]);
      expect(evalFhirPath('note.text', plan)).toContainEqual(expect.stringContaining(DISSENT));
      // Addresses the conditions of the case's own export, by the same ids.
      const exported = (
        await t.request('GET', `/api/cases/${decided}/fhir`, { token: board.coordinator.token })
      ).body as Bundle;
      expect(evalFhirPath('addresses.reference', plan)).toEqual(
        evalFhirPath('entry.resource.ofType(Condition).id', exported).map((id) => `urn:uuid:${id}`),
      );
      const votes = evalFhirPath('entry.resource.ofType(Provenance).agent.type.coding.code', bundle);
      expect(votes.filter((v) => v === 'vote-approve')).toHaveLength(3);
      expect(votes.filter((v) => v === 'vote-reject')).toHaveLength(1);
      expect(evalFhirPath('entry.resource.ofType(DocumentReference)', bundle)).toEqual([]);
    });

    it('adds the signed letter as a DocumentReference to its PDF, with the signed hash', async () => {
      const addressed = await t.request('PATCH', `/api/cases/${decided}`, {
        token: board.oncologist.token,
        body: { treatingPhysicianName: 'Dr. Lucía Ibáñez' },
      });
      expect(addressed.status).toBe(200);
      const draft = await t.request('GET', `/api/cases/${decided}/recommendation`, {
        token: board.surgeon.token,
      });
      const signed = await t.request('POST', `/api/cases/${decided}/recommendation/sign`, {
        token: board.surgeon.token,
        body: { contentHash: draft.body.draftContentHash },
      });
      expect(signed.status).toBe(201);
      const bundle = (await recommendationFhir(decided)).body as Bundle;
      const letter = evalFhirPath('entry.resource.ofType(DocumentReference)', bundle)[0] as never;
      expect(validationErrors(letter)).toEqual([]);
      expect(evalFhirPath('content.attachment.url', letter)).toEqual([
        expect.stringMatching(new RegExp(`/api/cases/${decided}/recommendation\\.pdf$`)),
      ]);
      expect(evalFhirPath('identifier.value', letter)).toEqual([draft.body.draftContentHash]);
    });

    it('answers 404 for a case the board has not decided', async () => {
      const response = await recommendationFhir(undecided);
      expect(response.status).toBe(404);
    });
  });

  it('round-trips a case: exported, imported as a new patient, every fact equal', async () => {
    const patient = await createPatient(t, oncologist, { mrn: uniqueMrn('RT') });
    const source = await createCase(
      t,
      oncologist,
      readyCaseBody(patient.id, {
        brafV600e: 'pending',
        pdl1Percent: 12,
        lesions: [
          { segment: 7, diameterMm: 24 },
          { segment: 4, diameterMm: 9 },
        ],
        bilobar: true,
        extrahepaticDisease: 'limited',
        plannedSurgeryDate: '2027-02-01',
        comorbidities: ['hypertension', 'type 2 diabetes'],
        priorTreatments: [
          { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
          { modality: 'radiofrequency_ablation', regimen: null, months: null, bestResponse: null },
        ],
      }),
    );
    const exported = await t.request('GET', `/api/cases/${source.id}/fhir`, { token: oncologist.token });
    const imported = await importBundle(withPatient(exported.body as Bundle, uniqueMrn('RT2')));
    expect(imported.status).toBe(201);
    expect(imported.body.patient).toMatchObject({ created: true });
    expect(imported.body.case.id).not.toBe(source.id);
    expect(imported.body.unmapped).toEqual([]);
    expect(factsOf(imported.body.case)).toEqual(factsOf(source));
  });
});
