import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

const DAY_MS = 86_400_000;

/** A calendar date `days` before today (UTC), YYYY-MM-DD. */
export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

export function uniqueMrn(prefix = 'T'): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export function patientBody(overrides: Record<string, unknown> = {}) {
  return {
    mrn: uniqueMrn(),
    fullName: 'Maria Jansen',
    birthDate: '1961-04-23',
    sex: 'female',
    ...overrides,
  };
}

/** Registers a patient through the API and returns the response body. */
export async function createPatient(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', '/api/patients', { token, body: patientBody(overrides) });
  if (response.status !== 201)
    throw new Error(`createPatient: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The facts of a colorectal case that meets every readiness item. */
export function readyCaseBody(patientId: string, overrides: Record<string, unknown> = {}) {
  return {
    patientId,
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'adenocarcinoma',
    diagnosisDate: isoDaysAgo(200),
    ras: 'wild_type',
    brafV600e: 'absent',
    msi: 'mss',
    lesions: [{ segment: 7, diameterMm: 24 }],
    bilobar: false,
    extrahepaticDisease: 'none',
    bilirubinMgDl: 0.7,
    albuminGDl: 4.1,
    inr: 1.0,
    childPugh: 'A',
    cirrhosisOrFibrosis: false,
    futureLiverRemnantPercent: 65,
    ecog: 1,
    comorbidities: ['hypertension'],
    priorTreatments: [
      { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
    ],
    latestImagingDate: isoDaysAgo(10),
    questionForBoard: 'Resection or ablation of the segment 7 lesion?',
    ...overrides,
  };
}

/** Creates a case through the API (a clinician's token) and returns the response body. */
export async function createCase(t: TestApp, token: string, body: Record<string, unknown>) {
  const response = await t.request('POST', '/api/cases', { token, body });
  if (response.status !== 201)
    throw new Error(`createCase: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The audit entries of one entity, oldest first, read from the table. */
export async function auditEntries(t: TestApp, entityId: string) {
  return (await t.dataSource.query(
    `SELECT actor_id, actor_role, action, entity_type, entity_id, request_id, outcome, details
       FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`,
    [entityId],
  )) as {
    actor_id: string | null;
    actor_role: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    request_id: string | null;
    outcome: string;
    details: Record<string, any> | null;
  }[];
}

/** The `field` names of a 400 VALIDATION_FAILED body. */
export function invalidFields(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((d) => d.field);
}
