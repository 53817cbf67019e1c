import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type User = Schemas['UserDto'];
export type Role = User['role'];
export type Discipline = NonNullable<User['discipline']>;
export type UserFilter = Omit<NonNullable<paths['/api/users']['get']['parameters']['query']>, 'cursor'>;
export type CreateUserInput = Schemas['CreateUserDto'];
export type UpdateUserInput = Schemas['UpdateUserDto'];
export type LoginLock = Schemas['LoginLockDto'];

export const ROLES = ['admin', 'coordinator', 'clinician'] as const satisfies readonly Role[];
export const DISCIPLINES = [
  'medical_oncology',
  'surgery',
  'interventional_radiology',
  'radiation_oncology',
  'radiology',
  'pathology',
  'hepatology',
  'gastroenterology',
  'nursing',
  'other',
] as const satisfies readonly Discipline[];

// The API's password rule (CreateUserDto / UpdateUserDto: PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH),
// shown beside the field; the API checks it again.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const USERS = ['users'] as const;

/** Accounts, oldest first, a page at a time; `q` matches part of the name or email. */
export function useUsers(filter: UserFilter = {}) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [...USERS, 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/users', { params: { query: { ...filter, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // A new filter keeps the current rows on screen until its own arrive.
    placeholderData: keepPreviousData,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

export function useUser(userId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...USERS, 'detail', userId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/users/{id}', { params: { path: { id: userId } }, signal })),
  });
}

/**
 * The names of accounts by id (the audit log names actors by id only): one cached request per
 * account, shared with the account pages. An id not (yet) resolved is absent from the map.
 */
export function useUserNames(userIds: readonly string[]): Map<string, string> {
  const api = useApi();
  const ids = [...new Set(userIds)];
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...USERS, 'detail', id],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/api/users/{id}', { params: { path: { id } }, signal })),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => {
      const names = new Map<string, string>();
      results.forEach((result, i) => {
        const id = ids[i];
        if (id && result.data) names.set(id, result.data.displayName);
      });
      return names;
    },
  });
}

export function useCreateUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateUserInput) => unwrap(await api.POST('/api/users', { body })),
    onSuccess: (user) => {
      queryClient.setQueryData([...USERS, 'detail', user.id], user);
      // Not awaited: the screen moves on to the new account meanwhile. A clinician's profile is new.
      void queryClient.invalidateQueries({ queryKey: [...USERS, 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['specialists'] });
    },
  });
}

export function useUpdateUser(userId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateUserInput) =>
      unwrap(await api.PATCH('/api/users/{id}', { params: { path: { id: userId } }, body })),
    onSuccess: (user) => {
      queryClient.setQueryData([...USERS, 'detail', userId], user);
      void queryClient.invalidateQueries({ queryKey: [...USERS, 'list'] });
      // A role or discipline change links, creates or changes a specialist profile.
      void queryClient.invalidateQueries({ queryKey: ['specialists'] });
    },
  });
}

/** The account's recent failed sign-ins by address, and whether it is locked out. */
export function useLoginLock(userId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...USERS, 'detail', userId, 'login-lock'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/users/{id}/login-lock', { params: { path: { id: userId } }, signal })),
    // Failures happen elsewhere: never trust an old answer for long.
    staleTime: 0,
  });
}

export function useClearLoginLock(userId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/users/{id}/login-lock', { params: { path: { id: userId } } });
      unwrap(result);
    },
    onSuccess: () => {
      queryClient.setQueryData<LoginLock>([...USERS, 'detail', userId, 'login-lock'], {
        locked: false,
        addresses: [],
      });
      void queryClient.invalidateQueries({ queryKey: [...USERS, 'detail', userId, 'login-lock'] });
    },
  });
}

/** The institution's settings: its time zone is the one admin screens show times in. */
export function useInstitutionSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'institution'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/settings/institution', { signal })),
    staleTime: 10 * 60_000,
  });
}
