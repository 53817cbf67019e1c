import { type Board, createBoard } from './support/board';
import { auditEntries, caseStatus, invalidFields } from './support/inspect';
import { boardMeeting } from './support/meetings';
import { adopt, approveBy, followUp, freshProposal } from './support/plans';
import { requireStatus } from './support/requests';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('follow-up', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  /** A case decided at a meeting in progress; returns its id and the meeting's. */
  const decidedCase = async () => {
    const { id, caseId, meetingId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    requireStatus('adopt', await adopt(t, board.surgeon, id), 201);
    return { caseId, meetingId };
  };

  describe('POST /api/cases/:id/follow-up', () => {
    it('records an implemented recommendation; the case is closed, with its event and audit entry', async () => {
      const { caseId } = await decidedCase();
      const response = await followUp(t, board.coordinator, caseId, {
        status: 'implemented',
        note: '  Resected on day 40, R0.  ',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        caseId,
        recommendationId: expect.any(String),
        status: 'implemented',
        reason: null,
        note: 'Resected on day 40, R0.',
        recordedBy: { id: board.coordinator.id, displayName: 'Test coordinator' },
        recordedAt: expect.any(String),
      });
      expect(await caseStatus(t, caseId)).toBe('closed');
      const [event] = await t.dataSource.query(
        `SELECT action, from_state, to_state, actor_id FROM case_event WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`,
        [caseId],
      );
      expect(event).toEqual({
        action: 'close',
        from_state: 'decided',
        to_state: 'closed',
        actor_id: board.coordinator.id,
      });
      const [entry] = await auditEntries(t, response.body.id);
      expect(entry).toMatchObject({
        action: 'follow_up.record',
        entity_type: 'follow_up',
        actor_id: board.coordinator.id,
        details: { caseId, fields: ['status', 'note'] },
      });
      expect(JSON.stringify(entry.details)).not.toMatch(/implemented|Resected/);

      const recommendation = await t.request('GET', `/api/cases/${caseId}/recommendation`, {
        token: board.surgeon.token,
      });
      expect(recommendation.body.followUp).toMatchObject({
        status: 'implemented',
        note: 'Resected on day 40, R0.',
      });
      expect(recommendation.body.case.status).toBe('closed');
    });

    it('needs a reason unless implemented (422 FOLLOW_UP_REASON_REQUIRED), and accepts one', async () => {
      const { caseId } = await decidedCase();
      for (const status of ['not_implemented', 'partially_implemented']) {
        const response = await followUp(t, board.coordinator, caseId, { status });
        expect(response.status).toBe(422);
        expect(response.body.error).toBe('FOLLOW_UP_REASON_REQUIRED');
      }
      expect(await caseStatus(t, caseId)).toBe('decided');
      const response = await followUp(t, board.coordinator, caseId, {
        status: 'partially_implemented',
        reason: 'toxicity',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'partially_implemented', reason: 'toxicity' });
    });

    it('takes a reason with an implemented recommendation too', async () => {
      const { caseId } = await decidedCase();
      const response = await followUp(t, board.coordinator, caseId, {
        status: 'implemented',
        reason: 'other',
      });
      expect(response.status).toBe(201);
      expect(response.body.reason).toBe('other');
    });

    it.each([
      ['an unknown status', { status: 'done' }, 'status'],
      ['no status', {}, 'status'],
      ['an unknown reason code', { status: 'not_implemented', reason: 'forgot' }, 'reason'],
      ['an empty note', { status: 'implemented', note: '  ' }, 'note'],
      ['an unknown field', { status: 'implemented', date: '2026-01-01' }, 'date'],
    ])('refuses %s (400 naming the field)', async (_, body, field) => {
      const response = await followUp(t, board.coordinator, MISSING, body);
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual([field]);
    });

    it('is refused before the case is decided (409 CASE_NOT_DECIDED)', async () => {
      const { caseIds } = await boardMeeting(t, board);
      const response = await followUp(t, board.coordinator, caseIds[0], { status: 'implemented' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'CASE_NOT_DECIDED', details: { state: 'scheduled' } });
    });

    it('is recorded once (409 FOLLOW_UP_ALREADY_RECORDED), even for two simultaneous requests', async () => {
      const { caseId } = await decidedCase();
      const results = await Promise.all([
        followUp(t, board.coordinator, caseId, { status: 'implemented' }),
        followUp(t, board.coordinator, caseId, { status: 'not_implemented', reason: 'death' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.error).toBe('FOLLOW_UP_ALREADY_RECORDED');
      const again = await followUp(t, board.coordinator, caseId, { status: 'implemented' });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('FOLLOW_UP_ALREADY_RECORDED');
      expect(await t.dataSource.query(`SELECT 1 FROM follow_up WHERE case_id = $1`, [caseId])).toHaveLength(
        1,
      );
    });

    it('is for coordinators (403 for clinicians and admins, 401 without token); 404 for an unknown case', async () => {
      const { caseId } = await decidedCase();
      for (const actor of [board.oncologist, board.admin]) {
        const response = await followUp(t, actor, caseId, { status: 'implemented' });
        expect(response.status).toBe(403);
        expect(response.body.error).toBe('PERMISSION_DENIED');
      }
      expect(
        (await t.request('POST', `/api/cases/${caseId}/follow-up`, { body: { status: 'implemented' } }))
          .status,
      ).toBe(401);
      expect((await followUp(t, board.coordinator, MISSING, { status: 'implemented' })).status).toBe(404);
    });

    it('keeps a follow-up as recorded: the database refuses to change or delete it', async () => {
      const { caseId } = await decidedCase();
      await followUp(t, board.coordinator, caseId, { status: 'implemented' });
      await expect(
        t.ownerQuery(`UPDATE follow_up SET status = 'not_implemented', reason = 'death' WHERE case_id = $1`, [
          caseId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(t.ownerQuery(`DELETE FROM follow_up WHERE case_id = $1`, [caseId])).rejects.toThrow(
        /append-only/,
      );
    });
  });
});
