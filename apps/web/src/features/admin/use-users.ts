import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type User = Schemas['UserDto'];

/** Accounts, oldest first, a page at a time. */
export function useUsers() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['users'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/users', { params: { query: { cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

/** The institution's settings (admins only): its time zone is the one admin screens show times in. */
export function useInstitutionSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'institution'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/settings/institution', { signal })),
    staleTime: 10 * 60_000,
  });
}
