import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';

import { type CalendarAttendee, type CalendarEvent, renderCalendar } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { notFound } from '@api/common/errors';
import { actorOf, type RequestContext } from '@api/common/request-context';

import { SettingsService } from '../settings/settings.service';
import { Specialist } from '../specialists/specialist.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { Meeting } from './meeting.entity';
import { expectedAtMeeting, type ExpectedAttendee, expectedAttendees } from './meeting.queries';
import {
  calendarFeedNotAllowed,
  calendarFeedNotFound,
  meetingNotFound,
  notOwnCalendarFeed,
} from './meetings.errors';

const PRODUCT_ID = '-//Consilium//Tumour boards//EN';
export const FEED_PATH = '/api/calendar/feeds/';
// The feed covers the recent past (so last week's board stays visible) and everything ahead.
const FEED_PAST_DAYS = 30;
// A bound, not a page: calendar apps do not paginate. Years of weekly boards fit well within it.
const FEED_MAX_EVENTS = 500;
// 32 random bytes in base64url: 43 characters, 256 bits.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A specialist's new feed URL: the token in it is shown this once (only its hash is stored). */
export interface CalendarFeedLink {
  specialistId: string;
  url: string;
  createdAt: Date;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// A calendar entry says when and where the board meets and who chairs it and is expected: never
// which patients are discussed (calendars are synchronised to phones and third-party services).
// `people` holds the chair's row (for their address) and the attendees to list.
function toCalendarEvent(
  meeting: Meeting,
  timeZone: string,
  people: ExpectedAttendee[],
  listed: (person: ExpectedAttendee) => boolean = () => true,
): CalendarEvent {
  const chair = meeting.chair;
  const chairRow = people.find((p) => p.specialistId === meeting.chairSpecialistId);
  return {
    uid: `${meeting.id}@consilium`,
    sequence: meeting.revision,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    start: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    timeZone,
    summary: meeting.title,
    description: [
      `Board: ${meeting.boardType}`,
      ...(chair ? [`Chair: ${chair.fullName}`] : []),
      'Agenda and case details in Consilium.',
    ].join('\n'),
    location: meeting.location,
    videoUrl: meeting.videoUrl,
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
    organizer: chair
      ? { name: chair.fullName, address: calendarAddress(meeting.chairSpecialistId, chairRow?.email ?? null) }
      : null,
    attendees: people.filter(listed).map(toCalendarAttendee),
  };
}

// A mailto: for someone with an active account, else a stable URN (a CAL-ADDRESS must be a URI).
const calendarAddress = (specialistId: string, email: string | null) =>
  email ? `mailto:${email}` : `urn:uuid:${specialistId}`;

function toCalendarAttendee(person: ExpectedAttendee): CalendarAttendee {
  return {
    name: person.fullName,
    address: calendarAddress(person.specialistId, person.email),
    role: person.reasons.includes('chair')
      ? 'CHAIR'
      : person.reasons.includes('presenter') || person.reasons.includes('quorum')
        ? 'REQ-PARTICIPANT'
        : 'OPT-PARTICIPANT',
    status: person.present === null ? 'NEEDS-ACTION' : person.present ? 'ACCEPTED' : 'DECLINED',
  };
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
  ) {}

  /** One meeting as an iCalendar file, with everyone expected at it as attendees. */
  async meetingCalendar(id: string, now = new Date()): Promise<string> {
    const meeting = await this.dataSource
      .getRepository(Meeting)
      .findOne({ where: { id }, relations: { chair: true } });
    if (!meeting) throw meetingNotFound(id);
    const [{ timeZone }, people] = await Promise.all([
      this.settings.get(),
      expectedAttendees(this.dataSource.manager, [id]),
    ]);
    return renderCalendar([toCalendarEvent(meeting, timeZone, people)], {
      productId: PRODUCT_ID,
      stamp: now,
    });
  }

