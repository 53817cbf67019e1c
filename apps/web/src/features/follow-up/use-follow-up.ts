import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { ApiError, type Schemas, unwrap } from '../../api/client';
import { useCases } from '../cases/use-cases';

export type FollowUpCase = Schemas['CaseDto'];
export type FollowUpBody = Schemas['RecordFollowUpDto'];

const PAGE_SIZE = 50;

/** Decided cases, their recommendation awaiting follow-up, the earliest decided first. */
export function useAwaitingFollowUp() {
  return useCases({ status: 'decided', order: 'oldest', limit: PAGE_SIZE });
}

function refreshCase(queryClient: QueryClient, boardCase: FollowUpCase) {
  // The case, its recommendation (which now carries the follow-up), the case lists and the
  // patient's summary; not every other case's details.
  void queryClient.invalidateQueries({ queryKey: ['cases', boardCase.id] });
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'cases' && typeof query.queryKey[1] === 'object',
  });
  void queryClient.invalidateQueries({ queryKey: ['patients', boardCase.patientId] });
  // The board's figures count follow-ups.
  void queryClient.invalidateQueries({ queryKey: ['metrics'] });
}

/** Records the follow-up once; the case is closed by it. */
export function useRecordFollowUp(boardCase: FollowUpCase) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: FollowUpBody) =>
      unwrap(await api.POST('/api/cases/{id}/follow-up', { params: { path: { id: boardCase.id } }, body })),
    onSuccess: () => refreshCase(queryClient, boardCase),
    onError: (error) => {
      // Recorded by someone else, or no longer decided: the list is out of date.
      if (error instanceof ApiError && (error.status === 409 || error.status === 404))
        refreshCase(queryClient, boardCase);
    },
  });
}
