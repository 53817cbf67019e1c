import { type Board, createBoard, createClinician } from './support/board';
import { acceptedCase } from './support/cases';
import { auditEntries, invalidFields } from './support/inspect';
import { boardMeeting, createMeeting, markAttendance, meetingAction } from './support/meetings';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('attendance, quorum and discussion', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const attend = (meetingId: string, specialistId: string, body: object, token: string) =>
    t.request('PUT', `/api/meetings/${meetingId}/attendance/${specialistId}`, { token, body });
  const note = (meetingId: string, caseId: string, body: object, token: string) =>
    t.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/notes`, { token, body });
  const thread = (meetingId: string, caseId: string, query = '', token = board.surgeon.token) =>
    t.request('GET', `/api/meetings/${meetingId}/cases/${caseId}/notes${query}`, { token });

  /** A meeting chaired by the surgeon with one accepted case on its agenda, nobody marked present. */
  async function meetingWithCase(start = false) {
    const { meetingId, caseIds } = await boardMeeting(t, board, { start, present: [] });
    return { meetingId, caseId: caseIds[0] };
  }

  describe('PUT /api/meetings/:id/attendance/:specialistId', () => {
    it('lets a clinician record their own attendance, with a role, and audits it', async () => {
      const { meetingId } = await meetingWithCase();
      const response = await attend(
        meetingId,
        board.oncologist.specialistId,
        { present: true, role: ' presenter ' },
        board.oncologist.token,
      );
      expect(response.status).toBe(200);
      expect(response.body.attendance).toEqual([
        {
          specialist: {
            id: board.oncologist.specialistId,
            fullName: 'Test clinician',
            discipline: 'medical_oncology',
          },
          present: true,
          role: 'presenter',
          recordedById: board.oncologist.id,
          recordedAt: expect.any(String),
        },
      ]);
      const changed = await attend(
        meetingId,
        board.oncologist.specialistId,
        { present: false },
        board.oncologist.token,
      );
      expect(changed.body.attendance[0]).toMatchObject({ present: false, role: null });
      const entries = (await auditEntries(t, meetingId)).filter((e) => e.action === 'meeting.attendance');
      // Presence is kept; the free-text role only by name.
      expect(entries.map((e) => e.details)).toEqual([
        { specialistId: board.oncologist.specialistId, present: true, changedFields: ['present', 'role'] },
        { specialistId: board.oncologist.specialistId, present: false, changedFields: ['present', 'role'] },
      ]);
    });

    it("refuses a clinician recording someone else's attendance (403 NOT_OWN_ATTENDANCE)", async () => {
      const { meetingId } = await meetingWithCase();
      const response = await attend(
        meetingId,
        board.surgeon.specialistId,
        { present: true },
        board.oncologist.token,
      );
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('NOT_OWN_ATTENDANCE');
    });

    it("lets a coordinator record anyone's attendance, and refuses an admin (403 ATTENDANCE_NOT_ALLOWED)", async () => {
      const { meetingId } = await meetingWithCase();
      const response = await attend(
        meetingId,
        board.surgeon.specialistId,
        { present: true },
        board.coordinator.token,
      );
      expect(response.status).toBe(200);
      expect(response.body.attendance[0]).toMatchObject({
        present: true,
        recordedById: board.coordinator.id,
      });
      const admin = await attend(meetingId, board.surgeon.specialistId, { present: true }, board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('ATTENDANCE_NOT_ALLOWED');
      expect((await attend(meetingId, board.surgeon.specialistId, { present: true }, '')).status).toBe(401);
    });

    it('validates the body (400) and answers 404 for an unknown meeting or specialist', async () => {
      const { meetingId } = await meetingWithCase();
      const bad = await attend(
        meetingId,
        board.surgeon.specialistId,
        { present: 'yes', role: '', x: 1 },
        board.coordinator.token,
      );
      expect(invalidFields(bad.body).sort()).toEqual(['present', 'role', 'x']);
      expect(
        (await attend(MISSING, board.surgeon.specialistId, { present: true }, board.coordinator.token))
          .status,
      ).toBe(404);
      const unknown = await attend(meetingId, MISSING, { present: true }, board.coordinator.token);
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe(`specialist ${MISSING} not found`);
    });

    it('refuses changes once the meeting is closed or cancelled (409)', async () => {
      const { meetingId } = await meetingWithCase(true);
      await meetingAction(t, board.coordinator, meetingId, 'close');
      const response = await attend(
        meetingId,
        board.surgeon.specialistId,
        { present: true },
        board.coordinator.token,
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'MEETING_NOT_EDITABLE', details: { state: 'closed' } });
    });

    it('warns when a present specialist is booked into an overlapping meeting', async () => {
      const first = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
        title: 'Colorectal MDT',
        startsAt: '2034-05-02T08:00:00Z',
      });
      await markAttendance(t, board.coordinator, first.id, [board.radiologist]);
      const second = await createMeeting(t, board.coordinator, board.oncologist.specialistId, {
        startsAt: '2034-05-02T09:00:00Z',
      });
      const response = await attend(
        second.id,
        board.radiologist.specialistId,
        { present: true },
        board.radiologist.token,
      );
      expect(response.status).toBe(200);
      expect(response.body.warnings).toEqual([
        'Test clinician (marked present at this meeting) is also marked present at "Colorectal MDT" at 2034-05-02T10:00:00+02:00 (90 min), which overlaps it',
      ]);
    });
  });

  describe('quorum', () => {
    it('names the missing disciplines until every required one has a present member', async () => {
      const { meetingId } = await meetingWithCase();
      const quorum = async () =>
        (await t.request('GET', `/api/meetings/${meetingId}`, { token: board.oncologist.token })).body.quorum;
      expect(await quorum()).toEqual({
        quorate: false,
        requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
        presentDisciplines: [],
        missingDisciplines: ['interventional_radiology', 'medical_oncology', 'radiology', 'surgery'],
      });
      await markAttendance(t, board.coordinator, meetingId, [board.surgeon, board.oncologist]);
      // Recorded but absent does not count.
      await markAttendance(t, board.coordinator, meetingId, [board.radiologist], false);
      expect(await quorum()).toMatchObject({
        quorate: false,
        presentDisciplines: ['medical_oncology', 'surgery'],
        missingDisciplines: ['interventional_radiology', 'radiology'],
      });
      await markAttendance(t, board.coordinator, meetingId, [board.radiologist]);
      const last = await markAttendance(t, board.coordinator, meetingId, [board.ir]);
      expect(last.quorum).toMatchObject({ quorate: true, missingDisciplines: [] });
      // A second present member of a discipline changes nothing; one leaving breaks quorum again.
      const pathologist = await createClinician(t, 'pathology');
      await markAttendance(t, pathologist, meetingId, [pathologist]);
      const left = await markAttendance(t, board.radiologist, meetingId, [board.radiologist], false);
      expect(left.quorum).toMatchObject({ quorate: false, missingDisciplines: ['radiology'] });
      expect(left.quorum.presentDisciplines).toEqual([
        'interventional_radiology',
        'medical_oncology',
        'pathology',
        'surgery',
      ]);
    });
  });

  describe('discussion notes', () => {
    it('refuses notes before the meeting starts and after it closes (409 MEETING_NOT_IN_PROGRESS)', async () => {
      const { meetingId, caseId } = await meetingWithCase();
      const before = await note(meetingId, caseId, { body: 'Early thought' }, board.coordinator.token);
      expect(before.status).toBe(409);
      expect(before.body).toMatchObject({ error: 'MEETING_NOT_IN_PROGRESS', details: { state: 'planned' } });
      await meetingAction(t, board.coordinator, meetingId, 'start');
      await meetingAction(t, board.coordinator, meetingId, 'close');
      expect(
        (await note(meetingId, caseId, { body: 'Late thought' }, board.coordinator.token)).body.details,
      ).toEqual({
        state: 'closed',
      });
    });

    it('takes notes from a present clinician and from the coordinator, and audits them without their text', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      await markAttendance(t, board.surgeon, meetingId, [board.surgeon]);
      const response = await note(
        meetingId,
        caseId,
        { body: 'Resectable; FLR adequate.' },
        board.surgeon.token,
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        meetingId,
        caseId,
        body: 'Resectable; FLR adequate.',
        correctsNoteId: null,
        correctedByNoteIds: [],
        author: {
          userId: board.surgeon.id,
          displayName: 'Test clinician',
          role: 'clinician',
          specialist: { id: board.surgeon.specialistId, fullName: 'Test clinician', discipline: 'surgery' },
        },
        createdAt: expect.any(String),
      });
      const coordinatorNote = await note(
        meetingId,
        caseId,
        { body: 'Next: CT in 6 weeks' },
        board.coordinator.token,
      );
      expect(coordinatorNote.status).toBe(201);
      expect(coordinatorNote.body.author).toMatchObject({ role: 'coordinator', specialist: null });
      const entry = (await auditEntries(t, meetingId)).find((e) => e.action === 'meeting.note.create');
      expect(entry).toMatchObject({
        actor_id: board.surgeon.id,
        details: { caseId, noteId: response.body.id, correctsNoteId: null },
      });
      expect(JSON.stringify(entry)).not.toContain('Resectable');
    });

    it('refuses a clinician who is absent or not recorded (403 NOT_PRESENT), and admins (403)', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      const unrecorded = await note(meetingId, caseId, { body: 'Hello' }, board.radiologist.token);
      expect(unrecorded.status).toBe(403);
      expect(unrecorded.body.error).toBe('NOT_PRESENT');
      await markAttendance(t, board.coordinator, meetingId, [board.radiologist], false);
      expect((await note(meetingId, caseId, { body: 'Hello' }, board.radiologist.token)).body.error).toBe(
        'NOT_PRESENT',
      );
      const admin = await note(meetingId, caseId, { body: 'Hello' }, board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('PERMISSION_DENIED');
      expect((await note(meetingId, caseId, { body: 'Hello' }, '')).status).toBe(401);
    });

    it('keeps notes as written: a correction is a new note that refers to the one it corrects', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      await markAttendance(t, board.oncologist, meetingId, [board.oncologist]);
      const original = (
        await note(meetingId, caseId, { body: 'Lesion in segment 6' }, board.oncologist.token)
      ).body;
      const correction = await note(
        meetingId,
        caseId,
        { body: 'Correction: segment 7, not 6', correctsNoteId: original.id },
        board.oncologist.token,
      );
      expect(correction.status).toBe(201);
      expect(correction.body.correctsNoteId).toBe(original.id);
      const page = await thread(meetingId, caseId);
      expect(page.status).toBe(200);
      expect(
        page.body.items.map(
          (n: { id: string; body: string; correctsNoteId: string | null; correctedByNoteIds: string[] }) => [
            n.body,
            n.correctsNoteId,
            n.correctedByNoteIds,
          ],
        ),
      ).toEqual([
        ['Lesion in segment 6', null, [correction.body.id]],
        ['Correction: segment 7, not 6', original.id, []],
      ]);
      // The database itself refuses to change or remove a note.
      await expect(
        t.ownerQuery(`UPDATE discussion_note SET body = 'rewritten' WHERE id = $1`, [original.id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.ownerQuery(`DELETE FROM discussion_note WHERE id = $1`, [original.id])).rejects.toThrow(
        /append-only/,
      );
    });

    it('refuses a correction of a note from another case or meeting (422 CORRECTED_NOTE_MISMATCH)', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      const other = await meetingWithCase(true);
      const foreign = (
        await note(other.meetingId, other.caseId, { body: 'Elsewhere' }, board.coordinator.token)
      ).body;
      for (const correctsNoteId of [foreign.id, MISSING]) {
        const response = await note(
          meetingId,
          caseId,
          { body: 'Fix', correctsNoteId },
          board.coordinator.token,
        );
        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({
          error: 'CORRECTED_NOTE_MISMATCH',
          details: { field: 'correctsNoteId' },
        });
      }
      // The trigger holds the same rule below the API.
      await expect(
        t.dataSource.query(
          `INSERT INTO discussion_note (meeting_id, case_id, author_user_id, body, corrects_note_id)
           VALUES ($1, $2, $3, 'x', $4)`,
          [meetingId, caseId, board.coordinator.id, foreign.id],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23514' } });
    });

    it('validates the body (400) and answers 404 for a case not on the agenda or an unknown meeting', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      for (const body of [
        {},
        { body: '   ' },
        { body: 'x'.repeat(10001) },
        { body: 'ok', correctsNoteId: 'x' },
      ]) {
        expect((await note(meetingId, caseId, body, board.coordinator.token)).status).toBe(400);
      }
      const offAgenda = await acceptedCase(t, board);
      const response = await note(meetingId, offAgenda, { body: 'Hi' }, board.coordinator.token);
      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`case ${offAgenda} is not on the agenda of meeting ${meetingId}`);
      expect((await note(MISSING, caseId, { body: 'Hi' }, board.coordinator.token)).status).toBe(404);
      expect((await thread(meetingId, offAgenda)).status).toBe(404);
      expect((await thread(MISSING, caseId)).status).toBe(404);
    });

    it('pages the thread oldest first, keeps it readable after the meeting, and audits each read', async () => {
      const { meetingId, caseId } = await meetingWithCase(true);
      for (const body of ['one', 'two', 'three'])
        await note(meetingId, caseId, { body }, board.coordinator.token);
      await meetingAction(t, board.coordinator, meetingId, 'close');
      const first = await thread(meetingId, caseId, '?limit=2');
      expect(first.body.items.map((n: { body: string }) => n.body)).toEqual(['one', 'two']);
      const second = await thread(meetingId, caseId, `?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body).toEqual({ items: [expect.objectContaining({ body: 'three' })], nextCursor: null });
      const reads = (await auditEntries(t, meetingId)).filter((e) => e.action === 'meeting.read');
      expect(reads).toHaveLength(2);
      expect(reads[0]).toMatchObject({
        actor_id: board.surgeon.id,
        details: { listed: first.body.items.map((n: { id: string }) => n.id) },
      });
      expect((await thread(meetingId, caseId, '', board.admin.token)).status).toBe(403);
    });
  });
});
