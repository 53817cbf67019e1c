import { type Board, createBoard } from './support/board';
import { caseStatus, invalidFields } from './support/inspect';
import { addToAgenda, boardMeeting, createMeeting, markAttendance, meetingAction } from './support/meetings';
import { adopt, approveBy, chemoThenResection, followUp, proposalId } from './support/plans';
import { requireStatus } from './support/requests';
import { TestApp } from './support/test-app';

const HOUR_MS = 3_600_000;

describe('board metrics', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  describe('GET /api/metrics', () => {
    const metrics = (query = '', token = board.coordinator.token) =>
      t.request('GET', `/api/metrics${query}`, { token });
    const window = () => {
      const from = new Date(Date.now() - HOUR_MS).toISOString();
      const to = new Date(Date.now() + HOUR_MS).toISOString();
      return `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    };

    // This file's database holds only this file's data, so the figures are exact. Meeting A (60 min):
    // case 1 decided, case 2 deferred at its close. Meeting B (30 min, a pathologist present too):
    // case 2 again, decided. Follow-ups: case 1 implemented, case 2 not (patient's choice).
    it('counts discussions, decisions, deferrals, follow-ups, attendance and minutes in the range', async () => {
      const a = await boardMeeting(t, board, { cases: [{}, {}], meeting: { durationMinutes: 60 } });
      const [case1, case2] = a.caseIds;
      const p1 = await proposalId(t, board.oncologist, case1, chemoThenResection(a.meetingId));
      await approveBy(t, [board.surgeon], p1);
      expect((await adopt(t, board.surgeon, p1)).status).toBe(201);
      await meetingAction(t, board.coordinator, a.meetingId, 'close');
      expect(await caseStatus(t, case2)).toBe('deferred');

      const b = (
        await createMeeting(t, board.coordinator, board.surgeon.specialistId, { durationMinutes: 30 })
      ).id;
      await addToAgenda(t, board.coordinator, b, case2);
      await meetingAction(t, board.coordinator, b, 'start');
      await markAttendance(t, board.coordinator, b, [
        board.oncologist,
        board.surgeon,
        board.ir,
        board.radiologist,
        board.pathologist,
      ]);
      // The live board times the case it discusses (meeting A's cases were never opened).
      requireStatus(
        'current case',
        await t.request('PUT', `/api/meetings/${b}/current-case`, {
          token: board.coordinator.token,
          body: { caseId: case2 },
        }),
        200,
      );
      const p2 = await proposalId(t, board.oncologist, case2, chemoThenResection(b));
      await approveBy(t, [board.surgeon], p2);
      expect((await adopt(t, board.coordinator, p2)).status).toBe(201);
      await meetingAction(t, board.coordinator, b, 'close');

      expect((await followUp(t, board.coordinator, case1, { status: 'implemented' })).status).toBe(201);
      expect(
        (await followUp(t, board.coordinator, case2, { status: 'not_implemented', reason: 'patient_choice' }))
          .status,
      ).toBe(201);

      // Each board says what it did with each case: case 2, deferred at A, was decided at B.
      const outcomes = async (meetingId: string) =>
        (
          await t.request('GET', `/api/meetings/${meetingId}`, { token: board.coordinator.token })
        ).body.agenda.map((i: { case: { id: string }; outcome: string | null }) => [i.case.id, i.outcome]);
      expect(await outcomes(a.meetingId)).toEqual([
        [case1, 'decided'],
        [case2, 'deferred'],
      ]);
      expect(await outcomes(b)).toEqual([[case2, 'decided']]);

      // A meeting still in progress is not counted (its outcomes and minutes are not final).
      await boardMeeting(t, board);

      const response = await metrics(window());
      expect(response.status).toBe(200);
      const m = response.body;
      expect(m).toMatchObject({
        meetingsClosed: 2,
        casesDiscussed: 2,
        decisions: 2,
        followUps: {
          recorded: 2,
          implemented: 1,
          partiallyImplemented: 0,
          notImplemented: 1,
          implementedShare: 0.5,
          reasons: [{ reason: 'patient_choice', count: 1 }],
        },
        deferral: { agendaItems: 3, deferred: 1, rate: 0.3333 },
        minutesPerCase: 45,
        casesTimed: 1,
        boardType: null,
        boardTypes: ['Hepatobiliary MDT'],
      });
      // The two hours of the range lie in one month of the institution's calendar, or two.
      const months = m.byMonth as { meetingsClosed: number; casesDiscussed: number; decisions: number }[];
      expect(months.length).toBeGreaterThanOrEqual(1);
      expect(months.reduce((sum, month) => sum + month.meetingsClosed, 0)).toBe(2);
      expect(months.reduce((sum, month) => sum + month.decisions, 0)).toBe(2);

      // A board type limits every figure to boards of that type.
      const sameType = await metrics(`${window()}&boardType=${encodeURIComponent('Hepatobiliary MDT')}`);
      expect(sameType.body).toMatchObject({
        meetingsClosed: 2,
        decisions: 2,
        boardType: 'Hepatobiliary MDT',
      });
      expect(sameType.body.followUps.recorded).toBe(2);
      const otherType = await metrics(`${window()}&boardType=Pancreas%20board`);
      expect(otherType.body).toMatchObject({
        meetingsClosed: 0,
        casesDiscussed: 0,
        decisions: 0,
        followUps: { recorded: 0, reasons: [] },
        attendanceByDiscipline: [],
        boardTypes: ['Hepatobiliary MDT'],
      });
      expect(m.measuredMinutesPerCase).toBeGreaterThanOrEqual(0);
      expect(m.measuredMinutesPerCase).toBeLessThan(5);
      expect(m.medianDaysSubmissionToDecision).toBeGreaterThanOrEqual(0);
      expect(m.medianDaysSubmissionToDecision).toBeLessThan(1);
      expect(m.medianDaysDecisionToFollowUp).toBeGreaterThanOrEqual(0);
      expect(m.medianDaysDecisionToFollowUp).toBeLessThan(1);
      expect(m.attendanceByDiscipline).toEqual([
        { discipline: 'interventional_radiology', presentAttendances: 2, meetingsAttended: 2, perMeeting: 1 },
        { discipline: 'medical_oncology', presentAttendances: 2, meetingsAttended: 2, perMeeting: 1 },
        { discipline: 'pathology', presentAttendances: 1, meetingsAttended: 1, perMeeting: 0.5 },
        { discipline: 'radiology', presentAttendances: 2, meetingsAttended: 2, perMeeting: 1 },
        { discipline: 'surgery', presentAttendances: 2, meetingsAttended: 2, perMeeting: 1 },
      ]);

      // Outside the range, nothing.
      const later = new Date(Date.now() + 2 * HOUR_MS).toISOString();
      const after = await metrics(`?from=${encodeURIComponent(later)}`);
      expect(after.status).toBe(400); // from after the default `to` (now)
    });

    it('defaults to the last 90 days and reports nothing for an empty range (nulls, not zeros, for ratios)', async () => {
      const response = await metrics();
      expect(response.status).toBe(200);
      const span = new Date(response.body.to).getTime() - new Date(response.body.from).getTime();
      expect(span).toBe(90 * 24 * HOUR_MS);

      const empty = await metrics('?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00%2B01:00');
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        from: '2020-01-01T00:00:00.000Z',
        to: '2020-01-31T23:00:00.000Z',
        boardType: null,
        boardTypes: expect.any(Array),
        byMonth: [{ month: '2020-01', meetingsClosed: 0, casesDiscussed: 0, decisions: 0 }],
        meetingsClosed: 0,
        casesDiscussed: 0,
        decisions: 0,
        medianDaysSubmissionToDecision: null,
        medianDaysDecisionToFollowUp: null,
        followUps: {
          recorded: 0,
          implemented: 0,
          partiallyImplemented: 0,
          notImplemented: 0,
          implementedShare: null,
          reasons: [],
        },
        deferral: { agendaItems: 0, deferred: 0, rate: null },
        attendanceByDiscipline: [],
        minutesPerCase: null,
        measuredMinutesPerCase: null,
        casesTimed: 0,
        lettersSigned: 0,
        supportiveCare: ['psycho_oncology', 'nutrition', 'pain_palliative_care', 'specialist_nurse'].map(
          (service) => ({ service, offered: 0, referred: 0, declined: 0, notNeeded: 0, notRecorded: 0 }),
        ),
      });
    });

    it("reads plain dates as days of the institution's zone, and lists every month of the range", async () => {
      const response = await metrics('?from=2025-11-01&to=2026-02-01');
      expect(response.status).toBe(200);
      expect(response.body.from).toBe('2025-10-31T23:00:00.000Z');
      expect(response.body.to).toBe('2026-01-31T23:00:00.000Z');
      expect(response.body.byMonth.map((m: { month: string }) => m.month)).toEqual([
        '2025-11',
        '2025-12',
        '2026-01',
      ]);
    });

    it.each([
      ['a time without offset', '?from=2026-01-01T00:00:00', 'from'],
      ['a date that does not exist', '?to=2026-11-31', 'to'],
      ['an empty board type', '?boardType=%20', 'boardType'],
      ['an impossible date', '?from=2026-02-30T00:00:00Z', 'from'],
      ['from after to', '?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z', 'to'],
      ['a range over two years', '?from=2023-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
      ['an unknown parameter', '?discipline=surgery', 'discipline'],
    ])('refuses %s (400 naming the field)', async (_, query, field) => {
      const response = await metrics(query);
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual([field]);
    });

    it('is for clinical readers (coordinators and clinicians; 403 for admins, 401 without token)', async () => {
      expect((await metrics('', board.surgeon.token)).status).toBe(200);
      const admin = await metrics('', board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('PERMISSION_DENIED');
      expect((await t.request('GET', '/api/metrics')).status).toBe(401);
    });
  });
});
