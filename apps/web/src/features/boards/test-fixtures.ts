import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';
import { evaluatePlanOptions } from '@consilium/plan-builder';

import type { Schemas } from '../../api/client';
import { CLINICIAN } from '../../test/fixtures';

type BoardCase = Schemas['CaseDto'];

export const MEETING_ID = '00000000-0000-4000-8000-00000000b001';
export const CASE_ID = '00000000-0000-4000-8000-00000000c001';
export const OTHER_CASE_ID = '00000000-0000-4000-8000-00000000c002';

const SURGEON: Schemas['SpecialistSummaryDto'] = {
  id: '00000000-0000-4000-8000-0000000000a2',
  fullName: 'Dr Samuel Surgeon',
  discipline: 'surgery',
};

const ME_AS_SPECIALIST: Schemas['SpecialistSummaryDto'] = {
  id: CLINICIAN.specialistId ?? '',
  fullName: 'Dr Olivia Oncologist',
  discipline: 'medical_oncology',
};

/** A RAS-mutant, left-sided colon case: EGFR inhibitors are contraindicated. */
export function buildCase(overrides: Partial<BoardCase> = {}): BoardCase {
  return {
    id: CASE_ID,
    status: 'scheduled',
    patientId: '00000000-0000-4000-8000-00000000d001',
    patient: {
      id: '00000000-0000-4000-8000-00000000d001',
      mrn: 'MRN-1001',
      fullName: 'María García López',
      birthDate: '1961-04-12',
      sex: 'female',
    },
    presentingSpecialistId: ME_AS_SPECIALIST.id,
    presentingSpecialist: ME_AS_SPECIALIST,
    treatingPhysicianSpecialistId: ME_AS_SPECIALIST.id,
    treatingPhysicianSpecialist: ME_AS_SPECIALIST,
    treatingPhysicianName: null,
    treatingPhysicianContact: null,
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'Adenocarcinoma',
    diagnosisDate: '2025-09-01',
    ras: 'mutant',
    brafV600e: 'absent',
    msi: 'mss',
    pdl1Percent: null,
    lesions: [
      { segment: 7, diameterMm: 32 },
      { segment: 2, diameterMm: 15 },
    ],
    bilobar: true,
    extrahepaticDisease: 'none',
    bilirubinMgDl: 0.8,
    albuminGDl: 4.1,
    inr: 1.0,
    childPugh: 'A',
    cirrhosisOrFibrosis: false,
    futureLiverRemnantPercent: 45,
    ecog: 1,
    comorbidities: [],
    priorTreatments: [
      { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 4, bestResponse: 'PR' },
    ],
    latestImagingDate: '2026-03-02',
    plannedSurgeryDate: null,
    questionForBoard: 'Is a one-stage resection of both lesions feasible after FOLFOX?',
    nextStep: {
      kind: 'on_agenda',
      missing: [],
      returnReason: null,
      since: '2026-03-02T09:00:00.000Z',
      followUpDueAt: null,
      overdue: false,
      meeting: {
        id: MEETING_ID,
        title: 'Liver board, week 12',
        startsAt: '2026-03-19T14:00:00.000Z',
        localStartsAt: '2026-03-19T15:00:00+01:00',
        timeZone: 'Europe/Madrid',
      },
    },
    createdById: CLINICIAN.id,
    createdAt: '2026-02-20T10:00:00.000Z',
    updatedAt: '2026-03-10T10:00:00.000Z',
    ...overrides,
  };
}

export function factsOf(boardCase: BoardCase): CaseFacts {
  const facts = emptyCaseFacts();
  return {
    ...facts,
    ...Object.fromEntries(Object.keys(facts).map((key) => [key, boardCase[key as keyof BoardCase]])),
    ecog: boardCase.ecog as CaseFacts['ecog'],
    priorTreatments: boardCase.priorTreatments.map((p) => ({
      modality: p.modality,
      regimen: p.regimen ?? null,
      months: p.months ?? null,
      bestResponse: p.bestResponse ?? null,
    })),
  };
}

/** What the API answers for a case: the real plan builder on the case's facts. */
export function planOptionsFor(
  boardCase: BoardCase,
  facts: Partial<CaseFacts> = {},
  today = '2026-03-16',
): Schemas['PlanOptionsDto'] {
  return { caseId: boardCase.id, ...evaluatePlanOptions({ ...factsOf(boardCase), ...facts }, { today }) };
}

export function agendaCase(boardCase: BoardCase): Schemas['AgendaCaseDto'] {
  return {
    id: boardCase.id,
    status: boardCase.status,
    primarySite: boardCase.primarySite,
    questionForBoard: boardCase.questionForBoard,
    presentingSpecialist: boardCase.presentingSpecialist,
    patient: {
      id: boardCase.patient.id,
      mrn: boardCase.patient.mrn,
      fullName: boardCase.patient.fullName,
      birthDate: boardCase.patient.birthDate,
    },
    readiness: { ready: true, items: [] },
  };
}

