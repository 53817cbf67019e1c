import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';

export type InstitutionSettings = Schemas['InstitutionSettingsDto'];
export type InstitutionSettingsInput = Schemas['UpdateInstitutionSettingsDto'];
export type PlanBuilderSettings = Schemas['PlanBuilderSettingsDto'];
export type PlanBuilderThresholds = Schemas['PlanBuilderThresholdsDto'];
export type ThresholdKey = keyof PlanBuilderThresholds;
export type PlanBuilderOverrides = Schemas['UpdatePlanBuilderSettingsDto'];

export { useInstitutionSettings } from './use-users';

export function useUpdateInstitutionSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InstitutionSettingsInput) =>
      unwrap(await api.PUT('/api/settings/institution', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(['settings', 'institution'], settings);
      // The change is in the audit log now (the block's recent changes).
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function usePlanBuilderSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'plan-builder'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/settings/plan-builder', { signal })),
  });
}

export function useUpdatePlanBuilderSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PlanBuilderOverrides) =>
      unwrap(await api.PUT('/api/settings/plan-builder', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(['settings', 'plan-builder'], settings);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
