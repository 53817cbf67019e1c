import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';

import { useApi } from '../../api/api-provider';
import { ApiError, type Schemas, unwrap } from '../../api/client';
import { holderOf, normaliseMrn } from './mrn';

export type Patient = Schemas['PatientDto'];
export type PatientDetail = Schemas['PatientDetailDto'];
export type PatientSex = Patient['sex'];
export type PatientInput = Schemas['CreatePatientDto'];

export const PATIENT_SEXES: readonly PatientSex[] = ['female', 'male', 'other', 'unknown'];

/** Who holds an MRN: enough to recognise the patient and open their page. */
export type MrnHolder = Pick<Patient, 'id' | 'fullName' | 'birthDate'>;

/** Patients alphabetically, a page at a time; `q` matches an MRN prefix or part of the name. */
export function usePatientSearch(q: string) {
  const api = useApi();
  const query = q.trim();
  return useInfiniteQuery({
    queryKey: ['patients', { q: query }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/patients', {
          params: { query: { q: query || undefined, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The rows of the last search stay on screen until the new search answers.
    placeholderData: keepPreviousData,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

/** One patient and a summary of their cases. */
export function usePatient(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['patients', patientId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/patients/{id}', { params: { path: { id: patientId } }, signal })),
  });
}

// A search by MRN also matches longer MRNs and names; the exact one may sit past the first page.
const MAX_LOOKUP_PAGES = 5;

/**
 * Who already holds an MRN, found before a registration is sent (the search answers prefixes and
 * names too, so the exact MRN is picked out), or by id when a 409 names the holder.
 */
export function useMrnHolderLookup() {
  const api = useApi();
  const queryClient = useQueryClient();

  const byMrn = useCallback(
    (mrn: string, { fresh = false }: { fresh?: boolean } = {}): Promise<MrnHolder | null> =>
      queryClient.fetchQuery({
        queryKey: ['patients', 'mrn', normaliseMrn(mrn)],
        staleTime: fresh ? 0 : 30_000,
        queryFn: async ({ signal }) => {
          let cursor: string | undefined;
          for (let page = 0; page < MAX_LOOKUP_PAGES; page++) {
            const result = unwrap(
              await api.GET('/api/patients', {
                params: { query: { q: normaliseMrn(mrn), cursor, limit: 100 } },
                signal,
              }),
            );
            const holder = holderOf(result.items, mrn);
            if (holder) return { id: holder.id, fullName: holder.fullName, birthDate: holder.birthDate };
            if (!result.nextCursor) break;
            cursor = result.nextCursor;
          }
          return null;
        },
      }),
    [api, queryClient],
  );

  const byId = useCallback(
    (patientId: string): Promise<MrnHolder> =>
      queryClient.fetchQuery({
        queryKey: ['patients', patientId],
        queryFn: async ({ signal }) =>
          unwrap(await api.GET('/api/patients/{id}', { params: { path: { id: patientId } }, signal })),
      }),
    [api, queryClient],
  );

  return { byMrn, byId };
}

/** The patient a `409 MRN_TAKEN` names (`details.patientId`, sent on registration), if any. */
export function mrnTakenBy(error: unknown): { taken: boolean; patientId: string | null } {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'MRN_TAKEN') {
    return { taken: false, patientId: null };
  }
  const details = error.body?.details;
  const patientId =
    details && typeof details === 'object' && 'patientId' in details && typeof details.patientId === 'string'
      ? details.patientId
      : null;
  return { taken: true, patientId };
}

export function useRegisterPatient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PatientInput) => unwrap(await api.POST('/api/patients', { body })),
    // Not awaited: the screen moves on to the new patient's page meanwhile.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['patients'] }),
  });
}

export function useCorrectPatient(patientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdatePatientDto']) =>
      unwrap(await api.PATCH('/api/patients/{id}', { params: { path: { id: patientId } }, body })),
    onSuccess: async () => {
      // Cases carry the patient's name and MRN.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['patients'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
  });
}

/** A new draft case for the patient, presented by the clinician who starts it. */
export function useStartCase(patientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/cases', { body: { patientId } })),
    // Not awaited: the screen moves on to the case editor meanwhile.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      void queryClient.invalidateQueries({ queryKey: ['patients', patientId] });
    },
  });
}

export type FhirImportResult = Schemas['FhirImportResultDto'];
/** A FHIR R4 Bundle as parsed in the browser; the API reads and validates it. */
export type FhirBundle = Record<string, unknown>;

/** A draft case from the hospital record's FHIR Bundle: the patient is matched by MRN or registered. */
export function useImportFromRecord() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (bundle: FhirBundle) =>
      unwrap(
        await api.POST('/api/fhir/import', {
          body: bundle,
          headers: { 'content-type': 'application/fhir+json' },
        }),
      ),
    // Not awaited: the result stays on screen meanwhile. A patient may have been registered.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['patients'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
