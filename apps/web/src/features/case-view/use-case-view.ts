import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { ApiError, type Schemas, unwrap } from '../../api/client';

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

/** The printable letter as HTML, fetched with the session's token (the API client adds it). */
export function useRecommendationLetter(caseId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.GET('/api/cases/{id}/recommendation.html', {
          params: { path: { id: caseId } },
          parseAs: 'text',
        }),
      ) as string,
  });
}

// Long enough for the new window to load the letter (and for the reader to print it).
const LETTER_URL_LIFETIME_MS = 5 * 60_000;

/**
 * Opens the printable recommendation letter in a new window. The letter needs the bearer token,
 * which a plain link cannot send: it is fetched and shown from a Blob URL. The window is opened
 * within the click (`open` must be called from it), so that pop-up blockers allow it.
 */
export function useLetterWindow(caseId: string) {
  const letter = useRecommendationLetter(caseId);
  const open = () => {
    const target = window.open('', '_blank');
    letter.mutate(undefined, {
      onSuccess: (html) => {
        const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
        if (target) target.location.href = url;
        else window.open(url, '_blank');
        window.setTimeout(() => URL.revokeObjectURL(url), LETTER_URL_LIFETIME_MS);
      },
      onError: () => target?.close(),
    });
  };
  const error = letter.error
    ? letter.error instanceof ApiError && letter.error.status === 404
      ? ('missing' as const)
      : ('failed' as const)
    : null;
  return { open, isPending: letter.isPending, error };
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
