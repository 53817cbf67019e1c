import axe from 'axe-core';
import { vi } from 'vitest';

import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';
import { evaluatePlanOptions, MODALITY_CATALOGUE, RULE_SET_VERSION } from '@consilium/plan-builder';

import type { Schemas } from '../../../api/client';
import { CLINICIAN } from '../../../test/fixtures';
import { type FakeFetch, json } from '../../../test/render';

type BoardCase = Schemas['CaseDto'];
type Proposal = Schemas['ProposalDto'];
type Specialist = Schemas['SpecialistSummaryDto'];

export const MEETING_ID = '00000000-0000-4000-8000-00000000b101';
export const CASE_ID = '00000000-0000-4000-8000-00000000c101';
export const PROPOSAL_ID = '00000000-0000-4000-8000-00000000e101';

export const ONCOLOGIST: Specialist = {
  id: CLINICIAN.specialistId ?? '',
  fullName: 'Dr Olivia Oncologist',
  discipline: 'medical_oncology',
};
export const SURGEON: Specialist = {
  id: '00000000-0000-4000-8000-0000000000a2',
  fullName: 'Dr Samuel Surgeon',
  discipline: 'surgery',
};
export const RADIOLOGIST: Specialist = {
  id: '00000000-0000-4000-8000-0000000000a3',
  fullName: 'Dr Rita Radiologist',
  discipline: 'radiology',
};

/** The chair (the surgeon) signed in. */
export const CHAIR_USER: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000004',
  email: 'surgeon@demo.consilium.test',
  displayName: SURGEON.fullName,
  discipline: 'surgery',
  specialistId: SURGEON.id,
  permissions: [...CLINICIAN.permissions, 'plans.adopt'],
};

/** A scheduled, RAS-mutant, left-sided colon case: EGFR inhibitors are contraindicated. */
export const BOARD_CASE: BoardCase = {
  id: CASE_ID,
  status: 'scheduled',
  patientId: '00000000-0000-4000-8000-00000000d101',
  patient: {
    id: '00000000-0000-4000-8000-00000000d101',
    mrn: 'MRN-1001',
    fullName: 'María García López',
    birthDate: '1961-04-12',
    sex: 'female',
  },
  presentingSpecialistId: ONCOLOGIST.id,
  presentingSpecialist: ONCOLOGIST,
  treatingPhysicianSpecialistId: null,
  treatingPhysicianSpecialist: null,
  treatingPhysicianName: 'Dr Ana Ruiz',
  treatingPhysicianContact: 'Hospital Comarcal, ana.ruiz@hcomarcal.example',
  primarySite: 'colon',
  primarySide: 'left',
  histology: 'Adenocarcinoma',
  diagnosisDate: '2025-09-01',
  ras: 'mutant',
  brafV600e: 'absent',
  msi: 'mss',
  pdl1Percent: null,
  lesions: [
    { segment: 7, diameterMm: 24 },
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
  priorTreatments: [{ modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 4, bestResponse: 'PR' }],
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
    meeting: null,
  },
  createdById: CLINICIAN.id,
  createdAt: '2026-02-20T10:00:00.000Z',
  updatedAt: '2026-03-10T10:00:00.000Z',
};

