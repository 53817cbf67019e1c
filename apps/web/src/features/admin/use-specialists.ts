import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';
import type { Discipline } from './use-users';

export type Specialist = Schemas['SpecialistDto'];
export type CreateSpecialistInput = Schemas['CreateSpecialistDto'];
export type UpdateSpecialistInput = Schemas['UpdateSpecialistDto'];

const SPECIALISTS = ['specialists'] as const;

/** The specialist directory by name, optionally of one discipline, a page at a time. */
export function useSpecialists(discipline: Discipline | null) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [...SPECIALISTS, 'list', { discipline }],
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

// Enough for any board's directory of one discipline; a longer one is cut, and says so.
const MAX_UNLINKED_PAGES = 5;

/**
 * Profiles of one discipline that no account holds yet (a guest who now gets an account), for linking
 * a new clinician to. `truncated` when the directory had more than was read.
 */
export function useUnlinkedSpecialists(discipline: Discipline | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...SPECIALISTS, 'unlinked', discipline],
    enabled: discipline !== null,
    queryFn: async ({ signal }) => {
      const found: Specialist[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_UNLINKED_PAGES; page++) {
        const result = unwrap(
          await api.GET('/api/specialists', {
            params: { query: { discipline: discipline ?? undefined, cursor, limit: 100 } },
            signal,
          }),
        );
        found.push(...result.items.filter((s) => s.userId === null));
        if (!result.nextCursor) return { items: found, truncated: false };
        cursor = result.nextCursor;
      }
      return { items: found, truncated: true };
    },
  });
}

export function useSpecialist(specialistId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...SPECIALISTS, 'detail', specialistId],
    enabled: specialistId !== null,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/specialists/{id}', { params: { path: { id: specialistId ?? '' } }, signal }),
      ),
  });
}

export function useCreateSpecialist() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateSpecialistInput) => unwrap(await api.POST('/api/specialists', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SPECIALISTS }),
  });
}

export function useUpdateSpecialist() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: UpdateSpecialistInput }) =>
      unwrap(await api.PATCH('/api/specialists/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SPECIALISTS }),
  });
}
