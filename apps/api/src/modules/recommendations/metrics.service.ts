import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  type Discipline,
  type FollowUpReason,
  SUPPORTIVE_CARE_SERVICES,
  type SupportiveCareService,
} from '@consilium/domain';
import { rangeBound } from '@api/common/date-range';
import { validationException } from '@api/common/validation';

import { SettingsService } from '../settings/settings.service';
import { DEFAULT_METRICS_DAYS, MAX_METRICS_DAYS, type MetricsQueryDto } from './dto/metrics-input.dto';

const DAY_MS = 86_400_000;

/** The aggregates over a range, exact; the reported figures are derived from them (toMetricsDto). */
export interface BoardAggregates {
  from: Date;
  to: Date;
  /** The board type the figures are limited to; null for every board. */
  boardType: string | null;
  meetings: {
    meetingsClosed: number;
    minutes: number;
    casesDiscussed: number;
    agendaItems: number;
    deferred: number;
  };
  /** Elapsed days from the latest submission to each decision in the range. */
  decisions: { count: number; signed: number; days: number[] };
  followUps: {
    recorded: number;
    implemented: number;
    partiallyImplemented: number;
    notImplemented: number;
    /** Elapsed days from decision to each follow-up in the range. */
    days: number[];
    /** The reason codes of follow-ups not (fully) implemented. */
    reasons: { reason: FollowUpReason; count: number }[];
  };
  attendance: { discipline: Discipline; presentAttendances: number; meetingsAttended: number }[];
  /** Time the boards closed in the range spent on cases, as the live board recorded it. */
  caseTime: { casesTimed: number; minutes: number };
  /** Each calendar month of the range in the institution's zone, first to last, zeros included. */
  byMonth: { month: string; meetingsClosed: number; casesDiscussed: number; decisions: number }[];
  /** Every board type in use, for a filter. */
  boardTypes: string[];
  supportiveCare: SupportiveCareCounts[];
}

export interface SupportiveCareCounts {
  service: SupportiveCareService;
  offered: number;
  referred: number;
  declined: number;
  notNeeded: number;
  notRecorded: number;
}

// $1 from, $2 to, $3 board type or null. Meetings closed in [from, to): the base of the meeting
// metrics; decisions and follow-ups count by the meeting the plan was adopted at.
const CLOSED_MEETINGS = `SELECT id, started_at, closed_at, duration_minutes FROM meeting
  WHERE status = 'closed' AND closed_at >= $1 AND closed_at < $2 AND ($3::text IS NULL OR board_type = $3)`;
const OF_BOARD_TYPE = (meeting: string) => `($3::text IS NULL OR ${meeting}.board_type = $3)`;

