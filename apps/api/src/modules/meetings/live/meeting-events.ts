import type { EntityManager } from 'typeorm';

import type { MeetingEventKind } from '@consilium/domain';

/** The channel every instance LISTENs on (one dedicated connection each). */
export const MEETING_EVENTS_CHANNEL = 'meeting_events';

// The replay log only has to bridge a reconnection: older events are pruned as new ones are written.
const REPLAY_RETENTION = '12 hours';

/** A meeting event as it is stored, notified and streamed: ids and a kind, no content. */
export interface MeetingEvent {
  id: string;
  meetingId: string;
  kind: MeetingEventKind;
  caseId: string | null;
  proposalId: string | null;
  occurredAt: string;
}

interface EventRow {
  id: string;
  occurred_at: Date;
}

/**
 * Records a meeting event in the caller's transaction and notifies every instance. PostgreSQL
 * delivers a NOTIFY only when the transaction commits, so devices never hear of a change that was
 * rolled back, and hear of it after it is visible to their refetch.
 */
export async function publishMeetingEvent(
  em: EntityManager,
  meetingId: string,
  kind: MeetingEventKind,
  ids: { caseId?: string | null; proposalId?: string | null } = {},
): Promise<void> {
  const caseId = ids.caseId ?? null;
  const proposalId = ids.proposalId ?? null;
  const [row] = (await em.query(
    `INSERT INTO meeting_event (meeting_id, kind, case_id, proposal_id) VALUES ($1, $2, $3, $4)
     RETURNING id::text AS id, occurred_at`,
    [meetingId, kind, caseId, proposalId],
  )) as EventRow[];
  const event: MeetingEvent = {
    id: row.id,
    meetingId,
    kind,
    caseId,
    proposalId,
    occurredAt: row.occurred_at.toISOString(),
  };
  await em.query(`SELECT pg_notify($1, $2)`, [MEETING_EVENTS_CHANNEL, JSON.stringify(event)]);
  await em.query(
    `DELETE FROM meeting_event WHERE meeting_id = $1 AND occurred_at < now() - interval '${REPLAY_RETENTION}'`,
    [meetingId],
  );
}

// Replay may include events the device has seen: ids are given at insert, and a transaction that
// inserted earlier can commit later, so the catch-up starts a little before the last one seen.
// Devices refetch on an event, so a repeated one costs a request, never a wrong screen.
const REPLAY_OVERLAP = '10 seconds';
export const MAX_REPLAY = 500;

/** What a device that saw `lastEventId` may have missed (at most MAX_REPLAY, oldest first). */
export async function eventsSince(
  em: EntityManager,
  meetingId: string,
  lastEventId: string | null,
): Promise<MeetingEvent[]> {
  const rows = (await em.query(
    `SELECT id::text AS id, meeting_id AS "meetingId", kind, case_id AS "caseId",
            proposal_id AS "proposalId", occurred_at AS "occurredAt"
       FROM meeting_event
      WHERE meeting_id = $1
        AND ($2::bigint IS NULL OR id > $2::bigint OR occurred_at >= (
              SELECT occurred_at - interval '${REPLAY_OVERLAP}' FROM meeting_event WHERE id = $2::bigint))
      ORDER BY id
      LIMIT ${MAX_REPLAY}`,
    [meetingId, lastEventId],
  )) as (Omit<MeetingEvent, 'occurredAt'> & { occurredAt: Date })[];
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
}
