import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type BoardCase = Schemas['CaseDto'];
export type Readiness = Schemas['ReadinessDto'];
export type CaseEvent = Schemas['CaseEventDto'];

/** One case with its facts. Query key `['cases', id]`: a change to the case invalidates it. */
export function useCase(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cases', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/cases/{id}', { params: { path: { id: caseId } }, signal })),
  });
}

/** The readiness checklist of the case as saved (the server's rule: the gate for submit). */
export function useReadiness(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cases', caseId, 'readiness'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/cases/{id}/readiness', { params: { path: { id: caseId } }, signal })),
  });
}

/** The case's workflow events, oldest first, a page at a time. */
export function useCaseEvents(caseId: string) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['cases', caseId, 'events'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/cases/{id}/events', {
          params: { path: { id: caseId }, query: { cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}