export const OTHER_CASE = buildCase({
  id: OTHER_CASE_ID,
  patient: {
    id: '00000000-0000-4000-8000-00000000d002',
    mrn: 'MRN-2002',
    fullName: 'Jorge Ruiz Martín',
    birthDate: '1955-11-30',
    sex: 'male',
  },
  presentingSpecialistId: SURGEON.id,
  presentingSpecialist: SURGEON,
  ras: 'wild_type',
  questionForBoard: 'Ablation or SBRT for a single 18 mm lesion in segment 8?',
});

export function buildMeeting(cases: BoardCase[] = [buildCase(), OTHER_CASE]): Schemas['MeetingDetailDto'] {
  return {
    id: MEETING_ID,
    title: 'Liver board, week 12',
    boardType: 'Hepatobiliary MDT',
    startsAt: '2026-03-19T14:00:00.000Z',
    localStartsAt: '2026-03-19T15:00:00+01:00',
    endsAt: '2026-03-19T15:30:00.000Z',
    localEndsAt: '2026-03-19T16:30:00+01:00',
    timeZone: 'Europe/Madrid',
    durationMinutes: 90,
    location: 'Sala 3, Hospital Clínic',
    videoUrl: 'https://video.example.org/liver-board',
    chair: SURGEON,
    requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    status: 'planned',
    cancelReason: null,
    startedAt: null,
    closedAt: null,
    revision: 1,
    currentCaseId: null,
    currentCaseSince: null,
    createdById: '00000000-0000-4000-8000-000000000003',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    // Sent out of order on purpose: the page shows the agenda by position.
    agenda: cases
      .map((c, index) => ({
        position: index + 1,
        plannedMinutes: index === 0 ? 15 : null,
        active: true,
        previousState: 'accepted' as const,
        addedAt: '2026-03-02T09:00:00.000Z',
        outcome: null,
        case: agendaCase(c),
      }))
      .reverse(),
    attendance: [],
    expected: [],
    quorum: {
      quorate: false,
      requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
      presentDisciplines: [],
      missingDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    },
    totals: { cases: cases.length, plannedMinutes: 25, overrunMinutes: 0, defaultMinutesPerCase: 10 },
    warnings: [],
  };
}

// The coordinator's desk: a coordinator, a third case, people the board expects, cases waiting.

export const COORDINATOR: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000003',
  email: 'coordinator@demo.consilium.test',
  displayName: 'Carla Coordinator',
  role: 'coordinator',
  discipline: null,
  specialistId: null,
  permissions: [
    'clinical.read',
    'patients.write',
    'cases.triage',
    'followup.record',
    'meetings.manage',
    'discussion.write',
    'plans.adopt',
  ],
};

export const THIRD_CASE_ID = '00000000-0000-4000-8000-00000000c003';

export const THIRD_CASE = buildCase({
  id: THIRD_CASE_ID,
  patient: {
    id: '00000000-0000-4000-8000-00000000d003',
    mrn: 'MRN-3003',
    fullName: 'Lucía Fernández Gil',
    birthDate: '1970-06-01',
    sex: 'female',
  },
  questionForBoard: 'Portal vein embolisation before a right hepatectomy?',
});

export const ONCOLOGIST = ME_AS_SPECIALIST;
export const CHAIR = SURGEON;
export const RADIOLOGIST: Schemas['SpecialistSummaryDto'] = {
  id: '00000000-0000-4000-8000-0000000000a3',
  fullName: 'Dr Rita Radiologist',
  discipline: 'radiology',
};
export const INTERVENTIONAL_RADIOLOGIST: Schemas['SpecialistSummaryDto'] = {
  id: '00000000-0000-4000-8000-0000000000a4',
  fullName: 'Dr Ivan Interventional',
  discipline: 'interventional_radiology',
};
export const PATHOLOGIST: Schemas['SpecialistDto'] = {
  id: '00000000-0000-4000-8000-0000000000a5',
  fullName: 'Dr Paula Pathologist',
  discipline: 'pathology',
  institution: 'Hospital Clínic',
  subSpecialties: [],
  userId: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

/** Who the board expects (as the API sorts them: by discipline, then name), none recorded yet. */
export function expectedAtBoard(): Schemas['ExpectedAttendeeDto'][] {
  return [
    { specialist: INTERVENTIONAL_RADIOLOGIST, reasons: ['quorum'], present: null },
    { specialist: ONCOLOGIST, reasons: ['presenter', 'quorum'], present: null },
    { specialist: RADIOLOGIST, reasons: ['quorum'], present: null },
    { specialist: CHAIR, reasons: ['chair', 'presenter', 'quorum'], present: null },
  ];
}
