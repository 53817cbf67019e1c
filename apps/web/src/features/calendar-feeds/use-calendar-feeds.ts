import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type Specialist = Schemas['SpecialistDto'];
export type Discipline = Specialist['discipline'];

/** The specialist directory by name, optionally of one discipline, a page at a time. */
export function useSpecialists(discipline: Discipline | null) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['specialists', { discipline }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/specialists', {
          params: { query: { discipline: discipline ?? undefined, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

export function useSpecialist(specialistId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['specialists', specialistId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/specialists/{id}', { params: { path: { id: specialistId } }, signal })),
  });
}

/**
 * A new secret feed URL (any earlier one stops working). The URL is a credential: it lives only in
 * this mutation's state, shown once, never in the query cache.
 */
export function useCreateCalendarFeed(specialistId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/specialists/{id}/calendar-feed', { params: { path: { id: specialistId } } }),
      ),
  });
}

/** Stops the specialist's feed URL (nothing to stop is fine). */
export function useRevokeCalendarFeed(specialistId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () => {
      unwrap(
        await api.DELETE('/api/specialists/{id}/calendar-feed', { params: { path: { id: specialistId } } }),
      );
    },
  });
}