@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  /** Board metrics over a time range, in nine aggregate queries bounded by the range. */
  async compute(query: MetricsQueryDto, now = new Date()): Promise<BoardAggregates> {
    const { timeZone } = await this.settings.get();
    const to = query.to ? rangeBound(query.to, timeZone) : now;
    const from = query.from
      ? rangeBound(query.from, timeZone)
      : new Date(to.getTime() - DEFAULT_METRICS_DAYS * DAY_MS);
    if (from.getTime() >= to.getTime()) {
      throw validationException([{ field: 'to', problems: ['to must be later than from'] }]);
    }
    if (to.getTime() - from.getTime() > MAX_METRICS_DAYS * DAY_MS) {
      throw validationException([
        { field: 'to', problems: [`the range may span at most ${MAX_METRICS_DAYS} days (two years)`] },
      ]);
    }
    const boardType = query.boardType ?? null;
    const params = [from, to, boardType];
    const em = this.dataSource.manager;
    const [meetings, decisions, followUps, attendance, reasons, byMonth, boardTypes, caseTime, support] =
      await Promise.all([
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
        ) as Promise<BoardAggregates['meetings'][]>,
        // Elapsed days from the latest submit before the decision to the decision.
        em.query(
          `SELECT count(*)::int AS "count",
                (count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM recommendation_signature g WHERE g.recommendation_id = r.id AND g.kind = 'original'
                 )))::int AS "signed",
                coalesce(array_agg(EXTRACT(EPOCH FROM r.adopted_at - s.submitted_at) / 86400)
                  FILTER (WHERE s.submitted_at IS NOT NULL), '{}') AS "days"
           FROM recommendation r
           JOIN meeting dm ON dm.id = r.meeting_id
           LEFT JOIN LATERAL (
             SELECT max(e.occurred_at) AS submitted_at FROM case_event e
              WHERE e.case_id = r.case_id AND e.action = 'submit' AND e.occurred_at <= r.adopted_at
           ) s ON true
          WHERE r.adopted_at >= $1 AND r.adopted_at < $2 AND ${OF_BOARD_TYPE('dm')}`,
          params,
        ) as Promise<{ count: number; signed: number; days: (number | string)[] }[]>,
        em.query(
          `SELECT count(*)::int AS "recorded",
                (count(*) FILTER (WHERE f.status = 'implemented'))::int AS "implemented",
                (count(*) FILTER (WHERE f.status = 'partially_implemented'))::int AS "partiallyImplemented",
                (count(*) FILTER (WHERE f.status = 'not_implemented'))::int AS "notImplemented",
                coalesce(array_agg(EXTRACT(EPOCH FROM f.recorded_at - r.adopted_at) / 86400), '{}') AS "days"
           FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id
           JOIN meeting dm ON dm.id = r.meeting_id
          WHERE f.recorded_at >= $1 AND f.recorded_at < $2 AND ${OF_BOARD_TYPE('dm')}`,
          params,
        ) as Promise<
          (Omit<BoardAggregates['followUps'], 'days' | 'reasons'> & { days: (number | string)[] })[]
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
        ) as Promise<BoardAggregates['attendance']>,
        em.query(
          `SELECT f.reason, count(*)::int AS "count"
           FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id
           JOIN meeting dm ON dm.id = r.meeting_id
          WHERE f.recorded_at >= $1 AND f.recorded_at < $2 AND ${OF_BOARD_TYPE('dm')}
            AND f.status <> 'implemented' AND f.reason IS NOT NULL
          GROUP BY f.reason
          ORDER BY count(*) DESC, f.reason`,
          params,
        ) as Promise<BoardAggregates['followUps']['reasons']>,
        // Months as the institution's calendar has them ($4: its zone); the last is the month of the
        // range's last instant.
        em.query(
          `WITH months AS (
           SELECT gs AS start FROM generate_series(
             date_trunc('month', $1::timestamptz AT TIME ZONE $4),
             date_trunc('month', ($2::timestamptz - interval '1 millisecond') AT TIME ZONE $4),
             interval '1 month') gs),
         m AS (${CLOSED_MEETINGS}),
         closed AS (SELECT date_trunc('month', m.closed_at AT TIME ZONE $4) AS month, count(*)::int AS n
                      FROM m GROUP BY 1),
         discussed AS (SELECT date_trunc('month', m.closed_at AT TIME ZONE $4) AS month,
                              count(DISTINCT a.case_id)::int AS n
                         FROM agenda_item a JOIN m ON m.id = a.meeting_id GROUP BY 1),
         decided AS (SELECT date_trunc('month', r.adopted_at AT TIME ZONE $4) AS month, count(*)::int AS n
                       FROM recommendation r JOIN meeting dm ON dm.id = r.meeting_id
                      WHERE r.adopted_at >= $1 AND r.adopted_at < $2 AND ${OF_BOARD_TYPE('dm')}
                      GROUP BY 1)
         SELECT to_char(months.start, 'YYYY-MM') AS month,
                coalesce(closed.n, 0) AS "meetingsClosed",
                coalesce(discussed.n, 0) AS "casesDiscussed",
                coalesce(decided.n, 0) AS "decisions"
           FROM months
           LEFT JOIN closed ON closed.month = months.start
           LEFT JOIN discussed ON discussed.month = months.start
           LEFT JOIN decided ON decided.month = months.start
          ORDER BY months.start`,
          [...params, timeZone],
        ) as Promise<BoardAggregates['byMonth']>,
        em.query(
          `SELECT DISTINCT board_type AS "boardType" FROM meeting ORDER BY board_type LIMIT 200`,
        ) as Promise<{ boardType: string }[]>,
        // Measured by the live board (docs/adr/0014): from opening a case to moving on, per case.
        em.query(
          `WITH m AS (${CLOSED_MEETINGS})
           SELECT count(DISTINCT (t.meeting_id, t.case_id))::int AS "casesTimed",
                  coalesce(sum(EXTRACT(EPOCH FROM t.ended_at - t.started_at)) / 60, 0)::float AS "minutes"
             FROM meeting_case_time t JOIN m ON m.id = t.meeting_id
            WHERE t.ended_at IS NOT NULL`,
          params,
        ) as Promise<BoardAggregates['caseTime'][]>,
        // Supportive care recorded with the decisions of the range, per service ($4: the services).
        em.query(
          `SELECT svc.service,
                  (count(*) FILTER (WHERE sc.status = 'offered'))::int AS "offered",
                  (count(*) FILTER (WHERE sc.status = 'referred'))::int AS "referred",
                  (count(*) FILTER (WHERE sc.status = 'declined'))::int AS "declined",
                  (count(*) FILTER (WHERE sc.status = 'not_needed'))::int AS "notNeeded",
                  (count(*) FILTER (WHERE sc.status IS NULL))::int AS "notRecorded"
             FROM recommendation r
             JOIN meeting dm ON dm.id = r.meeting_id
            CROSS JOIN unnest($4::text[]) AS svc(service)
             LEFT JOIN supportive_care sc ON sc.recommendation_id = r.id AND sc.service = svc.service
            WHERE r.adopted_at >= $1 AND r.adopted_at < $2 AND ${OF_BOARD_TYPE('dm')}
            GROUP BY svc.service`,
          [...params, SUPPORTIVE_CARE_SERVICES],
        ) as Promise<SupportiveCareCounts[]>,
      ]);
    // node-postgres returns numeric as strings.
    const days = (values: (number | string)[]) => values.map(Number);
    const { days: decisionDays, ...decided } = decisions[0];
    const { days: followUpDays, ...followedUp } = followUps[0];
    return {
      from,
      to,
      boardType,
      meetings: meetings[0],
      decisions: { ...decided, days: days(decisionDays) },
      followUps: { ...followedUp, days: days(followUpDays), reasons },
      attendance,
      byMonth,
      boardTypes: boardTypes.map((b) => b.boardType),
      caseTime: caseTime[0],
      // Every service in the domain's order, zeros where the range has no decision.
      supportiveCare: SUPPORTIVE_CARE_SERVICES.map(
        (service) =>
          support.find((row) => row.service === service) ?? {
            service,
            offered: 0,
            referred: 0,
            declined: 0,
            notNeeded: 0,
            notRecorded: 0,
          },
      ),
    };
  }
}
