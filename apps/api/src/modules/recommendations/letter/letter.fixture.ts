import { emptyCaseFacts } from '@consilium/domain';

import {
  ADDENDUM_FORMAT,
  type AddendumContent,
  contentHash,
  LETTER_FORMAT,
  type LetterAddendumView,
  type LetterContent,
  type LetterFacts,
  type LetterPerson,
  type LetterRenderInput,
  type LetterSignatureView,
} from './letter-content';

// A board's letter for tests: a fictional patient whose name needs Spanish characters, a curative
// plan with an overridden contraindication, a dissenting vote with its comment, lesions in two
// segments and one supportive-care service still unrecorded. By default signed by the chair.

export const FIXTURE_PEOPLE = {
  chair: {
    id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c01',
    fullName: 'Dr Javier Ibáñez Ruiz',
    discipline: 'surgery',
  },
  oncologist: {
    id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c02',
    fullName: 'Dra Lucía Fernández Ortega',
    discipline: 'medical_oncology',
  },
  interventionalRadiologist: {
    id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c03',
    fullName: 'Dr Andrés Castaño Gil',
    discipline: 'interventional_radiology',
  },
  radiologist: {
    id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c04',
    fullName: 'Dra Carmen Olmedo Sáez',
    discipline: 'radiology',
  },
  pathologist: {
    id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c05',
    fullName: 'Dr Iñaki Goikoetxea Arana',
    discipline: 'pathology',
  },
  nurse: { id: '0b6f4f1e-5a43-4c36-9d64-2f0e3f6a0c06', fullName: 'Rocío Marín Peral', discipline: 'nursing' },
} as const satisfies Record<string, LetterPerson>;

export const FIXTURE_DISSENT_COMMENT =
  'I would ablate both lesions after portal vein embolisation instead: a right posterior sectionectomy with a 27 % remnant after six months of oxaliplatin is too close to the limit.';

