import type { Schemas } from '../../api/client';
import { CLINICIAN } from '../../test/fixtures';

export const CASE_ID = '00000000-0000-4000-8000-0000000000c1';

const ONCOLOGIST = {
  id: '00000000-0000-4000-8000-0000000000a1',
  fullName: 'Dr Olivia Oncologist',
  discipline: 'medical_oncology',
} as const;

export const BOARD_CASE: Schemas['CaseDto'] = {
  id: CASE_ID,
  status: 'draft',
  patientId: '00000000-0000-4000-8000-0000000000b1',
  patient: {
    id: '00000000-0000-4000-8000-0000000000b1',
    mrn: 'MRN-0042',
    fullName: 'Ana García López',
    birthDate: '1961-04-12',
    sex: 'female',
  },
  presentingSpecialistId: '00000000-0000-4000-8000-0000000000a1',
  presentingSpecialist: ONCOLOGIST,
  treatingPhysicianSpecialistId: null,
  treatingPhysicianSpecialist: null,
  treatingPhysicianName: 'Dr Javier Moreno, Hospital Comarcal',
  treatingPhysicianContact: 'javier.moreno@hcomarcal.example, +34 900 000 000',
  primarySite: 'colon',
  primarySide: 'left',
  histology: null,
  diagnosisDate: '2025-11-03',
  ras: 'pending',
  brafV600e: 'absent',
  msi: 'mss',
  pdl1Percent: null,
  lesions: [
    { segment: 7, diameterMm: 24 },
    { segment: 4, diameterMm: 12 },
  ],
  bilobar: true,
  extrahepaticDisease: 'none',
  bilirubinMgDl: 1.2,
  albuminGDl: 3.9,
  inr: null,
  childPugh: 'A',
  cirrhosisOrFibrosis: false,
  futureLiverRemnantPercent: 35,
  ecog: 1,
  comorbidities: ['Type 2 diabetes'],
  priorTreatments: [{ modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 4, bestResponse: 'PR' }],
  latestImagingDate: '2026-03-01',
  plannedSurgeryDate: null,
  questionForBoard: 'Is a one-stage resection feasible?',
  createdById: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-05T09:00:00.000Z',
  nextStep: {
    kind: 'revise',
    missing: ['ecog'],
    returnReason: 'Please add the MSI status from pathology',
    since: null,
    followUpDueAt: null,
    overdue: false,
    meeting: null,
  },
};

export const RETURN_EVENTS: Schemas['CaseEventPageDto'] = {
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000e1',
      action: 'created',
      fromState: null,
      toState: 'draft',
      reason: null,
      actor: {
        id: '00000000-0000-4000-8000-000000000001',
        displayName: 'Dr Olivia Oncologist',
        role: 'clinician',
      },
      occurredAt: '2026-03-02T09:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-0000000000e2',
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      reason: null,
      actor: {
        id: '00000000-0000-4000-8000-000000000001',
        displayName: 'Dr Olivia Oncologist',
        role: 'clinician',
      },
      occurredAt: '2026-03-03T09:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-0000000000e3',
      action: 'return',
      fromState: 'submitted',
      toState: 'draft',
      reason: 'Please add the MSI status from pathology',
      actor: {
        id: '00000000-0000-4000-8000-000000000003',
        displayName: 'Carla Coordinator',
        role: 'coordinator',
      },
      occurredAt: '2026-03-04T09:00:00.000Z',
    },
  ],
  nextCursor: null,
};

const SURGEON = {
  id: '00000000-0000-4000-8000-0000000000a2',
  fullName: 'Dr Sam Surgeon',
  discipline: 'surgery',
} as const;
const RADIOLOGIST = {
  id: '00000000-0000-4000-8000-0000000000a3',
  fullName: 'Dr Ira Radiologist',
  discipline: 'interventional_radiology',
} as const;

export const PROPOSALS: Schemas['ProposalPageDto'] = {
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      caseId: CASE_ID,
      meetingId: '00000000-0000-4000-8000-0000000000d1',
      status: 'proposed',
      intent: 'curative',
      steps: [
        {
          position: 1,
          modality: 'systemic_chemotherapy',
          agent: null,
          details: { regimen: 'FOLFOX', cycles: 6 },
          targetLesions: [],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
          overridden: false,
        },
        {
          position: 2,
          modality: 'surgical_resection',
          agent: null,
          details: { approach: 'laparoscopic' },
          targetLesions: [7, 4],
          overrideJustification: null,
          verdict: 'caution',
          contraindications: [],
          overridden: false,
        },
      ],
      rationale: 'Downsize, then resect both lesions.',
      ruleSetVersion: '1.0.0',
      evaluatedOn: '2026-03-10',
      proposedBy: { id: '00000000-0000-4000-8000-000000000001', displayName: 'Dr Olivia Oncologist' },
      proposer: ONCOLOGIST,
      createdAt: '2026-03-10T09:30:00.000Z',
      votes: [
        {
          id: '00000000-0000-4000-8000-0000000000f2',
          proposalId: '00000000-0000-4000-8000-0000000000f1',
          specialist: SURGEON,
          userId: '00000000-0000-4000-8000-000000000004',
          vote: 'approve',
          comment: null,
          castAt: '2026-03-10T10:00:00.000Z',
          supersededAt: null,
          present: true,
        },
        {
          id: '00000000-0000-4000-8000-0000000000f3',
          proposalId: '00000000-0000-4000-8000-0000000000f1',
          specialist: RADIOLOGIST,
          userId: '00000000-0000-4000-8000-000000000005',
          vote: 'reject',
          comment: 'Ablation of segment IV would spare parenchyma',
          castAt: '2026-03-10T10:02:00.000Z',
          supersededAt: null,
          present: true,
        },
      ],
      tally: { approvals: 1, rejections: 1, abstentions: 0 },
    },
  ],
  nextCursor: null,
};

