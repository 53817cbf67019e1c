import type { Schemas } from '../../../api/client';
import { json } from '../../../test/render';
import {
  BOARD_CASE,
  buildMeeting,
  CASE_ID,
  fakeApi,
  MEETING_ID,
  MODALITIES,
  ONCOLOGIST,
  PLAN_OPTIONS,
  RADIOLOGIST,
  SURGEON,
} from '../proposals/test-fixtures';

type Meeting = Schemas['MeetingDetailDto'];
type BoardCase = Schemas['CaseDto'];
type Note = Schemas['DiscussionNoteDto'];
type Me = Schemas['MeDto'];

export { CASE_ID, MEETING_ID };
export const SECOND_CASE_ID = '00000000-0000-4000-8000-00000000c102';
export const NOTE_ID = '00000000-0000-4000-8000-00000000f101';

export const SECOND_CASE: BoardCase = {
  ...BOARD_CASE,
  id: SECOND_CASE_ID,
  patientId: '00000000-0000-4000-8000-00000000d102',
  patient: {
    id: '00000000-0000-4000-8000-00000000d102',
    mrn: 'MRN-1002',
    fullName: 'Jan Visser',
    birthDate: '1957-11-02',
    sex: 'male',
  },
  questionForBoard: 'Ablation or resection of the single segment VI lesion?',
  lesions: [{ segment: 6, diameterMm: 21 }],
  bilobar: false,
};

const CASES: Record<string, BoardCase> = { [CASE_ID]: BOARD_CASE, [SECOND_CASE_ID]: SECOND_CASE };

/** The board in progress with two cases; María's is open, since `since` (default: 3 minutes ago). */
export function consoleMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const base = buildMeeting();
  const first = base.agenda[0];
  return {
    ...base,
    currentCaseSince: new Date(Date.now() - 3 * 60_000).toISOString(),
    agenda: [
      first,
      {
        ...first,
        position: 2,
        plannedMinutes: null,
        case: {
          ...first.case,
          id: SECOND_CASE_ID,
          questionForBoard: SECOND_CASE.questionForBoard,
          patient: {
            id: SECOND_CASE.patient.id,
            mrn: SECOND_CASE.patient.mrn,
            fullName: SECOND_CASE.patient.fullName,
            birthDate: SECOND_CASE.patient.birthDate,
          },
        },
      },
    ],
    expected: [
      { specialist: ONCOLOGIST, reasons: ['presenter', 'quorum'], present: true },
      { specialist: SURGEON, reasons: ['chair', 'quorum'], present: true },
      { specialist: RADIOLOGIST, reasons: ['quorum'], present: null },
    ],
    totals: { cases: 2, plannedMinutes: 25, overrunMinutes: 0, defaultMinutesPerCase: 10 },
    ...overrides,
  };
}

export function buildNote(overrides: Partial<Note> = {}): Note {
  return {
    id: NOTE_ID,
    meetingId: MEETING_ID,
    caseId: CASE_ID,
    body: 'Segment 7 lesion abuts the right hepatic vein.',
    correctsNoteId: null,
    correctedByNoteIds: [],
    author: {
      userId: '00000000-0000-4000-8000-000000000003',
      displayName: 'Carla Coordinator',
      role: 'coordinator',
      specialist: null,
    },
    createdAt: '2026-03-19T14:12:00.000Z',
    ...overrides,
  };
}

/**
 * The board on a fake server: moving the board, starting, closing and notes change what the next
 * read answers, as the API would.
 */
export function consoleApi(me: Me, { meeting = consoleMeeting(), notes = [] as Note[] } = {}) {
  let board = meeting;
  const discussion = [...notes];
  let noteSequence = 0;
  const caseRoutes = Object.fromEntries(
    Object.values(CASES).flatMap((boardCase) => [
      [`GET /api/cases/${boardCase.id}`, () => json(200, boardCase)],
      [
        `GET /api/cases/${boardCase.id}/plan-options`,
        () => json(200, { ...PLAN_OPTIONS, caseId: boardCase.id }),
      ],
      [`GET /api/cases/${boardCase.id}/proposals`, () => json(200, { items: [], nextCursor: null })],
      [
        `GET /api/meetings/${MEETING_ID}/cases/${boardCase.id}/notes`,
        () => json(200, { items: discussion.filter((n) => n.caseId === boardCase.id), nextCursor: null }),
      ],
      [
        `POST /api/meetings/${MEETING_ID}/cases/${boardCase.id}/notes`,
        async (request: Request) => {
          const body = (await request.clone().json()) as { body: string; correctsNoteId?: string };
          noteSequence += 1;
          const note = buildNote({
            id: `00000000-0000-4000-8000-00000000f2${String(noteSequence).padStart(2, '0')}`,
            caseId: boardCase.id,
            body: body.body,
            correctsNoteId: body.correctsNoteId ?? null,
            createdAt: new Date().toISOString(),
          });
          const corrected = discussion.find((n) => n.id === body.correctsNoteId);
          if (corrected) corrected.correctedByNoteIds = [...corrected.correctedByNoteIds, note.id];
          discussion.push(note);
          return json(201, note);
        },
      ],
    ]),
  );
  const fetch = fakeApi(
    {
      [`GET /api/meetings/${MEETING_ID}`]: () => json(200, board),
      'GET /api/modalities': () => json(200, MODALITIES),
      ...caseRoutes,
      [`PUT /api/meetings/${MEETING_ID}/current-case`]: async (request) => {
        const { caseId } = (await request.clone().json()) as { caseId: string | null };
        board = { ...board, currentCaseId: caseId, currentCaseSince: new Date().toISOString() };
        return json(200, board);
      },
      [`PUT /api/meetings/${MEETING_ID}/attendance/${RADIOLOGIST.id}`]: async (request) => {
        const { present } = (await request.clone().json()) as { present: boolean };
        board = {
          ...board,
          expected: board.expected.map((e) => (e.specialist.id === RADIOLOGIST.id ? { ...e, present } : e)),
        };
        return json(200, board);
      },
      [`POST /api/meetings/${MEETING_ID}/cases/${CASE_ID}/defer`]: () => {
        board = {
          ...board,
          currentCaseId: null,
          currentCaseSince: null,
          agenda: board.agenda.map((item) =>
            item.case.id === CASE_ID
              ? { ...item, active: false, case: { ...item.case, status: 'deferred' as const } }
              : item,
          ),
        };
        return json(200, board);
      },
      [`POST /api/meetings/${MEETING_ID}/start`]: () => {
        board = { ...board, status: 'in_progress', startedAt: new Date().toISOString() };
        return json(200, board);
      },
      [`POST /api/meetings/${MEETING_ID}/close`]: () => {
        board = {
          ...board,
          status: 'closed',
          closedAt: new Date().toISOString(),
          currentCaseId: null,
          currentCaseSince: null,
        };
        return json(200, board);
      },
    },
    me,
  );
  return fetch;
}
