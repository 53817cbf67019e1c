import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../../api/api-provider';
import { type Schemas, unwrap } from '../../../api/client';

export type ModalityCatalogue = Schemas['ModalityCatalogueDto'];
export type CatalogueModality = Schemas['ModalityDto'];
export type NewProposal = Omit<Schemas['CreateProposalDto'], 'meetingId'>;
export type ProposalStepInput = Schemas['ProposalStepInputDto'];
export type ProposalDetail = Schemas['ProposalDetailDto'];
export type PlanIntent = Schemas['CreateProposalDto']['intent'];
export type VoteValue = Schemas['CastVoteDto']['vote'];

/** The documented modalities and agents a step may use; the same for every case and rarely changed. */
export function useModalities() {
  const api = useApi();
  return useQuery({
    queryKey: ['modalities'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/modalities', { signal })),
    staleTime: 60 * 60_000,
  });
}

/**
 * What a proposal, a vote or an adoption changes: the case's proposals (tally, votes, status), the
 * case (decided after an adoption) and the meeting (its agenda's outcome). Awaited, so that a
 * mutation ends when the screen shows its result. A refusal refreshes them too: it usually means
 * the screen was behind (attendance, the meeting's state, a plan adopted elsewhere).
 */
function useRefreshLiveCase(caseId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cases', caseId, 'proposals'] }),
      queryClient.invalidateQueries({ queryKey: ['cases', caseId] }),
      queryClient.invalidateQueries({ queryKey: ['meetings', meetingId] }),
    ]);
}

/** `POST /api/cases/:id/proposals` for the case on this meeting's agenda. */
export function useProposePlan(caseId: string, meetingId: string) {
  const api = useApi();
  const refresh = useRefreshLiveCase(caseId, meetingId);
  return useMutation({
    mutationFn: async (proposal: NewProposal) =>
      unwrap(
        await api.POST('/api/cases/{id}/proposals', {
          params: { path: { id: caseId } },
          body: { ...proposal, meetingId },
        }),
      ),
    onSettled: refresh,
  });
}

/** `PUT /api/proposals/:id/vote`: casts or changes the caller's vote. */
export function useCastVote(caseId: string, meetingId: string) {
  const api = useApi();
  const refresh = useRefreshLiveCase(caseId, meetingId);
  return useMutation({
    mutationFn: async ({
      proposalId,
      vote,
      comment,
    }: {
      proposalId: string;
      vote: VoteValue;
      comment?: string;
    }) =>
      unwrap(
        await api.PUT('/api/proposals/{id}/vote', {
          params: { path: { id: proposalId } },
          body: comment ? { vote, comment } : { vote },
        }),
      ),
    onSettled: refresh,
  });
}

/**
 * `POST /api/proposals/:id/adopt`: the board's recommendation; the case becomes decided. `onAdopted`
 * runs with the mutation itself, not with the caller's `mutate`: the meeting's `plan_adopted` event
 * may refetch the case as decided, and unmount the adopt control, before this response arrives.
 */
export function useAdoptProposal(caseId: string, meetingId: string, onAdopted?: () => void) {
  const api = useApi();
  const refresh = useRefreshLiveCase(caseId, meetingId);
  return useMutation({
    mutationFn: async ({
      proposalId,
      patientPreferencesDiscussed,
      supportiveCare,
    }: {
      proposalId: string;
      patientPreferencesDiscussed: boolean;
      /** Supportive care agreed with the plan; the rest can be recorded until the letter is signed. */
      supportiveCare: Schemas['SupportiveCareEntryDto'][];
    }) =>
      unwrap(
        await api.POST('/api/proposals/{id}/adopt', {
          params: { path: { id: proposalId } },
          body:
            supportiveCare.length > 0
              ? { patientPreferencesDiscussed, supportiveCare }
              : { patientPreferencesDiscussed },
        }),
      ),
    onSuccess: () => onAdopted?.(),
    onSettled: refresh,
  });
}
