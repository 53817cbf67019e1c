import { type QueryClient, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../../api/api-provider';
import { type Schemas, unwrap } from '../../../api/client';
import type { MeetingDetail } from '../../boards/use-meeting';

export type DiscussionNote = Schemas['DiscussionNoteDto'];
export type NewNote = Schemas['CreateNoteDto'];

/** The API's limit on a note's text (CreateNoteDto). */
export const NOTE_MAX_LENGTH = 10_000;
// The largest page the API gives: a case's discussion rarely needs a second one.
const NOTES_PAGE_SIZE = 100;

const meetingKey = (meetingId: string) => ['meetings', meetingId] as const;
/** The key the meeting's events invalidate on `note_added` (features/live/meeting-events.ts). */
export const notesKey = (meetingId: string, caseId: string) =>
  ['meetings', meetingId, 'cases', caseId, 'notes'] as const;
const currentCaseMutationKey = (meetingId: string) => ['current-case', meetingId] as const;

/** A case's discussion at the meeting, oldest first: the minutes, as written (never edited). */
export function useDiscussionNotes(meetingId: string, caseId: string) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: notesKey(meetingId, caseId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/meetings/{id}/cases/{caseId}/notes', {
          params: {
            path: { id: meetingId, caseId },
            query: { limit: NOTES_PAGE_SIZE, cursor: pageParam },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

/** `POST …/notes`: a new note, or a correction (`correctsNoteId`) of one. */
export function useAddNote(meetingId: string, caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (note: NewNote) =>
      unwrap(
        await api.POST('/api/meetings/{id}/cases/{caseId}/notes', {
          params: { path: { id: meetingId, caseId } },
          body: note,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notesKey(meetingId, caseId) }),
  });
}

/** The board's answer replaces the cached one; the lists that show boards are read again. */
function applyBoard(queryClient: QueryClient, board: MeetingDetail) {
  queryClient.setQueryData(meetingKey(board.id), board);
  void queryClient.invalidateQueries({
    queryKey: ['meetings'],
    predicate: (query) => query.queryKey[1] !== board.id,
  });
}

// Boards whose moves overlapped since the board was last read whole.
const overlapped = new Set<string>();

/**
 * `PUT /api/meetings/:id/current-case`: moves the board to a case. Shown at once (the console moves
 * on while the request runs, so that J J J goes three cases on). Answers need not arrive in the
 * order the moves were made: while moves overlap, none of their answers is written, and once the
 * last is in, the board is read again whole. A refused move reads the board again too.
 */
export function useSetCurrentCase(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const mutationKey = currentCaseMutationKey(meetingId);
  return useMutation({
    mutationKey,
    mutationFn: async (caseId: string) =>
      unwrap(
        await api.PUT('/api/meetings/{id}/current-case', {
          params: { path: { id: meetingId } },
          body: { caseId },
        }),
      ),
    onMutate: async (caseId) => {
      await queryClient.cancelQueries({ queryKey: meetingKey(meetingId), exact: true });
      const previous = queryClient.getQueryData<MeetingDetail>(meetingKey(meetingId));
      if (previous) {
        queryClient.setQueryData<MeetingDetail>(meetingKey(meetingId), {
          ...previous,
          currentCaseId: caseId,
          currentCaseSince: new Date().toISOString(),
        });
      }
      return { previous };
    },
    onSuccess: (board) => {
      // This move is still counted while its onSuccess runs.
      if (queryClient.isMutating({ mutationKey }) > 1) overlapped.add(meetingId);
      if (!overlapped.has(meetingId)) applyBoard(queryClient, board);
    },
    onError: (_error, _caseId, context) => {
      if (context?.previous) queryClient.setQueryData(meetingKey(meetingId), context.previous);
      overlapped.add(meetingId);
    },
    onSettled: () => {
      const last = queryClient.isMutating({ mutationKey }) <= 1;
      if (last && overlapped.delete(meetingId)) {
        void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true });
      }
    },
  });
}

/** `POST /api/meetings/:id/start`: planned → in progress. */
export function useStartMeeting(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/meetings/{id}/start', { params: { path: { id: meetingId } } })),
    onSuccess: (board) => applyBoard(queryClient, board),
  });
}

/** `POST /api/meetings/:id/cases/:caseId/defer`: the case leaves this board, with the board's reason. */
export function useDeferCase(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ caseId, reason }: { caseId: string; reason: string }) =>
      unwrap(
        await api.POST('/api/meetings/{id}/cases/{caseId}/defer', {
          params: { path: { id: meetingId, caseId } },
          body: { reason },
        }),
      ),
    onSuccess: (board, { caseId }) => {
      applyBoard(queryClient, board);
      void queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
    },
  });
}

/** `POST /api/meetings/:id/close`: every case without an adopted plan is deferred. */
export function useCloseMeeting(meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/meetings/{id}/close', { params: { path: { id: meetingId } } })),
    onSuccess: (board) => {
      applyBoard(queryClient, board);
      // The deferred cases wait for another board: every list of cases changes.
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
