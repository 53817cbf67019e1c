import type { Discipline } from '@consilium/domain';
import { createCase, createPatient, readyCaseBody } from './factories';
import type { TestApp } from './test-app';

// Helpers for the treatment-plans specs: a board of users, meetings with scheduled cases, attendance
// and proposals, all made through the API (so every event and audit entry is real).

export interface Member {
  id: string;
  token: string;
  specialistId: string;
}

export interface Staff {
  id: string;
  token: string;
}

export interface Board {
  coordinator: Staff;
  admin: Staff;
  oncologist: Member;
  surgeon: Member;
  ir: Member;
  radiologist: Member;
  /** A clinician who is never marked present. */
  pathologist: Member;
}

async function member(t: TestApp, discipline: Discipline): Promise<Member> {
  const user = await t.userWithToken('clinician', discipline);
  return { id: user.id, token: user.token, specialistId: user.specialistId as string };
}

/** A coordinator, an admin, the four disciplines of a liver board's quorum and a pathologist. */
export async function createBoard(t: TestApp): Promise<Board> {
  const coordinator = await t.userWithToken('coordinator');
  const admin = await t.userWithToken('admin');
  return {
    coordinator: { id: coordinator.id, token: coordinator.token },
    admin: { id: admin.id, token: admin.token },
    oncologist: await member(t, 'medical_oncology'),
    surgeon: await member(t, 'surgery'),
    ir: await member(t, 'interventional_radiology'),
    radiologist: await member(t, 'radiology'),
    pathologist: await member(t, 'pathology'),
  };
}

function expectStatus(what: string, response: { status: number; body: unknown }, status: number) {
  if (response.status !== status)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

const HOUR_MS = 3_600_000;
let slot = 0;

/** A start time of its own (one an hour from now on), so that meetings of one file never overlap. */
function nextSlot(): string {
  return new Date(Date.now() + ++slot * 2 * HOUR_MS).toISOString();
}

/** A planned liver-board meeting chaired by the surgeon (default quorum of the institution). */
export async function createMeeting(
  t: TestApp,
  board: Board,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await t.request('POST', '/api/meetings', {
    token: board.coordinator.token,
    body: {
      title: 'Liver board',
      boardType: 'Hepatobiliary MDT',
      startsAt: nextSlot(),
      durationMinutes: 60,
      location: 'Room 4.12',
      chairSpecialistId: board.surgeon.specialistId,
      ...overrides,
    },
  });
  expectStatus('createMeeting', response, 201);
  return response.body.id;
}

/** A ready colorectal case (facts overridable), submitted and accepted; returns its id. */
export async function acceptedCase(
  t: TestApp,
  board: Board,
  facts: Record<string, unknown> = {},
  patient: Record<string, unknown> = {},
): Promise<string> {
  const { id: patientId } = await createPatient(t, board.oncologist.token, patient);
  const id = (await createCase(t, board.oncologist.token, readyCaseBody(patientId, facts))).id as string;
  expectStatus(
    'submit',
    await t.request('POST', `/api/cases/${id}/submit`, { token: board.oncologist.token }),
    200,
  );
  expectStatus(
    'accept',
    await t.request('POST', `/api/cases/${id}/accept`, { token: board.coordinator.token }),
    200,
  );
  return id;
}

export async function addToAgenda(t: TestApp, board: Board, meetingId: string, caseId: string) {
  const response = await t.request('POST', `/api/meetings/${meetingId}/agenda`, {
    token: board.coordinator.token,
    body: { caseId, plannedMinutes: 15 },
  });
  expectStatus('addToAgenda', response, 201);
}

export async function markPresent(
  t: TestApp,
  board: Board,
  meetingId: string,
  members: Member[],
  present = true,
) {
  for (const m of members) {
    const response = await t.request('PUT', `/api/meetings/${meetingId}/attendance/${m.specialistId}`, {
      token: board.coordinator.token,
      body: { present },
    });
    expectStatus('markPresent', response, 200);
  }
}

export async function meetingAction(t: TestApp, board: Board, meetingId: string, action: 'start' | 'close') {
  expectStatus(
    `meeting ${action}`,
    await t.request('POST', `/api/meetings/${meetingId}/${action}`, { token: board.coordinator.token }),
    200,
  );
}

export interface BoardMeeting {
  meetingId: string;
  caseIds: string[];
}

/**
 * A meeting with scheduled cases (one per entry of `cases`, its facts), then started with the
 * oncologist, surgeon, interventional radiologist and radiologist present (quorate) unless `present`
 * says otherwise; `start: false` leaves it planned.
 */
export async function boardMeeting(
  t: TestApp,
  board: Board,
  options: {
    cases?: Record<string, unknown>[];
    present?: Member[];
    start?: boolean;
    meeting?: Record<string, unknown>;
  } = {},
): Promise<BoardMeeting> {
  const meetingId = await createMeeting(t, board, options.meeting);
  const caseIds: string[] = [];
  for (const facts of options.cases ?? [{}]) {
    const caseId = await acceptedCase(t, board, facts);
    await addToAgenda(t, board, meetingId, caseId);
    caseIds.push(caseId);
  }
  if (options.start !== false) {
    await meetingAction(t, board, meetingId, 'start');
    await markPresent(
      t,
      board,
      meetingId,
      options.present ?? [board.oncologist, board.surgeon, board.ir, board.radiologist],
    );
  }
  return { meetingId, caseIds };
}

/** Chemotherapy, then resection of the segment 7 lesion: eligible for the default ready case. */
export function chemoThenResection(meetingId: string, overrides: Record<string, unknown> = {}) {
  return {
    meetingId,
    intent: 'curative',
    steps: [
      { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
      { modality: 'surgical_resection', details: { approach: 'laparoscopic' }, targetLesions: [7] },
    ],
    rationale: 'Downsize with FOLFOX, then resect the single segment 7 lesion with clear margins.',
    ...overrides,
  };
}

export async function propose(t: TestApp, token: string, caseId: string, body: object) {
  return t.request('POST', `/api/cases/${caseId}/proposals`, { token, body });
}

/** A proposal that must succeed; returns its id. */
export async function proposalId(t: TestApp, token: string, caseId: string, body: object): Promise<string> {
  const response = await propose(t, token, caseId, body);
  expectStatus('propose', response, 201);
  return response.body.id;
}

export async function vote(t: TestApp, token: string, id: string, body: object) {
  return t.request('PUT', `/api/proposals/${id}/vote`, { token, body });
}

export async function adopt(t: TestApp, token: string, id: string, patientPreferencesDiscussed = true) {
  return t.request('POST', `/api/proposals/${id}/adopt`, { token, body: { patientPreferencesDiscussed } });
}

/** The approvals that carry a proposal: the surgeon and the oncologist approve. */
export async function approveBy(t: TestApp, id: string, members: Member[]) {
  for (const m of members) expectStatus('vote', await vote(t, m.token, id, { vote: 'approve' }), 200);
}

export async function caseStatus(t: TestApp, caseId: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT status FROM board_case WHERE id = $1`, [caseId]);
  return row.status;
}
