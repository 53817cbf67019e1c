import { createCase, createPatient, isoDaysAgo, readyCaseBody } from './support/cases';
import { auditEntries } from './support/inspect';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('case workflow', () => {
  let t: TestApp;
  let oncologist: { id: string; token: string };
  let surgeon: { id: string; token: string };
  let coordinator: { id: string; token: string };
  let admin: { id: string; token: string };
  let patientId: string;

  beforeAll(async () => {
    t = await TestApp.create();
    oncologist = await t.userWithToken('clinician', 'medical_oncology');
    surgeon = await t.userWithToken('clinician', 'surgery');
    coordinator = await t.userWithToken('coordinator');
    admin = await t.userWithToken('admin');
    patientId = (await createPatient(t, oncologist)).id;
  });
  afterAll(() => t.close());

  const act = (id: string, action: string, token: string, body?: object) =>
    t.request('POST', `/api/cases/${id}/${action}`, { token, body });
  const readyCase = async (overrides: Record<string, unknown> = {}) =>
    (await createCase(t, oncologist, readyCaseBody(patientId, overrides))).id as string;
  const events = async (id: string) =>
    (await t.request('GET', `/api/cases/${id}/events`, { token: surgeon.token })).body;

  describe('submit', () => {
    it('moves a ready draft to submitted, with an event and an audit entry of the same request', async () => {
      const id = await readyCase();
      const response = await t.request('POST', `/api/cases/${id}/submit`, {
        token: oncologist.token,
        headers: { 'x-request-id': 'submit-trace-1' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, status: 'submitted' });
      const history = await events(id);
      expect(history.items.map((e: { action: string }) => e.action)).toEqual(['created', 'submit']);
      expect(history.items[1]).toMatchObject({ fromState: 'draft', toState: 'submitted', reason: null });
      const submit = (await auditEntries(t, id)).find((e) => e.action === 'case.submit');
      expect(submit).toMatchObject({
        actor_id: oncologist.id,
        request_id: 'submit-trace-1',
        details: { from: 'draft', to: 'submitted', fields: [] },
      });
    });

    it('refuses a draft that is not ready (422 CASE_NOT_READY listing what is missing), and changes nothing', async () => {
      const id = (
        await createCase(t, oncologist, {
          patientId,
          primarySite: 'rectum',
          histology: 'adenocarcinoma',
          lesions: [{ segment: 4, diameterMm: 30 }],
          ras: 'pending',
          brafV600e: 'pending',
          msi: 'pending',
          bilirubinMgDl: 0.5,
          latestImagingDate: isoDaysAgo(100),
        })
      ).id;
      const response = await act(id, 'submit', oncologist.token);
      expect(response.status).toBe(422);
      expect(response.body.error).toBe('CASE_NOT_READY');
      expect(response.body.details.map((i: { item: string }) => i.item)).toEqual([
        'ecog',
        'liver_function',
        'imaging',
        'question',
      ]);
      expect(response.body.details.every((i: { ok: boolean }) => !i.ok)).toBe(true);
      expect(response.body.message).toMatch(/ecog.*liver_function.*imaging.*question/);
      const current = await t.request('GET', `/api/cases/${id}`, { token: oncologist.token });
      expect(current.body.status).toBe('draft');
      expect((await events(id)).items).toHaveLength(1);
    });

    it('refuses a second submit (409 ILLEGAL_TRANSITION naming the current state)', async () => {
      const id = await readyCase();
      expect((await act(id, 'submit', oncologist.token)).status).toBe(200);
      const again = await act(id, 'submit', surgeon.token);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        error: 'ILLEGAL_TRANSITION',
        message: 'cannot submit a case in state submitted',
        details: { state: 'submitted' },
      });
    });

    it('lets only one of two simultaneous submits through (the case row is locked)', async () => {
      const id = await readyCase();
      const results = await Promise.all([
        act(id, 'submit', oncologist.token),
        act(id, 'submit', surgeon.token),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await events(id)).items.map((e: { action: string }) => e.action)).toEqual([
        'created',
        'submit',
      ]);
    });

    it('is refused to a coordinator and an admin (403)', async () => {
      const id = await readyCase();
      for (const token of [coordinator.token, admin.token]) {
        const response = await act(id, 'submit', token);
        expect(response.status).toBe(403);
        expect(response.body.error).toBe('PERMISSION_DENIED');
      }
    });
  });

  describe('accept and return', () => {
    it('lets the coordinator accept a submitted case', async () => {
      const id = await readyCase();
      await act(id, 'submit', oncologist.token);
      const response = await act(id, 'accept', coordinator.token);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('accepted');
      const last = (await events(id)).items.at(-1);
      expect(last).toMatchObject({
        action: 'accept',
        fromState: 'submitted',
        toState: 'accepted',
        actor: { id: coordinator.id, role: 'coordinator', displayName: 'Test coordinator' },
      });
    });

    it('lets the coordinator return a submitted case to draft with a reason, kept in the history (not the audit log)', async () => {
      const id = await readyCase();
      await act(id, 'submit', oncologist.token);
      const response = await act(id, 'return', coordinator.token, {
        reason: '  Please add the MSI status.  ',
      });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('draft');
      expect((await events(id)).items.at(-1)).toMatchObject({
        action: 'return',
        fromState: 'submitted',
        toState: 'draft',
        reason: 'Please add the MSI status.',
      });
      const audit = (await auditEntries(t, id)).find((e) => e.action === 'case.return');
      expect(audit!.details).toEqual({ from: 'submitted', to: 'draft', fields: ['reason'] });
      // A returned case can be submitted again.
      expect((await act(id, 'submit', oncologist.token)).status).toBe(200);
    });

    it('needs a reason to return (400)', async () => {
      const id = await readyCase();
      await act(id, 'submit', oncologist.token);
      for (const body of [{}, { reason: '   ' }, { reason: 42 }, { reason: 'x'.repeat(2001) }]) {
        const response = await act(id, 'return', coordinator.token, body);
        expect(response.status).toBe(400);
        expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
      }
    });

    it('refuses to accept or return a draft (409 naming the state)', async () => {
      const id = await readyCase();
      const accept = await act(id, 'accept', coordinator.token);
      expect(accept.status).toBe(409);
      expect(accept.body.message).toBe('cannot accept a case in state draft');
      const back = await act(id, 'return', coordinator.token, { reason: 'no' });
      expect(back.status).toBe(409);
      expect(back.body.details).toEqual({ state: 'draft' });
    });

    it('is refused to clinicians and admins (403)', async () => {
      const id = await readyCase();
      await act(id, 'submit', oncologist.token);
      for (const token of [oncologist.token, admin.token]) {
        expect((await act(id, 'accept', token)).status).toBe(403);
        expect((await act(id, 'return', token, { reason: 'r' })).status).toBe(403);
      }
    });
  });

  describe('withdraw', () => {
    it.each([
      ['draft', []],
      ['submitted', ['submit']],
      ['accepted', ['submit', 'accept']],
    ])('withdraws a case in state %s with a reason; nothing moves it afterwards', async (state, steps) => {
      const id = await readyCase();
      for (const step of steps) await act(id, step, step === 'accept' ? coordinator.token : oncologist.token);
      const response = await act(id, 'withdraw', oncologist.token, {
        reason: 'Patient declined further treatment',
      });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('withdrawn');
      expect((await events(id)).items.at(-1)).toMatchObject({
        action: 'withdraw',
        fromState: state,
        toState: 'withdrawn',
        reason: 'Patient declined further treatment',
      });
      const again = await act(id, 'withdraw', oncologist.token, { reason: 'again' });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('cannot withdraw a case in state withdrawn');
      expect((await act(id, 'submit', oncologist.token)).status).toBe(409);
    });

    it('needs a reason (400) and is refused to a coordinator (403)', async () => {
      const id = await readyCase();
      expect((await act(id, 'withdraw', oncologist.token, {})).status).toBe(400);
      expect((await act(id, 'withdraw', coordinator.token, { reason: 'x' })).status).toBe(403);
    });
  });

  it('answers 404 for every action on an unknown case, and 400 for a non-UUID id', async () => {
    for (const [action, token, body] of [
      ['submit', oncologist.token, undefined],
      ['accept', coordinator.token, undefined],
      ['return', coordinator.token, { reason: 'r' }],
      ['withdraw', oncologist.token, { reason: 'r' }],
    ] as const) {
      expect((await act(MISSING, action, token, body)).status).toBe(404);
      expect((await act('nope', action, token, body)).status).toBe(400);
    }
  });

  it('answers 401 to every action without a token', async () => {
    for (const action of ['submit', 'accept', 'return', 'withdraw']) {
      expect(
        (await t.request('POST', `/api/cases/${MISSING}/${action}`, { body: { reason: 'r' } })).status,
      ).toBe(401);
    }
  });

  describe('GET /api/cases/:id/events', () => {
    it('is the whole history in order, with actor and time, readable by clinicians and coordinators', async () => {
      const started = Date.now();
      const id = await readyCase();
      await act(id, 'submit', oncologist.token);
      await act(id, 'return', coordinator.token, { reason: 'Add the volumetry' });
      await act(id, 'submit', oncologist.token);
      await act(id, 'accept', coordinator.token);
      const response = await t.request('GET', `/api/cases/${id}/events`, { token: coordinator.token });
      expect(response.status).toBe(200);
      expect(response.body.nextCursor).toBeNull();
      expect(
        response.body.items.map(
          (e: { action: string; fromState: string | null; toState: string; actor: { id: string } }) => [
            e.action,
            e.fromState,
            e.toState,
            e.actor.id,
          ],
        ),
      ).toEqual([
        ['created', null, 'draft', oncologist.id],
        ['submit', 'draft', 'submitted', oncologist.id],
        ['return', 'submitted', 'draft', coordinator.id],
        ['submit', 'draft', 'submitted', oncologist.id],
        ['accept', 'submitted', 'accepted', coordinator.id],
      ]);
      const times = response.body.items.map((e: { occurredAt: string }) => Date.parse(e.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(started - 1000);
      expect(times.at(-1)).toBeLessThanOrEqual(Date.now() + 1000);

      const page1 = await t.request('GET', `/api/cases/${id}/events?limit=2`, { token: oncologist.token });
      expect(page1.body.items.map((e: { action: string }) => e.action)).toEqual(['created', 'submit']);
      const page2 = await t.request(
        'GET',
        `/api/cases/${id}/events?limit=2&cursor=${page1.body.nextCursor}`,
        {
          token: oncologist.token,
        },
      );
      expect(page2.body.items.map((e: { action: string }) => e.action)).toEqual(['return', 'submit']);

      const reads = (await auditEntries(t, id)).filter((e) => e.action === 'board_case.read');
      expect(reads.length).toBeGreaterThanOrEqual(3);
    });

    it('is append-only: the database refuses to change or delete an event', async () => {
      const id = await readyCase();
      await expect(
        t.ownerQuery(`UPDATE case_event SET reason = 'x' WHERE case_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.ownerQuery(`DELETE FROM case_event WHERE case_id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(t.ownerQuery(`TRUNCATE case_event CASCADE`)).rejects.toThrow(/append-only/);
    });

    it('answers 404, 400 for a bad cursor, 401 and 403 to an admin', async () => {
      expect((await t.request('GET', `/api/cases/${MISSING}/events`, { token: surgeon.token })).status).toBe(
        404,
      );
      const id = await readyCase();
      expect(
        (await t.request('GET', `/api/cases/${id}/events?cursor=xyz`, { token: surgeon.token })).status,
      ).toBe(400);
      expect((await t.request('GET', `/api/cases/${id}/events`)).status).toBe(401);
      expect((await t.request('GET', `/api/cases/${id}/events`, { token: admin.token })).status).toBe(403);
    });
  });
});
