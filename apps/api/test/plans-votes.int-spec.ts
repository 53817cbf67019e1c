import { type Board, createBoard } from './support/board';
import { auditEntries, invalidFields } from './support/inspect';
import { boardMeeting, markAttendance, meetingAction } from './support/meetings';
import { adopt, approveBy, chemoThenResection, freshProposal, proposalId, vote } from './support/plans';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('votes', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const rows = (id: string) =>
    t.dataSource.query(
      `SELECT specialist_id, user_id, vote, comment, superseded_at FROM vote WHERE proposal_id = $1 ORDER BY cast_at, id`,
      [id],
    );
  const history = (id: string) =>
    t.request('GET', `/api/proposals/${id}/votes`, { token: board.coordinator.token });

  it('records a present specialist vote (200) with an audit entry', async () => {
    const { id, caseId } = await freshProposal(t, board);
    const response = await vote(t, board.surgeon, id, { vote: 'approve' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.any(String),
      proposalId: id,
      specialist: { id: board.surgeon.specialistId, fullName: 'Test clinician', discipline: 'surgery' },
      userId: board.surgeon.id,
      vote: 'approve',
      comment: null,
      castAt: expect.any(String),
      supersededAt: null,
    });
    const entry = (await auditEntries(t, id)).find((e) => e.action === 'proposal.vote');
    expect(entry).toMatchObject({
      actor_id: board.surgeon.id,
      entity_type: 'proposal',
      details: {
        caseId,
        voteId: response.body.id,
        specialistId: board.surgeon.specialistId,
        supersedesVoteId: null,
        fields: ['vote'],
      },
    });
    expect(JSON.stringify(entry!.details)).not.toContain('approve');
  });

  it('keeps the history when a vote changes: the old row is superseded, both stay', async () => {
    const { id } = await freshProposal(t, board);
    const first = await vote(t, board.ir, id, { vote: 'approve' });
    const second = await vote(t, board.ir, id, {
      vote: 'reject',
      comment: '  Ablation spares more liver.  ',
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      vote: 'reject',
      comment: 'Ablation spares more liver.',
      supersededAt: null,
    });

    const stored = await rows(id);
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ vote: 'approve', superseded_at: expect.any(Date) });
    expect(stored[1]).toMatchObject({ vote: 'reject', superseded_at: null });

    const all = await history(id);
    expect(all.status).toBe(200);
    expect(all.body.items.map((v: { id: string }) => v.id)).toEqual([first.body.id, second.body.id]);
    expect(all.body.items[0].supersededAt).not.toBeNull();

    const proposal = await t.request('GET', `/api/proposals/${id}`, { token: board.surgeon.token });
    expect(proposal.body.votes.map((v: { vote: string }) => v.vote)).toEqual(['reject']);
    expect(proposal.body.tally).toEqual({ approvals: 0, rejections: 1, abstentions: 0 });

    const audit = (await auditEntries(t, id)).filter((e) => e.action === 'proposal.vote');
    // The vote and its comment are in the history above, not in the audit log.
    expect(audit[1].details).toMatchObject({ supersedesVoteId: first.body.id, fields: ['vote', 'comment'] });
    expect(JSON.stringify(audit)).not.toMatch(/Ablation spares|reject/);
  });

  it('treats the same vote again as no change (no new row)', async () => {
    const { id } = await freshProposal(t, board);
    const first = await vote(t, board.radiologist, id, { vote: 'abstain', comment: 'Not my field' });
    const again = await vote(t, board.radiologist, id, { vote: 'abstain', comment: 'Not my field' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await rows(id)).toHaveLength(1);
  });

  it('needs a comment to reject (422 REJECT_NEEDS_COMMENT), and records nothing', async () => {
    const { id } = await freshProposal(t, board);
    for (const body of [{ vote: 'reject' }, { vote: 'reject', comment: '   ' }]) {
      const response = await vote(t, board.surgeon, id, body);
      expect(response.status).toBe(422);
      expect(response.body.error).toBe('REJECT_NEEDS_COMMENT');
    }
    expect(await rows(id)).toHaveLength(0);
  });

  it.each([
    ['an unknown vote', { vote: 'maybe' }, 'vote'],
    ['no vote', {}, 'vote'],
    ['a comment that is not text', { vote: 'approve', comment: 5 }, 'comment'],
    ['a comment over 2000 characters', { vote: 'reject', comment: 'x'.repeat(2001) }, 'comment'],
    ['an unknown field', { vote: 'approve', weight: 2 }, 'weight'],
  ])('refuses %s (400 naming the field)', async (_, body, field) => {
    const { id } = await freshProposal(t, board);
    const response = await vote(t, board.surgeon, id, body);
    expect(response.status).toBe(400);
    expect(invalidFields(response.body)).toEqual([field]);
  });

  it('is refused to a specialist not marked present, or marked absent (403 NOT_PRESENT)', async () => {
    const { id, meetingId } = await freshProposal(t, board);
    const never = await vote(t, board.pathologist, id, { vote: 'approve' });
    expect(never.status).toBe(403);
    expect(never.body.error).toBe('NOT_PRESENT');
    await markAttendance(t, board.coordinator, meetingId, [board.radiologist], false);
    const absent = await vote(t, board.radiologist, id, { vote: 'approve' });
    expect(absent.status).toBe(403);
    expect(absent.body.error).toBe('NOT_PRESENT');
    expect(await rows(id)).toHaveLength(0);
  });

  it('is refused to coordinators and admins (403 PERMISSION_DENIED) and without a token (401)', async () => {
    const { id } = await freshProposal(t, board);
    for (const actor of [board.coordinator, board.admin]) {
      const response = await vote(t, actor, id, { vote: 'approve' });
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('PERMISSION_DENIED');
    }
    expect((await t.request('PUT', `/api/proposals/${id}/vote`, { body: { vote: 'approve' } })).status).toBe(
      401,
    );
  });

  it('is refused before the meeting starts and after it closes (409 MEETING_NOT_IN_PROGRESS)', async () => {
    const planned = await boardMeeting(t, board, { start: false });
    const id = await proposalId(
      t,
      board.oncologist,
      planned.caseIds[0],
      chemoThenResection(planned.meetingId),
    );
    await markAttendance(t, board.coordinator, planned.meetingId, [board.surgeon]);
    const before = await vote(t, board.surgeon, id, { vote: 'approve' });
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ error: 'MEETING_NOT_IN_PROGRESS', details: { state: 'planned' } });

    const running = await freshProposal(t, board);
    await meetingAction(t, board.coordinator, running.meetingId, 'close');
    const after = await vote(t, board.surgeon, running.id, { vote: 'approve' });
    expect(after.status).toBe(409);
    // The case was deferred when the meeting closed without a plan.
    expect(after.body).toMatchObject({ error: 'MEETING_NOT_IN_PROGRESS', details: { state: 'closed' } });
  });

  it('is refused once the case is decided (409 CASE_DECIDED): votes can no longer change', async () => {
    const { id } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    expect((await adopt(t, board.surgeon, id)).status).toBe(201);
    const response = await vote(t, board.ir, id, { vote: 'reject', comment: 'Too late?' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'CASE_DECIDED', details: { state: 'decided' } });
    const change = await vote(t, board.surgeon, id, { vote: 'abstain' });
    expect(change.status).toBe(409);
    expect((await rows(id)).map((r: { vote: string }) => r.vote)).toEqual(['approve', 'approve']);
  });

  it('answers 404 for an unknown proposal and 400 for a bad id', async () => {
    expect((await vote(t, board.surgeon, MISSING, { vote: 'approve' })).status).toBe(404);
    expect((await vote(t, board.surgeon, 'nope', { vote: 'approve' })).status).toBe(400);
    expect(
      (await t.request('GET', `/api/proposals/${MISSING}/votes`, { token: board.surgeon.token })).status,
    ).toBe(404);
  });

  describe('in parallel', () => {
    it('ends two simultaneous identical votes of one specialist with one row', async () => {
      const { id } = await freshProposal(t, board);
      const results = await Promise.all([
        vote(t, board.surgeon, id, { vote: 'approve' }),
        vote(t, board.surgeon, id, { vote: 'approve' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(await rows(id)).toHaveLength(1);
    });

    it('ends simultaneous different votes of one specialist with exactly one current vote, the others superseded', async () => {
      const { id } = await freshProposal(t, board);
      const results = await Promise.all([
        vote(t, board.ir, id, { vote: 'approve' }),
        vote(t, board.ir, id, { vote: 'abstain' }),
        vote(t, board.ir, id, { vote: 'reject', comment: 'Prefer ablation' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const stored = await rows(id);
      expect(stored).toHaveLength(3);
      expect(stored.filter((r: { superseded_at: Date | null }) => r.superseded_at === null)).toHaveLength(1);
    });

    it('counts votes of different specialists cast at once', async () => {
      const { id } = await freshProposal(t, board);
      const members = [board.oncologist, board.surgeon, board.ir, board.radiologist];
      const results = await Promise.all(members.map((m) => vote(t, m, id, { vote: 'approve' })));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const proposal = await t.request('GET', `/api/proposals/${id}`, { token: board.surgeon.token });
      expect(proposal.body.tally).toEqual({ approvals: 4, rejections: 0, abstentions: 0 });
    });
  });

  describe('the database', () => {
    it('refuses to delete a vote or rewrite it; only a current vote may be marked superseded, once', async () => {
      const { id } = await freshProposal(t, board);
      const cast = await vote(t, board.surgeon, id, { vote: 'approve' });
      const voteId = cast.body.id;
      await expect(t.ownerQuery(`DELETE FROM vote WHERE id = $1`, [voteId])).rejects.toThrow(/never changed/);
      await expect(
        t.ownerQuery(`UPDATE vote SET vote = 'reject', comment = 'x' WHERE id = $1`, [voteId]),
      ).rejects.toThrow(/never changed/);
      await t.dataSource.query(`UPDATE vote SET superseded_at = clock_timestamp() WHERE id = $1`, [voteId]);
      await expect(
        t.dataSource.query(`UPDATE vote SET superseded_at = NULL WHERE id = $1`, [voteId]),
      ).rejects.toThrow(/never changed/);
    });

    it('holds one current vote per specialist per proposal (vote_current_key)', async () => {
      const { id } = await freshProposal(t, board);
      await vote(t, board.surgeon, id, { vote: 'approve' });
      await expect(
        t.dataSource.query(
          `INSERT INTO vote (proposal_id, specialist_id, user_id, vote) VALUES ($1, $2, $3, 'abstain')`,
          [id, board.surgeon.specialistId, board.surgeon.id],
        ),
      ).rejects.toThrow(/vote_current_key/);
    });
  });
});
