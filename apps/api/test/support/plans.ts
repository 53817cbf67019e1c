import type { Actor, Board, Clinician } from './board';
import type { Overrides } from './cases';
import { boardMeeting } from './meetings';
import { requireStatus } from './requests';
import type { TestApp } from './test-app';

// Proposals, votes, adoption and follow-up through the API, each as (t, actor, …). `propose`, `vote`,
// `adopt` and `followUp` return the response, for the specs to assert on; `proposalId`, `approveBy`
// and `freshProposal` are setup that must succeed.

/** Chemotherapy, then resection of the segment 7 lesion: eligible for the default ready case. */
export function chemoThenResection(meetingId: string, overrides: Overrides = {}) {
  return {
    meetingId,
    intent: 'curative',
    steps: [
      { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
      { modality: 'surgical_resection', details: { approach: 'laparoscopic' }, targetLesions: [7] },
    ],
    rationale: 'Downsize with FOLFOX, then resect the single segment 7 lesion with clear margins.',
    ...overrides,
  };
}

export function propose(t: TestApp, author: Actor, caseId: string, body: object) {
  return t.request('POST', `/api/cases/${caseId}/proposals`, { token: author.token, body });
}

/** A proposal that must succeed; returns its id. */
export async function proposalId(t: TestApp, author: Actor, caseId: string, body: object): Promise<string> {
  const response = await propose(t, author, caseId, body);
  requireStatus('propose', response, 201);
  return response.body.id;
}

export function vote(t: TestApp, voter: Actor, proposalId: string, body: object) {
  return t.request('PUT', `/api/proposals/${proposalId}/vote`, { token: voter.token, body });
}

/** Each of `voters` approves the proposal. */
export async function approveBy(t: TestApp, voters: Actor[], proposalId: string) {
  for (const voter of voters)
    requireStatus('vote', await vote(t, voter, proposalId, { vote: 'approve' }), 200);
}

export function adopt(t: TestApp, actor: Actor, proposalId: string, patientPreferencesDiscussed = true) {
  return t.request('POST', `/api/proposals/${proposalId}/adopt`, {
    token: actor.token,
    body: { patientPreferencesDiscussed },
  });
}

export function followUp(t: TestApp, actor: Actor, caseId: string, body: object) {
  return t.request('POST', `/api/cases/${caseId}/follow-up`, { token: actor.token, body });
}

/**
 * The oncologist's `chemoThenResection` on the first case of a new `boardMeeting` (in progress and
 * quorate unless `present` says otherwise).
 */
export async function freshProposal(t: TestApp, board: Board, options: { present?: Clinician[] } = {}) {
  const { meetingId, caseIds } = await boardMeeting(t, board, options);
  const id = await proposalId(t, board.oncologist, caseIds[0], chemoThenResection(meetingId));
  return { meetingId, caseId: caseIds[0], id };
}
