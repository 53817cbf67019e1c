import { useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type MeetingDetail = Schemas['MeetingDetailDto'];
export type AgendaItem = Schemas['AgendaItemDto'];
/** A specialist the board expects (chair, presenter, quorum discipline) or whose attendance is recorded. */
export type ExpectedAttendee = Schemas['ExpectedAttendeeDto'];

/** One board with its agenda (cases, patients), attendance and quorum. Query key `['meetings', id]`. */
export function useMeeting(meetingId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['meetings', meetingId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/meetings/{id}', { params: { path: { id: meetingId } }, signal })),
  });
}

/** The agenda in its order (the API sends it so; sorting keeps the page right whatever the source). */
export function agendaInOrder(meeting: MeetingDetail): AgendaItem[] {
  return [...meeting.agenda].sort((a, b) => a.position - b.position);
}
