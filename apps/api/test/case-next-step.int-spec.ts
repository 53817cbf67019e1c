import { CasesService } from '@api/modules/cases/cases.service';

import { type Board, createBoard } from './support/board';
import { acceptedCase, createCase, createPatient, readyCaseBody } from './support/cases';
import { countQueries } from './support/inspect';
import { boardMeeting, createMeeting, setFollowUpOverdueDays } from './support/meetings';
import { adopt, approveBy, freshProposal } from './support/plans';
import { requireStatus, send } from './support/requests';
import { TestApp } from './support/test-app';

// What each case needs next (libs/domain next-step), as the presenter's case list shows it.
describe('the next step of a case', () => {
  let t: TestApp;
  let board: Board;

  beforeAll(async () => {
    t = await TestApp.create();
    board = await createBoard(t);
  });
  afterAll(() => t.close());

  const nextStep = async (caseId: string) => {
    const response = await t.request('GET', `/api/cases/${caseId}`, { token: board.oncologist.token });
    requireStatus('get case', response, 200);
    return response.body.nextStep;
  };

  it('names the readiness items an incomplete draft still lacks, then asks for submission', async () => {
    const { id: patientId } = await createPatient(t, board.oncologist);
    const draft = await createCase(
      t,
      board.oncologist,
      readyCaseBody(patientId, { ecog: null, latestImagingDate: null }),
    );
    expect(await nextStep(draft.id)).toEqual({
      kind: 'complete',
      missing: ['ecog', 'imaging'],
      returnReason: null,
      since: expect.any(String),
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    });
    await send(t, board.oncologist, 'PATCH', `/api/cases/${draft.id}`, 200, {
      ecog: 1,
      latestImagingDate: readyCaseBody(patientId).latestImagingDate,
    });
    expect((await nextStep(draft.id)).kind).toBe('submit');
  });

  it("carries the coordinator's reason once a case is returned, until it is submitted again", async () => {
    const { id: patientId } = await createPatient(t, board.oncologist);
    const { id } = await createCase(t, board.oncologist, readyCaseBody(patientId));
    await send(t, board.oncologist, 'POST', `/api/cases/${id}/submit`, 200);
    expect((await nextStep(id)).kind).toBe('awaiting_triage');
    await send(t, board.coordinator, 'POST', `/api/cases/${id}/return`, 200, {
      reason: 'Add the liver MRI of last week',
    });
    expect(await nextStep(id)).toEqual({
      kind: 'revise',
      missing: [],
      returnReason: 'Add the liver MRI of last week',
      since: expect.any(String),
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    });
    // Editing keeps the case returned: the reason stays until the presenter resubmits.
    await send(t, board.oncologist, 'PATCH', `/api/cases/${id}`, 200, { ecog: 0 });
    expect((await nextStep(id)).returnReason).toBe('Add the liver MRI of last week');
    await send(t, board.oncologist, 'POST', `/api/cases/${id}/submit`, 200);
    expect(await nextStep(id)).toEqual({
      kind: 'awaiting_triage',
      missing: [],
      returnReason: null,
      since: expect.any(String),
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    });
  });

  it('names the board whose agenda holds a scheduled case, with its local start', async () => {
    const caseId = await acceptedCase(t, board);
    expect((await nextStep(caseId)).kind).toBe('awaiting_agenda');
    const meeting = await createMeeting(t, board.coordinator, board.surgeon.specialistId, {
      title: 'Liver board, next week',
    });
    await send(t, board.coordinator, 'POST', `/api/meetings/${meeting.id}/agenda`, 201, { caseId });
    expect(await nextStep(caseId)).toEqual({
      kind: 'on_agenda',
      missing: [],
      returnReason: null,
      since: expect.any(String),
      followUpDueAt: null,
      overdue: false,
      meeting: {
        id: meeting.id,
        title: 'Liver board, next week',
        startsAt: meeting.startsAt,
        localStartsAt: meeting.localStartsAt,
        timeZone: meeting.timeZone,
      },
    });
  });

  it('asks for follow-up once the board has decided', async () => {
    const { id, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], id);
    requireStatus('adopt', await adopt(t, board.surgeon, id), 201);
    const step = await nextStep(caseId);
    const [decision] = await t.dataSource.query(
      `SELECT occurred_at FROM case_event WHERE case_id = $1 AND action = 'decide'`,
      [caseId],
    );
    const decided = decision.occurred_at as Date;
    // Due the institution's follow-up overdue days (60 by default) after the decision.
    expect(step).toEqual({
      kind: 'awaiting_follow_up',
      missing: [],
      returnReason: null,
      since: decided.toISOString(),
      followUpDueAt: new Date(decided.getTime() + 60 * 86_400_000).toISOString(),
      overdue: false,
      meeting: null,
    });
  });

  it('says since when a case waits, and calls a follow-up overdue after the institution setting', async () => {
    const { id: patientId } = await createPatient(t, board.oncologist);
    const { id } = await createCase(t, board.oncologist, readyCaseBody(patientId));
    await send(t, board.oncologist, 'POST', `/api/cases/${id}/submit`, 200);
    const [submitted] = await t.dataSource.query(
      `SELECT occurred_at FROM case_event WHERE case_id = $1 AND action = 'submit'`,
      [id],
    );
    expect((await nextStep(id)).since).toBe((submitted.occurred_at as Date).toISOString());

    const { id: proposalId, caseId } = await freshProposal(t, board);
    await approveBy(t, [board.surgeon, board.oncologist], proposalId);
    requireStatus('adopt', await adopt(t, board.surgeon, proposalId), 201);
    // Case events are append-only: the service is asked about a later "now" instead of the past
    // being rewritten.
    const cases = t.app.get(CasesService);
    const decidedCase = await cases.get(caseId);
    const decidedAt = new Date((await nextStep(caseId)).since);
    const at = (days: number) => new Date(decidedAt.getTime() + days * 86_400_000 + 1000);
    expect((await cases.nextSteps([decidedCase], at(59)))(decidedCase).overdue).toBe(false);
    expect((await cases.nextSteps([decidedCase], at(60)))(decidedCase).overdue).toBe(true);
    expect((await setFollowUpOverdueDays(t, board.admin, 90)).status).toBe(200);
    try {
      const step = (await cases.nextSteps([decidedCase], at(60)))(decidedCase);
      expect(step.overdue).toBe(false);
      expect(step.followUpDueAt?.toISOString()).toBe(
        new Date(decidedAt.getTime() + 90 * 86_400_000).toISOString(),
      );
    } finally {
      await setFollowUpOverdueDays(t, board.admin, 60);
    }
  });

  it('lists a queue oldest first with order=oldest, in keyset pages', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id: patientId } = await createPatient(t, board.oncologist);
      ids.push((await createCase(t, board.oncologist, readyCaseBody(patientId))).id);
    }
    const query = `presentingSpecialistId=${board.oncologist.specialistId}&status=draft`;
    const newest = await t.request('GET', `/api/cases?${query}&limit=100`, {
      token: board.coordinator.token,
    });
    const all: string[] = newest.body.items.map((c: { id: string }) => c.id);
    expect(all.slice(0, 3)).toEqual([...ids].reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.request(
        'GET',
        `/api/cases?${query}&order=oldest&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        { token: board.coordinator.token },
      );
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...all].reverse());

    const bad = await t.request('GET', '/api/cases?order=random', { token: board.coordinator.token });
    expect(bad.status).toBe(400);
  });

  it('comes with every case of a list in as many queries for 25 cases as for 1', async () => {
    // Drafts, returned, scheduled and decided cases of one presenter: every kind of lookup.
    await boardMeeting(t, board, { cases: [{}, {}], start: false });
    const { id: patientId } = await createPatient(t, board.oncologist);
    const { id: returned } = await createCase(t, board.oncologist, readyCaseBody(patientId));
    await send(t, board.oncologist, 'POST', `/api/cases/${returned}/submit`, 200);
    await send(t, board.coordinator, 'POST', `/api/cases/${returned}/return`, 200, {
      reason: 'Wrong patient',
    });
    for (let i = 0; i < 18; i++) {
      const { id: patientId } = await createPatient(t, board.oncologist);
      await createCase(t, board.oncologist, readyCaseBody(patientId, i % 2 ? { ecog: null } : {}));
    }
    const list = async (limit: number) => {
      const { result: response, queries } = await countQueries(() =>
        t.request('GET', `/api/cases?presentingSpecialistId=${board.oncologist.specialistId}&limit=${limit}`, {
          token: board.oncologist.token,
        }),
      );
      requireStatus('list', response, 200);
      return { body: response.body, queries };
    };
    const one = await list(1);
    const many = await list(25);
    expect(many.body.items).toHaveLength(25);
    const kinds = many.body.items.map((c: { nextStep: { kind: string } }) => c.nextStep.kind);
    expect(kinds).toEqual(expect.arrayContaining(['complete', 'submit', 'on_agenda', 'revise']));
    expect(many.queries).toBe(one.queries);
  });
});