export function fixtureFacts(overrides: Partial<LetterFacts> = {}): LetterFacts {
  return {
    ...emptyCaseFacts(),
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'Adenocarcinoma, moderately differentiated',
    diagnosisDate: '2025-05-12',
    ras: 'wild_type',
    brafV600e: 'absent',
    msi: 'mss',
    pdl1Percent: null,
    lesions: [
      { segment: 7, diameterMm: 34 },
      { segment: 2, diameterMm: 12 },
    ],
    bilobar: true,
    extrahepaticDisease: 'none',
    bilirubinMgDl: 0.8,
    albuminGDl: 3.9,
    inr: 1.1,
    childPugh: 'A',
    cirrhosisOrFibrosis: false,
    futureLiverRemnantPercent: 27,
    ecog: 1,
    comorbidities: ['Type 2 diabetes mellitus (metformin)', 'Treated hypertension'],
    priorTreatments: [
      { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
    ],
    latestImagingDate: '2026-03-10',
    plannedSurgeryDate: null,
    questionForBoard:
      'Resection of the segment 7 lesion with ablation of segment 2 after six months of FOLFOX, or ablation of both?',
    ...overrides,
  };
}

export function fixtureContent(overrides: Partial<LetterContent> = {}): LetterContent {
  const { chair, oncologist, interventionalRadiologist, radiologist, pathologist, nurse } = FIXTURE_PEOPLE;
  const facts = fixtureFacts();
  return {
    format: LETTER_FORMAT,
    recommendationId: '7d1c2a90-3e4b-4f5a-8c6d-1b2a3c4d5e6f',
    caseId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
    institution: 'Hospital Universitario San Rafael',
    patient: {
      id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      fullName: 'María José Núñez-Peña',
      mrn: 'HSR-0048213',
      birthDate: '1961-11-03',
      sex: 'female',
    },
    addressee: { kind: 'specialist', ...oncologist },
    board: {
      meetingId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
      title: 'Liver metastases board',
      boardType: 'Hepatobiliary tumour board',
      startsAt: '2026-03-24T13:00:00.000Z',
      timeZone: 'Europe/Madrid',
      chair,
      attendees: [
        { ...chair, present: true, roles: ['chair'], recordedRole: null },
        { ...oncologist, present: true, roles: ['presenter', 'proposer'], recordedRole: null },
        { ...interventionalRadiologist, present: true, roles: [], recordedRole: null },
        { ...radiologist, present: true, roles: [], recordedRole: null },
        { ...pathologist, present: false, roles: [], recordedRole: null },
        { ...nurse, present: true, roles: [], recordedRole: 'Case manager' },
      ],
      quorum: {
        quorate: true,
        requiredDisciplines: ['surgery', 'medical_oncology', 'radiology', 'interventional_radiology'],
        missingDisciplines: [],
      },
    },
    question: facts.questionForBoard,
    facts,
    ruleSetVersion: '1.0.0',
    plan: {
      intent: 'curative',
      proposer: oncologist,
      steps: [
        {
          position: 1,
          modality: 'surgical_resection',
          agent: null,
          details: { approach: 'Open right posterior sectionectomy' },
          targetLesions: [7],
          overrideJustification:
            'Portal vein embolisation is booked for 2 April; the resection goes ahead only if CT volumetry then shows a remnant of at least 30 %.',
          verdict: 'contraindicated',
          contraindications: [
            {
              ruleId: 'RES-FLR',
              verdict: 'contraindicated',
              message:
                'FLR 27% is below the 30% minimum for a liver after more than 3 months of chemotherapy; consider portal vein embolisation or a two-stage hepatectomy',
              facts: {
                futureLiverRemnantPercent: 27,
                cirrhosisOrFibrosis: false,
                priorChemotherapyMonths: 6,
              },
              source:
                'Kawaguchi & Vauthey, J Surg Oncol 2019 (PMC6422720); Entezari et al., RadioGraphics 2022',
            },
          ],
          overridden: true,
        },
        {
          position: 2,
          modality: 'radiofrequency_ablation',
          agent: null,
          details: { text: 'Intraoperative, at the resection' },
          targetLesions: [2],
          overrideJustification: null,
          verdict: 'caution',
          contraindications: [],
          overridden: false,
        },
        {
          position: 3,
          modality: 'systemic_chemotherapy',
          agent: null,
          details: { regimen: 'FOLFOX', cycles: 6 },
          targetLesions: [],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
          overridden: false,
        },
      ],
      rationale:
        'Two lesions, bilobar, RAS wild-type, partial response after six months of FOLFOX. Resection with intraoperative ablation offers the best chance of cure; the remnant is borderline, so portal vein embolisation comes first and the decision to resect is confirmed on volumetry. Adjuvant FOLFOX completes twelve cycles in total.',
    },
    votes: [
      { ...chair, vote: 'approve', comment: null, castAt: '2026-03-24T13:41:00.000Z', present: true },
      { ...oncologist, vote: 'approve', comment: null, castAt: '2026-03-24T13:42:00.000Z', present: true },
      {
        ...interventionalRadiologist,
        vote: 'reject',
        comment: FIXTURE_DISSENT_COMMENT,
        castAt: '2026-03-24T13:43:00.000Z',
        present: true,
      },
      {
        ...radiologist,
        vote: 'abstain',
        comment: 'Volumetry to be repeated.',
        castAt: '2026-03-24T13:44:00.000Z',
        present: true,
      },
    ],
    tally: { approvals: 2, rejections: 1, abstentions: 1 },
    patientPreferencesDiscussed: true,
    supportiveCare: [
      { service: 'psycho_oncology', status: 'offered' },
      { service: 'nutrition', status: 'referred' },
      { service: 'pain_palliative_care', status: 'not_needed' },
      { service: 'specialist_nurse', status: null },
    ],
    adoptedAt: '2026-03-24T13:52:00.000Z',
    ...overrides,
  };
}

/** The chair's signature of `content` (its real hash), at 18:40 Madrid time on the day of the board. */
export function fixtureSignature(
  content: LetterContent,
  overrides: Partial<LetterSignatureView> = {},
): LetterSignatureView {
  return {
    id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    signer: FIXTURE_PEOPLE.chair,
    asDeputy: false,
    signedAt: '2026-03-24T17:40:00.000Z',
    contentHash: contentHash(content),
    ...overrides,
  };
}

/** An addendum to `content` amending `signature`, signed by the chair two days later (its real hash). */
export function fixtureAddendum(
  content: LetterContent,
  signature: LetterSignatureView,
  overrides: Partial<LetterAddendumView> = {},
): LetterAddendumView {
  const text =
    overrides.text ??
    'The segment 2 lesion measures 14 mm, not 12 mm, on the CT of 10 March 2026 as reported by radiology. The recommendation is unchanged.';
  const amends = overrides.amends ?? { signatureId: signature.id, contentHash: signature.contentHash };
  const addendum: AddendumContent = {
    format: ADDENDUM_FORMAT,
    recommendationId: content.recommendationId,
    caseId: content.caseId,
    patient: content.patient,
    amends,
    text,
  };
  return {
    id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
    signer: FIXTURE_PEOPLE.chair,
    asDeputy: false,
    signedAt: '2026-03-26T09:05:00.000Z',
    contentHash: contentHash(addendum),
    text,
    amends,
    ...overrides,
  };
}

export type LetterInputOverrides = Partial<Omit<LetterRenderInput, 'content'>> & {
  content?: Partial<LetterContent>;
};

/**
 * A complete render input: the fixture's content (with `content` overrides merged in), signed by the
 * chair unless `signature` says otherwise (`null`: a draft), no addenda, in English, printed two days
 * after the board.
 */
export function buildLetterInput(overrides: LetterInputOverrides = {}): LetterRenderInput {
  const { content: contentOverrides, ...rest } = overrides;
  const content = fixtureContent(contentOverrides);
  return {
    content,
    signature: fixtureSignature(content),
    addenda: [],
    language: 'en',
    printedAt: new Date('2026-03-26T10:30:00.000Z'),
    ...rest,
  };
}
