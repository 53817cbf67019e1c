import type { Schemas } from '../../api/client';

/** A colorectal draft, partly prepared (typed against the API contract). */
export const DRAFT_CASE: Schemas['CaseDto'] = {
  id: '00000000-0000-4000-8000-00000000c001',
  status: 'draft',
  patientId: '00000000-0000-4000-8000-000000000f01',
  patient: {
    id: '00000000-0000-4000-8000-000000000f01',
    mrn: 'MRN-1',
    fullName: 'Ana Ruiz',
    birthDate: '1960-02-01',
    sex: 'female',
  },
  presentingSpecialistId: null,
  presentingSpecialist: null,
  treatingPhysicianSpecialistId: null,
  treatingPhysicianSpecialist: null,
  treatingPhysicianName: null,
  treatingPhysicianContact: null,
  primarySite: 'colon',
  primarySide: 'left',
  histology: 'adenocarcinoma',
  diagnosisDate: '2025-09-14',
  ras: 'pending',
  brafV600e: null,
  msi: 'mss',
  pdl1Percent: null,
  lesions: [{ segment: 7, diameterMm: 24 }],
  bilobar: false,
  extrahepaticDisease: null,
  bilirubinMgDl: 1.5,
  albuminGDl: null,
  inr: null,
  childPugh: null,
  cirrhosisOrFibrosis: null,
  futureLiverRemnantPercent: null,
  ecog: 0,
  comorbidities: ['type 2 diabetes'],
  priorTreatments: [{ modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' }],
  latestImagingDate: null,
  plannedSurgeryDate: null,
  questionForBoard: null,
  createdById: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  nextStep: {
    kind: 'complete',
    missing: ['imaging', 'question'],
    returnReason: null,
    since: null,
    followUpDueAt: null,
    overdue: false,
    meeting: null,
  },
};

/** The specialist directory, for the treating physician. */
export const SPECIALISTS: Schemas['SpecialistPageDto'] = {
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000a5',
      fullName: 'Dr Helena Hepatologist',
      discipline: 'hepatology',
      institution: 'Hospital Universitario',
      subSpecialties: ['liver transplantation'],
      userId: null,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    },
  ],
  nextCursor: null,
};

export function readinessOf(missing: Schemas['ReadinessItemDto']['item'][]): Schemas['ReadinessDto'] {
  const items = (
    [
      'primary_tumour',
      'liver_lesions',
      'ecog',
      'liver_function',
      'imaging',
      'biomarkers',
      'question',
    ] as const
  ).map((item) => ({
    item,
    ok: !missing.includes(item),
    message: missing.includes(item) ? `missing: ${item.replace('_', ' ')}` : 'recorded',
  }));
  return { ready: missing.length === 0, items };
}
