import { daysFromNowAtFour, DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from '../src/seed/seed';
import { TestApp } from './support/test-app';

// First start: the bootstrap admin and the demo data appear on an empty database, and never again.
describe('first-start seeding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create({
      demoData: true,
      bootstrapAdmin: { email: 'Root@Hospital.Example', password: 'a long bootstrap passphrase' },
    });
  });
  afterAll(() => t.close());

  it('creates the bootstrap admin, one demo account per role and the demo cases, once', async () => {
    const result = await seed(t.app, t.config);
    expect(result.bootstrapAdmin).toBe('root@hospital.example');
    expect(result.demoAccounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    expect(result.demoCases).toBeGreaterThanOrEqual(10);

    const root = await t.request('POST', '/api/auth/login', {
      body: { email: 'root@hospital.example', password: 'a long bootstrap passphrase' },
    });
    expect(root.status).toBe(200);
    expect(root.body.user.role).toBe('admin');

    const oncologist = await t.login('oncologist@demo.consilium.test', DEMO_PASSWORD);
    const cases = await t.request('GET', '/api/cases?limit=100', { token: oncologist });
    expect(cases.status).toBe(200);
    expect(cases.body.items).toHaveLength(result.demoCases);
    const states = new Set(cases.body.items.map((c: { status: string }) => c.status));
    expect(states.size).toBeGreaterThanOrEqual(3);
    // A newcomer can build an agenda at once: accepted cases are left off the demo meetings.
    expect(
      cases.body.items.filter((c: { status: string }) => c.status === 'accepted').length,
    ).toBeGreaterThanOrEqual(3);
    // And can hold a board: one is in progress and quorate; last week's is closed, next week's planned.
    const meetings = await t.request('GET', '/api/meetings?limit=10', { token: oncologist });
    expect(meetings.body.items.map((m: { status: string }) => m.status)).toEqual([
      'closed',
      'in_progress',
      'planned',
    ]);
    expect(result).toMatchObject({ demoMeetings: 3, demoDecisions: 2, demoFollowUps: 1 });

    // The coordinator's intake holds two submitted cases (one to accept, one to return).
    type Listed = {
      id: string;
      status: string;
      patient: { mrn: string };
      nextStep: { kind: string; overdue: boolean; followUpDueAt: string | null };
    };
    const byMrn = new Map<string, Listed>(cases.body.items.map((c: Listed) => [c.patient.mrn, c]));
    const statusOf = (mrn: string) => byMrn.get(mrn)?.status;
    const submitted = cases.body.items.filter((c: Listed) => c.status === 'submitted');
    expect(submitted.map((c: Listed) => c.patient.mrn).sort()).toEqual(['DEMO-0007', 'DEMO-0014']);
    expect(statusOf('DEMO-0015')).toBe('closed');
    expect(statusOf('DEMO-0016')).toBe('decided');
    expect(statusOf('DEMO-0017')).toBe('deferred');
    expect(byMrn.get('DEMO-0016')?.nextStep).toMatchObject({ kind: 'awaiting_follow_up', overdue: false });
    expect(byMrn.get('DEMO-0017')?.nextStep.kind).toBe('awaiting_new_board');
    // The accepted cases have never been on an agenda, open or closed.
    const accepted = cases.body.items.filter((c: Listed) => c.status === 'accepted');
    expect(accepted.map((c: Listed) => c.patient.mrn).sort()).toEqual([
      'DEMO-0002',
      'DEMO-0004',
      'DEMO-0011',
    ]);
    const [{ onAgenda }] = await t.dataSource.query(
      `SELECT count(*)::int AS "onAgenda" FROM agenda_item WHERE case_id = ANY($1::uuid[])`,
      [accepted.map((c: Listed) => c.id)],
    );
    expect(onAgenda).toBe(0);

    // Last week's board: 16:00 seven days ago in the institution's zone, three cases, minutes on one.
    const closedId = meetings.body.items[0].id;
    const closed = (await t.request('GET', `/api/meetings/${closedId}`, { token: oncologist })).body;
    expect(closed).toMatchObject({
      title: 'Liver metastases board',
      boardType: 'Hepatobiliary MDT',
      status: 'closed',
      quorum: { quorate: true },
    });
    expect(closed.localStartsAt).toBe(daysFromNowAtFour(-7, closed.timeZone));
    expect(closed.localStartsAt).toMatch(/T16:00:00[+-]\d\d:\d\d$/);
    expect(closed.agenda.map((i: { case: { id: string } }) => i.case.id)).toEqual(
      ['DEMO-0015', 'DEMO-0016', 'DEMO-0017'].map((mrn) => byMrn.get(mrn)?.id),
    );
    const deferredId = byMrn.get('DEMO-0017')?.id;
    const notes = await t.request('GET', `/api/meetings/${closedId}/cases/${deferredId}/notes`, {
      token: oncologist,
    });
    expect(notes.status).toBe(200);
    expect(notes.body.items).toHaveLength(2);

    // The adopted plans needed no override; the follow-up of DEMO-0015 is recorded as implemented.
    const steps: { verdict: string; overrideJustification: string | null }[] = (
      await t.dataSource.query(`SELECT steps FROM proposal WHERE status = 'adopted'`)
    ).flatMap((p: { steps: [] }) => p.steps);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.filter((s) => s.verdict === 'contraindicated' || s.overrideJustification)).toEqual([]);
    const coordinator = await t.login('coordinator@demo.consilium.test', DEMO_PASSWORD);
    const done = await t.request('GET', `/api/cases/${byMrn.get('DEMO-0015')?.id}/recommendation`, {
      token: coordinator,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ case: { status: 'closed' }, followUp: { status: 'implemented' } });
    // Its letter is addressed and signed by the chair; DEMO-0016's awaits nutrition and the signature.
    expect(done.body.addressee).toMatchObject({ kind: 'external', fullName: expect.stringMatching(/^Dr\. /) });
    expect(done.body.signature).toMatchObject({ asDeputy: false, signer: { discipline: 'surgery' } });
    const awaiting = await t.request('GET', `/api/cases/${byMrn.get('DEMO-0016')?.id}/recommendation`, {
      token: coordinator,
    });
    expect(awaiting.body).toMatchObject({ case: { status: 'decided' }, followUp: null, signature: null });
    expect(awaiting.body.supportiveCare.find((s: { service: string }) => s.service === 'nutrition')).toEqual({
      service: 'nutrition',
      status: null,
    });

    // The metrics page has a closed board to count.
    const metrics = await t.request('GET', '/api/metrics', { token: coordinator });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatchObject({
      meetingsClosed: 1,
      casesDiscussed: 3,
      decisions: 2,
      followUps: { recorded: 1, implemented: 1 },
      deferral: { agendaItems: 3, deferred: 1 },
    });

    // A second start finds users and creates nothing.
    const again = await seed(t.app, t.config);
    expect(again).toMatchObject({ bootstrapAdmin: null, demoAccounts: [], demoCases: 0 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(n).toBe(DEMO_ACCOUNTS.length + 1);
  });
});