function factsOf(boardCase: BoardCase): CaseFacts {
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

/** What the API answers: the real plan builder on the case's facts. */
export const PLAN_OPTIONS: Schemas['PlanOptionsDto'] = {
  caseId: CASE_ID,
  ...evaluatePlanOptions(factsOf(BOARD_CASE), { today: '2026-03-19' }),
};

export const MODALITIES: Schemas['ModalityCatalogueDto'] = {
  ruleSetVersion: RULE_SET_VERSION,
  items: MODALITY_CATALOGUE.map((m) => ({
    code: m.code,
    name: m.name,
    description: m.description,
    agents: m.agents.map((a) => ({ code: a.code, name: a.name, agentClass: a.agentClass })),
  })),
};

const attendance = (specialist: Specialist, present: boolean): Schemas['AttendanceDto'] => ({
  specialist,
  present,
  role: null,
  recordedById: '00000000-0000-4000-8000-000000000003',
  recordedAt: '2026-03-19T14:02:00.000Z',
});

/** The board in progress, the case on its agenda, the oncologist and the surgeon (chair) present. */
export function buildMeeting(
  overrides: Partial<Schemas['MeetingDetailDto']> = {},
): Schemas['MeetingDetailDto'] {
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
    location: 'Sala 3',
    videoUrl: null,
    chair: SURGEON,
    requiredDisciplines: ['medical_oncology', 'surgery', 'radiology'],
    status: 'in_progress',
    cancelReason: null,
    startedAt: '2026-03-19T14:01:00.000Z',
    closedAt: null,
    revision: 2,
    createdById: '00000000-0000-4000-8000-000000000003',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-19T14:01:00.000Z',
    currentCaseId: CASE_ID,
    currentCaseSince: '2026-03-19T14:05:00.000Z',
    agenda: [
      {
        position: 1,
        plannedMinutes: 15,
        active: true,
        previousState: 'accepted',
        addedAt: '2026-03-02T09:00:00.000Z',
        outcome: null,
        case: {
          id: CASE_ID,
          status: 'scheduled',
          primarySite: 'colon',
          questionForBoard: BOARD_CASE.questionForBoard,
          presentingSpecialist: ONCOLOGIST,
          patient: {
            id: BOARD_CASE.patient.id,
            mrn: BOARD_CASE.patient.mrn,
            fullName: BOARD_CASE.patient.fullName,
            birthDate: BOARD_CASE.patient.birthDate,
          },
          readiness: { ready: true, items: [] },
        },
      },
    ],
    attendance: [attendance(ONCOLOGIST, true), attendance(SURGEON, true)],
    expected: [],
    quorum: {
      quorate: false,
      requiredDisciplines: ['medical_oncology', 'surgery', 'radiology'],
      presentDisciplines: ['medical_oncology', 'surgery'],
      missingDisciplines: ['radiology'],
    },
    totals: { cases: 1, plannedMinutes: 15, overrunMinutes: 0, defaultMinutesPerCase: 10 },
    warnings: [],
    ...overrides,
  };
}

let voteSequence = 0;

export function buildVote(
  specialist: Specialist,
  vote: Schemas['CurrentVoteDto']['vote'],
  comment: string | null = null,
  present = true,
): Schemas['CurrentVoteDto'] {
  return {
    id: `00000000-0000-4000-8000-${String((voteSequence += 1)).padStart(12, '0')}`,
    proposalId: PROPOSAL_ID,
    specialist,
    userId: CLINICIAN.id,
    vote,
    comment,
    castAt: '2026-03-19T14:20:00.000Z',
    supersededAt: null,
    present,
  };
}

/** Ablation of segment VII after chemotherapy, proposed by the oncologist. */
export function buildProposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: PROPOSAL_ID,
    caseId: CASE_ID,
    meetingId: MEETING_ID,
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
        modality: 'radiofrequency_ablation',
        agent: null,
        details: null,
        targetLesions: [7],
        overrideJustification: null,
        verdict: 'eligible',
        contraindications: [],
        overridden: false,
      },
    ],
    rationale: 'Downsize, then ablate the segment VII lesion.',
    ruleSetVersion: RULE_SET_VERSION,
    evaluatedOn: '2026-03-19',
    proposedBy: { id: CLINICIAN.id, displayName: CLINICIAN.displayName },
    proposer: ONCOLOGIST,
    createdAt: '2026-03-19T14:10:00.000Z',
    votes: [buildVote(SURGEON, 'approve')],
    tally: { approvals: 1, rejections: 0, abstentions: 0 },
    ...overrides,
  };
}

export function tallyOf(votes: readonly Schemas['CurrentVoteDto'][]): Schemas['VoteTallyDto'] {
  const counted = votes.filter((v) => v.present);
  return {
    approvals: counted.filter((v) => v.vote === 'approve').length,
    rejections: counted.filter((v) => v.vote === 'reject').length,
    abstentions: counted.filter((v) => v.vote === 'abstain').length,
  };
}

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/** A fake API: each `METHOD /path` answers what the test says; anything else fails the test. */
export function fakeApi(routes: Record<string, Handler>, me: Schemas['MeDto'] = CLINICIAN) {
  const all: Record<string, Handler> = { 'GET /api/auth/me': () => json(200, me), ...routes };
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const route = all[`${request.method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${url.pathname}${url.search}`);
    return route(request, url);
  });
}

/** The JSON bodies sent to `METHOD /path`, in order. */
export async function bodiesSent(
  fetch: ReturnType<typeof fakeApi>,
  method: string,
  pathname: string,
): Promise<unknown[]> {
  const requests = fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => r.method === method && new URL(r.url).pathname === pathname);
  return Promise.all(requests.map((r) => r.clone().json() as Promise<unknown>));
}

export const refusal = (status: number, error: string, message: string, details?: unknown) =>
  json(status, { statusCode: status, error, message, ...(details === undefined ? {} : { details }) });

export function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

export async function seriousFindings(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
