import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Metrics = Schemas['MetricsDto'];
export type FollowUpReason = Metrics['followUps']['reasons'][number]['reason'];
export type Discipline = Metrics['attendanceByDiscipline'][number]['discipline'];
export type SupportiveCareCounts = Metrics['supportiveCare'][number];

/** Plain dates, `to` the day after the last one (the API's end is exclusive); a board type or every one. */
export type MetricsQuery = NonNullable<paths['/api/metrics']['get']['parameters']['query']>;

/** The board's figures over a range; a new range keeps the current figures on screen until its own arrive. */
export function useMetrics(query: MetricsQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['metrics', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/metrics', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    // Every board's work moves these figures (attendance, decisions, follow-ups): fetched afresh
    // each time the page is opened, the cached ones shown meanwhile.
    staleTime: 0,
    enabled,
  });
}
