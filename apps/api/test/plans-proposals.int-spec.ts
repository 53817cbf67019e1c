import { type Board, createBoard } from './support/board';
import { acceptedCase } from './support/cases';
import { auditEntries, invalidFields } from './support/inspect';
import { addToAgenda, boardMeeting, createMeeting, markAttendance, meetingAction } from './support/meetings';
import { chemoThenResection, proposalId, propose, vote } from './support/plans';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('proposals', () => {
  let t: TestApp;
  let board: Board;
  // A meeting in progress (quorate) with a RAS-mutant case and a wild-type one.
  let meetingId: string;
  let rasMutant: string;
  let wildType: string;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
    ({
      meetingId,
      caseIds: [rasMutant, wildType],
    } = await boardMeeting(t, board, { cases: [{ ras: 'mutant' }, {}] }));
  });
  afterAll(() => t.close());

  const withCetuximab = (overrides: Record<string, unknown> = {}) => ({
    meetingId,
    intent: 'disease_control',
    steps: [
      { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFIRI' } },
      { modality: 'targeted_therapy', agent: 'cetuximab', ...overrides },
    ],
    rationale: 'FOLFIRI with cetuximab.',
  });

  describe('POST /api/cases/:id/proposals', () => {
    it('accepts chemotherapy then resection, storing the steps with their verdicts and the evaluation', async () => {
      const response = await propose(t, board.oncologist, rasMutant, chemoThenResection(meetingId));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        caseId: rasMutant,
        meetingId,
        status: 'proposed',
        intent: 'curative',
        ruleSetVersion: '1.0.0',
        evaluatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        proposedBy: { id: board.oncologist.id, displayName: 'Test clinician' },
        proposer: { id: board.oncologist.specialistId, discipline: 'medical_oncology' },
        votes: [],
        tally: { approvals: 0, rejections: 0, abstentions: 0 },
      });
      expect(response.body.steps).toEqual([
        {
          position: 1,
          modality: 'systemic_chemotherapy',
          agent: null,
          details: { regimen: 'FOLFOX', cycles: 6 },
          targetLesions: [],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
          overridden: false,
        },
        {
          position: 2,
          modality: 'surgical_resection',
          agent: null,
          details: { approach: 'laparoscopic' },
          targetLesions: [7],
          overrideJustification: null,
          verdict: 'eligible',
          contraindications: [],
          overridden: false,
        },
      ]);
      expect(response.body.evaluation.options).toHaveLength(9);

      const [row] = await t.dataSource.query(
        `SELECT rule_set_version, evaluation->>'ruleSetVersion' AS version, jsonb_array_length(evaluation->'options') AS n,
                proposer_specialist_id FROM proposal WHERE id = $1`,
        [response.body.id],
      );
      expect(row).toEqual({
        rule_set_version: '1.0.0',
        version: '1.0.0',
        n: 9,
        proposer_specialist_id: board.oncologist.specialistId,
      });
      const [entry] = await auditEntries(t, response.body.id);
      expect(entry).toMatchObject({
        action: 'proposal.create',
        entity_type: 'proposal',
        actor_id: board.oncologist.id,
        details: {
          caseId: rasMutant,
          meetingId,
          ruleSetVersion: '1.0.0',
          fields: ['intent', 'steps', 'rationale'],
          overriddenSteps: [],
        },
      });
      expect(JSON.stringify(entry.details)).not.toMatch(/curative|chemotherapy|resection|FOLFOX/);
    });

    it('refuses an EGFR inhibitor for a RAS-mutant case without justification (422 naming the rule)', async () => {
      const response = await propose(t, board.oncologist, rasMutant, withCetuximab());
      expect(response.status).toBe(422);
      expect(response.body.error).toBe('CONTRAINDICATED_STEP');
      expect(response.body.message).toMatch(
        /step 2 \(targeted_therapy: cetuximab\) is contraindicated by TGT-EGFR-RAS/,
      );
      expect(response.body.details).toEqual([
        {
          position: 2,
          modality: 'targeted_therapy',
          agent: 'cetuximab',
          rules: [
            {
              ruleId: 'TGT-EGFR-RAS',
              message: 'RAS mutant: EGFR inhibitors are for RAS wild-type disease',
              source: 'NICE TA439; ESMO 2023',
            },
          ],
        },
      ]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM proposal WHERE case_id = $1 AND rationale = 'FOLFIRI with cetuximab.'`,
        [rasMutant],
      );
      expect(count).toBe(0);
    });

    it('accepts the contraindicated step with an override justification, stored and shown', async () => {
      const justification = 'Extended RAS testing on the metastasis biopsy is wild-type; discordant primary.';
      const response = await propose(
        t,
        board.oncologist,
        rasMutant,
        withCetuximab({ overrideJustification: `  ${justification}  ` }),
      );
      expect(response.status).toBe(201);
      expect(response.body.steps[1]).toMatchObject({
        modality: 'targeted_therapy',
        agent: 'cetuximab',
        verdict: 'contraindicated',
        overrideJustification: justification,
        overridden: true,
        contraindications: [
          expect.objectContaining({ ruleId: 'TGT-EGFR-RAS', source: 'NICE TA439; ESMO 2023' }),
        ],
      });
      const list = await t.request('GET', `/api/cases/${rasMutant}/proposals`, { token: board.ir.token });
      const shown = list.body.items.find((p: { id: string }) => p.id === response.body.id);
      expect(shown.steps[1].overrideJustification).toBe(justification);
      // The audit entry says which step was overridden, not why.
      const [entry] = await auditEntries(t, response.body.id);
      expect(entry.details).toMatchObject({ overriddenSteps: [2] });
      expect(JSON.stringify(entry.details)).not.toContain('discordant');
    });

    it.each([
      ['an undocumented modality', { modality: 'homeopathy' }, 'UNDOCUMENTED_MODALITY'],
      ['an undocumented agent', { modality: 'targeted_therapy', agent: 'aspirin' }, 'UNDOCUMENTED_AGENT'],
      [
        'an agent on a modality without agents',
        { modality: 'surgical_resection', agent: 'cetuximab' },
        'UNDOCUMENTED_AGENT',
      ],
      [
        'an agent of another modality',
        { modality: 'immunotherapy', agent: 'bevacizumab' },
        'UNDOCUMENTED_AGENT',
      ],
    ])('refuses %s (422)', async (_, step, code) => {
      const response = await propose(t, board.oncologist, wildType, {
        ...chemoThenResection(meetingId),
        steps: [{ modality: 'systemic_chemotherapy' }, step],
      });
      expect(response.status).toBe(422);
      expect(response.body.error).toBe(code);
      expect(response.body.details).toEqual({ position: 2 });
    });

    it('needs a clinical trial step to name the trial (422 TRIAL_NOT_NAMED), then accepts it', async () => {
      const body = (details?: object) => ({
        ...chemoThenResection(meetingId),
        steps: [{ modality: 'clinical_trial', ...(details ? { details } : {}) }],
      });
      for (const refused of [undefined, { regimen: 'vaccine' }]) {
        const response = await propose(t, board.oncologist, wildType, body(refused));
        expect(response.status).toBe(422);
        expect(response.body.error).toBe('TRIAL_NOT_NAMED');
      }
      for (const named of [{ trial: 'NCT05000000' }, { text: 'ORCHESTRA trial, arm B' }]) {
        expect((await propose(t, board.oncologist, wildType, body(named))).status).toBe(201);
      }
    });

    it('refuses a target lesion the case does not have (422 UNKNOWN_TARGET_LESION)', async () => {
      const response = await propose(t, board.oncologist, wildType, {
        ...chemoThenResection(meetingId),
        steps: [{ modality: 'radiofrequency_ablation', targetLesions: [7, 2] }],
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        error: 'UNKNOWN_TARGET_LESION',
        details: { position: 1, segments: [2] },
      });
    });

    it.each([
      ['an unknown intent', { intent: 'hopeful' }, 'intent'],
      ['no steps', { steps: [] }, 'steps'],
      [
        'eleven steps',
        { steps: Array.from({ length: 11 }, () => ({ modality: 'systemic_chemotherapy' })) },
        'steps',
      ],
      ['an unknown field in a step', { steps: [{ modality: 'sbrt', dose: '5x8 Gy' }] }, 'steps[0].dose'],
      ['a modality that is not a string', { steps: [{ modality: 7 }] }, 'steps[0].modality'],
      ['details that are not an object', { steps: [{ modality: 'sbrt', details: 'x' }] }, 'steps[0].details'],
      [
        'a target lesion outside 1–8',
        { steps: [{ modality: 'sbrt', targetLesions: [9] }] },
        'steps[0].targetLesions',
      ],
      [
        'a short justification',
        { steps: [{ modality: 'sbrt', overrideJustification: 'because' }] },
        'steps[0].overrideJustification',
      ],
      ['an empty rationale', { rationale: '   ' }, 'rationale'],
      ['a rationale over 5000 characters', { rationale: 'x'.repeat(5001) }, 'rationale'],
      ['a meeting id that is not a UUID', { meetingId: 'm-1' }, 'meetingId'],
      ['an unknown field', { urgent: true }, 'urgent'],
    ])('refuses %s (400 naming the field)', async (_, change, field) => {
      const response = await propose(t, board.oncologist, wildType, {
        ...chemoThenResection(meetingId),
        ...change,
      });
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toContain(field);
    });

    it('is refused to coordinators and admins (403 PERMISSION_DENIED) and without a token (401)', async () => {
      for (const actor of [board.coordinator, board.admin]) {
        const response = await propose(t, actor, wildType, chemoThenResection(meetingId));
        expect(response.status).toBe(403);
        expect(response.body.error).toBe('PERMISSION_DENIED');
      }
      const anonymous = await t.request('POST', `/api/cases/${wildType}/proposals`, {
        body: chemoThenResection(meetingId),
      });
      expect(anonymous.status).toBe(401);
    });

    it('is refused to a clinician not marked present while the meeting is in progress (403 NOT_PRESENT)', async () => {
      const response = await propose(t, board.pathologist, wildType, chemoThenResection(meetingId));
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('NOT_PRESENT');
    });

    it('lets any clinician propose before the meeting (planned), without attendance', async () => {
      const planned = await boardMeeting(t, board, { start: false });
      const response = await propose(
        t,
        board.pathologist,
        planned.caseIds[0],
        chemoThenResection(planned.meetingId),
      );
      expect(response.status).toBe(201);
    });

    it('refuses a case that is not on that meeting agenda (409 CASE_NOT_ON_AGENDA)', async () => {
      const other = (await createMeeting(t, board.coordinator, board.surgeon.specialistId)).id;
      const response = await propose(t, board.oncologist, wildType, chemoThenResection(other));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'CASE_NOT_ON_AGENDA', details: { state: 'scheduled' } });

      const notScheduled = await acceptedCase(t, board);
      const accepted = await propose(t, board.oncologist, notScheduled, chemoThenResection(meetingId));
      expect(accepted.status).toBe(409);
      expect(accepted.body).toMatchObject({ error: 'CASE_NOT_ON_AGENDA', details: { state: 'accepted' } });
    });

    it('refuses proposals once the meeting has closed (409 MEETING_NOT_OPEN)', async () => {
      const closed = await boardMeeting(t, board);
      await meetingAction(t, board.coordinator, closed.meetingId, 'close');
      const response = await propose(
        t,
        board.oncologist,
        closed.caseIds[0],
        chemoThenResection(closed.meetingId),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: 'MEETING_NOT_OPEN', details: { state: 'closed' } });
    });

    it('answers 404 for an unknown case or meeting', async () => {
      const noCase = await propose(t, board.oncologist, MISSING, chemoThenResection(meetingId));
      expect(noCase.status).toBe(404);
      const noMeeting = await propose(t, board.oncologist, wildType, chemoThenResection(MISSING));
      expect(noMeeting.status).toBe(404);
      expect(noMeeting.body.message).toMatch(/meeting/);
    });

    it('keeps a proposal as proposed: the database refuses to rewrite or delete it', async () => {
      const id = await proposalId(t, board.oncologist, wildType, chemoThenResection(meetingId));
      await expect(
        t.ownerQuery(`UPDATE proposal SET rationale = 'changed' WHERE id = $1`, [id]),
      ).rejects.toThrow(/only its adoption/);
      await expect(t.ownerQuery(`DELETE FROM proposal WHERE id = $1`, [id])).rejects.toThrow(
        /only its adoption/,
      );
    });
  });

  describe('GET /api/cases/:id/proposals and /api/proposals/:id', () => {
    let caseId: string;
    let first: string;
    let second: string;

    beforeAll(async () => {
      const meeting = await boardMeeting(t, board);
      caseId = meeting.caseIds[0];
      first = await proposalId(t, board.oncologist, caseId, chemoThenResection(meeting.meetingId));
      second = await proposalId(t, board.surgeon, caseId, {
        ...chemoThenResection(meeting.meetingId),
        steps: [{ modality: 'surgical_resection', targetLesions: [7] }],
        rationale: 'Upfront resection.',
      });
      await vote(t, board.surgeon, first, { vote: 'approve' });
      await vote(t, board.ir, first, { vote: 'reject', comment: 'Ablation would spare parenchyma.' });
      // A vote by someone later marked absent is listed but not counted.
      await vote(t, board.radiologist, first, { vote: 'approve' });
      await markAttendance(t, board.coordinator, meeting.meetingId, [board.radiologist], false);
    });

    it('lists the proposals oldest first with their current votes and the tally of present voters', async () => {
      const response = await t.request('GET', `/api/cases/${caseId}/proposals`, {
        token: board.coordinator.token,
      });
      expect(response.status).toBe(200);
      expect(response.body.items.map((p: { id: string }) => p.id)).toEqual([first, second]);
      expect(response.body.nextCursor).toBeNull();
      const [p1, p2] = response.body.items;
      expect(p1.votes).toHaveLength(3);
      expect(p1.votes.find((v: any) => v.specialist.id === board.ir.specialistId)).toMatchObject({
        vote: 'reject',
        comment: 'Ablation would spare parenchyma.',
        present: true,
        supersededAt: null,
      });
      expect(p1.votes.find((v: any) => v.specialist.id === board.radiologist.specialistId).present).toBe(
        false,
      );
      expect(p1.tally).toEqual({ approvals: 1, rejections: 1, abstentions: 0 });
      expect(p2.votes).toEqual([]);
      expect(p2.proposer.discipline).toBe('surgery');
    });

    it('pages with a cursor', async () => {
      const page1 = await t.request('GET', `/api/cases/${caseId}/proposals?limit=1`, {
        token: board.surgeon.token,
      });
      expect(page1.body.items.map((p: { id: string }) => p.id)).toEqual([first]);
      const page2 = await t.request(
        'GET',
        `/api/cases/${caseId}/proposals?limit=1&cursor=${page1.body.nextCursor}`,
        { token: board.surgeon.token },
      );
      expect(page2.body.items.map((p: { id: string }) => p.id)).toEqual([second]);
      expect(page2.body.nextCursor).toBeNull();
      expect(
        (await t.request('GET', `/api/cases/${caseId}/proposals?limit=101`, { token: board.surgeon.token }))
          .status,
      ).toBe(400);
    });

    it('audits the read with the listed proposals', async () => {
      await t.request('GET', `/api/cases/${caseId}/proposals`, {
        token: board.surgeon.token,
        headers: { 'x-request-id': 'proposals-read-1' },
      });
      const entry = (await auditEntries(t, caseId)).find((e) => e.request_id === 'proposals-read-1');
      expect(entry).toMatchObject({ action: 'board_case.read', details: { listed: [first, second] } });
    });

    it('shows one proposal with the stored evaluation', async () => {
      const response = await t.request('GET', `/api/proposals/${first}`, { token: board.ir.token });
      expect(response.status).toBe(200);
      expect(response.body.evaluation).toMatchObject({ ruleSetVersion: '1.0.0', options: expect.any(Array) });
      expect(response.body.tally).toEqual({ approvals: 1, rejections: 1, abstentions: 0 });
      expect((await t.request('GET', `/api/proposals/${MISSING}`, { token: board.ir.token })).status).toBe(
        404,
      );
    });

    it('is refused to admins (403) and answers 404 for an unknown case', async () => {
      const admin = await t.request('GET', `/api/cases/${caseId}/proposals`, { token: board.admin.token });
      expect(admin.status).toBe(403);
      expect((await t.request('GET', `/api/proposals/${first}`, { token: board.admin.token })).status).toBe(
        403,
      );
      expect(
        (await t.request('GET', `/api/cases/${MISSING}/proposals`, { token: board.surgeon.token })).status,
      ).toBe(404);
    });
  });

  it('a case added to a meeting later can receive proposals on it', async () => {
    const planned = (await createMeeting(t, board.coordinator, board.surgeon.specialistId)).id;
    const caseId = await acceptedCase(t, board);
    await addToAgenda(t, board.coordinator, planned, caseId);
    expect((await propose(t, board.surgeon, caseId, chemoThenResection(planned))).status).toBe(201);
  });
});
