import { type QueryClient, useMutation, useQueries, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { ApiError, type Schemas, unwrap } from '../../api/client';
import { useCases } from '../cases/use-cases';

export type IntakeCase = Schemas['CaseDto'];

// A coordinator triages 5–30 cases: one page usually holds them all.
const PAGE_SIZE = 50;

/** Submitted cases waiting for a decision, the longest waiting first, a page at a time. */
export function useIntakeCases() {
  return useCases({ status: 'submitted', order: 'oldest', limit: PAGE_SIZE });
}

/**
 * After a triage (or a refusal that says the case moved on): the case, the case lists and the
 * patient's summary are read again; the readiness of the other cases on screen is not.
 */
function refreshAfterTriage(queryClient: QueryClient, boardCase: Pick<IntakeCase, 'id' | 'patientId'>) {
  void queryClient.invalidateQueries({ queryKey: ['cases', boardCase.id] });
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'cases' && typeof query.queryKey[1] === 'object',
  });
  void queryClient.invalidateQueries({ queryKey: ['patients', boardCase.patientId] });
}

/** The case moved on (409) or is gone (404): what the screen holds is out of date. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.status === 404);
}

export function useAcceptCase(boardCase: IntakeCase) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/cases/{id}/accept', { params: { path: { id: boardCase.id } } })),
    onSuccess: () => refreshAfterTriage(queryClient, boardCase),
    onError: (error) => {
      if (isStale(error)) refreshAfterTriage(queryClient, boardCase);
    },
  });
}

/** Returns the case to draft with the coordinator's reason, which its presenter reads. */
export function useReturnCase(boardCase: IntakeCase) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/cases/{id}/return', {
          params: { path: { id: boardCase.id } },
          body: { reason } satisfies Schemas['CaseActionReasonDto'],
        }),
      ),
    onSuccess: () => refreshAfterTriage(queryClient, boardCase),
    onError: (error) => {
      if (isStale(error)) refreshAfterTriage(queryClient, boardCase);
    },
  });
}

// A submitted case's history is short (created, submitted, and a return and a resubmission per
// round): its first page of 100 events holds any return.
const HISTORY_LIMIT = 100;

/**
 * Which of these cases came back after a return: one history request per case, so it is asked
 * only for the few cases that are new since the coordinator's last visit.
 */
export function useResubmitted(caseIds: readonly string[]): ReadonlySet<string> {
  const api = useApi();
  return useQueries({
    queries: caseIds.map((id) => ({
      queryKey: ['cases', id, 'events', { limit: HISTORY_LIMIT }],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api.GET('/api/cases/{id}/events', {
            params: { path: { id }, query: { limit: HISTORY_LIMIT } },
            signal,
          }),
        ),
      staleTime: 5 * 60_000,
    })),
    combine: (results) =>
      new Set(caseIds.filter((_, i) => results[i]?.data?.items.some((event) => event.action === 'return'))),
  });
}
