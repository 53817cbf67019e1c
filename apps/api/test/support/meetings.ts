import type { Actor, Board, Clinician, Staff } from './board';
import { acceptedCase, type Overrides } from './cases';
import { send } from './requests';
import type { TestApp } from './test-app';

// Meetings, their agenda and attendance, made through the API: `createMeeting`, `addToAgenda`,
// `markAttendance` and `meetingAction` take (t, actor, …) and return the response body, failing the
// test if the request is refused; `boardMeeting` builds a whole meeting (cases, start, attendance).

const DAY_MS = 86_400_000;
let slots = 0;

/**
 * A start time no other meeting of this test file has (one a day from 2028-01-03, 15:00 UTC), so
 * that meetings do not overlap, and warn, unless a test means them to.
 */
export function nextSlot(): string {
  return new Date(Date.UTC(2028, 0, 3, 15) + slots++ * DAY_MS).toISOString();
}

export function meetingBody(chairSpecialistId: string, overrides: Overrides = {}) {
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

/** A planned meeting (a coordinator schedules it). */
export function createMeeting(
  t: TestApp,
  coordinator: Actor,
  chairSpecialistId: string,
  overrides: Overrides = {},
) {
  return send(t, coordinator, 'POST', '/api/meetings', 201, meetingBody(chairSpecialistId, overrides));
}

/** Puts a case at the end of a meeting's agenda (`overrides`: `plannedMinutes`). */
export function addToAgenda(
  t: TestApp,
  coordinator: Actor,
  meetingId: string,
  caseId: string,
  overrides: Overrides = {},
) {
  return send(t, coordinator, 'POST', `/api/meetings/${meetingId}/agenda`, 201, { caseId, ...overrides });
}

/**
 * Records each clinician as present (or absent), one request each, as a coordinator or the clinician
 * themself; returns the meeting after the last one.
 */
export async function markAttendance(
  t: TestApp,
  actor: Actor,
  meetingId: string,
  clinicians: Pick<Clinician, 'specialistId'>[],
  present = true,
) {
  let meeting;
  for (const { specialistId } of clinicians)
    meeting = await send(t, actor, 'PUT', `/api/meetings/${meetingId}/attendance/${specialistId}`, 200, {
      present,
    });
  return meeting;
}

export function meetingAction(t: TestApp, actor: Actor, meetingId: string, action: 'start' | 'close') {
  return send(t, actor, 'POST', `/api/meetings/${meetingId}/${action}`, 200);
}

/** Sets institution settings, the others at their defaults; returns the response. */
export function putSettings(t: TestApp, admin: Staff, settings: Record<string, unknown>) {
  return t.request('PUT', '/api/settings/institution', {
    token: admin.token,
    body: {
      imagingWindowDays: 42,
      timeZone: 'Europe/Amsterdam',
      quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
      followUpOverdueDays: 60,
      letterLanguage: 'en',
      deputySigning: false,
      mrnSystem: 'urn:consilium:mrn',
      ...settings,
    },
  });
}

/** Sets the institution's time zone (the other settings at their defaults); returns the response. */
export function setTimeZone(t: TestApp, admin: Staff, timeZone: string) {
  return putSettings(t, admin, { timeZone });
}

/** Sets the follow-up overdue days (the other settings at their defaults); returns the response. */
export function setFollowUpOverdueDays(t: TestApp, admin: Staff, followUpOverdueDays: number) {
  return putSettings(t, admin, { followUpOverdueDays });
}

export interface BoardMeeting {
  meetingId: string;
  caseIds: string[];
}

/**
 * A meeting chaired by the surgeon with accepted cases on its agenda (one per entry of `cases`, its
 * facts), then started with `present` marked present (default: the oncologist, surgeon,
 * interventional radiologist and radiologist, a quorum); `start: false` leaves it planned.
 */
export async function boardMeeting(
  t: TestApp,
  board: Board,
  options: { cases?: Overrides[]; present?: Clinician[]; start?: boolean; meeting?: Overrides } = {},
): Promise<BoardMeeting> {
  const meetingId = (await createMeeting(t, board.coordinator, board.surgeon.specialistId, options.meeting))
    .id as string;
  const caseIds: string[] = [];
  for (const facts of options.cases ?? [{}]) {
    const caseId = await acceptedCase(t, board, { facts });
    await addToAgenda(t, board.coordinator, meetingId, caseId);
    caseIds.push(caseId);
  }
  if (options.start !== false) {
    await meetingAction(t, board.coordinator, meetingId, 'start');
    await markAttendance(
      t,
      board.coordinator,
      meetingId,
      options.present ?? [board.oncologist, board.surgeon, board.ir, board.radiologist],
    );
  }
  return { meetingId, caseIds };
}
