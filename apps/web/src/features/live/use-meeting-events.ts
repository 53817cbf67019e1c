import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { useApi } from '../../api/api-provider';
import { unwrap } from '../../api/client';
import { EVENT_KINDS, type MeetingEvent, queryKeysFor } from './meeting-events';

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'ended';

/**
 * Follows a meeting live: opens its event stream with a stream ticket, and on each event marks the
 * queries it changes as stale, so that every screen showing them refetches (docs/adr/0014). When the
 * stream drops for good (an expired ticket, a restart), a new ticket reopens it from the last event
 * seen; whenever it (re)opens, the meeting is refetched, in case more was missed than is replayed.
 */
export function useMeetingEvents(meetingId: string | undefined): LiveState {
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!meetingId || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let stopped = false;
    let lastEventId: string | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const retry = () => {
      if (stopped) return;
      setState('reconnecting');
      timer = setTimeout(() => void open(), RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
      attempt += 1;
    };
    const onEvent = (message: MessageEvent<string>) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
      let event: MeetingEvent;
      try {
        event = JSON.parse(message.data) as MeetingEvent;
      } catch {
        return;
      }
      for (const queryKey of queryKeysFor(event)) void queryClient.invalidateQueries({ queryKey });
      if (event.kind === 'meeting_closed') {
        stopped = true;
        source?.close();
        setState('ended');
      }
    };
    const open = async () => {
      try {
        const { url } = unwrap(
          await api.POST('/api/meetings/{id}/stream-ticket', { params: { path: { id: meetingId } } }),
        );
        if (stopped) return;
        source = new EventSource(lastEventId ? `${url}&lastEventId=${lastEventId}` : url);
      } catch {
        retry();
        return;
      }
      source.onopen = () => {
        attempt = 0;
        setState('live');
        void queryClient.invalidateQueries({ queryKey: ['meetings', meetingId] });
      };
      for (const kind of EVENT_KINDS) source.addEventListener(kind, onEvent as EventListener);
      source.onerror = () => {
        // The browser retries by itself while it can (readyState CONNECTING); a refusal (an
        // expired ticket) closes the source, and a new ticket is needed.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry();
        } else if (!stopped) setState('reconnecting');
      };
    };

    void open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [api, meetingId, queryClient]);

  return state;
}
