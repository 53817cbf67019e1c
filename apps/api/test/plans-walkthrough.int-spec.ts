import { DEMO_PASSWORD, seed } from '../src/seed/seed';
import { TestApp } from './support/test-app';

// The "Done when", on the demo data of the embedded default: a meeting in progress and
// quorate, a RAS-mutant colorectal case on its agenda, and the demo users.
describe('treatment plans, end to end on the demo data', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.create({ demoData: true });
    const seeded = await seed(t.app, t.config);
    expect(seeded.demoMeetings).toBe(3);
    for (const name of ['oncologist', 'surgeon', 'ir', 'radiologist', 'coordinator', 'admin']) {
      tokens[name] = await t.login(`${name}@demo.consilium.test`, DEMO_PASSWORD);
    }
  });
  afterAll(() => t.close());

  it('goes from plan options to metrics', async () => {
    const as = (who: string) => ({ token: tokens[who] });

    // The demo meeting in progress, quorate, chaired by the surgeon.
    const meetings = await t.request('GET', '/api/meetings?status=in_progress', as('oncologist'));
    expect(meetings.status).toBe(200);
    expect(meetings.body.items).toHaveLength(1);
    const meeting = (await t.request('GET', `/api/meetings/${meetings.body.items[0].id}`, as('oncologist')))
      .body;
    expect(meeting.quorum.quorate).toBe(true);
    expect(meeting.chair.discipline).toBe('surgery');
    const planned = await t.request('GET', '/api/meetings?status=planned', as('coordinator'));
    expect(planned.body.items).toHaveLength(1);

    // The RAS-mutant colorectal case on its agenda.
    let caseId = '';
    for (const item of meeting.agenda) {
      const c = (await t.request('GET', `/api/cases/${item.case.id}`, as('oncologist'))).body;
      if (c.ras === 'mutant' && ['colon', 'rectum'].includes(c.primarySite)) caseId = c.id;
    }
    expect(caseId).not.toBe('');

    // 1. The oncologist sees the EGFR inhibitors contraindicated, with the source.
    const options = await t.request('GET', `/api/cases/${caseId}/plan-options`, as('oncologist'));
    expect(options.status).toBe(200);
    const targeted = options.body.options.find(
      (o: { modality: string }) => o.modality === 'targeted_therapy',
    );
    for (const agent of ['cetuximab', 'panitumumab']) {
      const a = targeted.agents.find((x: { agent: string }) => x.agent === agent);
      expect(a.verdict).toBe('contraindicated');
      expect(a.reasons).toContainEqual(
        expect.objectContaining({
          ruleId: 'TGT-EGFR-RAS',
          verdict: 'contraindicated',
          source: 'NICE TA439; ESMO 2023',
        }),
      );
    }

    // 2. A proposal with the EGFR inhibitor and no justification is refused.
    const refused = await t.request('POST', `/api/cases/${caseId}/proposals`, {
      ...as('oncologist'),
      body: {
        meetingId: meeting.id,
        intent: 'curative',
        steps: [
          { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX' } },
          { modality: 'targeted_therapy', agent: 'cetuximab' },
        ],
        rationale: 'FOLFOX with cetuximab to downsize.',
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('CONTRAINDICATED_STEP');
    expect(refused.body.message).toContain('TGT-EGFR-RAS');

    // 3. Chemotherapy then resection is accepted.
    const proposal = await t.request('POST', `/api/cases/${caseId}/proposals`, {
      ...as('oncologist'),
      body: {
        meetingId: meeting.id,
        intent: 'curative',
        steps: [
          { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
          { modality: 'surgical_resection', details: { approach: 'laparoscopic' }, targetLesions: [6, 7] },
        ],
        rationale: 'Perioperative FOLFOX, then laparoscopic resection of segments 6 and 7.',
      },
    });
    expect(proposal.status).toBe(201);
    expect(proposal.body.steps.map((s: { verdict: string }) => s.verdict)).toEqual(['eligible', 'eligible']);
    const id = proposal.body.id;

    // 4. The surgeon approves, the interventional radiologist rejects with a comment.
    const approve = await t.request('PUT', `/api/proposals/${id}/vote`, {
      ...as('surgeon'),
      body: { vote: 'approve' },
    });
    expect(approve.status).toBe(200);
    const dissent = 'Both lesions are ablatable; I would ablate rather than resect.';
    const reject = await t.request('PUT', `/api/proposals/${id}/vote`, {
      ...as('ir'),
      body: { vote: 'reject', comment: dissent },
    });
    expect(reject.status).toBe(200);
    // Tied: the chair cannot adopt yet; the oncologist's approval makes the majority.
    const tied = await t.request('POST', `/api/proposals/${id}/adopt`, {
      ...as('surgeon'),
      body: { patientPreferencesDiscussed: true },
    });
    expect(tied.status).toBe(409);
    expect(tied.body.error).toBe('NO_MAJORITY');
    await t.request('PUT', `/api/proposals/${id}/vote`, { ...as('oncologist'), body: { vote: 'approve' } });

    // 5. The chair adopts it; the case is decided.
    const adopted = await t.request('POST', `/api/proposals/${id}/adopt`, {
      ...as('surgeon'),
      body: { patientPreferencesDiscussed: true },
    });
    expect(adopted.status).toBe(201);
    expect(adopted.body).toMatchObject({
      case: { status: 'decided' },
      tally: { approvals: 2, rejections: 1, abstentions: 0 },
      quorum: { quorate: true },
      ruleSetVersion: '1.0.0',
    });

    // 6. The printable recommendation shows the dissent.
    const page = await t.request('GET', `/api/cases/${caseId}/recommendation.html`, as('coordinator'));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Ingrid Bos');
    expect(page.body).toContain('DEMO-0013');
    expect(page.body).toContain('voted against:');
    expect(page.body).toContain(dissent);
    expect(page.body).toContain('advisory');

    // 7. The coordinator records follow-up; the metrics count it.
    const followUp = await t.request('POST', `/api/cases/${caseId}/follow-up`, {
      ...as('coordinator'),
      body: { status: 'implemented', note: 'Six cycles of FOLFOX given; resection booked.' },
    });
    expect(followUp.status).toBe(201);
    const metrics = await t.request('GET', '/api/metrics', as('coordinator'));
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatchObject({
      decisions: 3,
      followUps: { recorded: 2, implemented: 2, implementedShare: 1 },
    });
    expect(metrics.body.medianDaysDecisionToFollowUp).toBeGreaterThanOrEqual(0);

    // Closing the meeting defers the two other agenda cases; the metrics count the discussion.
    const close = await t.request('POST', `/api/meetings/${meeting.id}/close`, as('coordinator'));
    expect(close.status).toBe(200);
    const after = (await t.request('GET', '/api/metrics', as('oncologist'))).body;
    expect(after).toMatchObject({
      meetingsClosed: 2,
      casesDiscussed: 6,
      deferral: { agendaItems: 6, deferred: 3 },
      minutesPerCase: 30,
    });

    // The admin runs the system but reads none of it.
    expect((await t.request('GET', `/api/cases/${caseId}/recommendation`, as('admin'))).status).toBe(403);
  });
});
