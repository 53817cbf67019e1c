import { createHash } from 'node:crypto';

import { canonicalJson } from '@consilium/domain';
import { pdfPageTexts } from '@api/modules/recommendations/letter/pdf-text';

import { type Board, createBoard } from './support/board';
import { auditEntries } from './support/inspect';
import { boardMeeting, putSettings } from './support/meetings';
import { approveBy, proposalId, vote } from './support/plans';
import { TestApp } from './support/test-app';

// docs/adr/0015-signed-letter.md: the board's letter, addressed, signed once by the chair (or a
// present deputy where allowed), corrected only by signed addenda, as PDF and printable page.

const ALL_SUPPORTIVE_CARE = [
  { service: 'psycho_oncology', status: 'referred' },
  { service: 'nutrition', status: 'offered' },
  { service: 'pain_palliative_care', status: 'not_needed' },
  { service: 'specialist_nurse', status: 'declined' },
];
const DISSENT = 'Ablation of segment 7 first; resection only if the margin fails.';
const ADDRESSEE = 'Dr. Lucía Ibáñez, Hospital Comarcal del Norte';

describe('the signed letter', () => {
  let t: TestApp;
  let board: Board;
  let meetingId: string;
  let signedCase: string;
  let deputyCase: string;
  let draftCase: string;

  /** A plan for the case by the oncologist, approved, with the IR's dissent, adopted by the chair. */
  async function decide(caseId: string, supportiveCare: object[] = []) {
    const id = await proposalId(t, board.oncologist, caseId, {
      meetingId,
      intent: 'curative',
      steps: [
        { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
        { modality: 'surgical_resection', targetLesions: [7] },
      ],
      rationale: 'Perioperative FOLFOX, then resection of segment 7.',
    });
    await approveBy(t, [board.surgeon, board.oncologist, board.radiologist], id);
    await vote(t, board.ir, id, { vote: 'reject', comment: DISSENT });
    const adopted = await t.request('POST', `/api/proposals/${id}/adopt`, {
      token: board.surgeon.token,
      body: { patientPreferencesDiscussed: true, supportiveCare },
    });
    expect(adopted.status).toBe(201);
    return adopted.body;
  }

  const recommendation = (caseId: string, token = board.surgeon.token) =>
    t.request('GET', `/api/cases/${caseId}/recommendation`, { token });
  const sign = (caseId: string, contentHash: string, token = board.surgeon.token) =>
    t.request('POST', `/api/cases/${caseId}/recommendation/sign`, { token, body: { contentHash } });
  const draftHash = async (caseId: string) => (await recommendation(caseId)).body.draftContentHash as string;
  const pdf = async (caseId: string, query = '') => {
    const response = await t.request('GET', `/api/cases/${caseId}/recommendation.pdf${query}`, {
      token: board.coordinator.token,
    });
    expect(response.status).toBe(200);
    return response;
  };
  const setAddressee = (caseId: string, body: object) =>
    t.request('PATCH', `/api/cases/${caseId}`, { token: board.oncologist.token, body });

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
    const meeting = await boardMeeting(t, board, { cases: [{}, {}, {}] });
    meetingId = meeting.meetingId;
    [signedCase, deputyCase, draftCase] = meeting.caseIds;
    await t.dataSource.query(
      `UPDATE patient SET full_name = 'María José Núñez', mrn = 'MRN-7781', birth_date = '1961-04-09'
        WHERE id = (SELECT patient_id FROM board_case WHERE id = $1)`,
      [signedCase],
    );
    await decide(signedCase, ALL_SUPPORTIVE_CARE.slice(0, 2));
    await decide(deputyCase, ALL_SUPPORTIVE_CARE);
    await decide(draftCase);
  });
  afterAll(() => t.close());

  describe('the draft', () => {
    it('answers the adoption with the supportive care agreed, unsigned, with the hash to sign', async () => {
      const r = (await recommendation(signedCase)).body;
      expect(r.signature).toBeNull();
      expect(r.addenda).toEqual([]);
      expect(r.draftContentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.callerMaySign).toBe(true);
      expect(r.addressee).toBeNull();
      expect(r.supportiveCare).toEqual([
        { service: 'psycho_oncology', status: 'referred' },
        { service: 'nutrition', status: 'offered' },
        { service: 'pain_palliative_care', status: null },
        { service: 'specialist_nurse', status: null },
      ]);
      expect((await recommendation(signedCase, board.oncologist.token)).body.callerMaySign).toBe(false);
    });

    it('says "draft — not signed" on every page of the PDF, each page naming the patient', async () => {
      const response = await pdf(signedCase);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = await pdfPageTexts(response.raw);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      for (const [index, text] of pages.entries()) {
        expect(text).toContain('MRN-7781');
        expect(text).toMatch(/DRAFT — NOT SIGNED/i);
        expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      }
    });

    it('keeps the facts frozen after the decision but takes the addressee until signed', async () => {
      const facts = await setAddressee(signedCase, { ecog: 2 });
      expect(facts.status).toBe(409);
      expect(facts.body.error).toBe('CASE_NOT_EDITABLE');
      const both = await setAddressee(signedCase, {
        treatingPhysicianSpecialistId: board.pathologist.specialistId,
        treatingPhysicianName: ADDRESSEE,
      });
      expect(both.status).toBe(422);
      expect(both.body.error).toBe('TREATING_PHYSICIAN_AMBIGUOUS');
      const contactOnly = await setAddressee(signedCase, { treatingPhysicianContact: 'ibanez@hcn.example' });
      expect(contactOnly.status).toBe(422);
      expect(contactOnly.body.error).toBe('TREATING_PHYSICIAN_NAME_REQUIRED');
    });
  });

  describe('POST /api/cases/:id/recommendation/sign', () => {
    it('needs an addressee, then every supportive-care service, before the chair signs', async () => {
      const noAddressee = await sign(signedCase, await draftHash(signedCase));
      expect(noAddressee.status).toBe(422);
      expect(noAddressee.body.error).toBe('ADDRESSEE_REQUIRED');

      const named = await setAddressee(signedCase, {
        treatingPhysicianName: ADDRESSEE,
        treatingPhysicianContact: 'l.ibanez@hcn.example',
      });
      expect(named.status).toBe(200);
      expect(named.body).toMatchObject({
        treatingPhysicianName: ADDRESSEE,
        treatingPhysicianSpecialist: null,
      });

      const incomplete = await sign(signedCase, await draftHash(signedCase));
      expect(incomplete.status).toBe(422);
      expect(incomplete.body).toMatchObject({
        error: 'SUPPORTIVE_CARE_INCOMPLETE',
        details: { missing: ['pain_palliative_care', 'specialist_nurse'] },
      });
      const recorded = await t.request('PUT', `/api/cases/${signedCase}/recommendation/supportive-care`, {
        token: board.coordinator.token,
        body: { entries: ALL_SUPPORTIVE_CARE.slice(2) },
      });
      expect(recorded.status).toBe(204);
    });

    it('refuses a letter that changed since it was reviewed (409 LETTER_CHANGED)', async () => {
      const stale = await draftHash(signedCase);
      await t.request('PUT', `/api/cases/${signedCase}/recommendation/supportive-care`, {
        token: board.coordinator.token,
        body: { entries: [{ service: 'specialist_nurse', status: 'referred' }] },
      });
      const response = await sign(signedCase, stale);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        error: 'LETTER_CHANGED',
        details: { reviewedContentHash: stale },
      });
    });

    it('refuses anyone but the chair while the institution allows no deputy', async () => {
      const hash = await draftHash(signedCase);
      const clinician = await sign(signedCase, hash, board.oncologist.token);
      expect(clinician.status).toBe(403);
      expect(clinician.body.error).toBe('NOT_SIGNER');
      const coordinator = await sign(signedCase, hash, board.coordinator.token);
      expect(coordinator.status).toBe(403);
      expect(coordinator.body.error).toBe('PERMISSION_DENIED');
    });

    it('signs once: the signer, the time and the SHA-256 of the canonical content, kept as signed', async () => {
      const hash = await draftHash(signedCase);
      const response = await t.request('POST', `/api/cases/${signedCase}/recommendation/sign`, {
        token: board.surgeon.token,
        body: { contentHash: hash },
        headers: { 'x-request-id': 'letter-sign-1' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        signer: { id: board.surgeon.specialistId, discipline: 'surgery' },
        asDeputy: false,
        algorithm: 'SHA-256',
        contentHash: hash,
        signedAt: expect.any(String),
      });
      const [row] = await t.dataSource.query(
        `SELECT content, content_hash FROM recommendation_signature WHERE id = $1`,
        [response.body.id],
      );
      // The stored content hashes to the stored hash: the signature can be checked from the record alone.
      expect(createHash('sha256').update(canonicalJson(row.content)).digest('hex')).toBe(row.content_hash);
      expect(row.content).toMatchObject({
        patient: { mrn: 'MRN-7781', fullName: 'María José Núñez', sex: expect.any(String) },
        addressee: { kind: 'external', fullName: ADDRESSEE, contact: 'l.ibanez@hcn.example' },
        facts: expect.objectContaining({ primarySite: 'colon', lesions: expect.any(Array) }),
      });
      const r = (await recommendation(signedCase)).body;
      const entry = (await auditEntries(t, r.id)).find((e) => e.request_id === 'letter-sign-1');
      expect(entry).toMatchObject({
        action: 'recommendation.sign',
        actor_id: board.surgeon.id,
        details: { caseId: signedCase, signatureId: response.body.id },
      });

      const again = await sign(signedCase, hash);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        error: 'ALREADY_SIGNED',
        details: { signatureId: response.body.id },
      });

      const signed = (await recommendation(signedCase)).body;
      expect(signed.signature).toMatchObject({ id: response.body.id, contentHash: hash });
      expect(signed.draftContentHash).toBeNull();
    });

    it('makes the letter final: supportive care and addressee are refused once signed', async () => {
      const care = await t.request('PUT', `/api/cases/${signedCase}/recommendation/supportive-care`, {
        token: board.coordinator.token,
        body: { entries: [{ service: 'nutrition', status: 'declined' }] },
      });
      expect(care.status).toBe(409);
      expect(care.body.error).toBe('ALREADY_SIGNED');
      const addressee = await setAddressee(signedCase, { treatingPhysicianName: 'Dr. Someone Else' });
      expect(addressee.status).toBe(409);
      expect(addressee.body.error).toBe('ALREADY_SIGNED');
      // The database holds it too: the app's role may not update a signature, and nor may the owner.
      await expect(
        t.dataSource.query(`UPDATE recommendation_signature SET content_hash = repeat('0', 64)`),
      ).rejects.toThrow(/permission denied/);
      await expect(
        t.ownerQuery(`UPDATE recommendation_signature SET content_hash = repeat('0', 64)`),
      ).rejects.toThrow(/never changed/);
      await expect(
        t.ownerQuery(
          `UPDATE supportive_care SET status = 'declined'
                       WHERE recommendation_id = (SELECT id FROM recommendation WHERE case_id = $1)`,
          [signedCase],
        ),
      ).rejects.toThrow(/signed recommendation is never changed/);
    });

    it('prints the signed PDF with the addressee, the dissent and the signature, and no draft mark', async () => {
      const r = (await recommendation(signedCase)).body;
      const pages = await pdfPageTexts((await pdf(signedCase)).raw);
      const text = pages.join('\n');
      for (const page of pages) {
        expect(page).toContain('MRN-7781');
        expect(page).not.toMatch(/DRAFT — NOT SIGNED/i);
      }
      expect(text).toContain('María José Núñez');
      expect(text.replace(/\s+/g, ' ')).toContain(ADDRESSEE);
      expect(text.replace(/\s+/g, ' ')).toContain(DISSENT);
      expect(text.replace(/\s+/g, '')).toContain(r.signature.contentHash);
    });

    it('prints in Spanish with ?lang=es, and refuses an unknown language (400)', async () => {
      const text = (await pdfPageTexts((await pdf(signedCase, '?lang=es')).raw)).join('\n');
      expect(text).toContain('María José Núñez');
      expect(text).toMatch(/Página 1 de \d+/);
      const html = await t.request('GET', `/api/cases/${signedCase}/recommendation.html?lang=es`, {
        token: board.coordinator.token,
      });
      expect(html.body).toMatch(/<html lang="es">/);
      const unknown = await t.request('GET', `/api/cases/${signedCase}/recommendation.pdf?lang=fr`, {
        token: board.coordinator.token,
      });
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(unknown.body.details)).toContain('lang');
    });

    it('lets a present clinician sign as deputy where the institution allows it, never an absent one', async () => {
      await setAddressee(deputyCase, { treatingPhysicianSpecialistId: board.pathologist.specialistId });
      expect((await putSettings(t, board.admin, { deputySigning: true })).status).toBe(200);
      try {
        const hash = await draftHash(deputyCase);
        const absent = await sign(deputyCase, hash, board.pathologist.token);
        expect(absent.status).toBe(403);
        expect(absent.body.error).toBe('DEPUTY_NOT_PRESENT');
        const deputy = await sign(deputyCase, hash, board.ir.token);
        expect(deputy.status).toBe(201);
        expect(deputy.body).toMatchObject({ asDeputy: true, signer: { id: board.ir.specialistId } });
      } finally {
        await putSettings(t, board.admin, { deputySigning: false });
      }
      const text = (await pdfPageTexts((await pdf(deputyCase)).raw)).join('\n');
      expect(text).toMatch(/deputy/i);
    });

    it('rejects a malformed hash and unknown fields (400 naming them)', async () => {
      const bad = await t.request('POST', `/api/cases/${draftCase}/recommendation/sign`, {
        token: board.surgeon.token,
        body: { contentHash: 'abc', extra: 1 },
      });
      expect(bad.status).toBe(400);
      const fields = JSON.stringify(bad.body.details);
      expect(fields).toContain('contentHash');
      expect(fields).toContain('extra');
    });
  });

  describe('POST /api/cases/:id/recommendation/addenda', () => {
    it('amends only a signed letter (409 NOT_SIGNED)', async () => {
      const response = await t.request('POST', `/api/cases/${draftCase}/recommendation/addenda`, {
        token: board.surgeon.token,
        body: { text: 'Correction.' },
      });
      expect(response.status).toBe(409);
      expect(response.body.error).toBe('NOT_SIGNED');
    });

    it('is a new signed document that references the original, printed after it', async () => {
      const original = (await recommendation(signedCase)).body.signature;
      const text = 'Correction: the resection targets segment 6, not segment 7, as the MRI report says.';
      const response = await t.request('POST', `/api/cases/${signedCase}/recommendation/addenda`, {
        token: board.surgeon.token,
        body: { text },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        text,
        amendsSignatureId: original.id,
        amendsContentHash: original.contentHash,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(response.body.contentHash).not.toBe(original.contentHash);
      const r = (await recommendation(signedCase)).body;
      expect(r.signature.id).toBe(original.id);
      expect(r.addenda).toEqual([expect.objectContaining({ id: response.body.id, text })]);
      expect(
        (
          await t.request('POST', `/api/cases/${signedCase}/recommendation/addenda`, {
            token: board.oncologist.token,
            body: { text: 'Not the chair.' },
          })
        ).status,
      ).toBe(403);

      const pages = await pdfPageTexts((await pdf(signedCase)).raw);
      const last = pages[pages.length - 1].replace(/\s+/g, ' ');
      expect(last).toContain(text);
      expect(last.replace(/ /g, '')).toContain(original.contentHash);
      for (const page of pages) expect(page).toContain('MRN-7781');
    });
  });

  describe('GET /api/recommendations/awaiting-signature', () => {
    it("lists the chair's unsigned decisions, oldest first, and audits the read", async () => {
      const response = await t.request('GET', '/api/recommendations/awaiting-signature', {
        token: board.surgeon.token,
        headers: { 'x-request-id': 'awaiting-signature-1' },
      });
      expect(response.status).toBe(200);
      const [entry] = await t.dataSource.query(
        `SELECT action, details FROM audit_log WHERE request_id = 'awaiting-signature-1'`,
      );
      expect(entry.action).toBe('recommendation.read');
      expect(entry.details.listed).toEqual(response.body.items.map((i: { id: string }) => i.id));
      const ids = response.body.items.map((i: { caseId: string }) => i.caseId);
      expect(ids).toContain(draftCase);
      expect(ids).not.toContain(signedCase);
      expect(ids).not.toContain(deputyCase);
      expect(response.body.items.find((i: { caseId: string }) => i.caseId === draftCase)).toMatchObject({
        meeting: { id: meetingId },
        hasAddressee: false,
        supportiveCareRecorded: 0,
        patient: { mrn: expect.any(String) },
      });
      const others = await t.request('GET', '/api/recommendations/awaiting-signature', {
        token: board.oncologist.token,
      });
      expect(others.body.items).toEqual([]);
      const coordinator = await t.request('GET', '/api/recommendations/awaiting-signature', {
        token: board.coordinator.token,
      });
      expect(coordinator.status).toBe(403);
    });
  });

  describe('metrics', () => {
    it('counts supportive care per service and the letters signed', async () => {
      const response = await t.request('GET', '/api/metrics', { token: board.coordinator.token });
      expect(response.status).toBe(200);
      expect(response.body.lettersSigned).toBeGreaterThanOrEqual(2);
      const psycho = response.body.supportiveCare.find(
        (s: { service: string }) => s.service === 'psycho_oncology',
      );
      expect(psycho.referred).toBeGreaterThanOrEqual(2);
      expect(psycho.notRecorded).toBeGreaterThanOrEqual(1);
      expect(response.body.supportiveCare.map((s: { service: string }) => s.service)).toEqual([
        'psycho_oncology',
        'nutrition',
        'pain_palliative_care',
        'specialist_nurse',
      ]);
    });
  });
});
