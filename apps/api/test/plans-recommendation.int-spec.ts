import { type Board, createBoard } from './support/board';
import { auditEntries } from './support/inspect';
import { boardMeeting } from './support/meetings';
import { adopt, approveBy, proposalId, vote } from './support/plans';
import { TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const JUSTIFICATION = 'Extended RAS panel on the liver biopsy is wild-type; discordance accepted.';

describe('recommendation', () => {
  let t: TestApp;
  let board: Board;
  let caseId: string;
  let pendingCaseId: string;
  let proposal: string;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
    const meeting = await boardMeeting(t, board, { cases: [{ ras: 'mutant' }, {}] });
    [caseId, pendingCaseId] = meeting.caseIds;
    await t.dataSource.query(
      `UPDATE patient SET full_name = 'Anna <b>Smit</b>', mrn = 'MRN-0042', birth_date = '1958-03-12'
        WHERE id = (SELECT patient_id FROM board_case WHERE id = $1)`,
      [caseId],
    );
    proposal = await proposalId(t, board.oncologist, caseId, {
      meetingId: meeting.meetingId,
      intent: 'disease_control',
      steps: [
        { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFIRI', cycles: 6 } },
        { modality: 'targeted_therapy', agent: 'panitumumab', overrideJustification: JUSTIFICATION },
        { modality: 'surgical_resection', targetLesions: [7] },
      ],
      rationale: 'Convert, then resect. <script>alert("x")</script> & more',
    });
    await approveBy(t, [board.surgeon, board.oncologist], proposal);
    await vote(t, board.ir, proposal, {
      vote: 'reject',
      comment: 'Ablation <first>, resection later.',
    });
    await vote(t, board.radiologist, proposal, { vote: 'abstain' });
    expect((await adopt(t, board.surgeon, proposal, true)).status).toBe(201);
  });
  afterAll(() => t.close());

  const json = (id: string, token = board.oncologist.token) =>
    t.request('GET', `/api/cases/${id}/recommendation`, { token });
  const html = (id: string, token = board.coordinator.token) =>
    t.request('GET', `/api/cases/${id}/recommendation.html`, { token });

  describe('GET /api/cases/:id/recommendation', () => {
    it('gives the adopted plan with steps, overrides, votes and dissent, attendance, quorum, chair, time, rule set and the advisory statement', async () => {
      const response = await json(caseId);
      expect(response.status).toBe(200);
      const r = response.body;
      expect(r).toMatchObject({
        caseId,
        proposalId: proposal,
        intent: 'disease_control',
        rationale: 'Convert, then resect. <script>alert("x")</script> & more',
        patient: { fullName: 'Anna <b>Smit</b>', mrn: 'MRN-0042', birthDate: '1958-03-12' },
        case: { id: caseId, status: 'decided', primarySite: 'colon' },
        proposer: { id: board.oncologist.specialistId, discipline: 'medical_oncology' },
        tally: { approvals: 2, rejections: 1, abstentions: 1 },
        quorum: {
          quorate: true,
          requiredDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
          missingDisciplines: [],
        },
        chair: { id: board.surgeon.specialistId, discipline: 'surgery' },
        adoptedBy: { id: board.surgeon.id },
        adoptedAt: expect.any(String),
        localAdoptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/),
        timeZone: 'Europe/Amsterdam',
        patientPreferencesDiscussed: true,
        ruleSetVersion: '1.0.0',
        advisory: expect.stringMatching(/advisory.*treating physician decides/),
        followUp: null,
      });
      expect(r.steps.map((s: { modality: string }) => s.modality)).toEqual([
        'systemic_chemotherapy',
        'targeted_therapy',
        'surgical_resection',
      ]);
      expect(r.overrides).toEqual([
        {
          position: 2,
          modality: 'targeted_therapy',
          agent: 'panitumumab',
          justification: JUSTIFICATION,
          contraindications: [
            expect.objectContaining({ ruleId: 'TGT-EGFR-RAS', source: 'NICE TA439; ESMO 2023' }),
          ],
        },
      ]);
      expect(r.votes).toHaveLength(4);
      expect(r.dissent).toEqual([
        expect.objectContaining({
          id: board.ir.specialistId,
          discipline: 'interventional_radiology',
          vote: 'reject',
          comment: 'Ablation <first>, resection later.',
          present: true,
        }),
      ]);
      expect(r.attendance).toHaveLength(4);
      expect(r.attendance.every((a: { present: boolean }) => a.present)).toBe(true);
    });

    it('keeps the attendance of the moment of adoption', async () => {
      const [rec] = await t.dataSource.query(`SELECT meeting_id FROM recommendation WHERE case_id = $1`, [
        caseId,
      ]);
      const absent = await t.request(
        'PUT',
        `/api/meetings/${rec.meeting_id}/attendance/${board.radiologist.specialistId}`,
        {
          token: board.coordinator.token,
          body: { present: false },
        },
      );
      expect(absent.status).toBe(200);
      const response = await json(caseId);
      expect(response.body.quorum.quorate).toBe(true);
      expect(
        response.body.attendance.find((a: { id: string }) => a.id === board.radiologist.specialistId).present,
      ).toBe(true);
      await t.request('PUT', `/api/meetings/${rec.meeting_id}/attendance/${board.radiologist.specialistId}`, {
        token: board.coordinator.token,
        body: { present: true },
      });
    });

    it('audits the read of the case', async () => {
      await t.request('GET', `/api/cases/${caseId}/recommendation`, {
        token: board.ir.token,
        headers: { 'x-request-id': 'recommendation-read-1' },
      });
      const entry = (await auditEntries(t, caseId)).find((e) => e.request_id === 'recommendation-read-1');
      expect(entry).toMatchObject({ action: 'board_case.read', actor_id: board.ir.id });
    });

    it('answers 404 before a plan is adopted and for an unknown case', async () => {
      const pending = await json(pendingCaseId);
      expect(pending.status).toBe(404);
      expect(pending.body.message).toMatch(/recommendation/);
      const missing = await json(MISSING);
      expect(missing.status).toBe(404);
      expect(missing.body.message).toMatch(/^case/);
    });

    it('is refused to an admin (403) and without a token (401)', async () => {
      const admin = await json(caseId, board.admin.token);
      expect(admin.status).toBe(403);
      expect(admin.body.error).toBe('PERMISSION_DENIED');
      expect((await t.request('GET', `/api/cases/${caseId}/recommendation`)).status).toBe(401);
    });
  });

  describe('GET /api/cases/:id/recommendation.html', () => {
    it('is a printable, uncached HTML page for the treating physician', async () => {
      const response = await html(caseId);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      const page: string = response.body;
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).toContain('@media print');
      expect(page).not.toMatch(/<link|<img|src=/);
      // Patient identification.
      expect(page).toContain('Anna &lt;b&gt;Smit&lt;/b&gt;');
      expect(page).toContain('MRN-0042');
      expect(page).toContain('12 March 1958');
      // The plan, with the override highlighted and its justification and rule.
      expect(page).toContain('Systemic chemotherapy');
      expect(page).toContain('Panitumumab');
      expect(page).toContain('class="override"');
      expect(page).toContain(JUSTIFICATION);
      expect(page).toContain('TGT-EGFR-RAS');
      // Votes with the dissent.
      expect(page).toContain('class="dissent"');
      expect(page).toContain('voted against:');
      expect(page).toContain('Ablation &lt;first&gt;, resection later.');
      expect(page).toContain('Approve 2 · Reject 1 · Abstain 1');
      // Attendance, quorum, chair, rule set, advisory statement; a draft until the chair signs.
      expect(page).toContain('Quorate: every required discipline was present');
      expect(page).toContain('Chair');
      expect(page).toContain('version 1.0.0');
      expect(page).toContain('The treating physician decides');
      expect(page).toMatch(/\d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} (CET|CEST|GMT[+-]\d+)/);
      expect(page).toMatch(/draft — not signed/i);
    });

    it('escapes every value: a <script> in the rationale stays text', async () => {
      const page: string = (await html(caseId)).body;
      expect(page).not.toContain('<script>');
      expect(page).toContain(
        'Convert, then resect. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
      );
    });

    it('audits the read, and is refused to admins (403); 404 is the JSON error', async () => {
      await t.request('GET', `/api/cases/${caseId}/recommendation.html`, {
        token: board.surgeon.token,
        headers: { 'x-request-id': 'recommendation-html-1' },
      });
      const entry = (await auditEntries(t, caseId)).find((e) => e.request_id === 'recommendation-html-1');
      expect(entry).toMatchObject({ action: 'board_case.read', actor_id: board.surgeon.id });

      expect((await html(caseId, board.admin.token)).status).toBe(403);
      const missing = await html(pendingCaseId);
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toMatch(/application\/json/);
      expect(missing.body.error).toBe('NOT_FOUND');
    });
  });
});