  /**
   * A new secret feed URL for a specialist; any earlier URL stops working. The token is returned
   * once and only its sha256 is stored.
   */
  async createFeed(ctx: RequestContext, specialistId: string, baseUrl: string): Promise<CalendarFeedLink> {
    this.assertMayManageFeed(ctx, specialistId);
    const token = randomBytes(32).toString('base64url');
    const feed = await this.dataSource.transaction(async (em) => {
      if (!(await em.exists(Specialist, { where: { id: specialistId } })))
        throw notFound('specialist', specialistId);
      const [row] = (await em.query(
        `INSERT INTO calendar_feed (specialist_id, token_hash, created_at, revoked_at)
         VALUES ($1, $2, now(), NULL)
         ON CONFLICT (specialist_id) DO UPDATE
           SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at, revoked_at = NULL
         RETURNING (xmax <> 0) AS replaced, created_at AS "createdAt"`,
        [specialistId, sha256(token)],
      )) as { replaced: boolean; createdAt: Date }[];
      await this.audit.record(
        ctx,
        {
          action: 'calendar_feed.create',
          entityType: 'calendar_feed',
          entityId: specialistId,
          // Never the token: the audit log must not hand out a working URL.
          details: { replacedPrevious: row.replaced },
        },
        em,
      );
      return row;
    });
    return { specialistId, url: `${baseUrl}${FEED_PATH}${token}`, createdAt: feed.createdAt };
  }

  /** Revokes the specialist's feed URL (idempotent: nothing to revoke is fine). */
  async revokeFeed(ctx: RequestContext, specialistId: string): Promise<void> {
    this.assertMayManageFeed(ctx, specialistId);
    await this.dataSource.transaction(async (em) => {
      if (!(await em.exists(Specialist, { where: { id: specialistId } })))
        throw notFound('specialist', specialistId);
      const result = await em.update(
        CalendarFeed,
        { specialistId, revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      if (!result.affected) return;
      await this.audit.record(
        ctx,
        { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: specialistId },
        em,
      );
    });
  }

  /**
   * The feed behind a secret URL: every board the specialist is expected at (docs/adr/0013: chairs,
   * presents a case on its agenda, a discipline of its quorum, attendance recorded), from 30 days
   * ago on, cancelled ones too so that subscribed calendars drop them. Each event names the chair as
   * organiser and the subscriber as attendee (the others are not the subscriber's to carry around).
   * 404 for a token that is unknown or revoked, whatever its shape, so probing learns nothing.
   */
  async feed(token: string, now = new Date()): Promise<string> {
    if (!TOKEN_PATTERN.test(token)) throw calendarFeedNotFound();
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOne({ where: { tokenHash: sha256(token) }, relations: { specialist: true } });
    if (!feed || feed.revokedAt !== null || !feed.specialist) throw calendarFeedNotFound();
    const specialist = feed.specialist;
    const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
    const [meetings, settings] = await Promise.all([
      this.dataSource
        .getRepository(Meeting)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.chair', 'chair')
        .where('m.starts_at >= :since', { since })
        .andWhere(expectedAtMeeting('m', ':specialistId', ':discipline'), {
          specialistId: specialist.id,
          discipline: specialist.discipline,
        })
        .orderBy('m.starts_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(FEED_MAX_EVENTS)
        .getMany(),
      this.settings.get(),
    ]);
    const people = await expectedAttendees(
      this.dataSource.manager,
      meetings.map((m) => m.id),
      [...new Set([specialist.id, ...meetings.map((m) => m.chairSpecialistId)])],
    );
    return renderCalendar(
      meetings.map((m) =>
        toCalendarEvent(
          m,
          settings.timeZone,
          people.filter((p) => p.meetingId === m.id),
          (p) => p.specialistId === specialist.id,
        ),
      ),
      { productId: PRODUCT_ID, stamp: now, name: `Consilium boards: ${specialist.fullName}` },
    );
  }

  private assertMayManageFeed(ctx: RequestContext, specialistId: string): void {
    const actor = actorOf(ctx);
    if (actor.role === 'coordinator') return;
    if (actor.role === 'clinician') {
      if (actor.specialistId !== specialistId) throw notOwnCalendarFeed();
      return;
    }
    throw calendarFeedNotAllowed();
  }
}
