import type { ServerResponse } from 'node:http';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { endsMeetingStream, isMeetingOpen } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { hasPermission, Permission } from '@api/auth/permissions';
import { DomainError } from '@api/common/errors';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';
import { User } from '@api/modules/users/user.entity';

import { Meeting } from '../meeting.entity';
import { meetingNotFound } from '../meetings.errors';
import { eventsSince, type MeetingEvent } from './meeting-events';
import { MeetingEventsHub } from './meeting-events.hub';
import { issueStreamTicket, STREAM_TICKET_TTL_SECONDS, verifyStreamTicket } from './stream-tickets';

// A comment line every so often keeps proxies from closing an idle stream, and is when the
// stream re-reads its account: a deactivated user's devices go quiet at once.
const HEARTBEAT_MS = 20_000;
// Ids of events already written to a stream (the replay overlaps the live ones).
const SENT_MEMORY = 1_000;

export interface IssuedTicket {
  ticket: string;
  expiresAt: Date;
}

export const invalidStreamTicket = () =>
  new DomainError(
    HttpStatus.UNAUTHORIZED,
    'STREAM_TICKET_INVALID',
    'the stream ticket is unknown, expired or for another meeting: ask for a new one',
  );

@Injectable()
export class MeetingStreamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: RuntimeConfig,
    private readonly hub: MeetingEventsHub,
    private readonly audit: AuditService,
  ) {}

  /** A one-minute ticket to open this meeting's stream (the caller may read the meeting). */
  async issueTicket(ctx: RequestContext, meetingId: string, now = new Date()): Promise<IssuedTicket> {
    const actor = actorOf(ctx);
    if (!(await this.dataSource.getRepository(Meeting).exists({ where: { id: meetingId } })))
      throw meetingNotFound(meetingId);
    const expiresAt = Math.floor(now.getTime() / 1000) + STREAM_TICKET_TTL_SECONDS;
    const ticket = issueStreamTicket(this.config.jwtSecret, { userId: actor.id, meetingId, expiresAt });
    await this.audit.record(ctx, {
      action: 'meeting.stream.ticket',
      entityType: 'meeting',
      entityId: meetingId,
    });
    return { ticket, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The account behind a ticket, if the ticket holds and the account may read clinical data. */
  async authorise(meetingId: string, token: string): Promise<{ user: User; meeting: Meeting }> {
    const ticket = verifyStreamTicket(this.config.jwtSecret, token, meetingId);
    if (!ticket) throw invalidStreamTicket();
    const user = await this.activeReader(ticket.userId);
    if (!user) throw invalidStreamTicket();
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id: meetingId });
    if (!meeting) throw meetingNotFound(meetingId);
    return { user, meeting };
  }

  /**
   * Streams the meeting's events as Server-Sent Events until the meeting closes, the client goes
   * away or the account can no longer read: first what the client missed since `lastEventId`
   * (from the replay log), then every event as its transaction commits, on any instance.
   */
  async stream(
    response: ServerResponse,
    closed: Promise<void>,
    { meeting, user }: { meeting: Meeting; user: User },
    lastEventId: string | null,
  ): Promise<void> {
    await this.hub.whenListening();
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      // Nginx and similar proxies must pass events on as they come.
      'x-accel-buffering': 'no',
    });
    response.write('retry: 2000\n\n');

    const sent: string[] = [];
    const seen = new Set<string>();
    let last = lastEventId;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      clearInterval(heartbeat);
      response.end();
    };
    const send = (event: MeetingEvent) => {
      if (ended || seen.has(event.id)) return;
      seen.add(event.id);
      sent.push(event.id);
      if (sent.length > SENT_MEMORY) seen.delete(sent.shift() as string);
      if (last === null || BigInt(event.id) > BigInt(last)) last = event.id;
      response.write(`id: ${event.id}\nevent: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`);
      if (endsMeetingStream(event.kind)) end();
    };
    const catchUp = async () => {
      if (last === null) return;
      for (const event of await eventsSince(this.dataSource.manager, meeting.id, last)) send(event);
    };
    // Subscribed before the replay is read, so that nothing committed in between is lost (what
    // arrives twice is written once).
    const unsubscribe = this.hub.subscribe(meeting.id, (message) => {
      if (message.type === 'event') send(message.event);
      else void catchUp().catch(end);
    });
    const heartbeat = setInterval(() => {
      void this.activeReader(user.id)
        .then((reader) => (reader ? response.write(': ping\n\n') : end()))
        .catch(end);
    }, HEARTBEAT_MS);
    void closed.then(end);

    try {
      await catchUp();
    } catch {
      end();
      return;
    }
    // A meeting that has ended (read again now that the stream listens) has nothing more to say.
    const now = await this.dataSource.getRepository(Meeting).findOneBy({ id: meeting.id });
    if (!now || !isMeetingOpen(now.status)) end();
  }

  private async activeReader(userId: string): Promise<User | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, active: true });
    return user && hasPermission(user.role, Permission.ClinicalRead) ? user : null;
  }
}
