import { randomBytes } from 'node:crypto';

import type { Actor, Board } from './board';
import { send } from './requests';
import type { TestApp } from './test-app';

// Patients and cases, made through the API. `…Body(…, overrides)` is a request body with defaults;
// `create…(t, actor, …)` sends it and returns the response body, failing the test if it is refused;
// `acceptedCase` takes a case from draft to accepted and returns its id.

export type Overrides = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** A calendar date `days` before today (UTC), YYYY-MM-DD. */
export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

export function uniqueMrn(prefix = 'T'): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export function patientBody(overrides: Overrides = {}) {
  return {
    mrn: uniqueMrn(),
    fullName: 'Maria Jansen',
    birthDate: '1961-04-23',
    sex: 'female',
    ...overrides,
  };
}

export function createPatient(t: TestApp, author: Actor, overrides: Overrides = {}) {
  return send(t, author, 'POST', '/api/patients', 201, patientBody(overrides));
}

/** The facts of a colorectal case that meets every readiness item. */
export function readyCaseBody(patientId: string, overrides: Overrides = {}) {
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

/** A draft case with exactly this body (`readyCaseBody(patientId, facts)` for a ready one). */
export function createCase(t: TestApp, author: Actor, body: Overrides) {
  return send(t, author, 'POST', '/api/cases', 201, body);
}

/**
 * A ready case of a new patient, prepared and submitted by the oncologist and accepted by the
 * coordinator; `facts` override the case's, `patient` the patient's. Returns the case id.
 */
export async function acceptedCase(
  t: TestApp,
  board: Pick<Board, 'coordinator' | 'oncologist'>,
  { facts = {}, patient = {} }: { facts?: Overrides; patient?: Overrides } = {},
): Promise<string> {
  const { id: patientId } = await createPatient(t, board.oncologist, patient);
  const id = (await createCase(t, board.oncologist, readyCaseBody(patientId, facts))).id as string;
  await send(t, board.oncologist, 'POST', `/api/cases/${id}/submit`, 200);
  await send(t, board.coordinator, 'POST', `/api/cases/${id}/accept`, 200);
  return id;
}
