import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client, type Notification } from 'pg';

import { isMeetingEventKind } from '@consilium/domain';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { MEETING_EVENTS_CHANNEL, type MeetingEvent } from './meeting-events';

/** What a stream is told: an event, or that the hub lost events (it must catch up from the log). */
export type HubMessage = { type: 'event'; event: MeetingEvent } | { type: 'resync' };
export type HubListener = (message: HubMessage) => void;

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 15_000;

function parseEvent(payload: string | undefined): MeetingEvent | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<MeetingEvent>;
    if (typeof value.id !== 'string' || typeof value.meetingId !== 'string') return null;
    if (typeof value.kind !== 'string' || !isMeetingEventKind(value.kind)) return null;
    return value as MeetingEvent;
  } catch {
    return null;
  }
}

/**
 * This instance's one LISTEN connection (docs/adr/0014), fanning each meeting's events out to the
 * streams of this instance that follow it. Every instance has its own, so a change committed
 * through any instance reaches the subscribers of all. When the connection drops it reconnects
 * with backoff and tells every stream to catch up from the replay log.
 */
@Injectable()
export class MeetingEventsHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MeetingEventsHub.name);
  private readonly listeners = new Map<string, Set<HubListener>>();
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RECONNECT_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private ready: Promise<void> = Promise.resolve();

  constructor(@InjectConfig() private readonly config: RuntimeConfig) {}

  onModuleInit(): Promise<void> {
    this.ready = this.connect();
    return this.ready;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Resolves once the LISTEN is in place (a subscriber connected before would miss events). */
  whenListening(): Promise<void> {
    return this.ready;
  }

  /** Follows one meeting; returns the unsubscribe. */
  subscribe(meetingId: string, listener: HubListener): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) {
      set = new Set();
      this.listeners.set(meetingId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(meetingId) === set) this.listeners.delete(meetingId);
    };
  }

  /** Streams open on this instance (for tests and metrics). */
  subscriberCount(meetingId?: string): number {
    if (meetingId) return this.listeners.get(meetingId)?.size ?? 0;
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }

  private async connect(): Promise<void> {
    if (this.stopped || !this.config.databaseUrl) return;
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'consilium-events',
    });
    client.on('notification', (message: Notification) => this.dispatch(message));
    client.on('error', (error) => {
      this.logger.warn(`meeting events connection failed: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${MEETING_EVENTS_CHANNEL}`);
      this.client = client;
      this.retryMs = RECONNECT_MIN_MS;
    } catch (error) {
      this.logger.warn(`meeting events connection failed: ${(error as Error).message}`);
      this.reconnect(client);
    }
  }

  private reconnect(failed: Client): void {
    if (this.stopped || this.retryTimer) return;
    if (this.client === failed) this.client = null;
    failed.removeAllListeners();
    void failed.end().catch(() => undefined);
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // Events committed while this instance was not listening are in the log: every stream
      // catches up from its last event.
      this.ready = this.connect().then(() => this.broadcast({ type: 'resync' }));
    }, delay);
  }

  private dispatch(message: Notification): void {
    if (message.channel !== MEETING_EVENTS_CHANNEL) return;
    const event = parseEvent(message.payload);
    if (!event) return;
    for (const listener of this.listeners.get(event.meetingId) ?? []) listener({ type: 'event', event });
  }

  private broadcast(message: HubMessage): void {
    for (const set of this.listeners.values()) for (const listener of set) listener(message);
  }
}
