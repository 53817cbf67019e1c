import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useApi } from '../../api/api-provider';
import { unwrap } from '../../api/client';
import type { AuditEntry } from './audit-csv';
import type { AuditQuery } from './audit-filter';

/** The audit log, newest first, a page at a time. */
export function useAuditLog(query: AuditQuery, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['audit', 'list', query],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/audit', { params: { query: { ...query, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    select: (data) => ({ items: data.pages.flatMap((p) => p.items), pages: data.pages }),
  });
}

/** The latest few entries of one entity type (a settings block's recent changes). */
export function useRecentAudit(
  entityType: string,
  limit = 5,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const api = useApi();
  return useQuery({
    queryKey: ['audit', 'recent', entityType, limit],
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/audit', { params: { query: { entityType, limit } }, signal })),
  });
}

/** A bound on what one export reads: enough for an inquiry; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 5_000;
const EXPORT_PAGE_SIZE = 100;
// Names of the actors in an export are looked up a few at a time.
const NAME_LOOKUPS_AT_ONCE = 8;

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; fetched: number }
  | { status: 'done'; rows: number; truncated: boolean }
  | { status: 'failed' }
  | { status: 'cancelled' };

export interface ExportResult {
  entries: AuditEntry[];
  names: Map<string, string>;
  truncated: boolean;
}

/**
 * Reads the filtered log page by page (at most `MAX_EXPORT_ROWS`), then the names of its actors;
 * `onDone` turns the result into the file. Cancellable; progress is in `state`.
 */
export function useAuditExport(onDone: (result: ExportResult) => void) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (query: AuditQuery) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const { signal } = abort;
      setState({ status: 'running', fetched: 0 });
      try {
        const entries: AuditEntry[] = [];
        let cursor: string | undefined;
        let truncated = false;
        for (;;) {
          const limit = Math.min(EXPORT_PAGE_SIZE, MAX_EXPORT_ROWS - entries.length);
          const page = unwrap(
            await api.GET('/api/audit', { params: { query: { ...query, limit, cursor } }, signal }),
          );
          entries.push(...page.items);
          setState({ status: 'running', fetched: entries.length });
          if (!page.nextCursor) break;
          if (entries.length >= MAX_EXPORT_ROWS) {
            truncated = true;
            break;
          }
          cursor = page.nextCursor;
        }
        const actorIds = [
          ...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null)),
        ];
        const names = new Map<string, string>();
        for (let i = 0; i < actorIds.length; i += NAME_LOOKUPS_AT_ONCE) {
          await Promise.all(
            actorIds.slice(i, i + NAME_LOOKUPS_AT_ONCE).map(async (id) => {
              try {
                const user = await queryClient.fetchQuery({
                  queryKey: ['users', 'detail', id],
                  queryFn: async () =>
                    unwrap(await api.GET('/api/users/{id}', { params: { path: { id } }, signal })),
                  staleTime: 5 * 60_000,
                });
                names.set(id, user.displayName);
              } catch {
                // A name that cannot be read leaves its cell empty; the id is in the file anyway.
              }
            }),
          );
          if (signal.aborted) throw signal.reason;
        }
        if (signal.aborted) throw signal.reason;
        onDone({ entries, names, truncated });
        setState({ status: 'done', rows: entries.length, truncated });
      } catch {
        setState({ status: signal.aborted ? 'cancelled' : 'failed' });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [api, queryClient, onDone],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
