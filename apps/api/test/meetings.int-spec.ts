import { type Board, createBoard } from './support/board';
import { acceptedCase } from './support/cases';
import { auditEntries, caseStatus, countQueries, invalidFields } from './support/inspect';
import {
  addToAgenda,
  createMeeting,
  markAttendance,
  meetingAction,
  meetingBody,
  setTimeZone,
} from './support/meetings';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const LIVER_QUORUM = ['interventional_radiology', 'medical_oncology', 'radiology', 'surgery'];

describe('meetings', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const post = (body: object, token = board.coordinator.token) =>
    t.request('POST', '/api/meetings', { token, body });
  const patch = (id: string, body: object, token = board.coordinator.token) =>
    t.request('PATCH', `/api/meetings/${id}`, { token, body });
  const get = (id: string, token = board.surgeon.token) => t.request('GET', `/api/meetings/${id}`, { token });
  const act = (id: string, action: string, body?: object, token = board.coordinator.token) =>
    t.request('POST', `/api/meetings/${id}/${action}`, { token, body });
  const chair = () => board.surgeon.specialistId;

  describe('POST /api/meetings', () => {
    it('schedules a planned meeting in UTC, shown in the institution zone, with the default quorum and an audit entry', async () => {
      const response = await post(meetingBody(chair(), { startsAt: '2027-03-10T16:00:00+01:00' }));
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        title: 'Liver board',
        boardType: 'Hepatobiliary MDT',
        startsAt: '2027-03-10T15:00:00.000Z',
        localStartsAt: '2027-03-10T16:00:00+01:00',
        endsAt: '2027-03-10T16:30:00.000Z',
        localEndsAt: '2027-03-10T17:30:00+01:00',
        timeZone: 'Europe/Amsterdam',
        durationMinutes: 90,
        location: 'Room 4.12',
        videoUrl: 'https://video.example/liver-board',
        chair: { id: chair(), fullName: 'Test clinician', discipline: 'surgery' },
        requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
        status: 'planned',
        cancelReason: null,
        startedAt: null,
        closedAt: null,
        revision: 0,
        createdById: board.coordinator.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        agenda: [],
        attendance: [],
        // Every specialist of the default quorum's disciplines (ADR 0013).
        expected: expect.any(Array),
        currentCaseId: null,
        currentCaseSince: null,
        quorum: {
          quorate: false,
          requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
          presentDisciplines: [],
          missingDisciplines: LIVER_QUORUM,
        },
        totals: { cases: 0, plannedMinutes: 0, overrunMinutes: 0, defaultMinutesPerCase: 10 },
        warnings: [],
      });
      const [row] = await t.dataSource.query(`SELECT starts_at FROM meeting WHERE id = $1`, [
        response.body.id,
      ]);
      expect((row.starts_at as Date).toISOString()).toBe('2027-03-10T15:00:00.000Z');
      const [entry] = await auditEntries(t, response.body.id);
      expect(entry).toMatchObject({
        actor_id: board.coordinator.id,
        action: 'meeting.create',
        entity_type: 'meeting',
        details: {
          chairSpecialistId: chair(),
          fields: expect.arrayContaining(['title', 'startsAt', 'chairSpecialistId', 'requiredDisciplines']),
        },
      });
      // Names and ids only: admins read the audit log, and meetings are clinical records.
      expect(JSON.stringify(entry.details)).not.toMatch(/Liver board|2027-03-10/);
    });

    it('takes its default quorum from the institution setting, or explicit required disciplines', async () => {
      const settings = await t.request('PUT', '/api/settings/institution', {
        token: board.admin.token,
        body: {
          imagingWindowDays: 42,
          timeZone: 'Europe/Amsterdam',
          quorumDisciplines: ['surgery', 'pathology'],
          followUpOverdueDays: 60,
          letterLanguage: 'en',
          deputySigning: false,
          mrnSystem: 'urn:consilium:mrn',
        },
      });
      expect(settings.status).toBe(200);
      try {
        expect((await post(meetingBody(chair()))).body.requiredDisciplines).toEqual(['surgery', 'pathology']);
      } finally {
        await setTimeZone(t, board.admin, 'Europe/Amsterdam');
      }
      const explicit = await post(meetingBody(chair(), { requiredDisciplines: ['surgery', 'hepatology'] }));
      expect(explicit.status).toBe(201);
      expect(explicit.body.requiredDisciplines).toEqual(['surgery', 'hepatology']);
      expect(explicit.body.quorum.missingDisciplines).toEqual(['hepatology', 'surgery']);
    });

    it('accepts a video link without a location, and a location without a video link', async () => {
      expect((await post(meetingBody(chair(), { location: undefined }))).status).toBe(201);
      expect((await post(meetingBody(chair(), { videoUrl: null }))).status).toBe(201);
    });

    it('refuses a start time without an offset (400), whose meaning would depend on the reader', async () => {
      for (const startsAt of [
        '2027-03-10T16:00:00',
        '2027-03-10',
        '2027-02-30T10:00:00Z',
        'next tuesday',
        42,
      ]) {
        const response = await post(meetingBody(chair(), { startsAt }));
        expect({ startsAt, status: response.status, fields: invalidFields(response.body) }).toEqual({
          startsAt,
          status: 400,
          fields: ['startsAt'],
        });
      }
    });

    it('names every invalid field (400) and rejects unknown ones', async () => {
      const response = await post({
        title: '  ',
        boardType: 'x'.repeat(101),
        startsAt: '2027-03-10T16:00:00+01:00',
        durationMinutes: 721,
        videoUrl: 'ftp://files.example/board',
        chairSpecialistId: 'nobody',
        requiredDisciplines: ['surgery', 'surgery', 'astrology'],
        colour: 'blue',
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(invalidFields(response.body).sort()).toEqual(
        [
          'boardType',
          'chairSpecialistId',
          'colour',
          'durationMinutes',
          'requiredDisciplines',
          'title',
          'videoUrl',
        ].sort(),
      );
      expect(invalidFields((await post(meetingBody(chair(), { durationMinutes: 4 }))).body)).toEqual([
        'durationMinutes',
      ]);
      expect(invalidFields((await post(meetingBody(chair(), { requiredDisciplines: [] }))).body)).toEqual([
        'requiredDisciplines',
      ]);
    });

    it('needs a location or a video link (400 naming both)', async () => {
      const response = await post(meetingBody(chair(), { location: null, videoUrl: null }));
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(['location', 'videoUrl']);
    });

    it('refuses an unknown chair (404)', async () => {
      const response = await post(meetingBody(MISSING));
      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`specialist ${MISSING} not found`);
    });

    it('is for coordinators: 401 without a token, 403 for a clinician and an admin', async () => {
      expect((await t.request('POST', '/api/meetings', { body: meetingBody(chair()) })).status).toBe(401);
      for (const token of [board.oncologist.token, board.admin.token]) {
        const response = await post(meetingBody(chair()), token);
        expect(response.status).toBe(403);
        expect(response.body.error).toBe('PERMISSION_DENIED');
      }
    });
  });

  describe('PATCH /api/meetings/:id', () => {
    it('changes a planned meeting, audits the changed field names, and bumps the calendar revision', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      const response = await patch(meeting.id, {
        title: 'Liver board (moved)',
        startsAt: '2029-06-01T09:30:00+02:00',
        chairSpecialistId: board.oncologist.specialistId,
        videoUrl: null,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        title: 'Liver board (moved)',
        startsAt: '2029-06-01T07:30:00.000Z',
        localStartsAt: '2029-06-01T09:30:00+02:00',
        chair: { id: board.oncologist.specialistId, discipline: 'medical_oncology' },
        videoUrl: null,
        location: 'Room 4.12',
        revision: 1,
      });
      const update = (await auditEntries(t, meeting.id)).find((e) => e.action === 'meeting.update');
      expect(update?.details).toEqual({
        changedFields: ['title', 'startsAt', 'videoUrl', 'chairSpecialistId'],
      });
    });

    it('writes nothing for a body that changes nothing, and keeps the revision for quorum changes', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      expect((await patch(meeting.id, { title: 'Liver board' })).body.revision).toBe(0);
      const quorum = await patch(meeting.id, { requiredDisciplines: ['surgery'] });
      expect(quorum.body).toMatchObject({ revision: 0, requiredDisciplines: ['surgery'] });
      expect((await auditEntries(t, meeting.id)).map((e) => e.action)).toEqual([
        'meeting.create',
        'meeting.update',
      ]);
    });

    it('refuses to clear both places (400) and nulls in required fields (400)', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair(), { videoUrl: null });
      const response = await patch(meeting.id, { location: null });
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual(['location', 'videoUrl']);
      const nulls = await patch(meeting.id, { title: null, startsAt: null, durationMinutes: null });
      expect(invalidFields(nulls.body).sort()).toEqual(['durationMinutes', 'startsAt', 'title']);
      expect((await patch(meeting.id, { startsAt: '2029-06-01T09:30' })).status).toBe(400);
    });

    it('refuses to change a meeting that has started, closed or been cancelled (409 MEETING_NOT_EDITABLE)', async () => {
      const started = await createMeeting(t, board.coordinator, chair());
      await meetingAction(t, board.coordinator, started.id, 'start');
      const response = await patch(started.id, { title: 'Too late' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        error: 'MEETING_NOT_EDITABLE',
        details: { state: 'in_progress' },
      });
      await meetingAction(t, board.coordinator, started.id, 'close');
      expect((await patch(started.id, { title: 'Too late' })).body.details).toEqual({ state: 'closed' });
      const cancelled = await createMeeting(t, board.coordinator, chair());
      await act(cancelled.id, 'cancel', { reason: 'chair ill' });
      expect((await patch(cancelled.id, { title: 'x' })).status).toBe(409);
    });

    it('answers 404 for an unknown meeting and 403 to a clinician', async () => {
      expect((await patch(MISSING, { title: 'x' })).status).toBe(404);
      const meeting = await createMeeting(t, board.coordinator, chair());
      expect((await patch(meeting.id, { title: 'x' }, board.surgeon.token)).status).toBe(403);
    });
  });

  describe('time zones', () => {
    it('shows a meeting on the day Amsterdam goes to summer time (2026-03-29) with the right offsets', async () => {
      const afternoon = await post(meetingBody(chair(), { startsAt: '2026-03-29T14:00:00Z' }));
      expect(afternoon.body).toMatchObject({
        localStartsAt: '2026-03-29T16:00:00+02:00',
        localEndsAt: '2026-03-29T17:30:00+02:00',
      });
      // Starts on winter time, ends on summer time: 90 real minutes, 150 on the wall clock.
      const night = await post(meetingBody(chair(), { startsAt: '2026-03-29T01:30:00+01:00' }));
      expect(night.body).toMatchObject({
        startsAt: '2026-03-29T00:30:00.000Z',
        localStartsAt: '2026-03-29T01:30:00+01:00',
        endsAt: '2026-03-29T02:00:00.000Z',
        localEndsAt: '2026-03-29T04:00:00+02:00',
      });
    });

    it('tells the two 02:30s of 2026-10-25 in Amsterdam apart by their offsets', async () => {
      const summer = await post(
        meetingBody(chair(), { startsAt: '2026-10-25T02:30:00+02:00', durationMinutes: 30 }),
      );
      const winter = await post(
        meetingBody(chair(), { startsAt: '2026-10-25T02:30:00+01:00', durationMinutes: 30 }),
      );
      expect(summer.body).toMatchObject({
        startsAt: '2026-10-25T00:30:00.000Z',
        localStartsAt: '2026-10-25T02:30:00+02:00',
      });
      expect(winter.body).toMatchObject({
        startsAt: '2026-10-25T01:30:00.000Z',
        localStartsAt: '2026-10-25T02:30:00+01:00',
      });
      // One hour apart in reality: back to back, so no overlap warning.
      expect(winter.body.warnings).toEqual([]);
    });

    it('follows the institution time zone setting (America/New_York, Asia/Tokyo)', async () => {
      const meeting = await post(
        meetingBody(chair(), { startsAt: '2026-11-01T05:30:00Z', durationMinutes: 60 }),
      );
      try {
        expect((await setTimeZone(t, board.admin, 'America/New_York')).status).toBe(200);
        // New York falls back at 06:00Z that morning: starts on EDT, ends on EST.
        expect((await get(meeting.body.id)).body).toMatchObject({
          timeZone: 'America/New_York',
          localStartsAt: '2026-11-01T01:30:00-04:00',
          localEndsAt: '2026-11-01T01:30:00-05:00',
        });
        await setTimeZone(t, board.admin, 'Asia/Tokyo');
        expect((await get(meeting.body.id)).body).toMatchObject({
          timeZone: 'Asia/Tokyo',
          localStartsAt: '2026-11-01T14:30:00+09:00',
        });
      } finally {
        await setTimeZone(t, board.admin, 'Europe/Amsterdam');
      }
    });
  });

  describe('GET /api/meetings', () => {
    it('lists meetings soonest first in keyset pages, between from and to, with agenda sizes', async () => {
      const ids: string[] = [];
      for (const startsAt of ['2031-05-03T09:00:00Z', '2031-05-01T09:00:00Z', '2031-05-02T09:00:00Z']) {
        ids.push((await createMeeting(t, board.coordinator, chair(), { startsAt })).id);
      }
      await createMeeting(t, board.coordinator, chair(), { startsAt: '2031-06-01T09:00:00Z' });
      await addToAgenda(t, board.coordinator, ids[1], await acceptedCase(t, board));

      const range = 'from=2031-05-01T11:00:00%2B02:00&to=2031-06-01T00:00:00Z';
      const first = await t.request('GET', `/api/meetings?${range}&limit=2`, {
        token: board.oncologist.token,
      });
      expect(first.status).toBe(200);
      expect(first.body.items.map((m: { id: string }) => m.id)).toEqual([ids[1], ids[2]]);
      expect(first.body.items[0]).toMatchObject({
        agendaSize: 1,
        localStartsAt: '2031-05-01T11:00:00+02:00',
        chair: { id: chair() },
      });
      expect(first.body.items[1].agendaSize).toBe(0);
      const second = await t.request(
        'GET',
        `/api/meetings?${range}&limit=2&cursor=${first.body.nextCursor}`,
        { token: board.coordinator.token },
      );
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    });

    it('reads plain dates as days of the institution zone (Amsterdam: 2031-07-01 starts at 22:00 UTC the day before)', async () => {
      const lateEvening = await createMeeting(t, board.coordinator, chair(), {
        startsAt: '2031-06-30T22:30:00Z',
      });
      const before = await createMeeting(t, board.coordinator, chair(), { startsAt: '2031-06-30T21:30:00Z' });
      const response = await t.request('GET', '/api/meetings?from=2031-07-01&to=2031-07-02', {
        token: board.oncologist.token,
      });
      expect(response.status).toBe(200);
      const ids = response.body.items.map((m: { id: string }) => m.id);
      expect(ids).toContain(lateEvening.id);
      expect(ids).not.toContain(before.id);
      expect(response.body.items.find((m: { id: string }) => m.id === lateEvening.id).localStartsAt).toBe(
        '2031-07-01T00:30:00+02:00',
      );
    });

    it('filters by status', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair(), {
        startsAt: '2032-01-05T09:00:00Z',
      });
      await act(meeting.id, 'cancel', { reason: 'holiday' });
      const response = await t.request(
        'GET',
        '/api/meetings?status=cancelled&from=2032-01-01T00:00:00Z&to=2033-01-01T00:00:00Z',
        { token: board.coordinator.token },
      );
      expect(response.body.items.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    });

    it('refuses bad filters (400)', async () => {
      for (const query of [
        'from=2031-05-32',
        'from=1%20May%202031',
        'expectedSpecialistId=nobody',
        'to=2031-05-01T10:00:00',
        'from=2031-06-01T00:00:00Z&to=2031-05-01T00:00:00Z',
        'limit=101',
        'status=open',
        'cursor=nope',
      ]) {
        const response = await t.request('GET', `/api/meetings?${query}`, { token: board.coordinator.token });
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
      }
    });

    it('is closed to anonymous callers (401) and to admins (403)', async () => {
      expect((await t.request('GET', '/api/meetings')).status).toBe(401);
      expect((await t.request('GET', '/api/meetings', { token: board.admin.token })).status).toBe(403);
    });
  });

  describe('GET /api/meetings/:id', () => {
    it('returns the agenda with patient summaries and readiness, the attendance and the quorum, and audits the read', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      const caseId = await acceptedCase(t, board, {
        patient: { fullName: 'Geertruida Bos', birthDate: '1950-02-03' },
      });
      await addToAgenda(t, board.coordinator, meeting.id, caseId, { plannedMinutes: 20 });
      await markAttendance(t, board.coordinator, meeting.id, [board.surgeon]);
      await markAttendance(t, board.coordinator, meeting.id, [board.radiologist], false);

      const response = await get(meeting.id, board.oncologist.token);
      expect(response.status).toBe(200);
      expect(response.body.agenda).toEqual([
        {
          position: 1,
          plannedMinutes: 20,
          active: true,
          previousState: 'accepted',
          addedAt: expect.any(String),
          outcome: null,
          case: {
            id: caseId,
            status: 'scheduled',
            primarySite: 'colon',
            questionForBoard: 'Resection or ablation of the segment 7 lesion?',
            presentingSpecialist: {
              id: board.oncologist.specialistId,
              fullName: 'Test clinician',
              discipline: 'medical_oncology',
            },
            patient: {
              id: expect.any(String),
              fullName: 'Geertruida Bos',
              mrn: expect.any(String),
              birthDate: '1950-02-03',
            },
            readiness: { ready: true, items: expect.any(Array) },
          },
        },
      ]);
      // Ordered by name (all "Test clinician" here, then by id).
      expect(response.body.attendance).toHaveLength(2);
      expect(response.body.attendance).toEqual(
        expect.arrayContaining([
          {
            specialist: {
              id: board.radiologist.specialistId,
              fullName: 'Test clinician',
              discipline: 'radiology',
            },
            present: false,
            role: null,
            recordedById: board.coordinator.id,
            recordedAt: expect.any(String),
          },
          expect.objectContaining({
            specialist: expect.objectContaining({ discipline: 'surgery' }),
            present: true,
          }),
        ]),
      );
      expect(response.body.quorum).toMatchObject({
        quorate: false,
        presentDisciplines: ['surgery'],
        missingDisciplines: ['interventional_radiology', 'medical_oncology', 'radiology'],
      });
      expect(response.body.totals).toEqual({
        cases: 1,
        plannedMinutes: 20,
        overrunMinutes: 0,
        defaultMinutesPerCase: 10,
      });
      // Everyone expected, with why and their recorded attendance (ADR 0013).
      const expectedOf = (specialistId: string) =>
        response.body.expected.find((e: { specialist: { id: string } }) => e.specialist.id === specialistId);
      expect(expectedOf(chair())).toMatchObject({ reasons: expect.arrayContaining(['chair']) });
      expect(expectedOf(board.oncologist.specialistId)).toEqual({
        specialist: {
          id: board.oncologist.specialistId,
          fullName: 'Test clinician',
          discipline: 'medical_oncology',
        },
        reasons: ['presenter', 'quorum'],
        present: null,
      });
      expect(expectedOf(board.radiologist.specialistId)).toMatchObject({
        reasons: ['quorum', 'recorded'],
        present: false,
      });
      expect(expectedOf(board.pathologist.specialistId)).toBeUndefined();
      const disciplines = response.body.expected.map(
        (e: { specialist: { discipline: string } }) => e.specialist.discipline,
      );
      expect(disciplines).toEqual([...disciplines].sort());
      expect(new Set(disciplines)).toEqual(
        new Set(['interventional_radiology', 'medical_oncology', 'radiology', 'surgery']),
      );
      const read = (await auditEntries(t, meeting.id)).filter((e) => e.action === 'meeting.read');
      expect(read).toEqual([
        expect.objectContaining({ actor_id: board.oncologist.id, entity_type: 'meeting' }),
      ]);
    });

    it('loads a 6-case agenda in as many queries as a 1-case one', async () => {
      const small = await createMeeting(t, board.coordinator, chair());
      const large = await createMeeting(t, board.coordinator, chair());
      await addToAgenda(t, board.coordinator, small.id, await acceptedCase(t, board));
      for (let i = 0; i < 6; i++)
        await addToAgenda(t, board.coordinator, large.id, await acceptedCase(t, board));
      for (const meeting of [small, large]) {
        await markAttendance(t, board.coordinator, meeting.id, [board.surgeon, board.oncologist]);
      }
      const one = await countQueries(() => get(small.id));
      const six = await countQueries(() => get(large.id));
      expect(one.result.body.agenda).toHaveLength(1);
      expect(six.result.body.agenda).toHaveLength(6);
      expect(one.queries).toBeGreaterThan(0);
      expect(six.queries).toBe(one.queries);
    });

    it('answers 404 for an unknown meeting and 400 for a malformed id', async () => {
      const missing = await get(MISSING);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        statusCode: 404,
        error: 'NOT_FOUND',
        message: `meeting ${MISSING} not found`,
      });
      const malformed = await get('123');
      expect(malformed.status).toBe(400);
      expect(invalidFields(malformed.body)).toEqual(['id']);
    });
  });

  describe('lifecycle', () => {
    it('starts a planned meeting and closes it: undecided cases are deferred, decided ones stay, all audited', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      const [undecided, decided] = [await acceptedCase(t, board), await acceptedCase(t, board)];
      await addToAgenda(t, board.coordinator, meeting.id, undecided);
      await addToAgenda(t, board.coordinator, meeting.id, decided);

      const started = await act(meeting.id, 'start');
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({
        status: 'in_progress',
        startedAt: expect.any(String),
        closedAt: null,
      });
      // Stands in for the plans module adopting a plan during the meeting.
      await t.dataSource.query(`UPDATE board_case SET status = 'decided' WHERE id = $1`, [decided]);

      const closed = await act(meeting.id, 'close');
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      expect(
        closed.body.agenda.map((i: { active: boolean; case: { status: string } }) => [
          i.active,
          i.case.status,
        ]),
      ).toEqual([
        [false, 'deferred'],
        [false, 'decided'],
      ]);
      expect(closed.body.warnings).toEqual([]);
      expect(await caseStatus(t, undecided)).toBe('deferred');
      expect(await caseStatus(t, decided)).toBe('decided');

      const events = (
        await t.request('GET', `/api/cases/${undecided}/events`, { token: board.surgeon.token })
      ).body.items;
      expect(events[events.length - 1]).toMatchObject({
        action: 'defer',
        fromState: 'scheduled',
        toState: 'deferred',
        reason: 'the meeting closed without an adopted plan',
        actor: { id: board.coordinator.id },
      });
      const actions = (await auditEntries(t, meeting.id)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['meeting.start', 'meeting.close']));
      const close = (await auditEntries(t, meeting.id)).find((e) => e.action === 'meeting.close');
      expect(close?.details).toEqual({ from: 'in_progress', to: 'closed', deferredCaseIds: [undecided] });
      expect((await auditEntries(t, undecided)).map((e) => e.action)).toContain('case.defer');
    });

    it('refuses illegal transitions with 409 ILLEGAL_TRANSITION naming the state', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      const closePlanned = await act(meeting.id, 'close');
      expect(closePlanned.status).toBe(409);
      expect(closePlanned.body).toEqual({
        statusCode: 409,
        error: 'ILLEGAL_TRANSITION',
        message: 'cannot close a meeting in state planned',
        details: { state: 'planned' },
      });
      await act(meeting.id, 'start');
      expect((await act(meeting.id, 'start')).body.message).toBe(
        'cannot start a meeting in state in_progress',
      );
      expect((await act(meeting.id, 'cancel', { reason: 'x' })).body.message).toBe(
        'cannot cancel a meeting in state in_progress',
      );
      await act(meeting.id, 'close');
      for (const action of ['start', 'close']) expect((await act(meeting.id, action)).status).toBe(409);
      expect((await act(meeting.id, 'cancel', { reason: 'x' })).status).toBe(409);
    });

    it('cancels a planned meeting with a reason: its cases return to accepted, the calendar revision moves', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, meeting.id, caseId);
      const response = await act(meeting.id, 'cancel', { reason: '  Chair ill  ' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Chair ill',
        revision: 1,
        closedAt: null,
      });
      expect(response.body.agenda[0]).toMatchObject({ active: false, case: { status: 'accepted' } });
      const cancel = (await auditEntries(t, meeting.id)).find((e) => e.action === 'meeting.cancel');
      expect(cancel?.details).toEqual({
        from: 'planned',
        to: 'cancelled',
        fields: ['reason'],
        returnedCaseIds: [caseId],
      });
      // The case is free for another meeting.
      const next = await createMeeting(t, board.coordinator, chair());
      expect((await addToAgenda(t, board.coordinator, next.id, caseId)).agenda).toHaveLength(1);
    });

    it('requires a reason to cancel (400)', async () => {
      const meeting = await createMeeting(t, board.coordinator, chair());
      for (const body of [undefined, {}, { reason: '   ' }, { reason: 'x'.repeat(2001) }]) {
        const response = await act(meeting.id, 'cancel', body);
        expect(response.status).toBe(400);
      }
      expect((await get(meeting.id)).body.status).toBe('planned');
    });

    it('answers 404 for an unknown meeting and 403 to clinicians', async () => {
      for (const action of ['start', 'close']) expect((await act(MISSING, action)).status).toBe(404);
      expect((await act(MISSING, 'cancel', { reason: 'x' })).status).toBe(404);
      const meeting = await createMeeting(t, board.coordinator, chair());
      const response = await act(meeting.id, 'start', undefined, board.surgeon.token);
      expect(response.status).toBe(403);
    });
  });

  describe('conflicts', () => {
    it('warns (and still schedules) when the chair already chairs an overlapping meeting', async () => {
      const first = await createMeeting(t, board.coordinator, board.radiologist.specialistId, {
        title: 'Pancreas board',
        startsAt: '2033-02-01T09:00:00Z',
        durationMinutes: 60,
      });
      const second = await post(
        meetingBody(board.radiologist.specialistId, {
          startsAt: '2033-02-01T09:30:00Z',
          durationMinutes: 60,
        }),
      );
      expect(second.status).toBe(201);
      expect(second.body.warnings).toEqual([
        `Test clinician (chair of this meeting) is also the chair of "Pancreas board" at 2033-02-01T10:00:00+01:00 (60 min), which overlaps it`,
      ]);
      // The first meeting now sees the second one too.
      expect((await get(first.id)).body.warnings).toHaveLength(1);
    });

    it('does not warn for back-to-back meetings or about a cancelled one', async () => {
      const first = await createMeeting(t, board.coordinator, board.radiologist.specialistId, {
        startsAt: '2033-03-01T09:00:00Z',
        durationMinutes: 60,
      });
      const next = await post(
        meetingBody(board.radiologist.specialistId, { startsAt: '2033-03-01T10:00:00Z' }),
      );
      expect(next.body.warnings).toEqual([]);
      const overlapping = await createMeeting(t, board.coordinator, board.radiologist.specialistId, {
        startsAt: '2033-03-01T09:15:00Z',
        durationMinutes: 30,
      });
      expect(overlapping.warnings).toHaveLength(1);
      await act(first.id, 'cancel', { reason: 'merged' });
      expect((await get(overlapping.id)).body.warnings).toEqual([]);
    });

    it('warns when a change moves a meeting onto another one of a present member', async () => {
      const other = await createMeeting(t, board.coordinator, chair(), {
        title: 'Other board',
        startsAt: '2033-04-01T12:00:00Z',
      });
      await markAttendance(t, board.coordinator, other.id, [board.ir]);
      const meeting = await createMeeting(t, board.coordinator, board.ir.specialistId, {
        startsAt: '2033-04-02T12:00:00Z',
      });
      expect(meeting.warnings).toEqual([]);
      const moved = await patch(meeting.id, { startsAt: '2033-04-01T12:30:00Z' });
      expect(moved.status).toBe(200);
      expect(moved.body.warnings).toEqual([
        `Test clinician (chair of this meeting) is also marked present at "Other board" at 2033-04-01T14:00:00+02:00 (90 min), which overlaps it`,
      ]);
    });
  });
});
