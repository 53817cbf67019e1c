import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Discipline, parseInstantWithOffset } from '@consilium/domain';
import { validationException } from '@api/common/validation';

import { DEFAULT_METRICS_DAYS, MAX_METRICS_DAYS, type MetricsQueryDto } from './dto/metrics-input.dto';

const DAY_MS = 86_400_000;

/** The four aggregates over a range, exact; the reported figures are derived from them (toMetricsDto). */
export interface BoardAggregates {
  from: Date;
  to: Date;
  meetings: {
    meetingsClosed: number;
    minutes: number;
    casesDiscussed: number;
    agendaItems: number;
    deferred: number;
  };
  /** Elapsed days from the latest submission to each decision in the range. */
  decisions: { count: number; days: number[] };
  followUps: {
    recorded: number;
    implemented: number;
    partiallyImplemented: number;
    notImplemented: number;
    /** Elapsed days from decision to each follow-up in the range. */
    days: number[];
  };
  attendance: { discipline: Discipline; presentAttendances: number; meetingsAttended: number }[];
}

function instant(value: string, field: string): Date {
  const parsed = parseInstantWithOffset(value);
  if (!parsed) throw validationException([{ field, problems: [`${field} is not a valid date-time`] }]);
  return parsed;
}

// Meetings closed in [from, to): the base of the meeting metrics.
const CLOSED_MEETINGS = `SELECT id, started_at, duration_minutes FROM meeting
  WHERE status = 'closed' AND closed_at >= $1 AND closed_at < $2`;

@Injectable()
export class MetricsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Board metrics over a time range, in four aggregate queries bounded by the range. */
  async compute(query: MetricsQueryDto, now = new Date()): Promise<BoardAggregates> {
    const to = query.to ? instant(query.to, 'to') : now;
    const from = query.from
      ? instant(query.from, 'from')
      : new Date(to.getTime() - DEFAULT_METRICS_DAYS * DAY_MS);
    if (from.getTime() >= to.getTime()) {
      throw validationException([{ field: 'to', problems: ['to must be later than from'] }]);
    }
    if (to.getTime() - from.getTime() > MAX_METRICS_DAYS * DAY_MS) {
      throw validationException([
        { field: 'to', problems: [`the range may span at most ${MAX_METRICS_DAYS} days (two years)`] },
      ]);
    }
    const params = [from, to];
    const em = this.dataSource.manager;
    const [meetings, decisions, followUps, attendance] = await Promise.all([
      // A case on a closed meeting's agenda was deferred if it has a defer event after the meeting
      // started: while the meeting runs its agenda is fixed, the case cannot move to another meeting,
      // and the only deferral is the one of this meeting's close (decided and withdrawn are final).
      em.query(
        `WITH m AS (${CLOSED_MEETINGS}),
              a AS (SELECT a.case_id, m.started_at FROM agenda_item a JOIN m ON m.id = a.meeting_id)
         SELECT (SELECT count(*) FROM m)::int AS "meetingsClosed",
                (SELECT coalesce(sum(duration_minutes), 0) FROM m)::int AS "minutes",
                (SELECT count(DISTINCT case_id) FROM a)::int AS "casesDiscussed",
                (SELECT count(*) FROM a)::int AS "agendaItems",
                (SELECT count(*) FROM a WHERE EXISTS (
                   SELECT 1 FROM case_event e
                    WHERE e.case_id = a.case_id AND e.action = 'defer' AND e.occurred_at >= a.started_at
                 ))::int AS "deferred"`,
        params,
      ) as Promise<
        {
          meetingsClosed: number;
          minutes: number;
          casesDiscussed: number;
          agendaItems: number;
          deferred: number;
        }[]
      >,
      // Elapsed days from the latest submit before the decision to the decision.
      em.query(
        `SELECT count(*)::int AS "count",
                coalesce(array_agg(EXTRACT(EPOCH FROM r.adopted_at - s.submitted_at) / 86400)
                  FILTER (WHERE s.submitted_at IS NOT NULL), '{}') AS "days"
           FROM recommendation r
           LEFT JOIN LATERAL (
             SELECT max(e.occurred_at) AS submitted_at FROM case_event e
              WHERE e.case_id = r.case_id AND e.action = 'submit' AND e.occurred_at <= r.adopted_at
           ) s ON true
          WHERE r.adopted_at >= $1 AND r.adopted_at < $2`,
        params,
      ) as Promise<{ count: number; days: (number | string)[] }[]>,
      em.query(
        `SELECT count(*)::int AS "recorded",
                (count(*) FILTER (WHERE f.status = 'implemented'))::int AS "implemented",
                (count(*) FILTER (WHERE f.status = 'partially_implemented'))::int AS "partiallyImplemented",
                (count(*) FILTER (WHERE f.status = 'not_implemented'))::int AS "notImplemented",
                coalesce(array_agg(EXTRACT(EPOCH FROM f.recorded_at - r.adopted_at) / 86400), '{}') AS "days"
           FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id
          WHERE f.recorded_at >= $1 AND f.recorded_at < $2`,
        params,
      ) as Promise<
        {
          recorded: number;
          implemented: number;
          partiallyImplemented: number;
          notImplemented: number;
          days: (number | string)[];
        }[]
      >,
      em.query(
        `WITH m AS (${CLOSED_MEETINGS})
         SELECT s.discipline, count(*)::int AS "presentAttendances",
                count(DISTINCT a.meeting_id)::int AS "meetingsAttended"
           FROM attendance a JOIN m ON m.id = a.meeting_id JOIN specialist s ON s.id = a.specialist_id
          WHERE a.present
          GROUP BY s.discipline
          ORDER BY s.discipline`,
        params,
      ) as Promise<{ discipline: Discipline; presentAttendances: number; meetingsAttended: number }[]>,
    ]);
    // node-postgres returns numeric as strings.
    const days = (values: (number | string)[]) => values.map(Number);
    const { days: decisionDays, ...decided } = decisions[0];
    const { days: followUpDays, ...followedUp } = followUps[0];
    return {
      from,
      to,
      meetings: meetings[0],
      decisions: { ...decided, days: days(decisionDays) },
      followUps: { ...followedUp, days: days(followUpDays) },
      attendance,
    };
  }
}
