import { type Board, createBoard } from './support/board';
import { EventStreamClient } from './support/event-stream';
import { auditEntries } from './support/inspect';
import { boardMeeting, meetingAction } from './support/meetings';
import { adopt, chemoThenResection, proposalId, vote } from './support/plans';
import { requireStatus } from './support/requests';
import { TestApp } from './support/test-app';

// The live board across instances (docs/adr/0014): two API instances on one database, a device
// subscribed to each; a change committed through one reaches the other's subscriber.
describe('live meeting events', () => {
  let a: TestApp;
  let b: TestApp;
  let board: Board;
  let urlA: string;
  let urlB: string;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    a = await TestApp.create();
    b = await a.secondInstance();
    board = await createBoard(a);
    await a.app.listen(0, '127.0.0.1');
    await b.app.listen(0, '127.0.0.1');
    urlA = await a.app.getUrl();
    urlB = await b.app.getUrl();
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const ticket = async (t: TestApp, meetingId: string, token: string) => {
    const response = await t.request('POST', `/api/meetings/${meetingId}/stream-ticket`, { token });
    requireStatus('stream ticket', response, 201);
    return response.body as { ticket: string; url: string; expiresAt: string };
  };
  const subscribe = async (base: string, path: string, headers: Record<string, string> = {}) => {
    const stream = await EventStreamClient.open(`${base}${path}`, headers);
    streams.push(stream);
    return stream;
  };

  it('delivers a vote committed through one instance to a subscriber of the other', async () => {
    const { meetingId, caseIds } = await boardMeeting(a, board);
    const onB = await subscribe(urlB, (await ticket(b, meetingId, board.ir.token)).url);
    expect(onB.status).toBe(200);
    expect(onB.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const onA = await subscribe(urlA, (await ticket(a, meetingId, board.surgeon.token)).url);

    const id = await proposalId(a, board.oncologist, caseIds[0], chemoThenResection(meetingId));
    requireStatus('vote', await vote(a, board.surgeon, id, { vote: 'approve' }), 200);
    // (How fast is the fan-out benchmark's to say, not a test's.)
    const seen = await onB.waitFor((e) => e.event === 'vote_cast');
    // Ids and kinds only: the device refetches what changed through the normal API.
    expect(seen.data).toEqual({
      id: seen.id,
      meetingId,
      kind: 'vote_cast',
      caseId: caseIds[0],
      proposalId: id,
      occurredAt: expect.any(String),
    });
    expect(JSON.stringify(onB.events)).not.toMatch(/approve|FOLFOX|resection/i);
    // The proposal came first, on both instances' streams, in the order of the commits.
    for (const stream of [onA, onB]) {
      await stream.waitFor((e) => e.event === 'vote_cast');
      expect(stream.events.map((e) => e.event)).toEqual(['proposal_added', 'vote_cast']);
    }
  });

  it('tells every device which case the board moves to, and times each case', async () => {
    const { meetingId, caseIds } = await boardMeeting(a, board, { cases: [{}, {}] });
    const device = await subscribe(urlB, (await ticket(b, meetingId, board.oncologist.token)).url);
    const move = (t: TestApp, token: string, caseId: string | null) =>
      t.request('PUT', `/api/meetings/${meetingId}/current-case`, { token, body: { caseId } });

    // The chair moves the board (through instance B), then the coordinator (through A).
    const first = await move(b, board.surgeon.token, caseIds[0]);
    requireStatus('move', first, 200);
    expect(first.body).toMatchObject({ currentCaseId: caseIds[0], currentCaseSince: expect.any(String) });
    await device.waitFor((e) => e.event === 'current_case_changed' && e.data.caseId === caseIds[0]);
    requireStatus('move', await move(a, board.coordinator.token, caseIds[1]), 200);
    await device.waitFor((e) => e.event === 'current_case_changed' && e.data.caseId === caseIds[1]);

    // Nobody else moves it, only cases of its agenda, and only while it is in progress.
    const other = await move(a, board.oncologist.token, caseIds[0]);
    expect(other.status).toBe(403);
    expect(other.body.error).toBe('NOT_CHAIR_OR_COORDINATOR');
    expect((await move(a, board.admin.token, caseIds[0])).status).toBe(403);
    expect((await move(a, board.coordinator.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await move(a, board.coordinator.token, 'case one' as unknown as string);
    expect(bad.status).toBe(400);

    const times = await a.dataSource.query(
      `SELECT case_id, ended_at IS NOT NULL AS ended FROM meeting_case_time WHERE meeting_id = $1 ORDER BY started_at`,
      [meetingId],
    );
    expect(times).toEqual([
      { case_id: caseIds[0], ended: true },
      { case_id: caseIds[1], ended: false },
    ]);
    const audited = (await auditEntries(a, meetingId)).filter((e) => e.action === 'meeting.current_case');
    expect(audited.map((e) => e.details)).toEqual([
      { caseId: caseIds[0], previousCaseId: null },
      { caseId: caseIds[1], previousCaseId: caseIds[0] },
    ]);

    // Closing ends the case's time and the stream, after saying so.
    await meetingAction(a, board.coordinator, meetingId, 'close');
    await device.waitFor((e) => e.event === 'meeting_closed');
    await device.waitForEnd();
    const [open] = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_case_time WHERE meeting_id = $1 AND ended_at IS NULL`,
      [meetingId],
    );
    expect(open.n).toBe(0);
    const closed = await move(a, board.coordinator.token, caseIds[0]);
    expect(closed.status).toBe(409);
    expect(closed.body.error).toBe('MEETING_NOT_IN_PROGRESS');
  });

  it("defers a case during the meeting with the board's reason, and tells every device", async () => {
    const { meetingId, caseIds } = await boardMeeting(a, board, { cases: [{}, {}] });
    const device = await subscribe(urlB, (await ticket(b, meetingId, board.ir.token)).url);
    const defer = (token: string, caseId: string, body: object) =>
      a.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/defer`, { token, body });
    requireStatus(
      'open',
      await a.request('PUT', `/api/meetings/${meetingId}/current-case`, {
        token: board.surgeon.token,
        body: { caseId: caseIds[0] },
      }),
      200,
    );

    expect((await defer(board.surgeon.token, caseIds[0], {})).status).toBe(400);
    expect((await defer(board.oncologist.token, caseIds[0], { reason: 'x' })).status).toBe(403);
    const deferred = await defer(board.surgeon.token, caseIds[0], {
      reason: 'Await the PET-CT of the lung nodule',
    });
    requireStatus('defer', deferred, 200);
    // Off this board's open agenda, back in the coordinator's queue; the board is between cases.
    expect(deferred.body.currentCaseId).toBeNull();
    const item = deferred.body.agenda.find((i: { case: { id: string } }) => i.case.id === caseIds[0]);
    expect(item).toMatchObject({ active: false, case: { status: 'deferred' } });
    await device.waitFor((e) => e.event === 'case_deferred' && e.data.caseId === caseIds[0]);
    const events = await a.request('GET', `/api/cases/${caseIds[0]}/events`, {
      token: board.coordinator.token,
    });
    expect(events.body.items.at(-1)).toMatchObject({
      action: 'defer',
      fromState: 'scheduled',
      toState: 'deferred',
      reason: 'Await the PET-CT of the lung nodule',
    });
    // Once: it is no longer on the agenda.
    expect((await defer(board.coordinator.token, caseIds[0], { reason: 'again' })).status).toBe(404);

    // A decided case is not deferred (the state machine says why).
    const id = await proposalId(a, board.oncologist, caseIds[1], chemoThenResection(meetingId));
    for (const voter of [board.surgeon, board.ir])
      requireStatus('vote', await vote(a, voter, id, { vote: 'approve' }), 200);
    requireStatus('adopt', await adopt(a, board.surgeon, id), 201);
    const decided = await defer(board.coordinator.token, caseIds[1], { reason: 'too late' });
    expect(decided.status).toBe(409);
    expect(decided.body.error).toBe('ILLEGAL_TRANSITION');
  });

  it('replays what a device missed while it was away, from Last-Event-ID, on either instance', async () => {
    const { meetingId, caseIds } = await boardMeeting(a, board);
    const { url } = await ticket(a, meetingId, board.radiologist.token);
    const first = await subscribe(urlA, url);
    const id = await proposalId(a, board.oncologist, caseIds[0], chemoThenResection(meetingId));
    const added = await first.waitFor((e) => e.event === 'proposal_added');
    first.close();

    // While it is away: two votes and a note.
    requireStatus('vote', await vote(a, board.surgeon, id, { vote: 'approve' }), 200);
    requireStatus('vote', await vote(b, board.ir, id, { vote: 'reject', comment: 'Ablation first' }), 200);
    requireStatus(
      'note',
      await a.request('POST', `/api/meetings/${meetingId}/cases/${caseIds[0]}/notes`, {
        token: board.coordinator.token,
        body: { body: 'Discussed the FLR.' },
      }),
      201,
    );

    // An EventSource reconnecting sends Last-Event-ID; a new one passes lastEventId.
    const again = await subscribe(urlB, url, { 'last-event-id': added.id as string });
    await again.waitFor((e) => e.event === 'note_added');
    const kinds = again.events
      .filter((e) => BigInt(e.id as string) > BigInt(added.id as string))
      .map((e) => e.event);
    expect(kinds).toEqual(['vote_cast', 'vote_cast', 'note_added']);
    const fresh = await ticket(b, meetingId, board.radiologist.token);
    const viaQuery = await subscribe(urlB, `${fresh.url}&lastEventId=${added.id}`);
    await viaQuery.waitFor((e) => e.event === 'note_added');

    // And then live again: the adoption.
    requireStatus('vote', await vote(a, board.ir, id, { vote: 'approve' }), 200);
    requireStatus('adopt', await adopt(a, board.surgeon, id), 201);
    await again.waitFor((e) => e.event === 'plan_adopted');
  });

  it('refuses a subscriber without access, a forged or foreign ticket, and a bad Last-Event-ID', async () => {
    const { meetingId } = await boardMeeting(a, board, { start: false });
    const other = await boardMeeting(a, board, { start: false });
    // Admins read no clinical data: no ticket.
    const admin = await a.request('POST', `/api/meetings/${meetingId}/stream-ticket`, {
      token: board.admin.token,
    });
    expect(admin.status).toBe(403);
    expect((await a.request('POST', `/api/meetings/${meetingId}/stream-ticket`)).status).toBe(401);

    const { ticket: good } = await ticket(a, meetingId, board.oncologist.token);
    const refused = async (path: string, headers: Record<string, string> = {}) => {
      const stream = await subscribe(urlA, path, headers);
      return { status: stream.status, body: JSON.parse(stream.body || '{}') };
    };
    expect(await refused(`/api/meetings/${meetingId}/events`)).toMatchObject({ status: 400 });
    expect(
      await refused(`/api/meetings/${other.meetingId}/events?ticket=${encodeURIComponent(good)}`),
    ).toMatchObject({ status: 401, body: { error: 'STREAM_TICKET_INVALID' } });
    expect(
      await refused(`/api/meetings/${meetingId}/events?ticket=${encodeURIComponent(`${good}x`)}`),
    ).toMatchObject({
      status: 401,
    });
    expect(
      await refused(`/api/meetings/${meetingId}/events?ticket=${encodeURIComponent(good)}`, {
        'last-event-id': 'x',
      }),
    ).toMatchObject({ status: 400 });

    // A deactivated account's ticket no longer opens anything.
    const leaving = await a.userWithToken('clinician', 'surgery');
    const { ticket: theirs } = await ticket(a, meetingId, leaving.token);
    requireStatus(
      'deactivate',
      await a.request('PATCH', `/api/users/${leaving.id}`, {
        token: board.admin.token,
        body: { active: false },
      }),
      200,
    );
    expect(
      await refused(`/api/meetings/${meetingId}/events?ticket=${encodeURIComponent(theirs)}`),
    ).toMatchObject({
      status: 401,
    });
  });

  it('ends the stream of a meeting that has already closed', async () => {
    const { meetingId } = await boardMeeting(a, board);
    await meetingAction(a, board.coordinator, meetingId, 'close');
    const stream = await subscribe(urlA, (await ticket(a, meetingId, board.oncologist.token)).url);
    expect(stream.status).toBe(200);
    await stream.waitForEnd();
  });

  it('keeps one listening connection per instance, whatever the number of subscribers', async () => {
    const { meetingId } = await boardMeeting(a, board);
    const { url } = await ticket(a, meetingId, board.oncologist.token);
    for (let i = 0; i < 5; i++) await subscribe(urlA, url);
    const rows = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'consilium-events'`,
    );
    expect(rows[0].n).toBe(2);
  });
});
