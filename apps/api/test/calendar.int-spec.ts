import { createHash } from 'node:crypto';

import { type Board, createBoard } from './support/board';
import { acceptedCase } from './support/cases';
import { auditEntries, icsEvents, icsLines } from './support/inspect';
import { addToAgenda, createMeeting, markAttendance, setTimeZone } from './support/meetings';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 86_400_000;

describe('calendars', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const ics = (meetingId: string, token = board.oncologist.token) =>
    t.request('GET', `/api/meetings/${meetingId}/calendar.ics`, { token });
  const createFeed = (specialistId: string, token: string) =>
    t.request('POST', `/api/specialists/${specialistId}/calendar-feed`, {
      token,
      headers: { host: 'boards.hospital.example' },
    });
  const revokeFeed = (specialistId: string, token: string) =>
    t.request('DELETE', `/api/specialists/${specialistId}/calendar-feed`, { token });
  /** Fetches a feed URL exactly as a calendar app would: no authorization header. */
  const fetchFeed = (url: string) => t.request('GET', new URL(url).pathname);
  const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

  describe('GET /api/meetings/:id/calendar.ics', () => {
    it('is an RFC 5545 calendar: CRLF, folded lines, stable UID, zoned start with VTIMEZONE, video link', async () => {
      const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Hepatobiliary board; weekly, with the liver surgeons and the interventional radiologists',
        startsAt: '2026-03-29T16:00:00+02:00',
        location: 'Room 4.12, Tower B',
        videoUrl: 'https://video.example/liver-board?room=7',
      });
      const response = await ics(meeting.id);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const text = response.body as string;
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      // Every line ends in CRLF, no physical line exceeds 75 octets, and the long title was folded.
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
      const physical = text.split('\r\n');
      const summary = physical.findIndex((l) => l.startsWith('SUMMARY:'));
      expect(Buffer.byteLength(physical[summary])).toBe(75);
      expect(physical[summary + 1].startsWith(' ')).toBe(true);

      const lines = icsLines(text);
      expect(lines).toEqual(
        expect.arrayContaining([
          'VERSION:2.0',
          `UID:${meeting.id}@consilium`,
          'SEQUENCE:0',
          'STATUS:CONFIRMED',
          'DTSTART;TZID=Europe/Amsterdam:20260329T160000',
          'DURATION:PT90M',
          'SUMMARY:Hepatobiliary board\\; weekly\\, with the liver surgeons and the interventional radiologists',
          'LOCATION:Room 4.12\\, Tower B',
          'URL:https://video.example/liver-board?room=7',
          'BEGIN:VTIMEZONE',
          'TZID:Europe/Amsterdam',
          'DTSTART:20260329T020000',
          'TZOFFSETTO:+0200',
        ]),
      );
      expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
        'Video link: https://video.example/liver-board?room=7',
      );
      expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      // The same meeting keeps its UID on every download.
      expect(icsLines((await ics(meeting.id)).body)).toContain(`UID:${meeting.id}@consilium`);
    });

    it('never carries patient data', async () => {
      const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId);
      const caseId = await acceptedCase(t, board, {
        patient: {
          fullName: 'Wilhelmina Calendarpatient',
          mrn: 'CAL-PRIVATE-1',
        },
      });
      await addToAgenda(t, board.coordinator, meeting.id, caseId);
      const text = (await ics(meeting.id)).body as string;
      for (const secret of ['Wilhelmina', 'Calendarpatient', 'CAL-PRIVATE-1', caseId, 'segment 7']) {
        expect(text).not.toContain(secret);
      }
    });

    it('names the chair as organiser and everyone expected as attendees, with their recorded attendance', async () => {
      const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        requiredDisciplines: ['surgery', 'medical_oncology'],
      });
      await markAttendance(t, board.coordinator, meeting.id, [board.oncologist]);
      await markAttendance(t, board.coordinator, meeting.id, [board.ir], false);
      const [event] = icsEvents((await ics(meeting.id)).body);
      expect(event.filter((l) => l.startsWith('ORGANIZER'))).toEqual([
        expect.stringMatching(/^ORGANIZER;CN="Test clinician":mailto:\S+$/),
      ]);
      const attendees = event.filter((l) => l.startsWith('ATTENDEE'));
      const addressOf = async (specialistId: string) =>
        (await t.dataSource.query(`SELECT email FROM app_user WHERE specialist_id = $1`, [specialistId]))[0]
          .email as string;
      const lineOf = async (specialistId: string) => {
        const address = await addressOf(specialistId);
        return attendees.find((l) => l.endsWith(`:mailto:${address}`));
      };
      expect(await lineOf(board.surgeon.specialistId)).toMatch(/;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;/);
      expect(await lineOf(board.oncologist.specialistId)).toMatch(/;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;/);
      expect(await lineOf(board.ir.specialistId)).toMatch(/;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;/);
      // Radiology is not required here, and the radiologist was not recorded: not expected.
      expect(await lineOf(board.radiologist.specialistId)).toBeUndefined();

      // A visiting expert without an account is addressed by a stable URN.
      const visitor = await t.request('POST', '/api/specialists', {
        token: board.admin.token,
        body: { fullName: 'Prof. Visiting Expert', discipline: 'hepatology', institution: 'Elsewhere' },
      });
      expect(visitor.status).toBe(201);
      await markAttendance(t, board.coordinator, meeting.id, [{ specialistId: visitor.body.id }]);
      const [again] = icsEvents((await ics(meeting.id)).body);
      expect(again).toContain(
        `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Prof. Visiting Expert":urn:uuid:${visitor.body.id}`,
      );
    });

    it('bumps SEQUENCE when the meeting moves and says CANCELLED when it is cancelled', async () => {
      const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId);
      await t.request('PATCH', `/api/meetings/${meeting.id}`, {
        token: board.coordinator.token,
        body: { startsAt: '2030-10-27T02:30:00+01:00', durationMinutes: 60 },
      });
      // 2030-10-27 is the autumn change in Amsterdam, and 02:30 CET the second 02:30 of the night: a
      // bare local time would mean the first, so the start is written in UTC.
      let lines = icsLines((await ics(meeting.id)).body);
      expect(lines).toEqual(
        expect.arrayContaining([
          'SEQUENCE:1',
          'DTSTART:20301027T013000Z',
          'DURATION:PT60M',
          'DTSTART:20301027T030000',
          'TZOFFSETTO:+0100',
        ]),
      );
      await t.request('POST', `/api/meetings/${meeting.id}/cancel`, {
        token: board.coordinator.token,
        body: { reason: 'merged with next week' },
      });
      lines = icsLines((await ics(meeting.id)).body);
      expect(lines).toEqual(expect.arrayContaining(['SEQUENCE:2', 'STATUS:CANCELLED']));
    });

    it('writes times in the institution time zone (Asia/Tokyo: no daylight time)', async () => {
      const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        startsAt: '2027-07-01T08:00:00Z',
      });
      try {
        await setTimeZone(t, board.admin, 'Asia/Tokyo');
        const lines = icsLines((await ics(meeting.id)).body);
        expect(lines).toContain('DTSTART;TZID=Asia/Tokyo:20270701T170000');
        expect(lines.filter((l) => l.startsWith('TZOFFSETTO:'))).toEqual(['TZOFFSETTO:+0900']);
      } finally {
        await setTimeZone(t, board.admin, 'Europe/Amsterdam');
      }
    });

    it('answers 404 for an unknown meeting (as JSON), 401 without a token and 403 to admins', async () => {
      const missing = await ics(MISSING);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toBe('NOT_FOUND');
      expect((await t.request('GET', `/api/meetings/${MISSING}/calendar.ics`)).status).toBe(401);
      expect((await ics(MISSING, board.admin.token)).status).toBe(403);
    });
  });

  describe('per-specialist feeds', () => {
    it('gives a specialist a secret URL that works without a login and lists every board they are expected at', async () => {
      // The pathologist is outside the default quorum: each board below is theirs for one reason.
      const pathologist = board.pathologist.specialistId;
      const chaired = await createMeeting(t, board.coordinator, pathologist, {
        title: 'Chaired board',
        startsAt: inDays(3),
      });
      const presented = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Presented board',
        startsAt: inDays(4),
      });
      const theirCase = await acceptedCase(t, {
        coordinator: board.coordinator,
        oncologist: board.pathologist,
      });
      await addToAgenda(t, board.coordinator, presented.id, theirCase);
      const quorum = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Pathology quorum board',
        startsAt: inDays(5),
        requiredDisciplines: ['surgery', 'pathology'],
      });
      const attended = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Attended board',
        startsAt: inDays(10),
      });
      await markAttendance(t, board.coordinator, attended.id, [board.pathologist]);
      const absent = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Absent board',
        startsAt: inDays(11),
      });
      await markAttendance(t, board.coordinator, absent.id, [board.pathologist], false);
      const cancelled = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Cancelled quorum board',
        startsAt: inDays(12),
        requiredDisciplines: ['pathology'],
      });
      await t.request('POST', `/api/meetings/${cancelled.id}/cancel`, {
        token: board.coordinator.token,
        body: { reason: 'Chair away' },
      });
      const notTheirs = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Other board',
        startsAt: inDays(6),
      });
      const old = await createMeeting(t, board.coordinator, pathologist, {
        title: 'Old board',
        startsAt: inDays(-40),
      });

      const created = await createFeed(pathologist, board.pathologist.token);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        specialistId: pathologist,
        url: expect.stringMatching(
          /^http:\/\/boards\.hospital\.example\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}$/,
        ),
        createdAt: expect.any(String),
      });

      const feed = await fetchFeed(created.body.url);
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const events = icsEvents(feed.body);
      expect(events.map((e) => e.find((l) => l.startsWith('SUMMARY:')))).toEqual([
        'SUMMARY:Chaired board',
        'SUMMARY:Presented board',
        'SUMMARY:Pathology quorum board',
        'SUMMARY:Attended board',
        'SUMMARY:Absent board',
        'SUMMARY:Cancelled quorum board',
      ]);
      const event = (id: string) => events.find((e) => e.includes(`UID:${id}@consilium`)) as string[];
      for (const id of [notTheirs.id, old.id])
        expect(events.some((e) => e.includes(`UID:${id}@consilium`))).toBe(false);
      expect(event(cancelled.id)).toContain('STATUS:CANCELLED');

      // The chair organises; the subscriber is the one attendee, with their role and attendance.
      const attendee = (id: string) => event(id).filter((l) => l.startsWith('ATTENDEE'));
      expect(event(chaired.id).find((l) => l.startsWith('ORGANIZER'))).toMatch(
        /^ORGANIZER;CN="?[^:]+"?:mailto:\S+@\S+$/,
      );
      expect(attendee(chaired.id)).toEqual([
        expect.stringMatching(/;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;.*:mailto:/),
      ]);
      expect(attendee(presented.id)).toEqual([
        expect.stringMatching(/;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;/),
      ]);
      expect(attendee(quorum.id)).toEqual([expect.stringMatching(/;ROLE=REQ-PARTICIPANT;/)]);
      expect(attendee(attended.id)).toEqual([
        expect.stringMatching(/;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;/),
      ]);
      expect(attendee(absent.id)).toEqual([
        expect.stringMatching(/;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;/),
      ]);
      expect(icsLines(feed.body).find((l) => l.startsWith('X-WR-CALNAME:'))).toBe(
        'X-WR-CALNAME:Consilium boards: Test clinician',
      );

      // A member of a quorum discipline is expected at every board that requires it, invited or not.
      const radiologistFeed = await createFeed(board.radiologist.specialistId, board.coordinator.token);
      const radiology = icsEvents((await fetchFeed(radiologistFeed.body.url)).body);
      expect(radiology.some((e) => e.includes(`UID:${notTheirs.id}@consilium`))).toBe(true);
      expect(radiology.some((e) => e.includes(`UID:${quorum.id}@consilium`))).toBe(false);
    });

    it('lists the same boards in the meetings list filtered to a specialist', async () => {
      const from = new Date(Date.now() - DAY_MS).toISOString();
      const listed = await t.request(
        'GET',
        `/api/meetings?expectedSpecialistId=${board.pathologist.specialistId}&from=${encodeURIComponent(from)}&limit=100`,
        { token: board.pathologist.token },
      );
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((m: { title: string }) => m.title)).toEqual([
        'Chaired board',
        'Presented board',
        'Pathology quorum board',
        'Attended board',
        'Absent board',
        'Cancelled quorum board',
      ]);
    });

    it('stores only the sha256 of the token, and audits creation without it', async () => {
      const created = await createFeed(board.oncologist.specialistId, board.oncologist.token);
      const token = created.body.url.split('/').pop() as string;
      const rows = await t.dataSource.query(`SELECT token_hash FROM calendar_feed WHERE specialist_id = $1`, [
        board.oncologist.specialistId,
      ]);
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
      const [dump] = await t.dataSource.query(
        `SELECT row_to_json(f)::text AS text FROM calendar_feed f WHERE specialist_id = $1`,
        [board.oncologist.specialistId],
      );
      expect(dump.text).not.toContain(token);
      const entries = await auditEntries(t, board.oncologist.specialistId);
      expect(entries.find((e) => e.action === 'calendar_feed.create')).toMatchObject({
        actor_id: board.oncologist.id,
        entity_type: 'calendar_feed',
      });
      expect(JSON.stringify(entries)).not.toContain(token);
    });

    it('stops working when revoked (404, never 401), and a new URL replaces the old one', async () => {
      const surgeon = board.surgeon.specialistId;
      const first = (await createFeed(surgeon, board.coordinator.token)).body.url;
      expect((await fetchFeed(first)).status).toBe(200);
      const second = (await createFeed(surgeon, board.surgeon.token)).body.url;
      expect(second).not.toBe(first);
      expect((await fetchFeed(first)).status).toBe(404);
      expect((await fetchFeed(second)).status).toBe(200);

      const revoked = await revokeFeed(surgeon, board.surgeon.token);
      expect(revoked.status).toBe(204);
      const gone = await fetchFeed(second);
      expect(gone.status).toBe(404);
      expect(gone.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
      // Revoking again is fine and records nothing more.
      expect((await revokeFeed(surgeon, board.coordinator.token)).status).toBe(204);
      const actions = (await auditEntries(t, surgeon))
        .map((e) => e.action)
        .filter((a) => a.startsWith('calendar_feed.'));
      expect(actions).toEqual(['calendar_feed.create', 'calendar_feed.create', 'calendar_feed.revoke']);
    });

    it('answers 404 to unknown or malformed tokens without a login, even with a bad header', async () => {
      for (const token of ['x'.repeat(43), 'short', `${'A'.repeat(42)}!`]) {
        const response = await t.request('GET', `/api/calendar/feeds/${encodeURIComponent(token)}`);
        expect(response.status).toBe(404);
      }
      const withBadHeader = await t.request('GET', `/api/calendar/feeds/${'y'.repeat(43)}`, {
        token: 'not-a-jwt',
      });
      expect(withBadHeader.status).toBe(404);
    });

    it("refuses a clinician managing another specialist's feed, and admins (403), and unknown specialists (404)", async () => {
      const other = await createFeed(board.surgeon.specialistId, board.oncologist.token);
      expect(other.status).toBe(403);
      expect(other.body.error).toBe('NOT_OWN_CALENDAR_FEED');
      expect((await revokeFeed(board.surgeon.specialistId, board.oncologist.token)).body.error).toBe(
        'NOT_OWN_CALENDAR_FEED',
      );
      const admin = await createFeed(board.surgeon.specialistId, board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('CALENDAR_FEED_NOT_ALLOWED');
      expect((await createFeed(MISSING, board.coordinator.token)).status).toBe(404);
      expect((await revokeFeed(MISSING, board.coordinator.token)).status).toBe(404);
      expect(
        (await t.request('POST', `/api/specialists/${board.surgeon.specialistId}/calendar-feed`)).status,
      ).toBe(401);
    });
  });
});
