import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type MeetingSummary = Schemas['MeetingSummaryDto'];
export type MeetingStatus = MeetingSummary['status'];
export type MeetingDetail = Schemas['MeetingDetailDto'];
export type CreateMeetingInput = Schemas['CreateMeetingDto'];
export type UpdateMeetingInput = Schemas['UpdateMeetingDto'];
export type Specialist = Schemas['SpecialistDto'];
export type SpecialistSummary = Schemas['SpecialistSummaryDto'];
export type InstitutionSettings = Schemas['InstitutionSettingsDto'];

export const MEETING_STATUSES: readonly MeetingStatus[] = ['planned', 'in_progress', 'closed', 'cancelled'];

// The API's largest page; a calendar's range is read whole, page after page.
const PAGE_LIMIT = 100;
// A month holds a few dozen boards; this only stops a runaway loop on a misbehaving answer.
const MAX_PAGES = 20;

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

export interface MeetingRange {
  /** Plain dates: midnight in the institution's zone; `to` is exclusive. */
  from: string;
  to: string;
  status?: MeetingStatus;
  /** Boards this specialist is expected at (chairs, presents, their discipline is required, attended). */
  expectedSpecialistId?: string;
}

/** Every board starting in the range, soonest first: all the cursor pages, as one list. */
export function useMeetingsInRange(range: MeetingRange, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: ['meetings', 'range', range],
    enabled,
    queryFn: async ({ signal }) => {
      const items: MeetingSummary[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = unwrap(
          await api.GET('/api/meetings', {
            params: { query: { ...range, limit: PAGE_LIMIT, cursor } },
            signal,
          }),
        );
        items.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return items;
    },
    // The last range stays on screen while the next one loads (previous / next week).
    placeholderData: keepPreviousData,
  });
}

/** The board types in use over the last year, for the form's suggestions. */
export function useBoardTypes() {
  const api = useApi();
  const [from] = useState(() => new Date(Date.now() - 365 * 86_400_000).toISOString());
  return useQuery({
    queryKey: ['meetings', 'board-types', from],
    queryFn: async ({ signal }) => {
      const page = unwrap(
        await api.GET('/api/meetings', { params: { query: { from, limit: PAGE_LIMIT } }, signal }),
      );
      return [...new Set(page.items.map((m) => m.boardType))].sort((a, b) => a.localeCompare(b));
    },
    staleTime: 5 * 60_000,
  });
}

/** One board with its agenda, attendance and quorum. Query key `['meetings', id]`, as the board page's. */
export function useMeetingDetail(meetingId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['meetings', meetingId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/meetings/{id}', { params: { path: { id: meetingId } }, signal })),
  });
}

/** Every specialist, by name (the directory is small: a few pages at most). */
export function useAllSpecialists() {
  const api = useApi();
  return useQuery({
    queryKey: ['specialists', 'all'],
    queryFn: async ({ signal }) => {
      const items: Specialist[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = unwrap(
          await api.GET('/api/specialists', { params: { query: { limit: PAGE_LIMIT, cursor } }, signal }),
        );
        items.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return items;
    },
    staleTime: 5 * 60_000,
  });
}

/** The institution's settings (readable by every signed-in user): its time zone and quorum default. */
export function useInstitution() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'institution'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/settings/institution', { signal })),
    staleTime: 10 * 60_000,
  });
}

function useMeetingSaved() {
  const queryClient = useQueryClient();
  return (meeting: MeetingDetail) => {
    queryClient.setQueryData(['meetings', meeting.id], meeting);
    // Lists, ranges and board types; the detail just set stays fresh. Cases show their board too.
    void queryClient.invalidateQueries({
      queryKey: ['meetings'],
      predicate: (query) => query.queryKey[1] !== meeting.id,
    });
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
  };
}

export function useCreateMeeting() {
  const api = useApi();
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: async (body: CreateMeetingInput) => unwrap(await api.POST('/api/meetings', { body })),
    onSuccess: saved,
  });
}

export function useUpdateMeeting(meetingId: string) {
  const api = useApi();
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: async (body: UpdateMeetingInput) =>
      unwrap(await api.PATCH('/api/meetings/{id}', { params: { path: { id: meetingId } }, body })),
    onSuccess: saved,
  });
}

export function useCancelMeeting(meetingId: string) {
  const api = useApi();
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/meetings/{id}/cancel', {
          params: { path: { id: meetingId } },
          body: { reason },
        }),
      ),
    onSuccess: saved,
  });
}
