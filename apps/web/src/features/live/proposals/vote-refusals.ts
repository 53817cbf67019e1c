import type { TFunction } from 'i18next';

import { type Discipline, DISCIPLINES } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import type liveProposalsEn from '../../../i18n/live-proposals.en.json';

type VoteFailure = keyof (typeof liveProposalsEn)['votes']['failure'];
type AdoptFailure = keyof (typeof liveProposalsEn)['adopt']['failure'];

const VOTE_FAILURES: Partial<Record<string, VoteFailure>> = {
  REJECT_NEEDS_COMMENT: 'commentRequired',
  NOT_PRESENT: 'notPresent',
  NO_SPECIALIST_PROFILE: 'noProfile',
  MEETING_NOT_IN_PROGRESS: 'notInProgress',
  CASE_DECIDED: 'decided',
  CASE_NOT_ON_AGENDA: 'notOnAgenda',
  VOTE_CONFLICT: 'conflict',
};

/** A refused vote in words (the API's codes: apps/api/src/modules/proposals/proposals.errors.ts). */
export function voteRefusalText(error: unknown, t: TFunction): string {
  const code = error instanceof ApiError ? error.code : null;
  const known = code ? VOTE_FAILURES[code] : undefined;
  if (known) return t(`liveProposals.votes.failure.${known}`);
  if (error instanceof ApiError) {
    if (error.status === 400) return t('liveProposals.votes.failure.rejected');
    if (error.status === 403) return t('liveProposals.votes.failure.forbidden');
    if (error.status === 404) return t('liveProposals.votes.failure.notFound');
  }
  return t('liveProposals.votes.failure.failed');
}

function detailsOf(error: ApiError): Record<string, unknown> {
  const details = error.body?.details;
  return details && typeof details === 'object' && !Array.isArray(details)
    ? (details as Record<string, unknown>)
    : {};
}

const isDiscipline = (value: unknown): value is Discipline =>
  typeof value === 'string' && (DISCIPLINES as readonly string[]).includes(value);

const count = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * A refused adoption in words, with what the API judged it on: the disciplines nobody present covers
 * (not quorate), the tally among present voters (no majority, a tie included).
 */
export function adoptRefusalText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('liveProposals.adopt.failure.failed');
  const details = detailsOf(error);
  const failure = (key: AdoptFailure, values: Record<string, string | number> = {}) =>
    t(`liveProposals.adopt.failure.${key}`, values);
  switch (error.code) {
    case 'MEETING_NOT_QUORATE': {
      const missing = Array.isArray(details.missingDisciplines)
        ? details.missingDisciplines.filter(isDiscipline)
        : [];
      return missing.length > 0
        ? failure('notQuorateMissing', {
            disciplines: missing.map((d) => t(`enums.discipline.${d}`)).join(', '),
          })
        : failure('notQuorate');
    }
    case 'NO_MAJORITY': {
      const tally =
        details.tally && typeof details.tally === 'object' ? (details.tally as Record<string, unknown>) : {};
      const approvals = count(tally.approvals);
      const rejections = count(tally.rejections);
      return failure(approvals === rejections ? 'tie' : 'noMajority', {
        approvals,
        rejections,
        abstentions: count(tally.abstentions),
      });
    }
    case 'NOT_PRESENT':
      return failure('notPresent');
    case 'NOT_CHAIR':
      return failure('notChair');
    case 'ALREADY_ADOPTED':
      return failure('alreadyAdopted');
    case 'MEETING_NOT_IN_PROGRESS':
      return failure('notInProgress');
    case 'CASE_NOT_SCHEDULED':
    case 'CASE_NOT_ON_AGENDA':
      return failure('notOnAgenda');
  }
  if (error.status === 400) return failure('rejected');
  if (error.status === 403) return failure('forbidden');
  if (error.status === 404) return failure('notFound');
  return failure('failed');
}
