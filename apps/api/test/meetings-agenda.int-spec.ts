import { type Board, createBoard } from './support/board';
import { acceptedCase, createCase, createPatient, readyCaseBody } from './support/cases';
import { auditEntries, caseStatus, invalidFields } from './support/inspect';
import { addToAgenda, createMeeting, meetingAction } from './support/meetings';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('meeting agenda', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const meeting = (overrides: Record<string, unknown> = {}) =>
    createMeeting(t, board.coordinator, board.surgeon.specialistId, overrides);
  const add = (meetingId: string, body: object, token = board.coordinator.token) =>
    t.request('POST', `/api/meetings/${meetingId}/agenda`, { token, body });
  const remove = (meetingId: string, caseId: string, token = board.coordinator.token) =>
    t.request('DELETE', `/api/meetings/${meetingId}/agenda/${caseId}`, { token });
  const reorder = (meetingId: string, caseIds: unknown, token = board.coordinator.token) =>
    t.request('PUT', `/api/meetings/${meetingId}/agenda/order`, { token, body: { caseIds } });
  const agendaIds = (body: { agenda: { case: { id: string } }[] }) => body.agenda.map((i) => i.case.id);
  const activeRows = async (caseId: string) =>
    (await t.dataSource.query(`SELECT meeting_id FROM agenda_item WHERE case_id = $1 AND active`, [
      caseId,
    ])) as {
      meeting_id: string;
    }[];

  describe('POST /api/meetings/:id/agenda', () => {
    it('puts an accepted case at the end of the agenda: the case becomes scheduled, with event and audit entries', async () => {
      const m = await meeting();
      const [first, second] = [await acceptedCase(t, board), await acceptedCase(t, board)];
      await addToAgenda(t, board.coordinator, m.id, first);
      const response = await add(m.id, { caseId: second, plannedMinutes: 15 });
      expect(response.status).toBe(201);
      expect(
        response.body.agenda.map((i: { position: number; plannedMinutes: number | null }) => [
          i.position,
          i.plannedMinutes,
        ]),
      ).toEqual([
        [1, null],
        [2, 15],
      ]);
      expect(agendaIds(response.body)).toEqual([first, second]);
      expect(response.body.agenda[1].case.status).toBe('scheduled');
      expect(response.body.totals).toEqual({
        cases: 2,
        plannedMinutes: 25,
        overrunMinutes: 0,
        defaultMinutesPerCase: 10,
      });
      expect(response.body.warnings).toEqual([]);
      expect(await caseStatus(t, second)).toBe('scheduled');

      const events = (await t.request('GET', `/api/cases/${second}/events`, { token: board.surgeon.token }))
        .body.items;
      expect(events[events.length - 1]).toMatchObject({
        action: 'schedule',
        fromState: 'accepted',
        toState: 'scheduled',
      });
      const entry = (await auditEntries(t, m.id)).find(
        (e) => e.action === 'meeting.agenda.add' && e.details?.caseId === second,
      );
      expect(entry).toMatchObject({
        actor_id: board.coordinator.id,
        details: { caseId: second, position: 2, plannedMinutes: 15, previousState: 'accepted' },
      });
      expect((await auditEntries(t, second)).map((e) => e.action)).toContain('case.schedule');
    });

    it('warns, and still adds, when the planned minutes exceed the meeting', async () => {
      const m = await meeting({ durationMinutes: 30 });
      await addToAgenda(t, board.coordinator, m.id, await acceptedCase(t, board), { plannedMinutes: 25 });
      const response = await add(m.id, { caseId: await acceptedCase(t, board) });
      expect(response.status).toBe(201);
      expect(response.body.totals).toMatchObject({ plannedMinutes: 35, overrunMinutes: 5 });
      expect(response.body.warnings).toEqual([
        "the agenda needs 35 minutes (counting 10 minutes for each of 1 case without planned minutes), 5 more than the meeting's 30",
      ]);
    });

    it('refuses a case that is not accepted or deferred (409 ILLEGAL_TRANSITION) and changes nothing', async () => {
      const m = await meeting();
      const patient = await createPatient(t, board.oncologist);
      const draft = (await createCase(t, board.oncologist, readyCaseBody(patient.id))).id;
      const response = await add(m.id, { caseId: draft });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        error: 'ILLEGAL_TRANSITION',
        message: 'cannot schedule a case in state draft',
        details: { state: 'draft' },
      });
      expect(await caseStatus(t, draft)).toBe('draft');
      expect(await activeRows(draft)).toEqual([]);
    });

    it('refuses a case already on an open meeting (409 CASE_ALREADY_ON_AGENDA naming it)', async () => {
      const [a, b] = [await meeting(), await meeting()];
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, a.id, caseId);
      for (const target of [a, b]) {
        const response = await add(target.id, { caseId });
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({
          error: 'CASE_ALREADY_ON_AGENDA',
          details: { meetingId: a.id, title: a.title, startsAt: a.startsAt },
        });
        expect(response.body.message).toContain(`"${a.title}"`);
      }
      expect(await activeRows(caseId)).toEqual([{ meeting_id: a.id }]);
    });

    it('lets exactly one of two coordinators adding the same case to two meetings at once succeed', async () => {
      const other = await t.userWithToken('coordinator');
      for (let round = 0; round < 3; round++) {
        const [a, b] = [await meeting(), await meeting()];
        const caseId = await acceptedCase(t, board);
        const responses = await Promise.all([
          add(a.id, { caseId }, board.coordinator.token),
          add(b.id, { caseId }, other.token),
        ]);
        const statuses = responses.map((r) => r.status).sort();
        expect(statuses).toEqual([201, 409]);
        const refused = responses.find((r) => r.status === 409)!;
        expect(refused.body.error).toBe('CASE_ALREADY_ON_AGENDA');
        const winner = responses.find((r) => r.status === 201)!;
        expect(await activeRows(caseId)).toEqual([{ meeting_id: winner.body.id }]);
        expect(await caseStatus(t, caseId)).toBe('scheduled');
        const schedules = (
          await t.request('GET', `/api/cases/${caseId}/events`, { token: board.surgeon.token })
        ).body.items.filter((e: { action: string }) => e.action === 'schedule');
        expect(schedules).toHaveLength(1);
      }
    });

    it('is guaranteed by the database: a second active agenda row for a case is a unique violation', async () => {
      const [a, b] = [await meeting(), await meeting()];
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, a.id, caseId);
      await expect(
        t.dataSource.query(
          `INSERT INTO agenda_item (meeting_id, case_id, position, previous_state) VALUES ($1, $2, 1, 'accepted')`,
          [b.id, caseId],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'agenda_item_case_open_key' } });
    });

    it('validates the body (400) and answers 404 for an unknown meeting or case', async () => {
      const m = await meeting();
      expect(invalidFields((await add(m.id, { caseId: 'x', plannedMinutes: 0 })).body).sort()).toEqual([
        'caseId',
        'plannedMinutes',
      ]);
      expect(invalidFields((await add(m.id, { caseId: MISSING, plannedMinutes: 241 })).body)).toEqual([
        'plannedMinutes',
      ]);
      const unknownCase = await add(m.id, { caseId: MISSING });
      expect(unknownCase.status).toBe(404);
      expect(unknownCase.body.message).toBe(`case ${MISSING} not found`);
      expect((await add(MISSING, { caseId: await acceptedCase(t, board) })).status).toBe(404);
    });

    it('is for coordinators (403 for clinicians and admins, 401 without a token)', async () => {
      const m = await meeting();
      const caseId = await acceptedCase(t, board);
      for (const token of [board.oncologist.token, board.admin.token]) {
        expect((await add(m.id, { caseId }, token)).body.error).toBe('PERMISSION_DENIED');
      }
      expect((await t.request('POST', `/api/meetings/${m.id}/agenda`, { body: { caseId } })).status).toBe(
        401,
      );
    });

    it('refuses changes to the agenda once the meeting has started, closed or been cancelled (409)', async () => {
      const started = await meeting();
      const onIt = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, started.id, onIt);
      await meetingAction(t, board.coordinator, started.id, 'start');
      const caseId = await acceptedCase(t, board);
      for (const response of [
        await add(started.id, { caseId }),
        await remove(started.id, onIt),
        await reorder(started.id, [onIt]),
      ]) {
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({
          error: 'MEETING_NOT_EDITABLE',
          details: { state: 'in_progress' },
        });
      }
      await meetingAction(t, board.coordinator, started.id, 'close');
      expect((await add(started.id, { caseId })).body.details).toEqual({ state: 'closed' });
      expect(await caseStatus(t, caseId)).toBe('accepted');
    });
  });

  describe('PATCH /api/meetings/:id/agenda/:caseId', () => {
    const patch = (meetingId: string, caseId: string, body: object, token = board.coordinator.token) =>
      t.request('PATCH', `/api/meetings/${meetingId}/agenda/${caseId}`, { token, body });

    it("changes a case's planned minutes, back to the default with null, audited and counted in the totals", async () => {
      const m = await meeting({ durationMinutes: 20 });
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, m.id, caseId);

      const longer = await patch(m.id, caseId, { plannedMinutes: 30 });
      expect(longer.status).toBe(200);
      expect(longer.body.agenda[0].plannedMinutes).toBe(30);
      expect(longer.body.totals).toMatchObject({ plannedMinutes: 30, overrunMinutes: 10 });
      expect(longer.body.warnings.join(' ')).toMatch(/overrun|exceed|more/i);

      const reset = await patch(m.id, caseId, { plannedMinutes: null });
      expect(reset.status).toBe(200);
      expect(reset.body.agenda[0].plannedMinutes).toBeNull();
      expect(reset.body.totals).toMatchObject({ plannedMinutes: 10, overrunMinutes: 0 });

      const updates = (await auditEntries(t, m.id)).filter((e) => e.action === 'meeting.agenda.update');
      expect(updates.map((e) => e.details)).toEqual([
        { caseId, previousPlannedMinutes: null, plannedMinutes: 30 },
        { caseId, previousPlannedMinutes: 30, plannedMinutes: null },
      ]);
      // Setting what is already there changes and audits nothing.
      expect((await patch(m.id, caseId, { plannedMinutes: null })).status).toBe(200);
      expect((await auditEntries(t, m.id)).filter((e) => e.action === 'meeting.agenda.update')).toHaveLength(
        2,
      );
    });

    it.each([
      ['zero minutes', { plannedMinutes: 0 }, 'plannedMinutes'],
      ['over four hours', { plannedMinutes: 241 }, 'plannedMinutes'],
      ['a fraction', { plannedMinutes: 7.5 }, 'plannedMinutes'],
      ['text', { plannedMinutes: '10' }, 'plannedMinutes'],
      ['an unknown field', { plannedMinutes: 10, position: 1 }, 'position'],
    ])('refuses %s (400 naming the field)', async (_, body, field) => {
      const m = await meeting();
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, m.id, caseId);
      const response = await patch(m.id, caseId, body);
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual([field]);
    });

    it('answers 404 for a case not on the agenda, 409 once the meeting has started, 403 to a clinician', async () => {
      const m = await meeting();
      const caseId = await acceptedCase(t, board);
      expect((await patch(m.id, caseId, { plannedMinutes: 5 })).status).toBe(404);
      await addToAgenda(t, board.coordinator, m.id, caseId);
      expect((await patch(m.id, caseId, { plannedMinutes: 5 }, board.oncologist.token)).status).toBe(403);
      await meetingAction(t, board.coordinator, m.id, 'start');
      const started = await patch(m.id, caseId, { plannedMinutes: 5 });
      expect(started.status).toBe(409);
      expect(started.body.error).toBe('MEETING_NOT_EDITABLE');
    });
  });

  describe('DELETE /api/meetings/:id/agenda/:caseId', () => {
    it('takes an accepted case off the agenda: back to accepted, positions renumbered, audited', async () => {
      const m = await meeting();
      const ids = [await acceptedCase(t, board), await acceptedCase(t, board), await acceptedCase(t, board)];
      for (const id of ids) await addToAgenda(t, board.coordinator, m.id, id);
      const response = await remove(m.id, ids[0]);
      expect(response.status).toBe(200);
      expect(
        response.body.agenda.map((i: { position: number; case: { id: string } }) => [i.position, i.case.id]),
      ).toEqual([
        [1, ids[1]],
        [2, ids[2]],
      ]);
      expect(await caseStatus(t, ids[0])).toBe('accepted');
      expect(await activeRows(ids[0])).toEqual([]);
      const entry = (await auditEntries(t, m.id)).find((e) => e.action === 'meeting.agenda.remove');
      expect(entry?.details).toEqual({
        caseId: ids[0],
        position: 1,
        plannedMinutes: null,
        caseState: { from: 'scheduled', to: 'accepted' },
      });
      // It can be put on an agenda again.
      expect((await add(m.id, { caseId: ids[0] })).status).toBe(201);
    });

    it('returns a case deferred by an earlier meeting to deferred', async () => {
      const earlier = await meeting();
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, earlier.id, caseId);
      await meetingAction(t, board.coordinator, earlier.id, 'start');
      await meetingAction(t, board.coordinator, earlier.id, 'close');
      expect(await caseStatus(t, caseId)).toBe('deferred');

      const later = await meeting();
      const added = await add(later.id, { caseId });
      expect(added.status).toBe(201);
      expect(added.body.agenda[0]).toMatchObject({
        previousState: 'deferred',
        case: { status: 'scheduled' },
      });
      expect((await remove(later.id, caseId)).status).toBe(200);
      expect(await caseStatus(t, caseId)).toBe('deferred');
    });

    it('lets a withdrawn case leave the agenda without a transition', async () => {
      const m = await meeting();
      const caseId = await acceptedCase(t, board);
      await addToAgenda(t, board.coordinator, m.id, caseId);
      const withdraw = await t.request('POST', `/api/cases/${caseId}/withdraw`, {
        token: board.oncologist.token,
        body: { reason: 'patient declined further treatment' },
      });
      expect(withdraw.status).toBe(200);
      const response = await remove(m.id, caseId);
      expect(response.status).toBe(200);
      expect(response.body.agenda).toEqual([]);
      expect(await caseStatus(t, caseId)).toBe('withdrawn');
    });

    it('answers 404 for a case not on the agenda or an unknown meeting, 403 to clinicians', async () => {
      const m = await meeting();
      const caseId = await acceptedCase(t, board);
      const response = await remove(m.id, caseId);
      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`case ${caseId} is not on the agenda of meeting ${m.id}`);
      expect((await remove(MISSING, caseId)).status).toBe(404);
      expect((await remove(m.id, 'nope')).status).toBe(400);
      await addToAgenda(t, board.coordinator, m.id, caseId);
      expect((await remove(m.id, caseId, board.oncologist.token)).status).toBe(403);
    });
  });

  describe('PUT /api/meetings/:id/agenda/order', () => {
    it('reorders the agenda and audits the old and new order', async () => {
      const m = await meeting();
      const ids = [await acceptedCase(t, board), await acceptedCase(t, board), await acceptedCase(t, board)];
      for (const id of ids) await addToAgenda(t, board.coordinator, m.id, id);
      const order = [ids[2], ids[0], ids[1]];
      const response = await reorder(m.id, order);
      expect(response.status).toBe(200);
      expect(agendaIds(response.body)).toEqual(order);
      expect(response.body.agenda.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
      const entry = (await auditEntries(t, m.id)).find((e) => e.action === 'meeting.agenda.reorder');
      expect(entry?.details).toEqual({ previousCaseIds: ids, caseIds: order });
      // The same order again changes nothing and records nothing.
      await reorder(m.id, order);
      expect((await auditEntries(t, m.id)).filter((e) => e.action === 'meeting.agenda.reorder')).toHaveLength(
        1,
      );
    });

    it('refuses anything but a permutation of the agenda (422 INVALID_AGENDA_ORDER with details)', async () => {
      const m = await meeting();
      const ids = [await acceptedCase(t, board), await acceptedCase(t, board)];
      for (const id of ids) await addToAgenda(t, board.coordinator, m.id, id);
      const missing = await reorder(m.id, [ids[1]]);
      expect(missing.status).toBe(422);
      expect(missing.body).toMatchObject({
        error: 'INVALID_AGENDA_ORDER',
        details: { missing: [ids[0]], extra: [], duplicated: [] },
      });
      const extra = await reorder(m.id, [ids[1], ids[0], MISSING]);
      expect(extra.body.details).toEqual({ missing: [], extra: [MISSING], duplicated: [] });
      const duplicated = await reorder(m.id, [ids[1], ids[1], ids[0]]);
      expect(duplicated.status).toBe(422);
      expect(duplicated.body.details.duplicated).toEqual([ids[1]]);
      expect(
        agendaIds((await t.request('GET', `/api/meetings/${m.id}`, { token: board.surgeon.token })).body),
      ).toEqual(ids);
    });

    it('validates the body (400) and answers 404 for an unknown meeting', async () => {
      const m = await meeting();
      expect(invalidFields((await reorder(m.id, 'all')).body)).toEqual(['caseIds']);
      expect(invalidFields((await reorder(m.id, ['x'])).body)).toEqual(['caseIds']);
      expect((await reorder(MISSING, [])).status).toBe(404);
      expect((await reorder(m.id, [])).status).toBe(200);
    });
  });
});