export const RECOMMENDATION: Schemas['RecommendationDto'] = {
  id: '00000000-0000-4000-8000-0000000000a9',
  caseId: CASE_ID,
  case: {
    id: CASE_ID,
    status: 'decided',
    primarySite: 'colon',
    histology: null,
    questionForBoard: 'Is a one-stage resection feasible?',
  },
  patient: BOARD_CASE.patient,
  meeting: {
    id: '00000000-0000-4000-8000-0000000000d1',
    title: 'Hepatobiliary MDT',
    boardType: 'Hepatobiliary MDT',
    status: 'closed',
    startsAt: '2026-03-10T09:00:00.000Z',
    localStartsAt: '2026-03-10T10:00:00+01:00',
  },
  proposalId: PROPOSALS.items[0].id,
  intent: 'curative',
  steps: PROPOSALS.items[0].steps,
  rationale: 'Downsize, then resect both lesions.',
  proposer: ONCOLOGIST,
  overrides: [],
  votes: [
    {
      id: '00000000-0000-4000-8000-0000000000f3',
      fullName: RADIOLOGIST.fullName,
      discipline: RADIOLOGIST.discipline,
      vote: 'reject',
      comment: 'Ablation of segment IV would spare parenchyma',
      castAt: '2026-03-10T10:02:00.000Z',
      present: true,
    },
  ],
  dissent: [
    {
      id: '00000000-0000-4000-8000-0000000000f3',
      fullName: RADIOLOGIST.fullName,
      discipline: RADIOLOGIST.discipline,
      vote: 'reject',
      comment: 'Ablation of segment IV would spare parenchyma',
      castAt: '2026-03-10T10:02:00.000Z',
      present: true,
    },
  ],
  tally: { approvals: 3, rejections: 1, abstentions: 0 },
  attendance: [],
  quorum: {
    quorate: true,
    requiredDisciplines: ['surgery'],
    presentDisciplines: ['surgery'],
    missingDisciplines: [],
  },
  chair: SURGEON,
  adoptedBy: { id: '00000000-0000-4000-8000-000000000004', displayName: 'Dr Sam Surgeon' },
  adoptedAt: '2026-03-10T10:30:00.000Z',
  localAdoptedAt: '2026-03-10T11:30:00+01:00',
  timeZone: 'Europe/Madrid',
  patientPreferencesDiscussed: true,
  ruleSetVersion: '1.0.0',
  advisory:
    "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.",
  followUp: null,
  addressee: {
    kind: 'external',
    specialistId: null,
    fullName: 'Dr Javier Moreno, Hospital Comarcal',
    discipline: null,
    contact: 'javier.moreno@hcomarcal.example, +34 900 000 000',
  },
  supportiveCare: [
    { service: 'psycho_oncology', status: 'referred' },
    { service: 'nutrition', status: 'offered' },
    { service: 'pain_palliative_care', status: 'not_needed' },
    { service: 'specialist_nurse', status: 'offered' },
  ],
  signature: null,
  addenda: [],
  draftContentHash: '5f2b8c1e9a7d4036b1e2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718',
  callerMaySign: false,
};

/** The chair (the surgeon) signed in: he signs the letter. */
export const CHAIR: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000004',
  email: 'surgeon@demo.consilium.test',
  displayName: SURGEON.fullName,
  discipline: 'surgery',
  specialistId: SURGEON.id,
  permissions: [...CLINICIAN.permissions, 'plans.adopt', 'letters.sign'],
};

/** The letter as the chair reads it before signing: addressed, supportive care recorded. */
export const DRAFT_FOR_CHAIR: Schemas['RecommendationDto'] = { ...RECOMMENDATION, callerMaySign: true };

/** The letter signed by the chair, with one addendum. */
export const SIGNED_RECOMMENDATION: Schemas['RecommendationDto'] = {
  ...RECOMMENDATION,
  callerMaySign: true,
  draftContentHash: null,
  signature: {
    id: '00000000-0000-4000-8000-0000000000b9',
    signer: SURGEON,
    asDeputy: false,
    signedAt: '2026-03-10T11:45:00.000Z',
    algorithm: 'SHA-256',
    contentHash: '5f2b8c1e9a7d4036b1e2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718',
  },
  addenda: [
    {
      id: '00000000-0000-4000-8000-0000000000ba',
      signer: SURGEON,
      asDeputy: false,
      signedAt: '2026-03-12T08:15:00.000Z',
      algorithm: 'SHA-256',
      contentHash: 'c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc',
      text: 'Correction: the target lesion of step 2 is in segment 6, not segment 7.',
      amendsSignatureId: '00000000-0000-4000-8000-0000000000b9',
      amendsContentHash: '5f2b8c1e9a7d4036b1e2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718',
    },
  ],
};

/** The institution prints its letters in Spanish, whatever language the screen is in. */
export const INSTITUTION: Schemas['InstitutionSettingsDto'] = {
  imagingWindowDays: 42,
  timeZone: 'Europe/Madrid',
  quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
  followUpOverdueDays: 60,
  letterLanguage: 'es',
  deputySigning: false,
  mrnSystem: 'urn:consilium:mrn',
  updatedAt: '2026-01-05T09:00:00.000Z',
  defaults: {
    imagingWindowDays: 42,
    timeZone: 'Europe/Amsterdam',
    quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    followUpOverdueDays: 60,
    letterLanguage: 'en',
    deputySigning: false,
    mrnSystem: 'urn:consilium:mrn',
  },
};
