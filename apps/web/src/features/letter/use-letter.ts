import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';

import type { LetterLanguage, SupportiveCareEntry } from '@consilium/domain';

import { useApi } from '../../api/api-provider';
import { ApiError, type Schemas, unwrap } from '../../api/client';
import { downloadBlob } from '../../components/download';

export type Recommendation = Schemas['RecommendationDto'];
export type LetterSignature = Schemas['SignatureDto'];
export type Addendum = Schemas['AddendumDto'];
export type LetterAddressee = Schemas['LetterAddresseeDto'];
export type SupportiveCareItem = Schemas['SupportiveCareItemDto'];
export type AwaitingSignature = Schemas['AwaitingSignatureDto'];
export type AddresseeBody = Pick<
  Schemas['UpdateCaseDto'],
  'treatingPhysicianSpecialistId' | 'treatingPhysicianName' | 'treatingPhysicianContact'
>;

/** The letter as a PDF (to file or send) or as the printable web page. */
export type LetterFormat = 'pdf' | 'html';

const recommendationKey = (caseId: string) => ['cases', caseId, 'recommendation'] as const;
const AWAITING_SIGNATURE = ['recommendations', 'awaiting-signature'] as const;

// Long enough for the new window to load the letter (and for the reader to print it).
const LETTER_URL_LIFETIME_MS = 5 * 60_000;

interface LetterRequest {
  format: LetterFormat;
  /** Unset: the institution's letter language (the API's default). */
  language?: LetterLanguage;
  action: 'open' | 'download';
}

/** The letter's file, fetched with the session's token (the API client adds it). */
function useLetterFile(caseId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ format, language }: LetterRequest): Promise<Blob> => {
      const params = { path: { id: caseId }, query: { lang: language } };
      if (format === 'pdf') {
        // Typed by the response (application/pdf), so that the window shows it as a PDF.
        return unwrap(await api.GET('/api/cases/{id}/recommendation.pdf', { params, parseAs: 'blob' }));
      }
      const html = unwrap(
        await api.GET('/api/cases/{id}/recommendation.html', { params, parseAs: 'text' }),
      ) as string;
      return new Blob([html], { type: 'text/html' });
    },
  });
}

/**
 * Opens the board's letter (PDF or printable page) in a new window, or downloads the PDF. The letter
 * needs the bearer token, which a plain link cannot send: it is fetched and shown from a Blob URL.
 * The window is opened within the click (`open` must be called from it), so that pop-up blockers
 * allow it.
 */
export function useLetterDocuments(caseId: string) {
  const file = useLetterFile(caseId);
  const open = (format: LetterFormat, language?: LetterLanguage) => {
    const target = window.open('', '_blank');
    file.mutate(
      { format, language, action: 'open' },
      {
        onSuccess: (blob) => {
          const url = URL.createObjectURL(blob);
          if (target) target.location.href = url;
          else window.open(url, '_blank');
          window.setTimeout(() => URL.revokeObjectURL(url), LETTER_URL_LIFETIME_MS);
        },
        onError: () => target?.close(),
      },
    );
  };
  const download = (language?: LetterLanguage) =>
    file.mutate(
      { format: 'pdf', language, action: 'download' },
      // The server's own name for the file (Content-Disposition of the PDF).
      { onSuccess: (blob) => downloadBlob(blob, `recommendation-${caseId}.pdf`) },
    );
  const error = file.error
    ? file.error instanceof ApiError && file.error.status === 404
      ? ('missing' as const)
      : ('failed' as const)
    : null;
  return {
    open,
    download,
    /** What is being fetched, to show the right button busy. */
    pending: file.isPending ? file.variables : null,
    error,
  };
}

/**
 * What a change to the letter changes: the recommendation (its draft hash, signature, addenda), the
 * chair's list of letters awaiting signature, and the board's figures (letters signed, supportive
 * care). Awaited, so that a mutation ends when the screen shows its result; a refusal refreshes
 * them too, since it usually means the screen was behind.
 */
function useRefreshLetter(caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: recommendationKey(caseId) }),
      queryClient.invalidateQueries({ queryKey: AWAITING_SIGNATURE }),
      queryClient.invalidateQueries({ queryKey: ['metrics'] }),
    ]);
}

/**
 * Signs the letter whose draft the signer reviewed (`contentHash`: its `draftContentHash`).
 * `onSigned` runs with the mutation itself: the refetched, signed letter unmounts the sign control
 * before a callback given to `mutate` would run.
 */
export function useSignLetter(caseId: string, onSigned?: () => void) {
  const api = useApi();
  const refresh = useRefreshLetter(caseId);
  return useMutation({
    mutationFn: async (contentHash: string) =>
      unwrap(
        await api.POST('/api/cases/{id}/recommendation/sign', {
          params: { path: { id: caseId } },
          body: { contentHash },
        }),
      ),
    onSuccess: () => onSigned?.(),
    onSettled: refresh,
  });
}

/** Adds a signed addendum (a correction) to the signed letter. */
export function useAddAddendum(caseId: string) {
  const api = useApi();
  const refresh = useRefreshLetter(caseId);
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(
        await api.POST('/api/cases/{id}/recommendation/addenda', {
          params: { path: { id: caseId } },
          body: { text },
        }),
      ),
    onSettled: refresh,
  });
}

/** Records supportive care (the services given; the others keep theirs) until the letter is signed. */
export function useSetSupportiveCare(caseId: string) {
  const api = useApi();
  const refresh = useRefreshLetter(caseId);
  return useMutation({
    mutationFn: async (entries: SupportiveCareEntry[]) => {
      unwrap(
        await api.PUT('/api/cases/{id}/recommendation/supportive-care', {
          params: { path: { id: caseId } },
          body: { entries },
        }),
      );
    },
    onSettled: refresh,
  });
}

/**
 * Names the letter's addressee, the case's treating physician: only those three fields are sent, so
 * it also works on a decided case (its facts are frozen, its addressee is not until signing).
 */
export function useSetAddressee(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshLetter(caseId);
  return useMutation({
    mutationFn: async (body: AddresseeBody) =>
      unwrap(await api.PATCH('/api/cases/{id}', { params: { path: { id: caseId } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(['cases', caseId], saved),
    onSettled: refresh,
  });
}

const AWAITING_PAGE_SIZE = 20;

/** The decisions the signed-in chair has not signed the letter of yet, oldest first. */
export function useAwaitingSignature() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: AWAITING_SIGNATURE,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/recommendations/awaiting-signature', {
          params: { query: { limit: AWAITING_PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}
