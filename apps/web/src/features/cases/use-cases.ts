import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type CaseSummary = Schemas['CaseDto'];
export type CaseStatus = CaseSummary['status'];
export type CaseFilter = NonNullable<paths['/api/cases']['get']['parameters']['query']>;

/** Cases newest first, a page at a time (`nextCursor`), filtered as the API allows. */
export function useCases(filter: Omit<CaseFilter, 'cursor'>) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['cases', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/cases', { params: { query: { ...filter, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // A new filter keeps the current rows on screen until its own arrive.
    placeholderData: keepPreviousData,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}
