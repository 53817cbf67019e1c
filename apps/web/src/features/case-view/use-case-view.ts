import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type Proposal = Schemas['ProposalDto'];
export type ProposalStep = Schemas['ProposalStepDto'];
export type CurrentVote = Schemas['CurrentVoteDto'];
export type Recommendation = Schemas['RecommendationDto'];

/** The case's proposals, oldest first, each with its current votes and tally (one request a page). */
export function useCaseProposals(caseId: string) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['cases', caseId, 'proposals'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/cases/{id}/proposals', {
          params: { path: { id: caseId }, query: { cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

/** The board's recommendation; only asked for once the case is decided (before, it is a 404). */
export function useRecommendation(caseId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['cases', caseId, 'recommendation'],
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/cases/{id}/recommendation', { params: { path: { id: caseId } }, signal })),
  });
}

/** Withdraws the case with the presenter's reason; every cached view of cases changes with it. */
export function useWithdrawCase(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/cases/{id}/withdraw', { params: { path: { id: caseId } }, body: { reason } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
