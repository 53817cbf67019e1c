import { useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';
import { ME_QUERY_KEY } from './session';

export type Me = Schemas['MeDto'];
export type Permission = Me['permissions'][number];

/** The signed-in user with role, discipline and permissions: what the API says they may do. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/auth/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
