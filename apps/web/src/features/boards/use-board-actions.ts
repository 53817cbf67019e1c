import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { Discipline } from '@consilium/domain';

import { useApi } from '../../api/api-provider';
import { ApiError, unwrap } from '../../api/client';
import { useCases } from '../cases/use-cases';
import type { MeetingDetail } from './use-meeting';

const meetingKey = (meetingId: string) => ['meetings', meetingId] as const;
/** Every change to one board, so that overlapping ones can be told apart. */
const boardMutationKey = (meetingId: string) => ['board-change', meetingId] as const;

// Boards with changes that overlapped since the board was last read whole.
const overlapped = new Set<string>();

/**
 * Every agenda and attendance change answers the whole board: it replaces the cached board, and the
 * lists that show it (agenda sizes) or its cases (their states) are refreshed. Answers need not
 * arrive in the order the changes were committed: while changes to the same board overlap, none
 * of their answers is written, and once the last is in, the board is read again whole.
 */
function applyBoard(
  queryClient: QueryClient,
  meetingId: string,
  board: MeetingDetail,
  { casesChanged }: { casesChanged: boolean },
) {
  // This change is still counted while its onSuccess runs.
  if (queryClient.isMutating({ mutationKey: boardMutationKey(meetingId) }) > 1) overlapped.add(meetingId);
  if (!overlapped.has(meetingId)) queryClient.setQueryData(meetingKey(meetingId), board);
  void queryClient.invalidateQueries({
    queryKey: ['meetings'],
    predicate: (query) => query.queryKey[1] !== meetingId,
  });
  if (casesChanged) void queryClient.invalidateQueries({ queryKey: ['cases'] });
}

/** Once the last of overlapping changes is in (answered or refused), the board is read again. */
function settleBoard(queryClient: QueryClient, meetingId: string) {
  const last = queryClient.isMutating({ mutationKey: boardMutationKey(meetingId) }) <= 1;
  if (last && overlapped.delete(meetingId)) {
    void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true });
  }
}

/** The board with its agenda in the order given (what the API will answer, shown at once). */
export function withAgendaOrder(board: MeetingDetail, caseIds: readonly string[]): MeetingDetail {
  const byCase = new Map(board.agenda.map((item) => [item.case.id, item]));
  const agenda = caseIds.flatMap((caseId, index) => {
    const item = byCase.get(caseId);
    return item ? [{ ...item, position: index + 1 }] : [];
  });
  return { ...board, agenda };
}

/** `caseIds` with one case moved to another place (0-based). */
export function moveCase(caseIds: readonly string[], caseId: string, toIndex: number): string[] {
  const rest = caseIds.filter((id) => id !== caseId);
  const at = Math.max(0, Math.min(toIndex, rest.length));
  return [...rest.slice(0, at), caseId, ...rest.slice(at)];
}

/** Reorders the agenda at once on screen; a refused order puts the previous one back. */
export function useReorderAgenda(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: boardMutationKey(meetingId),
    onSettled: () => settleBoard(queryClient, meetingId),
    mutationFn: async (caseIds: string[]) =>
      unwrap(
        await api.PUT('/api/meetings/{id}/agenda/order', {
          params: { path: { id: meetingId } },
          body: { caseIds },
        }),
      ),
    onMutate: async (caseIds) => {
      await queryClient.cancelQueries({ queryKey: meetingKey(meetingId), exact: true });
      const previous = queryClient.getQueryData<MeetingDetail>(meetingKey(meetingId));
      if (previous) queryClient.setQueryData(meetingKey(meetingId), withAgendaOrder(previous, caseIds));
      return { previous };
    },
    onError: (_error, _caseIds, context) => {
      if (context?.previous) queryClient.setQueryData(meetingKey(meetingId), context.previous);
      // Someone else may have changed the agenda meanwhile (a 422 says so): read it again.
      void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true });
    },
    onSuccess: (board) => applyBoard(queryClient, meetingId, board, { casesChanged: false }),
  });
}

