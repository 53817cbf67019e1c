import type { Discipline } from '@consilium/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createCase, createPatient, readyCaseBody } from './factories';
import type { TestApp } from './test-app';

// Helpers for the meetings specs: a cast of users, accepted cases and meetings, made through the API.

export interface Actor {
  id: string;
  token: string;
  specialistId: string | null;
}

export interface Cast {
  coordinator: Actor;
  admin: Actor;
  oncologist: Actor;
  surgeon: Actor;
  radiologist: Actor;
  interventional: Actor;
}

/** One coordinator, one admin, and a clinician of each discipline a liver board needs. */
export async function createCast(t: TestApp): Promise<Cast> {
  const clinician = (discipline: Discipline) => t.userWithToken('clinician', discipline);
  return {
    coordinator: await t.userWithToken('coordinator'),
    admin: await t.userWithToken('admin'),
    oncologist: await clinician('medical_oncology'),
    surgeon: await clinician('surgery'),
    radiologist: await clinician('radiology'),
    interventional: await clinician('interventional_radiology'),
  };
}

/** A ready case prepared by a clinician, submitted, and accepted by the coordinator; returns its id. */
export async function acceptedCase(
  t: TestApp,
  cast: Pick<Cast, 'coordinator' | 'oncologist'>,
  patientOverrides: Record<string, unknown> = {},
): Promise<string> {
  const patient = await createPatient(t, cast.oncologist.token, patientOverrides);
  const id = (await createCase(t, cast.oncologist.token, readyCaseBody(patient.id))).id as string;
  for (const [action, token] of [
    ['submit', cast.oncologist.token],
    ['accept', cast.coordinator.token],
  ] as const) {
    const response = await t.request('POST', `/api/cases/${id}/${action}`, { token });
    if (response.status !== 200)
      throw new Error(`acceptedCase ${action}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return id;
}

const DAY_MS = 86_400_000;
let slots = 0;

/**
 * A start time no other meeting of this test file has (one a day from 2028-01-03, 15:00 UTC), so
 * that meetings do not overlap, and warn, unless a test means them to.
 */
export function nextSlot(): string {
  return new Date(Date.UTC(2028, 0, 3, 15) + slots++ * DAY_MS).toISOString();
}

export function meetingBody(chairSpecialistId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Liver board',
    boardType: 'Hepatobiliary MDT',
    startsAt: nextSlot(),
    durationMinutes: 90,
    location: 'Room 4.12',
    videoUrl: 'https://video.example/liver-board',
    chairSpecialistId,
    ...overrides,
  };
}

/** Schedules a meeting through the API (a coordinator's token) and returns the response body. */
export async function createMeeting(
  t: TestApp,
  token: string,
  chairSpecialistId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await t.request('POST', '/api/meetings', {
    token,
    body: meetingBody(chairSpecialistId, overrides),
  });
  if (response.status !== 201)
    throw new Error(`createMeeting: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Puts a case on a meeting's agenda (a coordinator's token). */
export async function addToAgenda(
  t: TestApp,
  token: string,
  meetingId: string,
  caseId: string,
  plannedMinutes?: number,
) {
  const response = await t.request('POST', `/api/meetings/${meetingId}/agenda`, {
    token,
    body: { caseId, ...(plannedMinutes === undefined ? {} : { plannedMinutes }) },
  });
  if (response.status !== 201)
    throw new Error(`addToAgenda: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Records attendance (a coordinator's token, or the clinician's own). */
export async function markAttendance(
  t: TestApp,
  token: string,
  meetingId: string,
  specialistId: string,
  present = true,
) {
  const response = await t.request('PUT', `/api/meetings/${meetingId}/attendance/${specialistId}`, {
    token,
    body: { present },
  });
  if (response.status !== 200)
    throw new Error(`markAttendance: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function meetingAction(t: TestApp, token: string, meetingId: string, action: 'start' | 'close') {
  const response = await t.request('POST', `/api/meetings/${meetingId}/${action}`, { token });
  if (response.status !== 200)
    throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function caseStatus(t: TestApp, caseId: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT status FROM board_case WHERE id = $1`, [caseId]);
  return row.status;
}

/** Runs `fn` and counts the SQL statements sent to PostgreSQL meanwhile (every connection). */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    const result = await fn();
    return { result, queries: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

/** RFC 5545 unfolding, then the content lines. */
export function icsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}
