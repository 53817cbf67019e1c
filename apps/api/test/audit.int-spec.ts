import { ModulesContainer, Reflector } from '@nestjs/core';

import { AuditService } from '../src/audit/audit.service';
import { attemptTargetOf } from '../src/audit/failed-attempts';
import { type Board, createBoard } from './support/board';
import { acceptedCase, createCase, createPatient, readyCaseBody, uniqueMrn } from './support/cases';
import { recordStatements } from './support/inspect';
import { addToAgenda, createMeeting, markAttendance, meetingAction } from './support/meetings';
import {
  adopt,
  approveBy,
  chemoThenResection,
  followUp,
  freshProposal,
  proposalId,
  vote,
} from './support/plans';
import { TestApp, type TestResponse } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('audit log', () => {
  let t: TestApp;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
  });
  afterAll(() => t.close());

  it('records a change with actor, action, entity, request id and outcome', async () => {
    const response = await t.request('POST', '/api/users', {
      token: admin.token,
      headers: { 'x-request-id': 'trace-abc-123' },
      body: {
        email: 'audited@h.example',
        displayName: 'Audited',
        role: 'coordinator',
        password: 'a long enough password',
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    const page = await t.request('GET', `/api/audit?entityId=${response.body.id}`, { token: admin.token });
    expect(page.body.items).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorRole: 'admin',
        action: 'user.create',
        entityType: 'user',
        entityId: response.body.id,
        requestId: 'trace-abc-123',
        outcome: 'success',
      }),
    ]);
    // The password never reaches the audit log.
    expect(JSON.stringify(page.body.items)).not.toContain('a long enough password');
  });

  it('writes nothing when the change fails (same transaction)', async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create'`,
    );
    const dup = await t.request('POST', '/api/users', {
      token: admin.token,
      body: {
        email: 'audited@h.example',
        displayName: 'Again',
        role: 'coordinator',
        password: 'a long enough password',
      },
    });
    expect(dup.status).toBe(409);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create'`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('filters by actor, entity type, action and time, newest first, across pages', async () => {
    const other = await t.userWithToken('admin');
    const start = new Date().toISOString();
    for (let i = 0; i < 3; i++) {
      await t.request('POST', '/api/users', {
        token: other.token,
        body: {
          email: `filter${i}@h.example`,
          displayName: `F${i}`,
          role: 'coordinator',
          password: 'a long enough password',
        },
      });
    }
    const first = await t.request(
      'GET',
      `/api/audit?actorId=${other.id}&action=user.create&from=${start}&limit=2`,
      {
        token: admin.token,
      },
    );
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await t.request(
      'GET',
      `/api/audit?actorId=${other.id}&action=user.create&from=${start}&limit=2&cursor=${first.body.nextCursor}`,
      { token: admin.token },
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const times = [...first.body.items, ...second.body.items].map(
      (i: { occurredAt: string }) => i.occurredAt,
    );
    expect([...times].sort().reverse()).toEqual(times);
    const emails = [...first.body.items, ...second.body.items].map(
      (i: { details: { after: { email: string } } }) => i.details.after.email,
    );
    expect(emails).toEqual(['filter2@h.example', 'filter1@h.example', 'filter0@h.example']);

    const future = await t.request('GET', `/api/audit?from=2999-01-01T00:00:00Z`, { token: admin.token });
    expect(future.body.items).toEqual([]);
    const bad = await t.request('GET', `/api/audit?from=yesterday&actorId=me`, { token: admin.token });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['actorId', 'from']);
  });

  it('is append-only in the database itself', async () => {
    // The app's runtime role may only insert and read; the trigger holds even for the schema owner.
    for (const sql of [
      `UPDATE audit_log SET action = 'tampered'`,
      `DELETE FROM audit_log`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/permission denied/);
      await expect(t.ownerQuery(sql)).rejects.toThrow(/append-only/);
    }
  });

  it('is readable by admins only', async () => {
    for (const role of ['coordinator', 'clinician'] as const) {
      const user = await t.userWithToken(role);
      const response = await t.request('GET', '/api/audit', { token: user.token });
      expect(response.status).toBe(403);
    }
  });
  describe('clinical data', () => {
    let board: Board;

    beforeAll(async () => {
      board = await createBoard(t);
    });

    /** Every entry an admin can page through with GET /api/audit. */
    const everythingAnAdminReads = async () => {
      const items: { action: string; entityType: string; details: unknown }[] = [];
      let cursor: string | null = null;
      do {
        const page: TestResponse = await t.request(
          'GET',
          `/api/audit?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
          {
            token: admin.token,
          },
        );
        expect(page.status).toBe(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };

    it('never shows an admin a clinical value, reason, note or comment, from draft to follow-up', async () => {
      // Every clinical value and free text below contains "sentinel"; none may reach the audit log.
      const expectStatus = (what: string, response: { status: number; body: unknown }, status = 200) =>
        expect({ what, status: response.status, body: response.body }).toMatchObject({ what, status });
      const onc = board.oncologist.token;
      const coordinator = board.coordinator.token;

      const patient = await createPatient(t, board.oncologist, {
        fullName: 'Sentinel Patient',
        mrn: uniqueMrn('SENTINEL'),
      });
      expectStatus(
        'correct the patient',
        await t.request('PATCH', `/api/patients/${patient.id}`, {
          token: onc,
          body: { fullName: 'Sentinel Patient-Renamed' },
        }),
      );
      const caseId = (
        await createCase(
          t,
          board.oncologist,
          readyCaseBody(patient.id, {
            ras: 'mutant',
            histology: 'adenocarcinoma (sentinel histology)',
            questionForBoard: 'Sentinel question: resect or ablate?',
            priorTreatments: [
              {
                modality: 'systemic_chemotherapy',
                regimen: 'SENTINEL-REGIMEN',
                months: 6,
                bestResponse: 'PR',
              },
            ],
          }),
        )
      ).id as string;
      expectStatus(
        'update',
        await t.request('PATCH', `/api/cases/${caseId}`, {
          token: onc,
          body: { questionForBoard: 'Sentinel question, revised', ecog: 0 },
        }),
      );
      const act = (action: string, token: string, body?: object) =>
        t.request('POST', `/api/cases/${caseId}/${action}`, { token, body });
      expectStatus('submit', await act('submit', onc));
      expectStatus('return', await act('return', coordinator, { reason: 'Sentinel return reason: add MSI' }));
      expectStatus('resubmit', await act('submit', onc));
      expectStatus('accept', await act('accept', coordinator));

      const meetingId = (
        await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
          title: 'Sentinel board',
          location: 'Sentinel room',
        })
      ).id;
      await addToAgenda(t, board.coordinator, meetingId, caseId);
      await meetingAction(t, board.coordinator, meetingId, 'start');
      await markAttendance(t, board.coordinator, meetingId, [board.surgeon, board.ir, board.radiologist]);
      expectStatus(
        'own attendance with a role',
        await t.request('PUT', `/api/meetings/${meetingId}/attendance/${board.oncologist.specialistId}`, {
          token: onc,
          body: { present: true, role: 'Sentinel presenter' },
        }),
      );
      expectStatus(
        'note',
        await t.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/notes`, {
          token: onc,
          body: { body: 'Sentinel note: the lesion abuts the right hepatic vein' },
        }),
        201,
      );
      const planId = await proposalId(
        t,
        board.oncologist,
        caseId,
        chemoThenResection(meetingId, {
          rationale: 'Sentinel rationale: downsize, then resect',
          steps: [
            { modality: 'systemic_chemotherapy', details: { regimen: 'SENTINEL-FOLFOX', cycles: 6 } },
            { modality: 'surgical_resection', targetLesions: [7] },
          ],
        }),
      );
      await proposalId(t, board.oncologist, caseId, {
        meetingId,
        intent: 'disease_control',
        steps: [
          { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFIRI' } },
          {
            modality: 'targeted_therapy',
            agent: 'cetuximab',
            overrideJustification: 'Sentinel justification: RAS wild-type on the biopsy',
          },
        ],
        rationale: 'Sentinel rationale two',
      });
      await approveBy(t, [board.surgeon, board.oncologist], planId);
      expectStatus(
        'dissent',
        await vote(t, board.ir, planId, {
          vote: 'reject',
          comment: 'Sentinel dissent: ablate instead',
        }),
      );
      expectStatus('adopt', await adopt(t, board.surgeon, planId), 201);
      expectStatus(
        'follow-up',
        await followUp(t, board.coordinator, caseId, {
          status: 'not_implemented',
          reason: 'patient_choice',
          note: 'Sentinel follow-up note',
        }),
        201,
      );

      // A withdrawal, and a cancelled meeting whose reason passes into its case's history.
      const withdrawn = await acceptedCase(t, board);
      expectStatus(
        'withdraw',
        await t.request('POST', `/api/cases/${withdrawn}/withdraw`, {
          token: onc,
          body: { reason: 'Sentinel withdraw reason' },
        }),
      );
      const cancelled = (await createMeeting(t, board.coordinator, board.surgeon.specialistId)).id;
      await addToAgenda(t, board.coordinator, cancelled, await acceptedCase(t, board));
      expectStatus(
        'cancel',
        await t.request('POST', `/api/meetings/${cancelled}/cancel`, {
          token: coordinator,
          body: { reason: 'Sentinel cancel reason' },
        }),
      );
      // A refused request: its body is never recorded.
      expectStatus(
        'refused create',
        await t.request('POST', '/api/cases', {
          token: onc,
          body: readyCaseBody(MISSING, { histology: 'Sentinel in a refused body' }),
        }),
        404,
      );

      // The values are where clinicians read them...
      const history = await t.request('GET', `/api/cases/${caseId}/events`, { token: onc });
      expect(JSON.stringify(history.body)).toContain('Sentinel return reason');
      // ...and every step is in the log, by name and id only.
      const items = await everythingAnAdminReads();
      const actions = new Set(items.map((i) => i.action));
      const expected = [
        'patient.create',
        'patient.update',
        'case.create',
        'case.update',
        'case.submit',
        'case.return',
        'case.accept',
        'case.schedule',
        'meeting.create',
        'meeting.attendance',
        'meeting.note.create',
        'proposal.create',
        'proposal.vote',
        'recommendation.adopt',
        'case.decide',
        'follow_up.record',
        'case.close',
        'case.withdraw',
        'meeting.cancel',
        'case.cancel_meeting',
        'board_case.read',
        'board_case.create',
      ];
      expect(expected.filter((a) => !actions.has(a))).toEqual([]);
      for (const action of ['case.return', 'case.withdraw', 'meeting.cancel', 'follow_up.record']) {
        expect(items.find((i) => i.action === action)?.details).toMatchObject({
          fields: expect.arrayContaining([action === 'follow_up.record' ? 'note' : 'reason']),
        });
      }
      expect(items.filter((i) => /sentinel/i.test(JSON.stringify(i)))).toEqual([]);
    });
  });
  describe('failed attempts on patient data', () => {
    let board: Board;
    let patientId: string;

    beforeAll(async () => {
      board = await createBoard(t);
      patientId = (await createPatient(t, board.oncologist)).id;
    });

    /** The audit rows written for one request, found by the request id the test sent. */
    const rowsOf = async (requestId: string) =>
      (await t.dataSource.query(
        `SELECT actor_id, actor_role, action, entity_type, entity_id, outcome, details
           FROM audit_log WHERE request_id = $1 ORDER BY occurred_at, id`,
        [requestId],
      )) as Record<string, unknown>[];
    const send = (method: string, url: string, token: string, requestId: string, body?: object) =>
      t.request(method, url, { token, body, headers: { 'x-request-id': requestId } });

    it('records a permission refusal (403) once, as denied, with the entity from the path', async () => {
      const response = await send('GET', `/api/patients/${patientId}`, board.admin.token, 'denied-read-1');
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('PERMISSION_DENIED');
      expect(await rowsOf('denied-read-1')).toEqual([
        {
          actor_id: board.admin.id,
          actor_role: 'admin',
          action: 'patient.read',
          entity_type: 'patient',
          entity_id: patientId,
          outcome: 'denied',
          details: { code: 'PERMISSION_DENIED', permission: 'clinical.read' },
        },
      ]);
      // The admin sees the attempt in the log, filtered by outcome.
      const page = await t.request('GET', `/api/audit?outcome=denied&entityId=${patientId}`, {
        token: board.admin.token,
      });
      expect(page.body.items.map((i: { requestId: string }) => i.requestId)).toEqual(['denied-read-1']);
    });

    it('records a refused write on a clinical route, and never the body', async () => {
      const response = await send('POST', '/api/cases', board.admin.token, 'denied-write-1', {
        patientId,
        histology: 'a value that must not be logged',
      });
      expect(response.status).toBe(403);
      const rows = await rowsOf('denied-write-1');
      expect(rows).toEqual([
        expect.objectContaining({ action: 'board_case.create', entity_id: null, outcome: 'denied' }),
      ]);
      expect(JSON.stringify(rows)).not.toContain('must not be logged');
    });

    it('records a path id that is not a UUID as no id (the guard runs before the pipes)', async () => {
      const response = await send('GET', '/api/patients/not-a-uuid', board.admin.token, 'denied-bad-id');
      expect(response.status).toBe(403);
      expect(await rowsOf('denied-bad-id')).toEqual([
        expect.objectContaining({ action: 'patient.read', entity_id: null, outcome: 'denied' }),
      ]);
    });

    it('records a missing entity (404) once, as a failure', async () => {
      const response = await send('GET', `/api/cases/${MISSING}`, board.oncologist.token, 'missing-read-1');
      expect(response.status).toBe(404);
      expect(await rowsOf('missing-read-1')).toEqual([
        {
          actor_id: board.oncologist.id,
          actor_role: 'clinician',
          action: 'board_case.read',
          entity_type: 'board_case',
          entity_id: MISSING,
          outcome: 'failure',
          details: { code: 'NOT_FOUND' },
        },
      ]);
      const submit = await send(
        'POST',
        `/api/cases/${MISSING}/submit`,
        board.oncologist.token,
        'missing-write-1',
      );
      expect(submit.status).toBe(404);
      expect(await rowsOf('missing-write-1')).toEqual([
        expect.objectContaining({ action: 'board_case.submit', entity_id: MISSING, outcome: 'failure' }),
      ]);
    });

    it('records an object-level refusal of a service once, outside its rolled-back transaction', async () => {
      const { meetingId, caseId, id } = await freshProposal(t, board);
      const response = await send(
        'PUT',
        `/api/proposals/${id}/vote`,
        board.pathologist.token,
        'not-present-1',
        {
          vote: 'reject',
          comment: 'a comment that must not be logged',
        },
      );
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('NOT_PRESENT');
      expect(await rowsOf('not-present-1')).toEqual([
        {
          actor_id: board.pathologist.id,
          actor_role: 'clinician',
          action: 'proposal.vote',
          entity_type: 'proposal',
          entity_id: id,
          outcome: 'denied',
          details: { code: 'NOT_PRESENT' },
        },
      ]);
      // The other ids of the path are recorded too (never the body).
      const note = await send(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/notes`,
        board.pathologist.token,
        'not-present-2',
        { body: 'a note that must not be logged' },
      );
      expect(note.status).toBe(403);
      expect(await rowsOf('not-present-2')).toEqual([
        expect.objectContaining({
          action: 'meeting.add_note',
          entity_id: meetingId,
          outcome: 'denied',
          details: { caseId, code: 'NOT_PRESENT' },
        }),
      ]);
    });

    it('still records a successful read once, as a success', async () => {
      const response = await send('GET', `/api/patients/${patientId}`, board.surgeon.token, 'read-ok-1');
      expect(response.status).toBe(200);
      expect(await rowsOf('read-ok-1')).toEqual([
        expect.objectContaining({ action: 'patient.read', entity_id: patientId, outcome: 'success' }),
      ]);
    });

    it('does not audit a request without a valid token (401), nor failures outside patient data', async () => {
      const anonymous = await t.request('GET', `/api/patients/${patientId}`, {
        headers: { 'x-request-id': 'anonymous-1' },
      });
      expect(anonymous.status).toBe(401);
      expect(await rowsOf('anonymous-1')).toEqual([]);
      const user = await send('GET', `/api/users/${MISSING}`, board.admin.token, 'admin-missing-1');
      expect(user.status).toBe(404);
      const auditLog = await send('GET', '/api/audit', board.coordinator.token, 'audit-denied-1');
      expect(auditLog.status).toBe(403);
      expect([...(await rowsOf('admin-missing-1')), ...(await rowsOf('audit-denied-1'))]).toEqual([]);
    });

    it('answers with the original error when the audit row cannot be written', async () => {
      const audit = t.app.get(AuditService);
      const spy = jest.spyOn(audit, 'record').mockRejectedValue(new Error('connection terminated'));
      try {
        const denied = await send('GET', `/api/patients/${patientId}`, board.admin.token, 'audit-down-1');
        expect(denied.status).toBe(403);
        expect(denied.body.error).toBe('PERMISSION_DENIED');
        const missing = await send('GET', `/api/cases/${MISSING}`, board.oncologist.token, 'audit-down-2');
        expect(missing.status).toBe(404);
        expect(missing.body.error).toBe('NOT_FOUND');
        expect(spy).toHaveBeenCalledTimes(2);
      } finally {
        spy.mockRestore();
      }
    });

    it('answers a read whose audit row cannot be written with the error, never the data (fail closed)', async () => {
      const caseId = (await createCase(t, board.oncologist, readyCaseBody(patientId))).id;
      const audit = t.app.get(AuditService);
      const spy = jest
        .spyOn(audit, 'record')
        .mockRejectedValue(new Error('Connection terminated unexpectedly'));
      try {
        // JSON, a list, and a FHIR Bundle with its own content type: none of them goes out.
        for (const url of [`/api/cases/${caseId}`, '/api/patients?limit=5', `/api/cases/${caseId}/fhir`]) {
          const response = await send('GET', url, board.oncologist.token, `read-audit-down-${url.length}`);
          expect({ url, status: response.status }).toEqual({ url, status: 503 });
          expect(response.headers['content-type']).toMatch(/^application\/json/);
          expect(response.headers['retry-after']).toBe('5');
          expect(response.headers['cache-control']).toBe('no-store');
          expect(Object.keys(response.body as object).sort()).toEqual(['error', 'message', 'statusCode']);
          expect(response.raw.toString()).not.toContain(patientId);
        }
        expect(spy).toHaveBeenCalledTimes(3);
      } finally {
        spy.mockRestore();
      }
      // The same reads answer once the audit log can be written again.
      expect(
        (await send('GET', `/api/cases/${caseId}`, board.oncologist.token, 'read-audit-up')).status,
      ).toBe(200);
    });

    it('names an entity type for every route that guards patient data', () => {
      const reflector = t.app.get(Reflector);
      const unnamed: string[] = [];
      let clinical = 0;
      for (const module of t.app.get(ModulesContainer).values()) {
        for (const wrapper of module.controllers.values()) {
          const controller = wrapper.metatype as (abstract new (...args: never[]) => object) | null;
          if (!controller) continue;
          for (const name of Object.getOwnPropertyNames(controller.prototype)) {
            const handler = (controller.prototype as Record<string, unknown>)[name];
            if (name === 'constructor' || typeof handler !== 'function') continue;
            if (Reflect.getMetadata('path', handler) === undefined) continue;
            const target = attemptTargetOf(reflector, handler as () => unknown, controller, 'POST');
            if (!target) continue;
            clinical += 1;
            if (target.entityType === 'unclassified') unnamed.push(`${controller.name}.${name}`);
          }
        }
      }
      expect(clinical).toBeGreaterThan(30);
      expect(unnamed).toEqual([]);
    });
  });

  // Concurrent requests share their lookups and their audit INSERT (docs/adr/0017).
  describe('under concurrent requests', () => {
    it('commits every read of a batch, each with its own request and outcome, before answering', async () => {
      const oncologist = await t.userWithToken('clinician', 'medical_oncology');
      const cases: string[] = [];
      for (let i = 0; i < 4; i++) {
        const patient = await createPatient(t, oncologist);
        cases.push((await createCase(t, oncologist, readyCaseBody(patient.id))).id);
      }
      const reads = Array.from({ length: 40 }, (_, i) => ({
        requestId: `batch-read-${i}`,
        caseId: i % 10 === 9 ? MISSING : cases[i % cases.length],
      }));
      const statements = recordStatements();
      const responses = await Promise.all(
        reads.map((r) =>
          t.request('GET', `/api/cases/${r.caseId}`, {
            token: oncologist.token,
            headers: { 'x-request-id': r.requestId },
          }),
        ),
      );
      // They went in fewer INSERTs than there are entries: the batched path is the one tested.
      const inserts = statements.texts().filter((sql) => sql.includes('INSERT INTO audit_log')).length;
      statements.restore();
      expect(inserts).toBeGreaterThan(0);
      expect(inserts).toBeLessThan(reads.length);
      expect(responses.map((r) => r.status)).toEqual(reads.map((r) => (r.caseId === MISSING ? 404 : 200)));
      expect(responses.filter((r) => r.status === 200).map((r) => r.body.id)).toEqual(
        reads.filter((r) => r.caseId !== MISSING).map((r) => r.caseId),
      );
      // Read straight after the answers: each row was committed before its response was sent.
      const rows: { request_id: string; entity_id: string; outcome: string }[] = await t.dataSource.query(
        `SELECT request_id, entity_id, outcome FROM audit_log
          WHERE action = 'board_case.read' AND request_id = ANY($1)`,
        [reads.map((r) => r.requestId)],
      );
      expect(rows.sort((a, b) => a.request_id.localeCompare(b.request_id, 'en', { numeric: true }))).toEqual(
        reads.map((r) => ({
          request_id: r.requestId,
          entity_id: r.caseId,
          outcome: r.caseId === MISSING ? 'failure' : 'success',
        })),
      );
    });

    it('refuses a deactivated account on the next request while its other requests are in flight', async () => {
      const user = await t.userWithToken('coordinator');
      const busy = Array.from({ length: 20 }, () => t.request('GET', '/api/auth/me', { token: user.token }));
      const patch = await t.request('PATCH', `/api/users/${user.id}`, {
        token: admin.token,
        body: { active: false },
      });
      expect(patch.status).toBe(200);
      const after = await Promise.all(
        Array.from({ length: 20 }, () => t.request('GET', '/api/auth/me', { token: user.token })),
      );
      expect(after.map((r) => r.status)).toEqual(after.map(() => 401));
      // Those sent before the change are answered either way, and none fails otherwise.
      for (const response of await Promise.all(busy)) expect([200, 401]).toContain(response.status);
    });
  });
});
