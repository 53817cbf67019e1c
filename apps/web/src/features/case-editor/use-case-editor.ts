import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

/** Saves the changed facts of a case; the case and its readiness are then read again. */
export function useUpdateCase(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateCaseDto']) =>
      unwrap(await api.PATCH('/api/cases/{id}', { params: { path: { id: caseId } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['cases', caseId], saved);
      void queryClient.invalidateQueries({ queryKey: ['cases', caseId], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['cases', caseId, 'readiness'] });
    },
  });
}

/** Submits a draft to the board (the server checks readiness again: 422 CASE_NOT_READY). */
export function useSubmitCase(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/cases/{id}/submit', { params: { path: { id: caseId } } })),
    onSuccess: (submitted) => {
      queryClient.setQueryData(['cases', caseId], submitted);
      // The case lists, its readiness and its history change too.
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: ['cases', caseId, 'readiness'] }),
  });
}
