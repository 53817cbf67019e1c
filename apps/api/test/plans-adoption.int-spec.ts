import { type Board, createBoard, createClinician } from './support/board';
import { auditEntries, caseStatus, invalidFields } from './support/inspect';
import { boardMeeting, markAttendance, meetingAction } from './support/meetings';
import { adopt, approveBy, chemoThenResection, freshProposal, proposalId, vote } from './support/plans';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('adoption', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const recommendations = async (caseId: string) =>
    (await t.dataSource.query(`SELECT * FROM recommendation WHERE case_id = $1`, [caseId])) as any[];

  it('lets the chair adopt a proposal with a majority of present voters: a snapshot is kept and the case is decided', async () => {
    const { id, caseId, meetingId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    await vote(t, board.ir, id, { vote: 'reject', comment: 'I would ablate instead.' });
    const response = await adopt(t, board.surgeon, id, true);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      caseId,
      proposalId: id,
      meeting: { id: meetingId, status: 'in_progress' },
      intent: 'curative',
      tally: { approvals: 2, rejections: 1, abstentions: 0 },
      quorum: { quorate: true, missingDisciplines: [] },
      chair: { id: board.surgeon.specialistId, discipline: 'surgery' },
      adoptedBy: { id: board.surgeon.id },
      patientPreferencesDiscussed: true,
      ruleSetVersion: '1.0.0',
      case: { status: 'decided' },
    });
    expect(response.body.dissent).toEqual([
      expect.objectContaining({
        id: board.ir.specialistId,
        vote: 'reject',
        comment: 'I would ablate instead.',
      }),
    ]);

    expect(await caseStatus(t, caseId)).toBe('decided');
    const [proposal] = await t.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]);
    expect(proposal.status).toBe('adopted');
    const [event] = await t.dataSource.query(
      `SELECT action, from_state, to_state, actor_id FROM case_event WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`,
      [caseId],
    );
    expect(event).toEqual({
      action: 'decide',
      from_state: 'scheduled',
      to_state: 'decided',
      actor_id: board.surgeon.id,
    });

    const [rec] = await recommendations(caseId);
    expect(rec.snapshot.votes).toHaveLength(3);
    expect(rec.snapshot.attendance.filter((a: { present: boolean }) => a.present)).toHaveLength(4);
    const entry = (await auditEntries(t, rec.id)).find((e) => e.action === 'recommendation.adopt');
    expect(entry).toMatchObject({
      actor_id: board.surgeon.id,
      details: {
        caseId,
        proposalId: id,
        meetingId,
        ruleSetVersion: '1.0.0',
        fields: ['patientPreferencesDiscussed'],
      },
    });
    expect((await auditEntries(t, caseId)).map((e) => e.action)).toContain('case.decide');
  });

  it('lets a coordinator adopt', async () => {
    const { id, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon], id);
    const response = await adopt(t, board.coordinator, id, false);
    expect(response.status).toBe(201);
    expect(response.body.patientPreferencesDiscussed).toBe(false);
    expect(await caseStatus(t, caseId)).toBe('decided');
  });

  it("refuses a clinician who is not the meeting's chair (403 NOT_CHAIR) and admins (403 PERMISSION_DENIED)", async () => {
    const { id, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    const notChair = await adopt(t, board.oncologist, id);
    expect(notChair.status).toBe(403);
    expect(notChair.body.error).toBe('NOT_CHAIR');
    const admin = await adopt(t, board.admin, id);
    expect(admin.status).toBe(403);
    expect(admin.body.error).toBe('PERMISSION_DENIED');
    expect(await caseStatus(t, caseId)).toBe('scheduled');
  });

  it('refuses the chair while not marked present (403 NOT_PRESENT); a coordinator need not be present', async () => {
    // A second surgeon keeps the meeting quorate while the chair (the surgeon) is away.
    const locum = await createClinician(t, 'surgery');
    const { id, meetingId, caseId } = await freshProposal(t, board, {
      present: [board.oncologist, board.ir, board.radiologist, locum],
    });
    await approveBy(t, [board.oncologist, locum], id);

    const absent = await adopt(t, board.surgeon, id);
    expect(absent.status).toBe(403);
    expect(absent.body.error).toBe('NOT_PRESENT');
    expect(await recommendations(caseId)).toEqual([]);
    expect(await caseStatus(t, caseId)).toBe('scheduled');
    // The refusal is audited once, as a denial with its code.
    const denied = (await auditEntries(t, id)).filter((e) => e.outcome === 'denied');
    expect(denied).toEqual([
      expect.objectContaining({
        action: 'proposal.adopt',
        actor_id: board.surgeon.id,
        details: { code: 'NOT_PRESENT' },
      }),
    ]);

    // Marked absent after being present is no better.
    await markAttendance(t, board.coordinator, meetingId, [board.surgeon]);
    await markAttendance(t, board.coordinator, meetingId, [board.surgeon], false);
    expect((await adopt(t, board.surgeon, id)).body.error).toBe('NOT_PRESENT');

    const byCoordinator = await adopt(t, board.coordinator, id);
    expect(byCoordinator.status).toBe(201);
    expect(await caseStatus(t, caseId)).toBe('decided');
  });

  it('lets the chair adopt once marked present', async () => {
    const { id, meetingId } = await freshProposal(t, board, {
      present: [board.oncologist, board.ir, board.radiologist],
    });
    await approveBy(t, [board.oncologist], id);
    expect((await adopt(t, board.surgeon, id)).body.error).toBe('NOT_PRESENT');
    await markAttendance(t, board.coordinator, meetingId, [board.surgeon]);
    expect((await adopt(t, board.surgeon, id)).status).toBe(201);
  });

  it('refuses while the meeting is not quorate (409 MEETING_NOT_QUORATE naming the missing discipline)', async () => {
    const { id, meetingId, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    await markAttendance(t, board.coordinator, meetingId, [board.radiologist], false);
    const response = await adopt(t, board.surgeon, id);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: 'MEETING_NOT_QUORATE',
      details: { missingDisciplines: ['radiology'] },
    });
    expect(await recommendations(caseId)).toEqual([]);
  });

  it('refuses without more approvals than rejections among present voters (409 NO_MAJORITY)', async () => {
    const { id, meetingId } = await freshProposal(t, board);
    const none = await adopt(t, board.surgeon, id);
    expect(none.status).toBe(409);
    expect(none.body.error).toBe('NO_MAJORITY');

    await vote(t, board.surgeon, id, { vote: 'approve' });
    await vote(t, board.ir, id, { vote: 'reject', comment: 'No.' });
    const tie = await adopt(t, board.surgeon, id);
    expect(tie.status).toBe(409);
    expect(tie.body).toMatchObject({
      error: 'NO_MAJORITY',
      details: { tally: { approvals: 1, rejections: 1 } },
    });

    // An approval by someone who then left the meeting does not count.
    await vote(t, board.oncologist, id, { vote: 'approve' });
    await markAttendance(t, board.coordinator, meetingId, [board.oncologist], false);
    await markAttendance(t, board.coordinator, meetingId, [board.pathologist]);
    const left = await adopt(t, board.surgeon, id);
    expect(left.status).toBe(409);
    expect(left.body.details.tally).toEqual({ approvals: 1, rejections: 1, abstentions: 0 });
  });

  it('refuses abstentions only (409 NO_MAJORITY)', async () => {
    const { id } = await freshProposal(t, board);
    await vote(t, board.surgeon, id, { vote: 'abstain' });
    const response = await adopt(t, board.surgeon, id);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('NO_MAJORITY');
  });

  it('refuses before the meeting starts (409 MEETING_NOT_IN_PROGRESS)', async () => {
    const planned = await boardMeeting(t, board, { start: false });
    const id = await proposalId(
      t,
      board.oncologist,
      planned.caseIds[0],
      chemoThenResection(planned.meetingId),
    );
    const response = await adopt(t, board.surgeon, id);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('MEETING_NOT_IN_PROGRESS');
  });

  it('refuses after the meeting closed (409 MEETING_NOT_IN_PROGRESS)', async () => {
    const { id, meetingId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon], id);
    await meetingAction(t, board.coordinator, meetingId, 'close');
    const response = await adopt(t, board.coordinator, id);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('MEETING_NOT_IN_PROGRESS');
  });

  it('adopts one plan per case: a second adoption is refused (409 ALREADY_ADOPTED)', async () => {
    const { id, caseId, meetingId } = await freshProposal(t, board);
    const other = await proposalId(t, board.surgeon, caseId, {
      ...chemoThenResection(meetingId),
      steps: [{ modality: 'surgical_resection', targetLesions: [7] }],
    });
    await approveBy(t, [board.surgeon], id);
    await approveBy(t, [board.surgeon], other);
    expect((await adopt(t, board.surgeon, id)).status).toBe(201);
    for (const p of [id, other]) {
      const again = await adopt(t, board.coordinator, p);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ALREADY_ADOPTED');
    }
    expect(await recommendations(caseId)).toHaveLength(1);
  });

  it('lets only one of two simultaneous adoptions of different proposals of one case through', async () => {
    const { id, caseId, meetingId } = await freshProposal(t, board);
    const other = await proposalId(t, board.surgeon, caseId, {
      ...chemoThenResection(meetingId),
      steps: [{ modality: 'radiofrequency_ablation', targetLesions: [7] }],
      rationale: 'Ablate the single small lesion.',
    });
    await approveBy(t, [board.surgeon, board.oncologist], id);
    await approveBy(t, [board.surgeon, board.ir], other);
    const results = await Promise.all([adopt(t, board.surgeon, id), adopt(t, board.coordinator, other)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error).toBe('ALREADY_ADOPTED');
    expect(await recommendations(caseId)).toHaveLength(1);
    const adopted = await t.dataSource.query(
      `SELECT id FROM proposal WHERE case_id = $1 AND status = 'adopted'`,
      [caseId],
    );
    expect(adopted).toHaveLength(1);
    const decides = await t.dataSource.query(
      `SELECT 1 FROM case_event WHERE case_id = $1 AND action = 'decide'`,
      [caseId],
    );
    expect(decides).toHaveLength(1);
  });

  it('lets only one of two simultaneous adoptions of the same proposal through', async () => {
    const { id, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon], id);
    const results = await Promise.all([adopt(t, board.surgeon, id), adopt(t, board.coordinator, id)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await recommendations(caseId)).toHaveLength(1);
  });

  it.each([
    ['without patientPreferencesDiscussed', {}, 'patientPreferencesDiscussed'],
    ['with a string for it', { patientPreferencesDiscussed: 'yes' }, 'patientPreferencesDiscussed'],
    ['with an unknown field', { patientPreferencesDiscussed: true, note: 'x' }, 'note'],
  ])('refuses a request %s (400)', async (_, body, field) => {
    const response = await t.request('POST', `/api/proposals/${MISSING}/adopt`, {
      token: board.surgeon.token,
      body,
    });
    expect(response.status).toBe(400);
    expect(invalidFields(response.body)).toEqual([field]);
  });

  it('answers 404 for an unknown proposal and 401 without a token', async () => {
    expect((await adopt(t, board.surgeon, MISSING)).status).toBe(404);
    const anonymous = await t.request('POST', `/api/proposals/${MISSING}/adopt`, {
      body: { patientPreferencesDiscussed: true },
    });
    expect(anonymous.status).toBe(401);
  });

  it('keeps a recommendation forever: the database refuses to change or delete it', async () => {
    const { id, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon], id);
    await adopt(t, board.surgeon, id);
    await expect(
      t.ownerQuery(`UPDATE recommendation SET patient_preferences_discussed = false WHERE case_id = $1`, [
        caseId,
      ]),
    ).rejects.toThrow(/never changed/);
    await expect(t.ownerQuery(`DELETE FROM recommendation WHERE case_id = $1`, [caseId])).rejects.toThrow(
      /never changed/,
    );
    await expect(
      t.dataSource.query(`UPDATE proposal SET status = 'proposed' WHERE id = $1`, [id]),
    ).rejects.toThrow(/only its adoption/);
  });

  it('leaves the decided case out when the meeting closes (no deferral)', async () => {
    const { id, caseId, meetingId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon], id);
    await adopt(t, board.surgeon, id);
    await meetingAction(t, board.coordinator, meetingId, 'close');
    expect(await caseStatus(t, caseId)).toBe('decided');
  });
});
