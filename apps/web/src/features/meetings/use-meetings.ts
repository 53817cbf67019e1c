import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type MeetingSummary = Schemas['MeetingSummaryDto'];
export type MeetingStatus = MeetingSummary['status'];

/** Boards from the start of today on, soonest first (today's, even if already running). */
export function useUpcomingMeetings(limit = 20) {
  const api = useApi();
  const [from] = useState(() => {
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    return today.toISOString();
  });
  return useQuery({
    queryKey: ['meetings', 'upcoming', from, limit],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/meetings', { params: { query: { from, limit } }, signal })),
  });
}