export function useAddToAgenda(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: boardMutationKey(meetingId),
    onSettled: () => settleBoard(queryClient, meetingId),
    mutationFn: async (body: { caseId: string; plannedMinutes?: number }) =>
      unwrap(await api.POST('/api/meetings/{id}/agenda', { params: { path: { id: meetingId } }, body })),
    onSuccess: (board) => applyBoard(queryClient, meetingId, board, { casesChanged: true }),
    // A refused case may have moved on (scheduled elsewhere): the waiting lists are read again.
    onError: () => void queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

export function useRemoveFromAgenda(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: boardMutationKey(meetingId),
    onSettled: () => settleBoard(queryClient, meetingId),
    mutationFn: async (caseId: string) =>
      unwrap(
        await api.DELETE('/api/meetings/{id}/agenda/{caseId}', {
          params: { path: { id: meetingId, caseId } },
        }),
      ),
    onSuccess: (board) => applyBoard(queryClient, meetingId, board, { casesChanged: true }),
  });
}

/** `null` gives the case the default time again. */
export function useSetPlannedMinutes(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: boardMutationKey(meetingId),
    onSettled: () => settleBoard(queryClient, meetingId),
    mutationFn: async ({ caseId, plannedMinutes }: { caseId: string; plannedMinutes: number | null }) =>
      unwrap(
        await api.PATCH('/api/meetings/{id}/agenda/{caseId}', {
          params: { path: { id: meetingId, caseId } },
          body: { plannedMinutes },
        }),
      ),
    onSuccess: (board) => applyBoard(queryClient, meetingId, board, { casesChanged: false }),
  });
}

export function useRecordAttendance(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: boardMutationKey(meetingId),
    onSettled: () => settleBoard(queryClient, meetingId),
    mutationFn: async ({ specialistId, present }: { specialistId: string; present: boolean }) =>
      unwrap(
        await api.PUT('/api/meetings/{id}/attendance/{specialistId}', {
          params: { path: { id: meetingId, specialistId } },
          body: { present },
        }),
      ),
    onSuccess: (board) => applyBoard(queryClient, meetingId, board, { casesChanged: false }),
  });
}

/** Cases waiting for a board, the longest waiting first. */
export function useWaitingCases(status: 'accepted' | 'deferred') {
  return useCases({ status, order: 'oldest', limit: 20 });
}

/** The specialist directory by name (one discipline, or all), for people not expected at the board. */
export function useSpecialistDirectory(discipline: Discipline | null, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['specialists', { discipline, limit: 100 }],
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/specialists', {
          params: { query: { discipline: discipline ?? undefined, limit: 100 } },
          signal,
        }),
      ),
  });
}

/** The open board a `409 CASE_ALREADY_ON_AGENDA` names (`details.meetingId`), if any. */
export function alreadyOnAgenda(error: unknown): { refused: boolean; meetingId: string | null } {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'CASE_ALREADY_ON_AGENDA') {
    return { refused: false, meetingId: null };
  }
  const details = error.body?.details;
  const meetingId =
    details && typeof details === 'object' && 'meetingId' in details && typeof details.meetingId === 'string'
      ? details.meetingId
      : null;
  return { refused: true, meetingId };
}

export interface OtherBoard {
  id: string;
  title: string;
}

/**
 * The board that holds a case: the one the refusal names, else the one the case's next step names
 * (the refusal does not always say, when two coordinators add the same case at once).
 */
export function useOtherBoardLookup() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async (caseId: string, meetingId: string | null): Promise<OtherBoard | null> => {
      if (meetingId) {
        const board = await queryClient.fetchQuery({
          queryKey: meetingKey(meetingId),
          queryFn: async ({ signal }) =>
            unwrap(await api.GET('/api/meetings/{id}', { params: { path: { id: meetingId } }, signal })),
        });
        return { id: board.id, title: board.title };
      }
      const boardCase = unwrap(await api.GET('/api/cases/{id}', { params: { path: { id: caseId } } }));
      const meeting = boardCase.nextStep.meeting;
      return meeting ? { id: meeting.id, title: meeting.title } : null;
    },
    [api, queryClient],
  );
}
