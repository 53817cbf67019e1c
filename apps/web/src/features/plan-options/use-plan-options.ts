import { useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type PlanOptions = Schemas['PlanOptionsDto'];
export type ModalityOption = Schemas['ModalityOptionDto'];
export type AgentOption = Schemas['AgentOptionDto'];
export type Reason = Schemas['ReasonDto'];
export type Verdict = Reason['verdict'];
export type Thresholds = Schemas['PlanBuilderThresholdsDto'];

/**
 * Every documented modality with the plan builder's verdict, from the case's current facts. Under the
 * case's key (`['cases', id, 'plan-options']`), so an edit of the case that invalidates it refreshes this.
 */
export function usePlanOptions(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cases', caseId, 'plan-options'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/cases/{id}/plan-options', { params: { path: { id: caseId } }, signal })),
  });
}
